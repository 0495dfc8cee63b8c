"""Progress per target as of a date, with the progress expected by then and a status.

Progress is a fraction: 0 at the baseline, 1 when the target is reached. ``progress`` is clipped
to [0, 1] (so over-achieving one target cannot hide another's shortfall when aggregated);
``raw`` is the unclipped figure (below 0 when things got worse, above 1 when over-achieved).
Missing data is reported as missing (``progress`` None, with a reason), never as 0.

Per kind (all values in the target's unit; only measurements on or before the as-of date count):

- count, part_of: ``(value − baseline) / (target − baseline)``, which is direction-aware by
  itself. Without a baseline a count counts from 0 at the start of the plan period (its value is
  a number to reach, e.g. "750 extra"). That only works upwards: a count to bring *down*
  (``direction: lower``, e.g. "at most 50 incidents") without a baseline has no starting point,
  so its progress is missing with reason ``no_baseline`` (never 100 % because the figure is
  high). ``measured: periodic`` adds up the values since the baseline date; ``cumulative``
  takes the latest.
- share: as a count, but a baseline is required (a share does not start at 0).
- range: each measurement is the change achieved, in the band's unit and in the target's sense
  (for "10–20 % fewer incidents", 12 means 12 % fewer); reaching the near end (``low``) is 100 %,
  and ``band`` says below / in / above the band.
- milestone: the latest 0 or 1.
- qualitative with a ``scale``: the latest status's position on the scale (first 0, last 1).
- gap: the share of the gap to the reference area (at the baseline) that has been closed, with
  the reference series taken from rows whose ``area`` is the reference area. It needs a
  ``direction`` (``no_direction``) and a current reference level: a reference row after the
  baseline date, within `REFERENCE_MAX_YEARS` of the programme's own row (``no_reference``
  otherwise; never the reference's baseline frozen as "now"). A baseline already level with or
  better than the reference is reached while the value stays level or better, 0 otherwise.

Which way is better: for count, part_of and share the way from baseline to target, which
``direction`` must agree with (``direction_conflict``). A baseline equal to the target is a level
to keep: reached at or beyond it in ``direction``, 0 on the wrong side, ``no_direction`` without a
direction. So a value that moved away from the target is never reached.

Rows for a sub-area (``area`` set and not the programme's area) are not mixed into a target's
progress, except for counts, which add up over areas when no whole-area rows exist. Rows for a
reference area (the programme's ``reference_area`` or a gap target's ``reference_area``) are
never a sub-area: they serve gap targets only.

Rows are taken in date order, whatever order they are given in.

Expected progress follows a straight line from the baseline date (0) to the deadline (1); for a
milestone it is 0 before the deadline and 1 from it. Year-only dates mean 1 January for a
baseline and 31 December for a deadline.

Beside it, every count, part_of and share target gets Open SDG's growth-rate category
(`growth_trend`); with ``method="trend"`` that category decides the target's status.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal, Protocol

from doelenboom.language import EN, Language
from doelenboom.model import (
    CountTarget,
    GapTarget,
    MilestoneTarget,
    PartOfTarget,
    Programme,
    QualitativeTarget,
    RangeTarget,
    ShareTarget,
    Target,
)
from doelenboom.monitor.measurements import Measurement, MeasurementSet

# the threshold checks live in the light `thresholds` module (the CLI reads its options with it
# before the model loads); they stay importable from here
from doelenboom.monitor.thresholds import MAX_THRESHOLD as MAX_THRESHOLD
from doelenboom.monitor.thresholds import ONE, ZERO, coverage_problem, threshold_problem
from doelenboom.monitor.thresholds import factor_problem as factor_problem
from doelenboom.tree import index


class Status(enum.Enum):
    """Where a target (or an aggregate) stands against its trajectory."""

    REACHED = "reached"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_TRAJECTORY = "no_trajectory"
    """There is progress, but no deadline (or baseline date) to expect anything by."""
    NO_DATA = "no_data"
    NOT_MEASURABLE = "not_measurable"
    INSUFFICIENT_DATA = "insufficient_data"
    """A node whose coverage is below `Thresholds.min_coverage`: too little is measured to say
    where it stands (its mean is still given)."""


STATUS_ORDER: tuple[Status, ...] = (Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.REACHED)
"""The statuses that rank a measured item, worst first (see `aggregate`'s worst-of rule)."""


class Trend(enum.Enum):
    """The Open SDG growth-rate category of a target (``method="trend"``): the observed compound
    annual growth rate divided by the rate needed to reach the target by its deadline."""

    REACHED = "reached"
    ON_TRACK = "on_track"
    """Ratio ≥ 0.95."""
    ACCELERATION_NEEDED = "acceleration_needed"
    """0.6 ≤ ratio < 0.95."""
    LIMITED_PROGRESS = "limited_progress"
    """0 ≤ ratio < 0.6."""
    DETERIORATION = "deterioration"
    """Ratio < 0: moving away from the target."""


TREND_STATUS = {
    Trend.REACHED: Status.REACHED,
    Trend.ON_TRACK: Status.ON_TRACK,
    Trend.ACCELERATION_NEEDED: Status.AT_RISK,
    Trend.LIMITED_PROGRESS: Status.OFF_TRACK,
    Trend.DETERIORATION: Status.OFF_TRACK,
}
"""The status a trend category gives a target when a report is made ``method="trend"``."""

Method = Literal["line", "trend"]
METHODS: tuple[Method, ...] = ("line", "trend")


class Band(enum.Enum):
    """Where a range target's measured change lies relative to its band."""

    BELOW = "below"
    IN = "in"
    ABOVE = "above"


class Missing(enum.StrEnum):
    """Why a target has no progress. The values are ids written like `Status`'s (``no_data``);
    a `Missing` compares equal to its id as a plain string."""

    NO_DATA = "no_data"
    """No usable measurement on or before the as-of date."""
    NOT_MEASURABLE = "not_measurable"
    """The target cannot be measured (a qualitative target without a scale)."""
    NO_BASELINE = "no_baseline"
    """A share, a gap, or a count to bring down, without the baseline it needs."""
    NO_OWN_BASELINE = "no_own_baseline"
    """A sub-area with values but none of its own at the target's baseline date: its progress
    cannot be measured (status ``not_measurable``; the area's baseline is not its own)."""
    NO_REFERENCE = "no_reference"
    """A gap target without the reference area's level."""
    AREA_ONLY = "area_only"
    """Only rows for sub-areas, which are not mixed into the target's progress."""
    NO_DIRECTION = "no_direction"
    """A gap target, or a target whose baseline equals its value, without ``direction``: whether
    the measured value is better or worse depends on it."""
    DIRECTION_CONFLICT = "direction_conflict"
    """``direction`` says the opposite of the way from the baseline to the value (``higher``
    with the value below the baseline): which of the two is meant cannot be told."""
    NO_GROWTH_RATE = "no_growth_rate"
    """The trend method's growth rate is undefined: a value of 0 or below, no time between the
    baseline and the measurement or the deadline, or a target equal to its baseline."""


def word(value: Status | Missing | Band | Trend, lang: Language = EN) -> str:
    """``value`` in words for people, in ``lang``, from the catalogue of interface words
    (`doelenboom.words`: ``status.*``, ``missing.*``, ``band.*``, ``trend.*``)."""
    from doelenboom.words import word as catalogue_word

    prefixes = {Status: "status", Missing: "missing", Band: "band", Trend: "trend"}
    prefix = prefixes[type(value)]
    return catalogue_word(f"{prefix}.{value.value}", lang)


@dataclass(frozen=True)
class Thresholds:
    """Status rules: on track when progress ≥ ``on_track`` × expected, at risk when ≥
    ``at_risk`` × expected, off track below that. Reached (progress 1) beats all.

    Both are finite, from 0 to `MAX_THRESHOLD`, and ``at_risk`` ≤ ``on_track``; anything else
    raises ``ValueError`` (see `threshold_problem`).

    ``min_coverage``: a node whose coverage is below it is ``insufficient_data`` (a fraction from
    0 to 1; default a half, see `coverage_problem`)."""

    on_track: Decimal = Decimal("0.9")
    at_risk: Decimal = Decimal("0.7")
    min_coverage: Decimal = Decimal("0.5")

    def __post_init__(self) -> None:
        problem = threshold_problem(self.on_track, self.at_risk) or coverage_problem(self.min_coverage)
        if problem is not None:
            raise ValueError(problem)

    def status(self, progress: Decimal | None, expected: Decimal | None) -> Status:
        """The status of ``progress`` against the ``expected`` progress at the same date."""
        if progress is None:
            return Status.NO_DATA
        if progress >= ONE:
            return Status.REACHED
        if expected is None:
            return Status.NO_TRAJECTORY
        if expected == ZERO or progress >= self.on_track * expected:
            return Status.ON_TRACK
        if progress >= self.at_risk * expected:
            return Status.AT_RISK
        return Status.OFF_TRACK


@dataclass(frozen=True)
class TargetProgress:
    """Progress of one target as of a date."""

    target: str
    node: str
    """Id of the node the target belongs to."""
    kind: str
    as_of: date
    progress: Decimal | None
    """In [0, 1]; None when missing (see ``missing``)."""
    raw: Decimal | None
    """Unclipped progress."""
    expected: Decimal | None
    """Progress expected by the as-of date, in [0, 1]; None without a trajectory."""
    status: Status
    value: Decimal | None = None
    """The measured value progress was computed from (in the target's unit)."""
    measured_on: date | None = None
    """Date of the latest measurement used."""
    rows: int = 0
    """How many measurements were used."""
    band: Band | None = None
    missing: Missing | None = None
    """Why there is no progress (None when there is progress)."""
    start: Decimal | None = None
    """The value at 0 % (the baseline, or 0 for a count without one), in the target's unit; None
    where progress is not a way from one value to another (range, milestone, scale, gap)."""
    goal: Decimal | None = None
    """The value at 100 % (the target's value), in the target's unit; None as for ``start``."""
    unit: str | None = None
    """The target's unit, for the absolute figures (``92 of 150 initiatives``)."""
    trend: Trend | None = None
    """The Open SDG growth-rate category (count, part-of and share targets; see `growth_trend`)."""
    growth_ratio: Decimal | None = None
    """Observed over needed compound annual growth rate; None when undefined or reached."""
    trend_missing: Missing | None = None
    """Why there is no trend (``no_growth_rate``, ``no_direction``); None when there is one or
    the target's kind has none."""
    reference: Decimal | None = None
    """A gap target's reference level that ``value`` was compared with (its current row)."""

    @property
    def has_data(self) -> bool:
        """Whether progress could be computed (missing data is never counted as 0 %)."""
        return self.progress is not None


def _start(value: date | int) -> date:
    return value if isinstance(value, date) else date(value, 1, 1)


def _end(value: date | int) -> date:
    return value if isinstance(value, date) else date(value, 12, 31)


def _clip(value: Decimal) -> Decimal:
    return min(ONE, max(ZERO, value))


Direction = Literal["higher", "lower"] | None


def _ratio(current: Decimal, base: Decimal, goal: Decimal, direction: Direction = None) -> Decimal | Missing:
    """Progress from ``base`` (0) to ``goal`` (1), or why there is none. The way from base to goal
    says which way is better; ``direction`` must agree with it, and decides alone when base and
    goal are equal (then the target is a level to keep: reached or not, nothing in between)."""
    if goal == base:
        if current == goal:
            return ONE  # at the level: reached whichever way is better
        if direction is None:
            return Missing.NO_DIRECTION  # 7 against a level of 5: better or worse?
        return ONE if (current > goal) == (direction == "higher") else ZERO
    if direction is not None and (goal > base) != (direction == "higher"):
        return Missing.DIRECTION_CONFLICT
    return (current - base) / (goal - base)


def trajectory(start: date | None, deadline: date | None, as_of: date) -> Decimal | None:
    """Linear expected progress between ``start`` (0) and ``deadline`` (1), clipped to [0, 1]."""
    if start is None or deadline is None:
        return None
    if deadline <= start:
        return ONE if as_of >= deadline else ZERO
    return _clip(Decimal((as_of - start).days) / Decimal((deadline - start).days))


_YEAR_DAYS = Decimal("365.25")
TREND_ON_TRACK, TREND_ACCELERATION = Decimal("0.95"), Decimal("0.6")
"""Open SDG's thresholds on the ratio of observed to needed growth rate."""


def growth_trend(
    base: Decimal,
    since: date,
    value: Decimal,
    on: date,
    goal: Decimal,
    deadline: date | None,
    direction: Direction = None,
) -> tuple[Trend | None, Decimal | None, Missing | None]:
    """Open SDG's progress measure: the compound annual growth rate observed from ``base`` (at
    ``since``) to ``value`` (at ``on``), divided by the rate needed to go from ``base`` to
    ``goal`` by ``deadline``, signed by the better direction (``direction``, else the way from
    base to goal). Gives (category, ratio, None), or (None, None, reason) when a growth rate is
    undefined: a value of 0 or below, no time elapsed, no deadline, or a goal equal to the base.
    A value at or beyond the goal is ``reached``. Years are days / 365.25."""
    if direction is None:
        if goal == base:
            return None, None, Missing.NO_DIRECTION
        direction = "higher" if goal > base else "lower"
    sign = 1 if direction == "higher" else -1
    if sign * (value - goal) >= 0:
        return Trend.REACHED, None, None
    if deadline is None or min(base, value, goal) <= 0 or goal == base:
        return None, None, Missing.NO_GROWTH_RATE
    years_seen, years_needed = Decimal((on - since).days), Decimal((deadline - since).days)
    if years_seen <= 0 or years_needed <= 0:
        return None, None, Missing.NO_GROWTH_RATE
    observed = (value / base) ** (_YEAR_DAYS / years_seen) - 1
    needed = (goal / base) ** (_YEAR_DAYS / years_needed) - 1
    ratio = sign * observed / abs(needed)
    if ratio >= TREND_ON_TRACK:
        trend = Trend.ON_TRACK
    elif ratio >= TREND_ACCELERATION:
        trend = Trend.ACCELERATION_NEEDED
    elif ratio >= 0:
        trend = Trend.LIMITED_PROGRESS
    else:
        trend = Trend.DETERIORATION
    return trend, ratio, None


REFERENCE_MAX_YEARS = 1
"""A gap target's reference row is current when its year is at most this many years from the
year of the programme's own row it is compared with (a source published every two years still
pairs up); further apart, the gap would compare two moments."""


class _Result(Protocol):
    def __call__(
        self,
        raw: Decimal | None,
        value: Decimal | None,
        used: list[Measurement],
        *,
        expected: Decimal | None = None,
        band: Band | None = None,
        missing: Missing | None = None,
        span: tuple[Decimal, Decimal] | None = None,
        reference: Decimal | None = None,
    ) -> TargetProgress: ...


class _Progress:
    def __init__(self, programme: Programme, as_of: date, thresholds: Thresholds, method: Method = "line") -> None:
        self.programme = programme
        self.as_of = as_of
        self.thresholds = thresholds
        self.method = method
        plan_start = programme.plan_period.start if programme.plan_period is not None else programme.horizon.start
        self.plan_start = date(plan_start, 1, 1)
        self.whole_area = programme.area.name if programme.area is not None else None
        references = {programme.reference_area} if programme.reference_area is not None else set()
        for found in index(programme).target_entries:
            target = found.target
            if isinstance(target, GapTarget) and target.reference_area is not None:
                references.add(target.reference_area)
        self.reference_areas = frozenset(references)

    def _split(self, rows: Iterable[Measurement]) -> tuple[list[Measurement], list[Measurement]]:
        whole: list[Measurement] = []
        parts: list[Measurement] = []
        for row in rows:
            if row.date > self.as_of:
                continue
            if row.area is not None and row.area in self.reference_areas and row.area != self.whole_area:
                continue  # a reference area is compared with (gap targets), never added in
            (whole if row.area is None or row.area == self.whole_area else parts).append(row)
        return whole, parts

    def one(self, target: Target, node: str, rows: tuple[Measurement, ...]) -> TargetProgress:
        as_of = self.as_of
        start = _start(target.baseline.date) if target.baseline is not None else self.plan_start
        deadline = _end(target.deadline) if target.deadline is not None else None
        unit = getattr(target, "unit", None)

        def result(
            raw: Decimal | None,
            value: Decimal | None,
            used: list[Measurement],
            *,
            expected: Decimal | None = None,
            band: Band | None = None,
            missing: Missing | None = None,
            span: tuple[Decimal, Decimal] | None = None,
            reference: Decimal | None = None,
        ) -> TargetProgress:
            if expected is None and raw is not None:
                expected = trajectory(start, deadline, as_of)
            progress = None if raw is None else _clip(raw)
            status = self.thresholds.status(progress, expected)
            if missing == Missing.NOT_MEASURABLE:
                status = Status.NOT_MEASURABLE
            trend = ratio = trend_missing = None
            if span is not None and value is not None and used and raw is not None:
                trend, ratio, trend_missing = growth_trend(
                    span[0], start, value, used[-1].date, span[1], deadline, target.direction
                )
                if self.method == "trend" and status is not Status.REACHED:
                    status = TREND_STATUS[trend] if trend is not None else Status.NO_TRAJECTORY
            return TargetProgress(
                target.id,
                node,
                target.kind,
                as_of,
                progress,
                raw,
                expected if raw is not None else None,
                status,
                value,
                used[-1].date if used else None,
                sum(row.rows for row in used),
                band,
                missing,
                span[0] if span is not None else None,
                span[1] if span is not None else None,
                unit if isinstance(unit, str) else None,
                trend,
                ratio,
                trend_missing,
                reference,
            )

        if isinstance(target, QualitativeTarget) and not target.scale:
            return result(None, None, [], missing=Missing.NOT_MEASURABLE)
        whole, parts = self._split(rows)
        if isinstance(target, GapTarget):
            return self._gap(target, rows, result)
        if not whole:
            if parts and isinstance(target, CountTarget | PartOfTarget):
                return self._count(target, parts, result, by_area=True)
            return result(None, None, [], missing=Missing.AREA_ONLY if parts else Missing.NO_DATA)
        if isinstance(target, CountTarget | PartOfTarget):
            return self._count(target, whole, result, by_area=False)
        latest = whole[-1]
        if isinstance(target, ShareTarget):
            if target.baseline is None:
                return result(None, latest.value, [latest], missing=Missing.NO_BASELINE)
            span = (target.baseline.value, target.value)
            found = _ratio(latest.value, *span, target.direction)
            if isinstance(found, Missing):
                return result(None, latest.value, [latest], missing=found, span=span)
            return result(found, latest.value, [latest], span=span)
        if isinstance(target, RangeTarget):
            low, high = min(target.low, target.high), max(target.low, target.high)
            band = Band.BELOW if latest.value < low else Band.ABOVE if latest.value > high else Band.IN
            raw = latest.value / low if low > 0 else (ONE if latest.value >= low else ZERO)
            return result(raw, latest.value, [latest], band=band)
        if isinstance(target, MilestoneTarget):
            expected = None if deadline is None else (ONE if as_of >= deadline else ZERO)
            return result(latest.value, latest.value, [latest], expected=expected)
        if isinstance(target, QualitativeTarget):
            steps = len(target.scale) - 1
            return result(latest.value / steps if steps else ONE, latest.value, [latest])
        return result(None, None, [], missing=Missing.NO_DATA)  # pragma: no cover - every kind is handled

    def _count(
        self, target: CountTarget | PartOfTarget, rows: list[Measurement], result: _Result, *, by_area: bool
    ) -> TargetProgress:
        if target.baseline is None and target.direction == "lower":
            # "At most 50" without a starting point: nothing to measure the way down against.
            latest_row = max(rows, key=lambda m: m.date)
            return result(None, latest_row.value, [latest_row], missing=Missing.NO_BASELINE)
        base = target.baseline.value if target.baseline is not None else ZERO
        start = _start(target.baseline.date) if target.baseline is not None else self.plan_start
        if target.measured == "periodic":
            used = [row for row in rows if row.date >= start]
            current = base + sum((row.value for row in used), ZERO)
        elif by_area:
            latest: dict[str | None, Measurement] = {}
            for row in rows:
                latest[row.area] = row
            used = sorted(latest.values(), key=lambda m: m.date)
            current = sum((row.value for row in used), ZERO)
        else:
            used = [rows[-1]]
            current = rows[-1].value
        if not used:
            return result(None, None, [], missing=Missing.NO_DATA)
        span = (base, target.value)
        found = _ratio(current, base, target.value, target.direction)
        if isinstance(found, Missing):
            return result(None, current, used, missing=found, span=span)
        return result(found, current, used, span=span)

    def _gap(self, target: GapTarget, rows: tuple[Measurement, ...], result: _Result) -> TargetProgress:
        reference = target.reference_area or self.programme.reference_area
        own = [r for r in rows if r.date <= self.as_of and (r.area is None or r.area == self.whole_area)]
        latest = own[-1:]
        if target.direction is None:
            # 4.3 % against the reference's 2.9 %: closing the gap is good or bad depending on it
            return result(None, own[-1].value if own else None, latest, missing=Missing.NO_DIRECTION)
        if target.baseline is None:
            return result(None, own[-1].value if own else None, latest, missing=Missing.NO_BASELINE)
        if not own:
            return result(None, None, [], missing=Missing.NO_DATA)
        now = own[-1]
        start = _start(target.baseline.date)
        ref = [r for r in rows if r.area is not None and r.area == reference and r.date <= self.as_of]
        ref_base = target.reference_baseline
        if ref_base is None:
            before = [r for r in ref if r.date <= start]
            ref_base = before[-1].value if before else None
        # The reference now: measured after the baseline (else it is the baseline, frozen) and
        # in about the same year as the programme's own row (else the gap compares two moments).
        since = [r for r in ref if r.date > start]
        ref_now = since[-1] if since else None
        if ref_base is None or ref_now is None or abs(ref_now.date.year - now.date.year) > REFERENCE_MAX_YEARS:
            return result(None, now.value, [now], missing=Missing.NO_REFERENCE)
        sign = -1 if target.direction == "lower" else 1
        gap_then = sign * (ref_base - target.baseline.value)
        gap_now = sign * (ref_now.value - now.value)
        needed = gap_then * target.close / 100
        if needed <= 0:
            # Nothing to close (the baseline is level with or better than the reference, or
            # close: 0): reached while the gap is no wider than allowed, otherwise not at all.
            allowed = gap_then - needed if gap_then > 0 else ZERO
            raw = ONE if gap_now <= allowed else ZERO
        else:
            raw = (gap_then - gap_now) / needed
        return result(raw, now.value, [now, ref_now], reference=ref_now.value)


def target_progress(
    programme: Programme,
    measurements: MeasurementSet | Mapping[str, tuple[Measurement, ...]],
    as_of: date | None = None,
    thresholds: Thresholds | None = None,
    *,
    method: Method = "line",
    only: Collection[str] | None = None,
    replace: Mapping[str, Target] | None = None,
) -> dict[str, TargetProgress]:
    """Progress of every target of the programme as of ``as_of`` (default: today), keyed by
    target id, in file order. Targets without usable measurements are in it too, as missing.
    Rows may come in any order; they are sorted by date here. ``method``: ``line`` (status
    against the straight line from baseline to deadline) or ``trend`` (status from Open SDG's
    growth-rate measure, `growth_trend`, for counts, parts and shares; other kinds keep the
    line). Raises `ValueError` for another method.

    A target that refers to an indicator takes the indicator's baseline and direction where it
    gives none (`doelenboom.areas.effective_target`). ``only`` limits the result to those target
    ids; ``replace`` measures a target as another (e.g. with a sub-area's own baseline)."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    from doelenboom.areas import area_index, effective_target, indicators

    when = as_of or date.today()
    grouped = measurements.by_target if isinstance(measurements, MeasurementSet) else measurements
    engine = _Progress(programme, when, thresholds or Thresholds(), method)
    known = indicators(programme)
    areas = area_index(programme)
    # rows of a declared reference area carry its name (`read_measurements`): never a sub-area
    engine.reference_areas |= {ref.name for ref in areas.areas.values() if ref.role == "reference"}
    found: dict[str, TargetProgress] = {}
    for entry in index(programme).targets.values():  # the first target with an id counts
        if only is not None and entry.target.id not in only:
            continue
        target = (replace or {}).get(entry.target.id) or effective_target(
            entry.target, known, areas, programme.reference_area
        )
        rows = tuple(sorted(grouped.get(target.id, ()), key=lambda m: m.date))
        found[target.id] = engine.one(target, entry.node, rows)
    return found
