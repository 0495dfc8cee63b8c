"""Targets mean something: a direction where progress depends on it, a baseline before the
deadline, a direction that agrees with the way from baseline to value, a reference to catch up
with. Progress reports such a target as missing with a reason; these checks say why, located."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from doelenboom.areas import effective_target, indicators
from doelenboom.checks.context import Context
from doelenboom.diagnostics import Diagnostic
from doelenboom.model import CountTarget, GapTarget, PartOfTarget, ShareTarget

CODES = ("DB328", "DB329", "DB330", "DB331")


def _first_day(value: date | int) -> date:
    return value if isinstance(value, date) else date(value, 1, 1)


def _last_day(value: date | int) -> date:
    return value if isinstance(value, date) else date(value, 12, 31)


def direction(ctx: Context) -> Iterator[Diagnostic]:
    known = indicators(ctx.programme)
    for tinfo in ctx.targets.values():
        # a target takes its indicator's baseline and direction where it gives none of its own
        target = effective_target(tinfo.target, known)
        if isinstance(target, GapTarget):
            if target.direction is None:
                yield ctx.diag("DB328", (*tinfo.path, "kind"), id=target.id, why="gap")
            continue
        if not isinstance(target, CountTarget | PartOfTarget | ShareTarget) or target.baseline is None:
            continue
        base = target.baseline.value
        if target.value == base:
            if target.direction is None:
                yield ctx.diag("DB328", (*tinfo.path, "value"), id=target.id, why="level")
        elif target.direction is not None and (target.value > base) != (target.direction == "higher"):
            yield ctx.diag(
                "DB330",
                (*tinfo.path, "direction"),
                id=target.id,
                direction=target.direction,
                value=str(target.value),
                side="below" if target.value < base else "above",
                baseline=str(base),
            )


def baseline_before_deadline(ctx: Context) -> Iterator[Diagnostic]:
    known = indicators(ctx.programme)
    for tinfo in ctx.targets.values():
        target = effective_target(tinfo.target, known)
        if target.baseline is None or target.deadline is None:
            continue
        if _first_day(target.baseline.date) > _last_day(target.deadline):
            yield ctx.diag(
                "DB329",
                (*tinfo.path, "baseline", "date"),
                id=target.id,
                baseline=str(target.baseline.date),
                deadline=str(target.deadline),
            )


def reference_named(ctx: Context) -> Iterator[Diagnostic]:
    if ctx.programme.reference_area is not None:
        return
    for tinfo in ctx.targets.values():
        target = tinfo.target
        if isinstance(target, GapTarget) and target.reference_area is None:
            yield ctx.diag("DB331", (*tinfo.path, "kind"), id=target.id)


CHECKS = (direction, baseline_before_deadline, reference_named)
