"""Every year and date lies inside the programme's horizon."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from doelenboom.checks.context import Context
from doelenboom.diagnostics import Diagnostic
from doelenboom.source import PathKey

CODES = ("DB310", "DB324")


def _year(value: date | int) -> int:
    return value.year if isinstance(value, date) else value


def inside_horizon(ctx: Context) -> Iterator[Diagnostic]:
    programme = ctx.programme
    start, end = programme.horizon.start, programme.horizon.end

    def outside(value: date | int, path: PathKey, ident: str, what: str) -> Iterator[Diagnostic]:
        if not start <= _year(value) <= end:
            yield ctx.diag("DB310", path, what=what, value=str(value), id=ident, start=start, end=end)

    if start > end:
        yield ctx.diag("DB324", ("horizon", "start"), what="horizon", start=start, end=end)
        return
    if programme.plan_period is not None:
        period = programme.plan_period
        if period.start > period.end:
            yield ctx.diag(
                "DB324",
                ("plan_period", "start"),
                what="plan_period",
                start=period.start,
                end=period.end,
            )
        yield from outside(period.start, ("plan_period", "start"), programme.id, "plan_period_start")
        yield from outside(period.end, ("plan_period", "end"), programme.id, "plan_period_end")
    for tinfo in ctx.targets.values():
        if tinfo.target.deadline is not None:
            yield from outside(tinfo.target.deadline, (*tinfo.path, "deadline"), tinfo.target.id, "deadline")


CHECKS = (inside_horizon,)
