"""Progress per area: for every declared sub-area with data, and for the whole area by the
indicator's aggregation (`doelenboom.model.Indicator.aggregation`).

An area's series of values is what was measured for it; an area without rows of its own gets
one from the areas lying directly in it, on each date on which *every* one of them has a value
(a buurt without a value that day makes the wijk's value missing, never smaller):

- ``sum``: the sum of their values (counts);
- ``ratio``: the sum of their numerators over the sum of their denominators (times 100 for a
  target in percent), never an average of their percentages (DHIS2; Akvo RSR #2181, #2446). Each
  of them needs its numerator and denominator;
- ``weighted_mean``: their values weighted by their declared ``inhabitants`` (each needs them);
- ``none``: no value from sub-areas; only a value measured for the area itself counts.

The whole area's series built so is what `progress_report` measures a target by when the file
has no rows for the whole area (`with_aggregates`), so the target's line and the area report
always agree.

A sub-area's progress is its own: a share or a gap is measured from the sub-area's own value at
the target's baseline date, towards the same target; a sub-area with values but none at that date
is ``not_measurable`` with reason ``no_own_baseline`` (it has data, so never ``no_data``). A
summed count has no progress per sub-area (a buurt does not have to reach the programme's 750):
its value is shown as its part of the sum.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from doelenboom.areas import AreaIndex, area_index, effective_target, indicators
from doelenboom.model import Aggregation, Baseline, CountTarget, PartOfTarget, Programme, RangeTarget, Target
from doelenboom.monitor.measurements import Measurement, MeasurementSet
from doelenboom.monitor.progress import Missing, Status, TargetProgress, Thresholds, target_progress
from doelenboom.tree import index
from doelenboom.units import UnitTable

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Point:
    """One area's value of one target on one date."""

    value: Decimal
    numerator: Decimal | None
    denominator: Decimal | None
    line: int
    """The (last) line of the file the value comes from."""
    derived: bool
    """True when it was computed from the sub-areas' values."""


Series = dict[date, Point]


@dataclass(frozen=True)
class AreaProgress:
    """One area's value and progress for one target as of a date."""

    area: str
    """Id of the declared area."""
    name: str
    code: str | None
    parent: str | None
    """Id of the area it lies in (None for the whole area)."""
    value: Decimal | None
    """The latest value on or before the as-of date, in the target's unit."""
    numerator: Decimal | None
    denominator: Decimal | None
    measured_on: date | None
    derived: bool
    """True when the value is aggregated from sub-areas."""
    progress: TargetProgress | None
    """None for a part of a summed count (see the module docstring)."""


@dataclass(frozen=True)
class TargetAreas:
    """One target per area: the whole area and every declared sub-area with data, in file order."""

    target: str
    indicator: str | None
    aggregation: Aggregation
    whole: AreaProgress | None
    parts: tuple[AreaProgress, ...]
    unit: str | None = None
    """The target's unit as the spec writes it (None for a milestone or a qualitative target)."""


AREA_CSV_COLUMNS = (
    "target",
    "area",
    "name",
    "code",
    "parent",
    "value",
    "numerator",
    "denominator",
    "measured_on",
    "derived",
    "progress",
    "expected",
    "status",
    "missing",
)


