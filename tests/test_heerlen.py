"""The bundled Heerlen-Noord spec: valid, faithful to the seed's table, and every figure guarded."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

import doelenboom
from doelenboom.diagnostics import Severity
from doelenboom.rollup import budget_totals
from doelenboom.validation import validate_text

HEERLEN = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"

# Every line that carries a budget figure: changing any one of them must fail validation there.
_FIGURE = re.compile(r"^\s*(amount|declared_total|declared_subtotal|declared_share|declared|computed): (\d+)")


def _figure_lines(text: str) -> list[tuple[int, str]]:
    return [(n, line) for n, line in enumerate(text.splitlines(), start=1) if _FIGURE.match(line)]


def test_heerlen_validates_without_errors() -> None:
    result = doelenboom.validate(HEERLEN)
    assert result.programme is not None
    assert [d for d in result.diagnostics if d.severity is Severity.ERROR] == []


def test_heerlen_shape_matches_the_seed() -> None:
    programme = doelenboom.load(HEERLEN)
    depth = {node.id: d for node, d, _ in programme.walk()}
    by_level = {level: sorted(i for i, d in depth.items() if d == level) for level in (1, 2, 3, 4)}
    assert len(by_level[1]) == 3  # leefgebieden
    assert len(by_level[2]) == 8  # goals
    assert len(by_level[3]) == 7  # themes
    assert len(by_level[4]) == 18  # interventions (plus the programme office as overhead)


def test_heerlen_totals_match_the_published_table() -> None:
    programme = doelenboom.load(HEERLEN)
    sums = budget_totals(programme)
    assert sums.rolled_up["gezond-sociaal-veilig"] == Decimal("65698905")
    assert sums.rolled_up["onderwijs-werk"] == Decimal("44463700")
    assert sums.rolled_up["wonen-ruimte"] == Decimal("64772526")
    assert sums.overhead_total == Decimal("4090000")
    # The three leefgebied totals sum to one euro less than the published SUBTOTAAL.
    assert sums.tree_total == Decimal("174935131")


def test_published_discrepancy_is_reported_with_both_figures(heerlen_text: str) -> None:
    result = validate_text(heerlen_text, "heerlen.yaml")
    [diag] = [d for d in result.diagnostics if d.code == "DB317"]
    assert diag.severity is Severity.WARNING
    assert (diag.args["declared"], diag.args["computed"]) == (Decimal("174935132"), Decimal("174935131"))
    line = heerlen_text.splitlines()[diag.line - 1]
    assert line.strip().startswith("declared_subtotal:")


@pytest.mark.parametrize("index", range(len(_figure_lines(HEERLEN.read_text(encoding="utf-8")))))
def test_changing_any_budget_figure_fails_at_its_line(heerlen_text: str, index: int) -> None:
    line_no, line = _figure_lines(heerlen_text)[index]
    match = _FIGURE.match(line)
    assert match is not None
    changed = line[: match.start(2)] + str(int(match.group(2)) + 1) + line[match.end(2) :]
    lines = heerlen_text.splitlines()
    lines[line_no - 1] = changed
    result = validate_text("\n".join(lines) + "\n", "heerlen.yaml")
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    pointed = {d.line for d in errors} | {r.location.line for d in errors for r in d.related}
    assert errors, f"changing line {line_no} ({line.strip()}) was not caught"
    assert line_no in pointed
    if match.group(1) == "amount":  # a figure that is only a part breaks exactly one sum
        assert len(errors) == 1, [(d.code, d.line) for d in errors]
