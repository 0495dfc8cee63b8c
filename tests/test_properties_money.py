"""Properties over generated programmes with money by year and by funder (format 1.1): valid
specs validate clean, no year's or funder's figure can change without validation failing at
that figure's line, and the planned money adds up across nodes, years and funders to the spec's
own declared totals."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import count
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from doelenboom.diagnostics import Severity
from doelenboom.rollup import budget_report, planned
from doelenboom.validation import validate_text

AMOUNTS = st.integers(min_value=0, max_value=10**7)
PLAN = (2023, 2026)
FUNDERS = ("rijk", "gemeente", "corporatie")
# a year's or a funder's figure on a line of its own: '2024: 1500' or 'gemeente: 1500'
_FIGURE = re.compile(r"^\s*(\d{4}|rijk|gemeente|corporatie): (\d+)\s*$")


def _add(into: dict[Any, int], more: dict[Any, int]) -> None:
    for key, value in more.items():
        into[key] = into.get(key, 0) + value


@st.composite
def programmes(draw: st.DrawFn) -> dict[str, Any]:
    """A valid spec: leaves with an amount split by year, by funder and (sometimes) by funder per
    year; every other node and the programme declaring its totals per year and per funder."""
    depth_count = draw(st.integers(min_value=3, max_value=4))
    ids = count(1)
    funders = FUNDERS[: draw(st.integers(min_value=1, max_value=3))]

    def leaf_budget() -> tuple[dict[str, Any], dict[int, int], dict[str, int]]:
        years = draw(st.lists(st.integers(*PLAN), min_size=1, max_size=4, unique=True))
        paying = draw(st.lists(st.sampled_from(funders), min_size=1, max_size=len(funders), unique=True))
        cells = {(y, f): draw(AMOUNTS) for y in sorted(years) for f in paying}
        per_year = {y: sum(v for (yy, _), v in cells.items() if yy == y) for y in sorted(years)}
        funding = {f: sum(v for (_, ff), v in cells.items() if ff == f) for f in paying}
        budget: dict[str, Any] = {"amount": sum(per_year.values()), "per_year": per_year, "funding": funding}
        if draw(st.booleans()) or (len(years) > 1 and len(paying) > 1 and draw(st.booleans())):
            budget["funding_per_year"] = {f: {y: cells[(y, f)] for y in sorted(years)} for f in paying}
        return budget, per_year, funding

    def node(depth: int) -> tuple[dict[str, Any], int, dict[int, int], dict[str, int]]:
        ident = f"n{next(ids)}"
        out: dict[str, Any] = {"id": ident, "name": f"Node {ident}"}
        if depth == depth_count - 1:
            budget, per_year, funding = leaf_budget()
            out["budget"] = budget
            out["targets"] = [{"id": f"t{ident}", "kind": "count", "name": "T", "value": 5, "unit": "person"}]
            return out, budget["amount"], per_year, funding
        children = [node(depth + 1) for _ in range(draw(st.integers(min_value=1, max_value=3)))]
        total = sum(child[1] for child in children)
        years: dict[int, int] = {}
        funders_paid: dict[str, int] = {}
        for child in children:
            _add(years, child[2])
            _add(funders_paid, child[3])
        out["budget"] = {
            "declared_total": total,
            "declared_per_year": dict(sorted(years.items())),
            "declared_per_funder": funders_paid,
        }
        out["children"] = [child[0] for child in children]
        return out, total, years, funders_paid

    top = [node(1) for _ in range(draw(st.integers(min_value=1, max_value=3)))]
    per_year: dict[int, int] = {}
    funding: dict[str, int] = {}
    for child in top:
        _add(per_year, child[2])
        _add(funding, child[3])
    return {
        "doelenboom": Decimal("1.1"),
        "id": "p",
        "name": "P",
        "horizon": {"start": 2020, "end": 2045},
        "plan_period": {"start": PLAN[0], "end": PLAN[1]},
        "levels": [{"id": f"level-{i}", "name": f"level {i}"} for i in range(depth_count)],
        "funders": [{"id": f, "name": f.title(), "kind": "partner" if f == "corporatie" else f} for f in funders],
        "budget": {
            "declared_total": sum(child[1] for child in top),
            "declared_per_year": dict(sorted(per_year.items())),
            "declared_per_funder": funding,
        },
        "tree": [child[0] for child in top],
    }


def _dump(spec: dict[str, Any]) -> str:
    # 'doelenboom: 1.1' as YAML writes a number; years as plain integer keys (2024:), as people write them
    text = yaml.safe_dump({**spec, "doelenboom": 0}, sort_keys=False, allow_unicode=True, width=10_000)
    return text.replace("doelenboom: 0\n", "doelenboom: 1.1\n", 1)


@settings(max_examples=50, deadline=None)
@given(programmes())
def test_generated_programmes_with_years_and_funders_validate_clean(spec: dict[str, Any]) -> None:
    text = _dump(spec)
    assert re.search(r"^\s+\d{4}: \d+$", text, re.MULTILINE)  # year keys written as YAML integers
    result = validate_text(text, "generated.yaml")
    assert result.programme is not None
    assert result.diagnostics == ()


@settings(max_examples=80, deadline=None)
@given(programmes(), st.data())
def test_changing_any_year_or_funder_figure_fails_at_its_line(spec: dict[str, Any], data: st.DataObject) -> None:
    lines = _dump(spec).splitlines()
    figures = [n for n, line in enumerate(lines) if _FIGURE.match(line)]
    index = data.draw(st.sampled_from(figures))
    delta = data.draw(st.integers(min_value=1, max_value=10**6))
    match = _FIGURE.match(lines[index])
    assert match is not None
    lines[index] = lines[index][: match.start(2)] + str(int(match.group(2)) + delta) + lines[index][match.end(2) :]
    result = validate_text("\n".join(lines) + "\n", "generated.yaml")
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    pointed = {d.line for d in errors} | {r.location.line for d in errors for r in d.related}
    assert index + 1 in pointed


@settings(max_examples=50, deadline=None)
@given(programmes())
def test_planned_money_adds_up_across_nodes_years_and_funders(spec: dict[str, Any]) -> None:
    result = validate_text(_dump(spec), "generated.yaml")
    programme = result.programme
    assert programme is not None and result.diagnostics == ()
    money = planned(programme)
    total = money.total
    declared = spec["budget"]
    # the programme's own declared totals, per year and per funder
    assert total.amount == declared["declared_total"]
    assert total.by_year == {y: Decimal(v) for y, v in declared["declared_per_year"].items()}
    assert total.by_funder == {f: Decimal(v) for f, v in declared["declared_per_funder"].items()}
    # years and funders each add up to the whole; the cells (where every leaf gives them) to both
    assert total.by_year is not None and total.by_funder is not None
    assert sum(total.by_year.values()) == total.amount == sum(total.by_funder.values())
    if total.cells is not None:
        for year, amount in total.by_year.items():
            assert sum(v for (y, _f), v in total.cells.items() if y == year) == amount
        for funder, amount in total.by_funder.items():
            assert sum(v for (_y, f), v in total.cells.items() if f == funder) == amount
    else:  # some leaf with several years and funders splits them only one way: named, never guessed
        assert total.missing_cells in money.own and money.own[total.missing_cells].cells is None
    # across nodes: the own money of every node, per year and per funder, adds up to the whole
    for year, amount in total.by_year.items():
        assert sum(s.planned(year) or 0 for s in money.own.values() if s.amount is not None) == amount
    for funder, amount in total.by_funder.items():
        assert sum(s.planned(funder=funder) or 0 for s in money.own.values() if s.amount is not None) == amount
    # and `budget --format json` says the same, node by node against each node's declared figures
    report = budget_report(programme).to_dict()
    assert report["planned"]["per_year_eur"] == {str(y): str(v) for y, v in declared["declared_per_year"].items()}
    stack = list(spec["tree"])
    while stack:
        node = stack.pop()
        stack.extend(node.get("children", ()))
        found = report["nodes"][node["id"]]["planned"]
        budget = node["budget"]
        per_year = budget.get("declared_per_year", budget.get("per_year"))
        per_funder = budget.get("declared_per_funder", budget.get("funding"))
        assert found["per_year_eur"] == {str(y): str(v) for y, v in sorted(per_year.items())}
        assert found["per_funder_eur"] == {f: str(v) for f, v in per_funder.items()}