@dataclass(frozen=True)
class AreaReport:
    """Progress per area of every target that has data for a declared area, as of a date."""

    as_of: date
    targets: Mapping[str, TargetAreas]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: per target id its whole area and its parts (values as exact decimal text)."""
        return {
            tid: {
                "indicator": t.indicator,
                "unit": t.unit,
                "aggregation": t.aggregation,
                "whole": None if t.whole is None else _area_dict(t.whole),
                "parts": [_area_dict(a) for a in t.parts],
            }
            for tid, t in self.targets.items()
        }

    def csv_rows(self) -> list[list[str | float | int | Decimal | None]]:
        """One row per target and area (the whole area first), under `AREA_CSV_COLUMNS`: values
        as exact decimals, ``derived`` as 1 or 0, fractions rounded to 4 decimals."""
        rows: list[list[str | float | int | Decimal | None]] = []
        for tid, t in self.targets.items():
            for area in ([t.whole] if t.whole is not None else []) + list(t.parts):
                d = _area_dict(area)
                exact: dict[str, str | float | int | Decimal | None] = {
                    "value": area.value,
                    "numerator": area.numerator,
                    "denominator": area.denominator,
                    "derived": 1 if area.derived else 0,
                }
                rows.append([tid, *(exact[c] if c in exact else d[c] for c in AREA_CSV_COLUMNS[1:])])
        return rows


def _area_dict(area: AreaProgress) -> dict[str, Any]:
    from doelenboom.monitor.aggregate import fraction

    p = area.progress
    return {
        "area": area.area,
        "name": area.name,
        "code": area.code,
        "parent": area.parent,
        "value": _text(area.value),
        "numerator": _text(area.numerator),
        "denominator": _text(area.denominator),
        "measured_on": None if area.measured_on is None else area.measured_on.isoformat(),
        "derived": area.derived,
        "progress": None if p is None else fraction(p.progress),
        "expected": None if p is None else fraction(p.expected),
        "status": None if p is None else p.status.value,
        "missing": None if p is None or p.missing is None else p.missing.value,
    }


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


class _Areas:
    """The series of every declared area for one programme's targets."""

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        self.areas: AreaIndex = area_index(programme)
        self.indicators = indicators(programme)
        self.units = UnitTable.of(programme.units)
        whole = self.areas.whole
        # children before their parents, the whole area last: each area's series is built from
        # series already built
        below = list(self.areas.descendants(whole.id)) if whole is not None else []
        self.order = [*reversed(below), *([whole.id] if whole is not None else [])]
        # inhabitants as declared, else the sum over the areas in it when each of them has them
        self.inhabitants: dict[str, int] = {}
        for ident in self.order:
            declared = self.areas.areas[ident].inhabitants
            kids = self.areas.children.get(ident, ())
            if declared is not None:
                self.inhabitants[ident] = declared
            elif kids and all(kid in self.inhabitants for kid in kids):
                self.inhabitants[ident] = sum(self.inhabitants[kid] for kid in kids)

    def aggregation(self, target: Target) -> Aggregation:
        """The indicator's; for a count in a counted unit without an indicator, ``sum`` (counts add
        up over areas, and through the declared hierarchy each buurt is counted once)."""
        indicator = self.indicators.get(target.indicator) if target.indicator is not None else None
        if indicator is not None:
            return indicator.aggregation
        unit = getattr(target, "unit", None)
        counted = isinstance(unit, str) and self.units.counted(unit)
        return "sum" if isinstance(target, CountTarget | PartOfTarget) and counted else "none"

    def area_of(self, row: Measurement) -> str | None:
        """The id of the declared (whole or sub-) area a row is for; None for any other row."""
        if row.area is None:
            return self.areas.whole.id if self.areas.whole is not None else None
        found = self.areas.resolve(row.area)
        return None if found is None or found.role == "reference" else found.id

    def series(self, target: Target, rows: tuple[Measurement, ...]) -> dict[str, Series]:
        """Every declared area's series: measured, or aggregated from the areas in it."""
        own: dict[str, Series] = {}
        for row in rows:
            ident = self.area_of(row)
            if ident is not None:
                own.setdefault(ident, {})[row.date] = Point(row.value, row.numerator, row.denominator, row.line, False)
        how = self.aggregation(target)
        percent = self.units.canonical(getattr(target, "unit", "percent") or "percent") == "percent"
        found: dict[str, Series] = {}
        for ident in self.order:
            if ident in own:
                found[ident] = own[ident]
                continue
            kids = self.areas.children.get(ident, ())
            if how == "none" or not kids or any(kid not in found for kid in kids):
                continue
            dates = set(found[kids[0]])
            for kid in kids[1:]:
                dates &= set(found[kid])
            combined: Series = {}
            for day in sorted(dates):
                point = self._combine(how, [(kid, found[kid][day]) for kid in kids], percent)
                if point is not None:
                    combined[day] = point
            if combined:
                found[ident] = combined
        return found

    def _combine(self, how: Aggregation, points: list[tuple[str, Point]], percent: bool) -> Point | None:
        line = max(point.line for _, point in points)
        if how == "sum":
            return Point(sum((p.value for _, p in points), Decimal(0)), None, None, line, True)
        if how == "ratio":
            if any(p.numerator is None or p.denominator is None for _, p in points):
                return None  # a value without its parts cannot be weighed
            top = sum((p.numerator or Decimal(0) for _, p in points), Decimal(0))
            bottom = sum((p.denominator or Decimal(0) for _, p in points), Decimal(0))
            if bottom == 0:
                return None
            return Point(top / bottom * (HUNDRED if percent else 1), top, bottom, line, True)
        weights = [self.inhabitants.get(kid) for kid, _ in points]
        if any(w is None for w in weights) or sum(w or 0 for w in weights) == 0:
            return None  # weighted_mean without the weights: no value, never an unweighted one
        total = Decimal(sum(w or 0 for w in weights))
        value = sum((p.value * (w or 0) for (_, p), w in zip(points, weights, strict=True)), Decimal(0)) / total
        return Point(value, None, None, line, True)


