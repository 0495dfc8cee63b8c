"""Synthetic specs in the format of specs/heerlen_noord.yaml, of any size, valid by construction.

The shape follows the Heerlen-Noord spec: ambition → leefgebied → goal → theme → intervention.
Themes carry budget amounts (as the Ecorys table does), interventions carry their own amounts and
targets (count, share, range, part-of, milestone with deadlines and directions); leefgebieden and
goals declare totals and shares that add up, every fifth theme serves a second goal with an
allocation, and the programme declares subtotal, overhead and grand total. No qualitative
targets, so a generated spec validates without errors or warnings.

    python benchmarks/generate.py 10000 > /tmp/spec.yaml                 # 10,000 interventions
    python benchmarks/generate.py 10000 themes > /tmp/spec.yaml          # format 1.1, see below
    python benchmarks/generate.py 10000 interventions > /tmp/spec.yaml   # format 1.1, see below

With ``money`` the spec is format 1.1 (money by year and by funder): three funders (Rijk,
gemeente, a partner), every goal, leefgebied and the programme declaring its totals per year and
per funder, all adding up, and a co-financing rule that holds. ``"themes"``: the money sits on
the themes (as a SPUK pays per theme per year), each theme's amount (its interventions' included)
split over the plan's five years and over two funders. ``"interventions"``: the worst case, every
intervention's and theme's amount split so, and the themes declaring their totals per year and
per funder too.
"""

from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

WORDS = (
    "aanpak buurt school gezondheid werk wonen veiligheid jeugd armoede participatie woning "
    "leefomgeving onderwijs preventie begeleiding traject initiatief ontmoeting sport groen"
).split()


def _name(kind: str, i: int) -> str:
    return f"{kind.capitalize()} {WORDS[i % len(WORDS)]} {WORDS[(i * 7 + 3) % len(WORDS)]} {i}"


