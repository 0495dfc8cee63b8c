"""Declared areas and indicators make sense: unique and well-formed areas, a hierarchy without
circles, and references to areas and indicators that resolve."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from doelenboom.areas import CBS_CODE, area_index, indicators, parent_cycles
from doelenboom.checks.context import Context
from doelenboom.codes import NO_SUGGESTION
from doelenboom.diagnostics import ArgValue, Diagnostic, listing
from doelenboom.model import CountTarget, GapTarget, PartOfTarget
from doelenboom.source import PathKey
from doelenboom.suggest import Suggester

CODES = ("DB350", "DB351", "DB352", "DB353", "DB354", "DB355", "DB356", "DB357")


def _more(suggester: Suggester, value: str) -> dict[str, ArgValue]:
    close = suggester.suggest(value)
    return {"suggestion": close if close is not None else NO_SUGGESTION}


def declarations(ctx: Context) -> Iterator[Diagnostic]:
    """DB350 (an id, code or name given twice), DB351 (not a CBS code), DB352 (unknown parent)."""
    area = ctx.programme.area
    if area is None:
        return
    entries: list[tuple[PathKey, str | None, str | None, str | None]] = [(("area",), area.id, area.code, area.name)]
    entries += [(("area", "parts", i), p.id, p.code, p.name) for i, p in enumerate(area.parts)]
    entries += [(("area", "references", i), r.id, r.code, r.name) for i, r in enumerate(area.references)]
    first: dict[tuple[str, str], PathKey] = {}
    for path, ident, code, name in entries:
        if code is not None and not CBS_CODE.fullmatch(code):
            yield ctx.diag("DB351", (*path, "code"), value=code)
        # an id may equal its own name or code (matching ignores case); only another area clashes
        seen_here: set[str] = set()
        for field, value in enumerate((ident, code, name)):
            if value is None:
                continue
            what = "id" if field == 0 else ("code" if field == 1 else "name")
            folded = value.strip().casefold()
            if folded in seen_here:
                continue
            seen_here.add(folded)
            earlier = first.get(("any", folded))
            if earlier is not None:
                line = ctx.loc(earlier).line
                yield ctx.diag("DB350", (*path, what), what=what, value=value, first_line=line)
            else:
                first[("any", folded)] = path
    part_ids = {p.id for p in area.parts}
    parts = Suggester(sorted(part_ids))
    for i, part in enumerate(area.parts):
        if part.parent is not None and part.parent not in part_ids:
            yield ctx.diag(
                "DB352", ("area", "parts", i, "parent"), id=part.id, ref=part.parent, more=_more(parts, part.parent)
            )


def hierarchy(ctx: Context) -> Iterator[Diagnostic]:
    """DB353: sub-areas lying in each other in a circle (reported once, at its first part)."""
    area = ctx.programme.area
    if area is None:
        return
    where: dict[str, int] = {}
    for i, part in enumerate(area.parts):
        where.setdefault(part.id, i)
    for cycle in parent_cycles(ctx.programme):
        start = min(cycle, key=lambda ident: where[ident])
        at = cycle.index(start)
        ordered = [*cycle[at:], *cycle[:at], start]
        yield ctx.diag("DB353", ("area", "parts", where[start], "parent"), cycle=listing(ordered, joiner=" → "))


def references(ctx: Context) -> Iterator[Diagnostic]:
    """DB354 (a reference area that is not declared, when areas are declared), DB355 (an unknown
    indicator) and DB356 (a target's unit or direction against its indicator's)."""
    areas = area_index(ctx.programme)
    if areas.declared:
        names = Suggester(areas.names())
        if ctx.programme.reference_area is not None and areas.resolve(ctx.programme.reference_area) is None:
            ref = ctx.programme.reference_area
            yield ctx.diag("DB354", ("reference_area",), ref=ref, more=_more(names, ref))
        for tinfo in ctx.targets.values():
            target = tinfo.target
            if isinstance(target, GapTarget) and target.reference_area is not None:
                if areas.resolve(target.reference_area) is None:
                    ref = target.reference_area
                    yield ctx.diag("DB354", (*tinfo.path, "reference_area"), ref=ref, more=_more(names, ref))
    known = indicators(ctx.programme)
    suggester = Suggester(sorted(known))
    for tinfo in ctx.targets.values():
        target = tinfo.target
        if target.indicator is None:
            continue
        indicator = known.get(target.indicator)
        if indicator is None:
            more = _more(suggester, target.indicator)
            yield ctx.diag("DB355", (*tinfo.path, "indicator"), id=target.id, ref=target.indicator, more=more)
            continue
        unit = getattr(target, "unit", None)
        units = ctx.units
        if (
            isinstance(unit, str)
            and units.canonical(unit) is not None
            and units.canonical(indicator.unit) is not None
            and not units.compatible(unit, indicator.unit)
        ):
            yield ctx.diag(
                "DB356",
                (*tinfo.path, "unit"),
                id=target.id,
                what="unit",
                value=unit,
                ref=indicator.id,
                expected=indicator.unit,
            )
        if target.direction is not None and indicator.direction is not None and target.direction != indicator.direction:
            yield ctx.diag(
                "DB356",
                (*tinfo.path, "direction"),
                id=target.id,
                what="direction",
                value=target.direction,
                ref=indicator.id,
                expected=indicator.direction,
            )


def counted_decimals(ctx: Context) -> Iterator[Diagnostic]:
    """DB357: a count or gap target's figures with decimals in a unit that counts whole things
    (a school score of 530.8 in a unit declared without `kind: measure`): its measurements would
    be refused (DB413) for the decimals its own baseline has."""
    for tinfo in ctx.targets.values():
        target = tinfo.target
        figures: list[tuple[PathKey, object]] = []
        if isinstance(target, CountTarget | PartOfTarget):
            figures.append(((*tinfo.path, "value"), target.value))
        elif isinstance(target, GapTarget):
            if target.reference_baseline is not None:
                figures.append(((*tinfo.path, "reference_baseline"), target.reference_baseline))
        else:
            continue
        if not ctx.units.counted(target.unit):
            continue
        if target.baseline is not None:
            figures.append(((*tinfo.path, "baseline", "value"), target.baseline.value))
        for path, number in figures:
            if isinstance(number, Decimal) and number != number.to_integral_value():
                yield ctx.diag("DB357", path, id=target.id, text=str(number), unit=target.unit)


CHECKS = (declarations, hierarchy, references, counted_decimals)