def _rows(target: str, series: Series) -> list[Measurement]:
    return [
        Measurement(target, day, p.value, None, None, None, None, None, p.line, p.numerator, p.denominator)
        for day, p in sorted(series.items())
    ]


def with_aggregates(
    programme: Programme, measurements: MeasurementSet | Mapping[str, tuple[Measurement, ...]]
) -> dict[str, tuple[Measurement, ...]]:
    """The rows per target, with the whole area's aggregated rows added for every target whose
    indicator aggregates and which has no row of its own for the whole area."""
    grouped = measurements.by_target if isinstance(measurements, MeasurementSet) else measurements
    result = dict(grouped)
    engine = _Areas(programme)
    whole = engine.areas.whole
    if whole is None or not engine.areas.declared:
        return result
    for entry in index(programme).targets.values():
        target = entry.target
        rows = grouped.get(target.id, ())
        if not rows or engine.aggregation(target) == "none":
            continue
        if any(engine.area_of(row) == whole.id for row in rows):
            continue
        series = engine.series(target, rows).get(whole.id)
        if series:
            result[target.id] = (*rows, *_rows(target.id, series))
    return result


def area_progress(
    programme: Programme,
    measurements: MeasurementSet | Mapping[str, tuple[Measurement, ...]],
    as_of: date | None = None,
    thresholds: Thresholds | None = None,
) -> AreaReport:
    """Progress per declared area of every target with data for one (see the module docstring).
    Empty when the spec declares no areas. Progress is computed by `target_progress`, once per
    area for all the targets measured there."""
    when = as_of or date.today()
    grouped = measurements.by_target if isinstance(measurements, MeasurementSet) else measurements
    engine = _Areas(programme)
    whole = engine.areas.whole
    if whole is None or not engine.areas.declared:
        return AreaReport(when, {})
    tree = index(programme)
    # per target: its series per area and the areas with data (the whole area first)
    measured: dict[str, tuple[Target, dict[str, Series], list[str]]] = {}
    for entry in tree.targets.values():
        target = effective_target(entry.target, engine.indicators, engine.areas, programme.reference_area)
        rows = grouped.get(target.id, ())
        series = engine.series(target, rows)
        parts = [ident for ident in engine.areas.descendants(whole.id) if ident in series]
        if parts:
            measured[target.id] = (target, series, [whole.id, *parts])
    progress: dict[tuple[str, str], TargetProgress] = {}
    wholes = target_progress(
        programme, _with_aggregates(engine, grouped, measured), when, thresholds, only=set(measured)
    )
    for tid, found in wholes.items():
        progress[(tid, whole.id)] = found
    # per part: the rows of every target measured there, each from the part's own baseline
    asks: dict[str, tuple[dict[str, tuple[Measurement, ...]], dict[str, Target]]] = {}
    for tid, (target, series, idents) in measured.items():
        if self_summed(engine, target):
            continue
        others = tuple(row for row in grouped.get(tid, ()) if engine.area_of(row) is None)  # references
        for ident in idents[1:]:
            variant = _own_baseline(target, series[ident])
            if variant is None:  # no value of its own at the baseline date: nothing to measure from
                latest = max((d for d in series[ident] if d <= when), default=None)
                # values, but none at the baseline date: not measurable, not "no data" beside a value
                status, missing = (
                    (Status.NO_DATA, Missing.NO_DATA) if latest is None
                    else (Status.NOT_MEASURABLE, Missing.NO_OWN_BASELINE)
                )  # fmt: skip
                progress[(tid, ident)] = TargetProgress(
                    tid, tree.targets[tid].node, target.kind, when, None, None, None, status,
                    None if latest is None else series[ident][latest].value, latest, 0, None, missing,
                )  # fmt: skip
                continue
            rows_of, replaced = asks.setdefault(ident, ({}, {}))
            rows_of[tid] = (*_rows(tid, series[ident]), *others)
            replaced[tid] = variant
    for ident, (rows_of, replaced) in asks.items():
        for tid, found in target_progress(
            programme, rows_of, when, thresholds, only=set(rows_of), replace=replaced
        ).items():
            progress[(tid, ident)] = found
    result: dict[str, TargetAreas] = {}
    for tid, (target, series, idents) in measured.items():
        areas = [_area(engine, ident, series.get(ident, {}), when, progress.get((tid, ident))) for ident in idents]
        unit = getattr(target, "unit", None)
        result[tid] = TargetAreas(
            tid, target.indicator, engine.aggregation(target), areas[0], tuple(areas[1:]), unit if unit else None
        )
    return AreaReport(when, result)


