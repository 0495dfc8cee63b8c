"""Small specs that trigger diagnostic codes, for the language tests (code -> spec text).

The case files in tests/cases/ are the primary source; these cover codes whose case file is
not (yet) there. Each spec is the minimal valid spec with one thing broken.
"""

from __future__ import annotations

BASE = """\
doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2045}
levels: [{id: ambition, name: ambitie}, {id: goal, name: doel}, {id: intervention, name: interventie}]
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: t, kind: count, name: T, value: 5, unit: person, deadline: 2025}
"""


def _replace(old: str, new: str) -> str:
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)


_DEEP = "doelenboom: 1\nx: " + "[" * 120 + "]" * 120 + "\n"

SPECS: dict[str, str | bytes] = {
    "DB102": BASE.encode("utf-8").replace(b"name: P", b"name: P\xe9"),
    "DB103": _replace("name: G\n", "name: 'G\n"),
    "DB104": _replace("    name: G\n", "    name: G\n    name: H\n"),
    "DB105": _replace("    name: G\n", "    name: &n G\n    description: *n\n"),
    "DB106": _replace("name: P\n", "name: P\narea: {inhabitants_approximate: yes}\n"),
    "DB107": _replace("name: P\n", "name: P\narea: {inhabitants: 0123}\n"),
    "DB108": _DEEP,
    "DB109": _replace("value: 5,", "value: " + "1" * 45 + ","),
    "DB110": BASE + "---\n" + BASE,
    "DB111": _replace("name: P\n", "name: P\n[a]: b\n"),
    "DB112": _replace("name: P\n", "name: !custom P\n"),
    "DB113": _replace("value: 5,", "value: 0x1F,"),
    "DB201": _replace("    name: G\n", "    name: G\n    nmae: H\n"),
    "DB202": _replace("name: P\n", ""),
    "DB203": _replace("{start: 2020, end: 2045}", "{start: 2020, end: soon}"),
    "DB204": _replace("kind: count", "kind: aantal"),
    "DB205": _replace("    name: G\n", "    name: G\n    budget: {amount: 1234.5}\n"),
    "DB206": _replace("    name: G\n", "    name: G\n    budget: {amount: '-5'}\n"),
    "DB207": _replace("id: g\n", "id: Groot Doel\n"),
    "DB208": _replace("doelenboom: 1", "doelenboom: 2"),
    "DB209": _replace("value: 5,", "value: .nan,"),
    "DB210": _replace("value: 5,", "value: -5,"),
    "DB211": _replace("    name: G\n", "    name: G\n    budget: {amount: '20.313.455'}\n"),
    "DB301": _replace("id: i\n", "id: g\n"),
    "DB302": _replace("    name: G\n", "    name: G\n    source: nergens\n"),
    "DB303": _replace(
        "          - {id: t, kind: count, name: T, value: 5, unit: person, deadline: 2025}\n",
        "          - {id: t, kind: part_of, of: u, name: T, value: 5, unit: person}\n"
        "          - {id: u, kind: part_of, of: t, name: U, value: 5, unit: person}\n",
    ),
    "DB304": _replace("    name: G\n", "    name: G\n    budget: {amount: 10, declared_total: 20}\n"),
    "DB305": _replace("    name: G\n", "    name: G\n    budget: {amount: 10, declared_share: 50}\n"),
    "DB306": _replace(
        "        name: I\n",
        "        name: I\n        serves: [h]\n        allocation: {g: 50, h: 40}\n",
    )
    + "  - id: h\n    name: H\n",
    "DB307": _replace(
        "deadline: 2025}\n",
        "deadline: 2025}\n          - {id: u, kind: part_of, of: t, name: U, value: 6, unit: person}\n",
    ),
    "DB308": _replace(
        "deadline: 2025}\n",
        "deadline: 2025}\n          - {id: u, kind: part_of, of: t, name: U, value: 1, unit: dwelling}\n",
    ),
    "DB309": _replace(
        "kind: count, name: T, value: 5, unit: person", "kind: range, name: T, low: 20, high: 10, unit: percent"
    ),
    "DB310": _replace("deadline: 2025}", "deadline: 2050}"),
    "DB311": BASE + "  - id: h\n    name: H\n",
    "DB312": _replace(
        "        targets:\n          - {id: t, kind: count, name: T, value: 5, unit: person, deadline: 2025}\n", ""
    ),
    "DB313": _replace("kind: count, name: T, value: 5, unit: person", "kind: qualitative, name: T"),
    "DB314": _replace(
        "        targets:\n",
        "        children:\n          - id: j\n            name: J\n"
        "            no_target_reason: x\n        targets:\n",
    ),
    "DB315": _replace("        name: I\n", "        name: I\n        serves: [i2]\n")
    + "      - id: i2\n        name: I2\n        no_target_reason: x\n",
    "DB316": _replace("unit: person", "unit: fietsen"),
    "DB317": _replace(
        "    name: G\n",
        "    name: G\n    budget:\n      amount: 10\n      declared_total: 20\n"
        "      accept_discrepancy: {declared: 20, computed: 10, note: zo gepubliceerd}\n",
    ),
    "DB318": _replace("        name: I\n", "        name: I\n        serves: [h]\n        budget: {amount: 5}\n")
    + "  - id: h\n    name: H\n",
    "DB319": _replace(
        "    name: G\n",
        "    name: G\n    budget:\n      amount: 10\n      declared_total: 20\n"
        "      accept_discrepancy: {declared: 20, computed: 9, note: zo gepubliceerd}\n",
    ),
    "DB320": _replace("        name: I\n", "        name: I\n        allocation: {h: 100}\n"),
    "DB321": _replace("kind: count, name: T, value: 5, unit: person", "kind: share, name: T, value: 5, unit: person"),
    "DB322": _replace(
        "          - {id: t, kind: count, name: T, value: 5, unit: person, deadline: 2025}\n",
        "          - {id: t, kind: qualitative, name: T}\n"
        "          - {id: u, kind: part_of, of: t, name: U, value: 5, unit: person}\n",
    ),
}
