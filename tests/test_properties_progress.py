"""Properties of progress: a value that moved away from the target is never "reached", by the
straight line or by the trend, for counts, shares and gap targets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import doelenboom
from doelenboom.monitor.measurements import read_measurements_text
from doelenboom.monitor.progress import Status, Trend, target_progress

AS_OF = date(2024, 12, 31)
COUNTS = st.integers(min_value=0, max_value=1000).map(Decimal)  # counted: whole numbers
VALUES = st.integers(min_value=0, max_value=1000).map(lambda n: Decimal(n) / 10)  # percentages

HEAD = """\
doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2040}
reference_area: Ref
levels: [{id: ambition, name: a}, {id: intervention, name: i}]
tree:
  - id: i
    name: I
    targets:
"""


def _one(target: str, rows: str) -> doelenboom.TargetProgress:
    result = doelenboom.validate_text(HEAD + "      - " + target + "\n")
    assert result.programme is not None and not result.failed(), result.diagnostics
    found = read_measurements_text("target,date,value,unit,area\n" + rows, result.programme, "m.csv")
    assert found.diagnostics == ()
    return target_progress(result.programme, found, AS_OF)["t"]


@st.composite
def away(draw: st.DrawFn, values: st.SearchStrategy[Decimal]) -> tuple[Decimal, Decimal, str | None, Decimal]:
    """A baseline, a goal, a direction that agrees with them (or none where they say it), and a
    value on the far side of the baseline (of the level, when baseline and goal are equal)."""
    base, goal = draw(values), draw(values)
    if goal == base:
        direction = draw(st.sampled_from(["higher", "lower", None]))
        if direction is None:
            value = draw(values.filter(lambda v: v != goal))
        else:
            worse = (lambda v: v < goal) if direction == "higher" else (lambda v: v > goal)
            value = draw(values.filter(worse))
        return base, goal, direction, value
    implied = "higher" if goal > base else "lower"
    direction = draw(st.sampled_from([implied, None]))
    further = (lambda v: v < base) if goal > base else (lambda v: v > base)
    return base, goal, direction, draw(values.filter(further))


def _direction(direction: str | None) -> str:
    return "" if direction is None else f", direction: {direction}"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["count", "share"]), st.data())
def test_a_count_or_share_that_moved_away_is_never_reached(kind: str, data: st.DataObject) -> None:
    base, goal, direction, value = data.draw(away(COUNTS if kind == "count" else VALUES))
    unit = "unit: person" if kind == "count" else "unit: percent"
    target = (
        f"{{id: t, kind: {kind}, name: T, value: {goal}, {unit}{_direction(direction)}, "
        f"baseline: {{value: {base}, date: 2021}}, deadline: 2030}}"
    )
    tp = _one(target, f"t,2024-06-30,{value}\n")
    assert tp.status is not Status.REACHED
    assert tp.trend is not Trend.REACHED
    assert tp.progress is None or tp.progress == 0


@settings(max_examples=60, deadline=None)
@given(VALUES, VALUES, st.sampled_from(["higher", "lower"]), st.data())
def test_a_gap_that_moved_away_from_the_reference_is_never_reached(
    own: Decimal, reference: Decimal, direction: str, data: st.DataObject
) -> None:
    worst = min(own, reference) if direction == "higher" else max(own, reference)
    further = (lambda v: v < worst) if direction == "higher" else (lambda v: v > worst)
    value = data.draw(VALUES.filter(further))
    target = (
        f"{{id: t, kind: gap, name: T, unit: percent, direction: {direction}, "
        f"baseline: {{value: {own}, date: 2021}}, reference_baseline: {reference}, deadline: 2030}}"
    )
    tp = _one(target, f"t,2024-06-30,{value}\nt,2024-06-30,{reference},,Ref\n")
    assert tp.status is not Status.REACHED
