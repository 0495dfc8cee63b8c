"""Targets are measurable and consistent: known units, parts within wholes, ordered ranges."""

from __future__ import annotations

from collections.abc import Iterator

from doelenboom.checks.context import Context
from doelenboom.diagnostics import Diagnostic, listing
from doelenboom.model import CountTarget, GapTarget, PartOfTarget, QualitativeTarget, RangeTarget, ShareTarget

CODES = ("DB307", "DB308", "DB309", "DB312", "DB313", "DB316", "DB321", "DB322")


def units(ctx: Context) -> Iterator[Diagnostic]:
    known = listing(ctx.units.known())
    for i, indicator in enumerate(ctx.programme.indicators):
        if ctx.units.canonical(indicator.unit) is None:
            yield ctx.diag("DB316", ("indicators", i, "unit"), unit=indicator.unit, known=known)
    for tinfo in ctx.targets.values():
        target = tinfo.target
        if not isinstance(target, CountTarget | PartOfTarget | RangeTarget | ShareTarget | GapTarget):
            continue
        if ctx.units.canonical(target.unit) is None:
            yield ctx.diag("DB316", (*tinfo.path, "unit"), unit=target.unit, known=known)
        elif isinstance(target, ShareTarget) and ctx.units.canonical(target.unit) != "percent":
            yield ctx.diag(
                "DB321", (*tinfo.path, "unit"), id=target.id, kind=target.kind, expected="percent", unit=target.unit
            )


def parts(ctx: Context) -> Iterator[Diagnostic]:
    for tinfo in ctx.targets.values():
        target = tinfo.target
        if not isinstance(target, PartOfTarget) or target.of not in ctx.targets:
            continue
        whole = ctx.targets[target.of].target
        if not isinstance(whole, CountTarget | PartOfTarget):
            yield ctx.diag("DB322", (*tinfo.path, "of"), id=target.id, whole=whole.id)
            continue
        units = ctx.units
        if units.canonical(target.unit) is None or units.canonical(whole.unit) is None:
            continue  # reported by `units`
        if not units.compatible(target.unit, whole.unit):
            yield ctx.diag(
                "DB308", (*tinfo.path, "unit"), unit=target.unit, id=target.id, other_unit=whole.unit, other=whole.id
            )
            continue
        if units.convert(target.value, target.unit, whole.unit) > whole.value:
            yield ctx.diag(
                "DB307",
                (*tinfo.path, "value"),
                related=[ctx.related((*ctx.targets[whole.id].path, "value"), f"{whole.id}: value")],
                id=target.id,
                part=f"{target.value} {target.unit}",
                whole=whole.id,
                whole_value=f"{whole.value} {whole.unit}",
            )


def ranges(ctx: Context) -> Iterator[Diagnostic]:
    for tinfo in ctx.targets.values():
        target = tinfo.target
        if isinstance(target, RangeTarget) and target.low > target.high:
            yield ctx.diag("DB309", (*tinfo.path, "low"), id=target.id, low=target.low, high=target.high)


def measurable(ctx: Context) -> Iterator[Diagnostic]:
    for tinfo in ctx.targets.values():
        if isinstance(tinfo.target, QualitativeTarget) and not tinfo.target.measurable:
            yield ctx.diag("DB313", (*tinfo.path, "kind"), id=tinfo.target.id)


def every_leaf_has_target(ctx: Context) -> Iterator[Diagnostic]:
    for ident, info in ctx.nodes.items():
        node = info.node
        if info.depth == ctx.leaf_depth and not node.targets and node.no_target_reason is None:
            yield ctx.diag("DB312", (*info.path, "id"), level=ctx.level_name(info.depth), id=ident)


CHECKS = (units, parts, ranges, measurable, every_leaf_has_target)
