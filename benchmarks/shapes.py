"""Hostile input shapes of any size, for the growth benchmark (growth.py) and the operation-count
tests (tests/test_linear.py). Each shape is a function of ``n`` returning a `Shape`: a spec, and
for the measurement shapes the measurements text that is read against it.

    python benchmarks/shapes.py unknown_serves 1000 > /tmp/spec.yaml
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

HEAD = """doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2045}
levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]
"""


@dataclass(frozen=True)
class Shape:
    spec: str
    measurements: str | None = None
    """Measurements read against the spec (None: the shape is the spec itself)."""
    fmt: Literal["csv", "yaml"] = "csv"


def _goals(n: int, intervention: Callable[[int], str] = lambda k: "") -> str:
    """``n`` goals ``doel-K``, each with one intervention ``actie-K`` holding a count target
    ``t-K``; ``intervention(K)`` adds lines to the intervention (indented 8 spaces)."""
    out = [HEAD, "tree:\n"]
    for k in range(n):
        out.append(
            f"  - id: doel-{k}\n    name: Doel {k}\n    children:\n"
            f"      - id: actie-{k}\n        name: Actie {k}\n"
            f"        targets: [{{id: t-{k}, kind: count, name: T {k}, value: 5, unit: person}}]\n" + intervention(k)
        )
    return "".join(out)


def unknown_serves(n: int) -> Shape:
    """F04: ``n`` interventions, each serving a misspelt goal id (``doel-Kx``): ``n`` distinct
    unknown references, each asking 'did you mean' among ``2n`` node ids."""
    return Shape(_goals(n, lambda k: f"        serves: [doel-{k}x]\n"))


def unknown_of(n: int) -> Shape:
    """F04: ``n`` part-of targets whose ``of:`` names a target that does not exist (``t-Kx``),
    beside ``n`` targets that do."""
    return Shape(_part_of(n))


def _part_of(n: int) -> str:
    out = [HEAD, "tree:\n  - id: doel\n    name: Doel\n    children:\n"]
    out.append("      - id: actie\n        name: Actie\n        targets:\n")
    for k in range(n):
        out.append(f"          - {{id: t-{k}, kind: count, name: T {k}, value: 5, unit: person}}\n")
        out.append(f"          - {{id: d-{k}, kind: part_of, of: t-{k}x, name: D {k}, value: 1, unit: person}}\n")
    return "".join(out)


def unknown_columns(n: int) -> Shape:
    """F05: a measurements header with ``n`` unknown columns (each a DB409 warning), one row."""
    header = ",".join(["target", "date", "value", *(f"kolom{k}" for k in range(n))])
    row = ",".join(["t-0", "2024-01-01", "1", *("" for _ in range(n))])
    return Shape(_goals(1), f"{header}\n{row}\n")


def repeated_serves(n: int) -> Shape:
    """F04: one ``serves`` list naming one goal ``n`` times (DB327 once, and a short DB318)."""
    refs = ", ".join(["doel-1"] * n)
    spec = _goals(2)
    spec += "  - id: doel-x\n    name: X\n    children:\n      - id: actie-x\n        name: A\n"
    spec += f"        budget: {{amount: 5}}\n        serves: [{refs}]\n"
    return Shape(spec)


def distinct_serves(n: int) -> Shape:
    """One intervention serving ``n`` distinct goals (valid links: the index dedups them, DB318
    lists them)."""
    refs = ", ".join(f"doel-{k}" for k in range(1, n))
    spec = _goals(n, lambda k: f"        budget: {{amount: 5}}\n        serves: [{refs}]\n" if k == 0 else "")
    return Shape(spec)


def unknown_units(n: int) -> Shape:
    """``n`` declared units and ``n`` targets with an unknown unit: each DB316 used to list every
    declared unit."""
    units = "".join(f"  - {{name: eenheid{k}}}\n" for k in range(n))
    spec = HEAD + "units:\n" + units + "tree:\n  - id: doel\n    name: Doel\n    children:\n"
    spec += "      - id: actie\n        name: Actie\n        targets:\n"
    spec += "".join(f"          - {{id: t-{k}, kind: count, name: T, value: 5, unit: onbekend{k}}}\n" for k in range(n))
    return Shape(spec)


def long_scale(n: int) -> Shape:
    """A qualitative target with ``n`` statuses and ``n`` rows naming none of them: each DB410
    used to list the whole scale."""
    scale = ", ".join(f"stand{k}" for k in range(n))
    spec = _goals(1).replace(
        "        targets: [{id: t-0, kind: count, name: T 0, value: 5, unit: person}]\n",
        f"        targets: [{{id: t-0, kind: qualitative, name: T, scale: [{scale}]}}]\n",
    )
    rows = "".join(f"t-0,2024-01-{1 + k % 28:02d},geen{k}\n" for k in range(n))
    return Shape(spec, "target,date,value\n" + rows)


def unknown_targets(n: int) -> Shape:
    """``n`` measurement rows naming ``n`` distinct unknown targets, against ``n`` targets."""
    rows = "".join(f"t-{k}x,2024-01-01,1\n" for k in range(n))
    return Shape(_goals(n), "target,date,value\n" + rows)


def decimal_commas(n: int) -> Shape:
    """``n`` YAML measurement rows written ``value: 92,5`` in flow mappings: each DB111 is turned
    into a DB405 at the value (which used to scan every value of the file)."""
    rows = "".join(f"  - {{target: t-0, date: 2024-01-01, value: 92,{k % 10}}}\n" for k in range(n))
    return Shape(_goals(1), "measurements:\n" + rows, "yaml")


def wrong_shares(n: int) -> Shape:
    """``n`` goals, each declaring a share of the whole that is wrong: each DB305 relates to the
    figures of all ``n`` siblings (cut after `diagnostics.RELATED_LIMIT`)."""
    spec = _goals(n, lambda k: "        budget: {amount: 5}\n")
    return Shape(spec.replace("    children:\n", "    budget: {declared_share: 50}\n    children:\n"))


def _areas(n: int, parent: Callable[[int], str] = lambda k: "") -> str:
    parts = "".join(f"    - {{id: b{k}, name: Buurt {k}{parent(k)}}}\n" for k in range(n))
    return _goals(1).replace("tree:\n", f"area:\n  name: Noord\n  parts:\n{parts}tree:\n")


def unknown_areas(n: int) -> Shape:
    """F04: ``n`` measurement rows, each for a misspelt buurt (``Buurt Kx``) among ``n`` declared
    buurten: ``n`` distinct unknown areas, each asking 'did you mean'."""
    rows = "".join(f"t-0,2024-01-01,1,Buurt {k}x\n" for k in range(n))
    return Shape(_areas(n), "target,date,value,area\n" + rows)


def area_cycle(n: int) -> Shape:
    """``n`` buurten each lying in the next, the last in the first: one circle of ``n``, one
    diagnostic whose message is cut."""
    return Shape(_areas(n, lambda k: f", parent: b{(k + 1) % n}"))
_FUNDERS = "funders:\n  - {id: rijk, name: Rijk, kind: rijk}\n  - {id: gemeente, name: Gemeente, kind: gemeente}\n"


def _money_spec(n: int, budget: Callable[[int], str]) -> str:
    """``_goals(n)`` in format 1.1 with two funders; ``budget(K)`` is intervention K's budget."""
    spec = _goals(n, lambda k: f"        budget: {budget(k)}\n")
    return spec.replace("doelenboom: 1\n", "doelenboom: 1.1\n", 1).replace("tree:\n", _FUNDERS + "tree:\n", 1)