def _area(engine: _Areas, ident: str, own: Series, when: date, progress: TargetProgress | None) -> AreaProgress:
    ref = engine.areas.areas[ident]
    latest = max((d for d in own if d <= when), default=None)
    point = None if latest is None else own[latest]
    return AreaProgress(
        ident,
        ref.name,
        ref.code,
        ref.parent,
        None if point is None else point.value,
        None if point is None else point.numerator,
        None if point is None else point.denominator,
        latest,
        bool(point is not None and point.derived),
        progress,
    )


def _with_aggregates(
    engine: _Areas,
    grouped: Mapping[str, tuple[Measurement, ...]],
    measured: Mapping[str, tuple[Target, dict[str, Series], list[str]]],
) -> dict[str, tuple[Measurement, ...]]:
    """`with_aggregates` for the targets already measured per area (their series built once)."""
    whole = engine.areas.whole
    result = dict(grouped)
    if whole is None:
        return result
    for tid, (target, series, _idents) in measured.items():
        rows = grouped.get(tid, ())
        own_whole = any(engine.area_of(row) == whole.id for row in rows)
        if engine.aggregation(target) != "none" and not own_whole and series.get(whole.id):
            result[tid] = (*rows, *_rows(tid, series[whole.id]))
    return result


def self_summed(engine: _Areas, target: Target) -> bool:
    """Whether the target's sub-area values are parts of a sum (no progress of their own)."""
    return engine.aggregation(target) == "sum"


def _own_baseline(target: Target, series: Series) -> Target | None:
    """The target measured from the sub-area's own value at the baseline date (the latest on or
    before it); None when the sub-area has none (its progress is then missing, never measured
    from the whole area's baseline or from 0). A range is a change and needs none."""
    if isinstance(target, RangeTarget) or target.baseline is None:
        return target
    when = target.baseline.date
    start = when if isinstance(when, date) else date(when, 1, 1)
    before = [day for day in series if day <= start]
    if not before:
        return None
    value = series[max(before)].value
    return target.model_copy(update={"baseline": Baseline(value=value, date=target.baseline.date)})