def _split(total: int, parts: int) -> list[int]:
    """``total`` as ``parts`` near-equal whole numbers (the first ones one larger)."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


YEARS = (2021, 2022, 2023, 2024, 2025)  # the plan period
FUNDERS = ("rijk", "gemeente", "corporatie")


def _money(amount: int, k: int) -> tuple[dict[int, int], dict[str, int]]:
    """``amount`` over the five years and over two of the funders (the municipality always pays
    at least half, so gemeente matches the Rijk)."""
    years = dict(zip(YEARS, _split(amount, len(YEARS)), strict=True))
    other = "rijk" if k % 3 else "corporatie"
    gemeente = amount - amount // 2
    return years, {"gemeente": gemeente, other: amount - gemeente}


def _flow(mapping: dict[Any, int]) -> str:
    return "{" + ", ".join(f"{key}: {value}" for key, value in mapping.items()) + "}"


def _add(into: dict[Any, int], more: dict[Any, int]) -> None:
    for key, value in more.items():
        into[key] = into.get(key, 0) + value


def generate(interventions: int, money: str = "") -> str:
    """A valid spec with (about) ``interventions`` interventions; 10 per theme, 4 themes per
    goal, 3 leefgebieden (fewer when the spec is too small for them). With ``money``
    (``"themes"`` or ``"interventions"``), format 1.1: money by year and by funder (see the
    module's docstring)."""
    themes = max(1, round(interventions / 10))
    goals = max(1, round(themes / 4))
    leefgebieden = min(3, goals)
    per_theme = _split(interventions, themes)
    theme_of_goal = _split(themes, goals)
    goal_of_lg = _split(goals, leefgebieden)

    # amounts first, so totals and shares can be declared correctly
    out: list[str] = []
    w = out.append
    t_index = 0
    i_index = 0
    g_index = 0
    lg_blocks: list[tuple[int, list[str], dict[Any, int], dict[Any, int]]] = []
    for lg in range(leefgebieden):
        lg_total = 0
        lg_lines: list[str] = []
        lg_years: dict[Any, int] = {}
        lg_funders: dict[Any, int] = {}
        goal_ids = [f"doel-{g_index + k}" for k in range(goal_of_lg[lg])]
        for _ in range(goal_of_lg[lg]):
            g = g_index
            g_index += 1
            g_total = 0
            g_lines: list[str] = []
            g_years: dict[Any, int] = {}
            g_funders: dict[Any, int] = {}
            for _ in range(theme_of_goal[g]):
                t = t_index
                t_index += 1
                theme_amount = 100_000 + (t * 7919) % 900_000
                t_total = theme_amount
                t_lines: list[str] = []
                t_years: dict[Any, int] = {}
                t_funders: dict[Any, int] = {}
                for _ in range(per_theme[t]):
                    i = i_index
                    i_index += 1
                    amount = 10_000 + (i * 104_729) % 490_000
                    t_total += amount
                    kind = i % 5
                    t_lines += [
                        f"              - id: interventie-{i}",
                        f"                name: {_name('interventie', i)}",
                        "                description: >-",
                        f"                  Uitvoering van {WORDS[i % len(WORDS)]} in de buurten van het programma,",
                        "                  samen met de partners uit het uitvoeringsplan.",
                    ]
                    if money == "themes":  # the theme holds its interventions' money
                        theme_amount += amount
                    else:
                        t_lines += ["                budget:", f"                  amount: {amount}"]
                    if money == "interventions":
                        years, funding = _money(amount, i)
                        _add(t_years, years)
                        _add(t_funders, funding)
                        t_lines += [
                            f"                  per_year: {_flow(years)}",
                            f"                  funding: {_flow(funding)}",
                        ]
                    t_lines += ["                targets:"]
                    if kind == 0:
                        t_lines += [
                            f"                  - id: doel-{i}-aantal",
                            "                    kind: count",
                            f"                    name: {50 + i % 700} extra deelnemers aan {WORDS[i % len(WORDS)]}",
                            f"                    value: {50 + i % 700}",
                            "                    unit: person",
                            "                    direction: higher",
                            "                    deadline: 2025",
                            f"                  - id: doel-{i}-deel",
                            "                    kind: part_of",
                            "                    name: Waarvan een deel via het wijkteam",
                            f"                    of: doel-{i}-aantal",
                            f"                    value: {10 + i % 40}",
                            "                    unit: person",
                            "                    deadline: 2025",
                        ]
                    elif kind == 1:
                        t_lines += [
                            f"                  - id: doel-{i}-aandeel",
                            "                    kind: share",
                            "                    name: Een deel van de leerlingen doet mee",
                            f"                    value: {10 + i % 90}",
                            "                    population: leerlingen van de basisscholen",
                            "                    direction: higher",
                            "                    deadline: 2030",
                        ]
                    elif kind == 2:
                        t_lines += [
                            f"                  - id: doel-{i}-reductie",
                            "                    kind: range",
                            "                    name: Reductie van 10-20% van de incidenten",
                            "                    measure: incidenten",
                            "                    low: 10",
                            "                    high: 20",
                            "                    unit: percent",
                            "                    direction: lower",
                            "                    deadline: 2025",
                            "                    baseline: {value: 1200, date: 2020}",
                        ]
                    elif kind == 3:
                        t_lines += [
                            f"                  - id: doel-{i}-woningen",
                            "                    kind: count",
                            f"                    name: {100 + i % 500} woningen verduurzamen",
                            f"                    value: {100 + i % 500}",
                            "                    unit: dwelling",
                            "                    direction: higher",
                            "                    deadline: 2026-12-31",
                        ]
                    else:
                        t_lines += [
                            f"                  - id: doel-{i}-mijlpaal",
                            "                    kind: milestone",
                            f"                    name: {_name('voorziening', i)} is opgestart",
                            "                    deadline: 2027",
                        ]
                head = [
                    f"          - id: thema-{t}",
                    f"            name: {_name('thema', t)}",
                ]
                others = [gid for gid in goal_ids if gid != f"doel-{g}"]
                if t % 5 == 0 and others:
                    other = others[t % len(others)]
                    head += [
                        f"            serves: [{other}]",
                        f"            allocation: {{doel-{g}: 60, {other}: 40}}",
                    ]
                head += [
                    "            budget:",
                    f"              amount: {theme_amount}",
                    f"              declared_total: {t_total}",
                ]
                if money:
                    years, funding = _money(theme_amount, t)
                    _add(t_years, years)
                    _add(t_funders, funding)
                    head += [f"              per_year: {_flow(years)}", f"              funding: {_flow(funding)}"]
                    if money == "interventions":  # the theme's own split is its whole total otherwise
                        head += [f"              declared_per_year: {_flow(t_years)}"]
                        head += [f"              declared_per_funder: {_flow(t_funders)}"]
                    _add(g_years, t_years)
                    _add(g_funders, t_funders)
                head += ["            children:"]
                g_lines += head + t_lines
                g_total += t_total
            lg_lines += [
                f"      - id: doel-{g}",
                f"        name: {_name('doel', g)}",
                "        source: uitvoeringsplan",
                "        budget:",
                f"          declared_total: {g_total}",
            ]
            if money:
                lg_lines += [f"          declared_per_year: {_flow(g_years)}"]
                lg_lines += [f"          declared_per_funder: {_flow(g_funders)}"]
                _add(lg_years, g_years)
                _add(lg_funders, g_funders)
            lg_lines += ["        children:", *g_lines]
            lg_total += g_total
        lg_blocks.append((lg_total, lg_lines, lg_years, lg_funders))

    subtotal = sum(block[0] for block in lg_blocks)
    overhead = 4_090_000
    w("# Synthetic spec generated by benchmarks/generate.py")
    w("doelenboom: 1.1" if money else "doelenboom: 1")
    w(f"id: synthetisch-{interventions}")
    w(f"name: Synthetisch programma met {interventions} interventies")
    w("ambition: Een nieuw perspectief voor de volgende generatie, gelijk aan het niveau van de regio.")
    w("horizon: {start: 2020, end: 2045, block_years: 6}")
    w("plan_period: {start: 2021, end: 2025}")
    w("area: {name: Synthetisch, inhabitants: 53000, inhabitants_approximate: true, neighbourhoods: 14}")
    w("sources:")
    w("  - id: uitvoeringsplan")
    w("    title: Uitvoeringsplan 2021-2025")
    w("    author: Gemeente")
    w("    date: 2020-12")
    w("levels:")
    for ident, name in [
        ("ambition", "ambitie"),
        ("leefgebied", "leefgebied"),
        ("goal", "doel"),
        ("theme", "thema"),
        ("intervention", "interventie"),
    ]:
        w(f"  - {{id: {ident}, name: {name}}}")
    all_years: dict[Any, int] = {}
    all_funders: dict[Any, int] = {}
    if money:
        w("funders:")
        w("  - {id: rijk, name: Rijk, kind: rijk, scheme: Regio Deal}")
        w("  - {id: gemeente, name: Gemeente, kind: gemeente}")
        w("  - {id: corporatie, name: Woningcorporatie, kind: partner}")
        w("co_financing:")
        w("  - {id: gemeente-matcht-rijk, funders: [gemeente], matches: [rijk], ratio: 1}")
        overhead_years, overhead_funding = _money(overhead, 1)
        _add(all_years, overhead_years)
        _add(all_funders, overhead_funding)
        for block in lg_blocks:
            _add(all_years, block[2])
            _add(all_funders, block[3])
    w("budget:")
    w("  currency: EUR")
    w("  share_decimals: 0")
    w(f"  declared_subtotal: {subtotal}")
    w("  overhead:")
    w("    - id: programmabureau")
    w("      name: Programmabureau")
    w(f"      amount: {overhead}")
    w("      fte: 6")
    w("      items: [Bureaukosten, Communicatiemiddelen]")
    w("      source: uitvoeringsplan")
    if money:
        w(f"      per_year: {_flow(overhead_years)}")
        w(f"      funding: {_flow(overhead_funding)}")
    w(f"  declared_total: {subtotal + overhead}")
    if money:
        w(f"  declared_per_year: {_flow(all_years)}")
        w(f"  declared_per_funder: {_flow(all_funders)}")
    w("tree:")
    for lg, (total, lines, years, funders) in enumerate(lg_blocks):
        share = (Decimal(total) * 100 / Decimal(subtotal)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        w(f"  - id: leefgebied-{lg}")
        w(f"    name: {_name('leefgebied', lg)}")
        w("    source: uitvoeringsplan")
        w("    budget:")
        w(f"      declared_total: {total}")
        w(f"      declared_share: {share}")
        if money:
            w(f"      declared_per_year: {_flow(years)}")
            w(f"      declared_per_funder: {_flow(funders)}")
        w("    children:")
        out.extend(lines)
    return "\n".join(out) + "\n"


def count_nodes(interventions: int) -> int:
    themes = max(1, round(interventions / 10))
    goals = max(1, round(themes / 4))
    return interventions + themes + goals + min(3, goals)


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]), money=sys.argv[2] if len(sys.argv) > 2 else ""))