def unknown_funders(n: int) -> Shape:
    """``n`` interventions, each funded by a funder that is not declared (``gemeente-K``): ``n``
    distinct unknown funders, each asking 'did you mean' (DB302)."""
    return Shape(_money_spec(n, lambda k: f"{{amount: 10, funding: {{gemeente-{k}: 10}}}}"))


def years_not_adding_up(n: int) -> Shape:
    """``n`` interventions whose years (all of the horizon's 26) do not add up to the amount:
    each DB341 lists its years and relates to every year's figure (both cut)."""
    years = ", ".join(f"{year}: 1" for year in range(2020, 2046))
    return Shape(_money_spec(n, lambda k: f"{{amount: {k}, per_year: {{{years}}}}}"))


SHAPES: dict[str, Callable[[int], Shape]] = {
    "unknown_areas": unknown_areas,
    "area_cycle": area_cycle,
    "unknown_serves": unknown_serves,
    "unknown_of": unknown_of,
    "unknown_columns": unknown_columns,
    "repeated_serves": repeated_serves,
    "distinct_serves": distinct_serves,
    "unknown_units": unknown_units,
    "long_scale": long_scale,
    "unknown_targets": unknown_targets,
    "decimal_commas": decimal_commas,
    "wrong_shares": wrong_shares,
    "unknown_funders": unknown_funders,
    "years_not_adding_up": years_not_adding_up,
}


def run(shape: Shape) -> int:
    """Validate the shape's spec (and read its measurements against it); the number of
    diagnostics, with every message, hint and related label worded in English and Dutch as a
    renderer would."""
    from doelenboom.language import EN, NL
    from doelenboom.monitor.measurements import read_measurements_text
    from doelenboom.render.diagnostics import related_label
    from doelenboom.validation import validate_text

    result = validate_text(shape.spec, "spec.yaml")
    diagnostics = list(result.diagnostics)
    if shape.measurements is not None:
        programme = result.programme
        assert programme is not None, diagnostics[:3]
        diagnostics += read_measurements_text(shape.measurements, programme, "m." + shape.fmt, shape.fmt).diagnostics
    for d in diagnostics:
        for lang in (EN, NL):
            d.message_in(lang)
            d.hint_in(lang)
            for related in d.related:
                related_label(related, lang)
    return len(diagnostics)


if __name__ == "__main__":
    made = SHAPES[sys.argv[1]](int(sys.argv[2]))
    sys.stdout.write(made.spec if made.measurements is None else made.measurements)
