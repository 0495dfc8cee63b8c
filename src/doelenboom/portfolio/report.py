"""Portfolio reports as data: money per programme × theme × year × funder, and each core
indicator per programme next to the reference. Figures come from each programme's own
`rollup.planned` and `monitor.aggregate.progress_report`; nothing is derived a second time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from doelenboom.areas import interim_targets
from doelenboom.monitor.aggregate import progress_report
from doelenboom.monitor.areas import area_progress
from doelenboom.monitor.measurements import read_measurements
from doelenboom.portfolio.validate import Member, PortfolioValidation
from doelenboom.rollup import Split, planned
from doelenboom.tree import index


@dataclass(frozen=True)
class MoneyRow:
    """Planned EUR of one programme's theme (a first-level node, or None for its overhead) in one
    year from one funder. ``year`` or ``funder`` is None where the programme does not split that
    money so: the row then holds it whole (missing, never guessed)."""

    programme: str
    theme: str | None
    year: int | None
    funder: str | None
    amount: Decimal


@dataclass(frozen=True)
class PortfolioMoney:
    """Money of the programmes that count (valid ones); ``left_out`` names the others."""

    rows: tuple[MoneyRow, ...]
    left_out: tuple[str, ...]
    """Paths of the programmes left out of the totals (unreadable, listed twice, or invalid)."""

    @property
    def total(self) -> Decimal:
        return sum((r.amount for r in self.rows), Decimal(0))


def _rows(programme: str, theme: str | None, split: Split) -> list[MoneyRow]:
    """``split`` at the finest grain whose figures add up exactly to its amount."""
    if split.amount is None:
        return []
    if split.cells is not None and sum(split.cells.values(), Decimal(0)) == split.amount:
        return [MoneyRow(programme, theme, y, f, v) for (y, f), v in sorted(split.cells.items())]
    if split.by_year is not None and sum(split.by_year.values(), Decimal(0)) == split.amount:
        return [MoneyRow(programme, theme, y, None, v) for y, v in sorted(split.by_year.items())]
    if split.by_funder is not None and sum(split.by_funder.values(), Decimal(0)) == split.amount:
        return [MoneyRow(programme, theme, None, f, v) for f, v in split.by_funder.items()]
    return [MoneyRow(programme, theme, None, None, split.amount)]


def portfolio_money(result: PortfolioValidation) -> PortfolioMoney:
    """Planned money of every valid programme by theme, year and funder (`MoneyRow`)."""
    rows: list[MoneyRow] = []
    for member in result.included:
        programme = member.programme
        assert programme is not None  # included: valid
        money = planned(programme)
        for node in programme.tree:  # the first level: each theme's whole subtree, counted once
            rows += _rows(programme.id, node.id, money.rolled[node.id])
        rows += _rows(programme.id, None, money.overhead)
    left = tuple(m.path for m in result.members if m.programme is None)
    return PortfolioMoney(tuple(rows), left)


@dataclass(frozen=True)
class AreaValue:
    """One declared sub-area's latest value of a core indicator (from `monitor.areas.area_progress`)."""

    area: str
    name: str
    value: Decimal | None
    measured_on: date | None


@dataclass(frozen=True)
class CoreValue:
    """One programme's latest value of one core indicator, or why there is none."""

    programme: str
    indicator: str
    target: str | None
    value: Decimal | None
    measured_on: date | None
    trend: str | None
    missing: str | None
    """Why there is no value: ``not_declared`` (the programme does not use the indicator),
    ``no_target``, ``no_measurements`` (the portfolio gives no measurements file), ``unreadable``
    (the file has errors), or the progress report's own reason (``no_data``, …)."""
    areas: tuple[AreaValue, ...] = ()
    """The programme's sub-areas with a value, where it measures per area."""


@dataclass(frozen=True)
class CoreIndicator:
    """One core indicator across the programmes, next to the reference."""

    id: str
    name: str
    unit: str
    reference: str | None
    """Id of the reference area whose value is shown."""
    reference_value: Decimal | None
    reference_date: date | None
    values: tuple[CoreValue, ...]

    @property
    def coverage(self) -> tuple[int, int]:
        """(programmes with a value, programmes that count)."""
        return sum(v.value is not None for v in self.values), len(self.values)


@dataclass(frozen=True)
class CoreComparison:
    as_of: date
    indicators: tuple[CoreIndicator, ...]


def _member_values(
    member: Member, core: set[str], folder: str, measurements: str | None, as_of: date
) -> dict[str, CoreValue]:
    programme = member.programme
    assert programme is not None
    declared = {ind.id for ind in programme.indicators} & core
    interim = interim_targets(programme)
    targets: dict[str, str] = {}
    for entry in index(programme).target_entries:
        ind = getattr(entry.target, "indicator", None)
        if ind in declared and entry.target.id not in interim:
            targets.setdefault(ind, entry.target.id)
    progress = None
    areas = None
    problem = "no_measurements"
    if measurements is not None:
        found = read_measurements(os.path.join(folder, measurements), programme)
        if any(d.severity.value == "error" for d in found.diagnostics):
            problem = "unreadable"
        else:
            progress = progress_report(programme, found, as_of, method="trend")
            areas = area_progress(programme, found, as_of)
    values = {}
    for ind in core:
        tid = targets.get(ind)
        if ind not in declared:
            values[ind] = CoreValue(programme.id, ind, None, None, None, None, "not_declared")
        elif tid is None:
            values[ind] = CoreValue(programme.id, ind, None, None, None, None, "no_target")
        elif progress is None:
            values[ind] = CoreValue(programme.id, ind, tid, None, None, None, problem)
        else:
            tp = progress.targets[tid]
            reason = None if tp.value is not None else str(tp.missing or "no_data")
            trend = None if tp.trend is None else tp.trend.value
            per_area = areas.targets.get(tid) if areas is not None else None
            parts = (
                ()
                if per_area is None
                else tuple(
                    AreaValue(a.area, a.name, a.value, a.measured_on) for a in per_area.parts if a.value is not None
                )
            )
            values[ind] = CoreValue(programme.id, ind, tid, tp.value, tp.measured_on, trend, reason, parts)
    return values


def core_comparison(result: PortfolioValidation, as_of: date | None = None) -> CoreComparison:
    """Each core indicator per valid programme (latest value, trend, or why missing), next to the
    first reference area's latest value on or before ``as_of``, with coverage."""
    when = as_of or date.today()
    portfolio = result.portfolio
    if portfolio is None:
        return CoreComparison(when, ())
    folder = os.path.dirname(result.file)
    core = {ind.id for ind in portfolio.indicators}
    per_member = [
        _member_values(m, core, folder, portfolio.programmes[m.index].measurements, when) for m in result.included
    ]
    reference = portfolio.references[0] if portfolio.references else None
    latest: dict[str, tuple[date, Decimal]] = {}
    if reference is not None:
        for rv in reference.values:
            if rv.date <= when and (rv.indicator not in latest or rv.date >= latest[rv.indicator][0]):
                latest[rv.indicator] = (rv.date, rv.value)
    indicators = []
    for ind in portfolio.indicators:
        ref = latest.get(ind.id)
        indicators.append(
            CoreIndicator(
                ind.id,
                ind.name,
                ind.unit,
                None if reference is None else reference.id,
                None if ref is None else ref[1],
                None if ref is None else ref[0],
                tuple(values[ind.id] for values in per_member),
            )
        )
    return CoreComparison(when, tuple(indicators))
