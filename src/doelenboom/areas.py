"""Areas and indicators of a programme: one place that knows which areas a spec declares, how they
nest, how a measurement's `area` text resolves, and what a target inherits from its indicator.

An area is matched by its id, its CBS code or its name, without regard to case. The programme's
whole area (``area:``) resolves too; sub-areas (``area.parts``) nest through ``parent``; reference
areas (``area.references``) are never part of the programme's area.

A spec without ``parts`` and ``references`` declares no areas: a measurement's `area` is then free
text, as before areas could be declared (so every older spec and measurements file reads as it
did). Everything here is a pure function of the programme, built once per call site; checks
(`doelenboom.checks.areas`) report what is wrong with the declarations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from doelenboom.model import GapTarget, Indicator, Programme, Target
from doelenboom.source import PathKey
from doelenboom.tree import index

CBS_CODE = re.compile(r"GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8}")
"""A CBS area code: gemeente (GM + 4 digits), wijk (WK + 6) or buurt (BU + 8)."""

Role = Literal["whole", "part", "reference"]


@dataclass(frozen=True)
class AreaRef:
    """One declared area."""

    id: str
    name: str
    code: str | None
    role: Role
    parent: str | None
    """For a part: the id of the area it lies in (the whole area's id at the top); else None."""
    inhabitants: int | None
    path: PathKey
    """Where the area is declared in the spec."""


@dataclass(frozen=True)
class AreaIndex:
    """The declared areas of a programme, in file order (the whole area first)."""

    declared: bool
    """Whether the spec declares sub-areas or reference areas (then a measurement's `area` must be
    one of them)."""
    whole: AreaRef | None
    areas: Mapping[str, AreaRef]
    """The first area declared with each id."""
    children: Mapping[str, tuple[str, ...]]
    """Ids of the parts lying directly in each area, in file order; the whole area's parts are
    those without a (known) parent. Parts in a parent cycle lie nowhere."""
    _lookup: Mapping[str, str] = field(default_factory=dict)

    def resolve(self, text: str) -> AreaRef | None:
        """The declared area ``text`` names by id, CBS code or name (any case), or None."""
        ident = self._lookup.get(text.strip().casefold())
        return None if ident is None else self.areas[ident]

    def names(self) -> list[str]:
        """What a measurement may write for an area (ids and names), for a 'did you mean'."""
        return [name for ref in self.areas.values() for name in (ref.name, ref.id)]

    def descendants(self, ident: str) -> Iterator[str]:
        """The parts below ``ident``, depth first, in file order."""
        stack = list(reversed(self.children.get(ident, ())))
        while stack:
            current = stack.pop()
            yield current
            stack.extend(reversed(self.children.get(current, ())))


WHOLE_ID = "whole-area"
"""The id of the whole area when the spec gives it none."""


def area_index(programme: Programme) -> AreaIndex:
    """The declared areas of ``programme`` (see the module docstring)."""
    area = programme.area
    if area is None:
        return AreaIndex(False, None, {}, {})
    whole_id = area.id or WHOLE_ID
    whole = AreaRef(whole_id, area.name or whole_id, area.code, "whole", None, area.inhabitants, ("area",))
    areas: dict[str, AreaRef] = {whole_id: whole}
    lookup: dict[str, str] = {}

    def add(ref: AreaRef) -> None:
        areas.setdefault(ref.id, ref)
        for text in (ref.id, ref.name, ref.code):
            if text is not None:
                lookup.setdefault(text.strip().casefold(), ref.id)

    add(whole)
    part_ids = {part.id for part in area.parts}
    for i, part in enumerate(area.parts):
        parent = part.parent if part.parent in part_ids and part.parent != part.id else whole_id
        add(AreaRef(part.id, part.name, part.code, "part", parent, part.inhabitants, ("area", "parts", i)))
    for i, other in enumerate(area.references):
        add(AreaRef(other.id, other.name, other.code, "reference", None, None, ("area", "references", i)))
    cyclic = {ident for cycle in parent_cycles(programme) for ident in cycle}
    children: dict[str, list[str]] = {}
    for ident, ref in areas.items():
        if ref.role == "part" and ident not in cyclic and ref.parent is not None:
            children.setdefault(ref.parent, []).append(ident)
    return AreaIndex(area.declared, whole, areas, {k: tuple(v) for k, v in children.items()}, lookup)


def parent_cycles(programme: Programme) -> list[list[str]]:
    """Each circle of sub-areas lying in each other (``parent`` links), once, from its first part
    in file order; linear in the number of parts."""
    if programme.area is None:
        return []
    parent: dict[str, str] = {}
    for part in programme.area.parts:
        if part.parent is not None:
            parent.setdefault(part.id, part.parent)
    state: dict[str, int] = {}  # 1: on the current walk, 2: done
    found: list[list[str]] = []
    for start in parent:
        walk: list[str] = []
        current: str | None = start
        while current is not None and state.get(current) is None:
            state[current] = 1
            walk.append(current)
            current = parent.get(current)
        if current is not None and state.get(current) == 1:
            found.append(walk[walk.index(current) :])
        for ident in walk:
            state[ident] = 2
    return found


def indicators(programme: Programme) -> dict[str, Indicator]:
    """The first indicator declared with each id."""
    found: dict[str, Indicator] = {}
    for indicator in programme.indicators:
        found.setdefault(indicator.id, indicator)
    return found


def effective_target(
    target: Target, known: Mapping[str, Indicator], areas: AreaIndex | None = None, reference: str | None = None
) -> Target:
    """``target`` with its indicator's baseline and direction where it gives none of its own (the
    same target when it refers to no known indicator or needs nothing). With declared ``areas``,
    a gap target's reference area (its own, else the programme's ``reference``) is written as the
    declared area's name, as accepted measurement rows write it, however the spec spelt it."""
    update: dict[str, object] = {}
    if areas is not None and areas.declared and isinstance(target, GapTarget):
        text = target.reference_area or reference
        found = areas.resolve(text) if text is not None else None
        if found is not None and found.name != target.reference_area:
            update["reference_area"] = found.name
    indicator = known.get(target.indicator) if target.indicator is not None else None
    if indicator is None:
        return target.model_copy(update=update) if update else target
    if target.baseline is None and indicator.baseline is not None:
        update["baseline"] = indicator.baseline
    if target.direction is None and indicator.direction is not None:
        update["direction"] = indicator.direction
    return target.model_copy(update=update) if update else target


def interim_targets(programme: Programme) -> frozenset[str]:
    """Targets set on the way to a later target of the same indicator (2027 on the way to 2032).
    They are reported per target, but a node's aggregate counts the indicator once: by its final
    target (the latest deadline; of equal deadlines the last in file order)."""
    final: dict[str, tuple[tuple[int, int, int], int, str]] = {}
    interim: set[str] = set()
    for order, entry in enumerate(index(programme).targets.values()):
        target = entry.target
        if target.indicator is None:
            continue
        deadline = target.deadline
        key = (0, 0, 0) if deadline is None else _date_key(deadline)
        current = final.get(target.indicator)
        if current is None:
            final[target.indicator] = (key, order, target.id)
        elif (key, order) > current[:2]:
            interim.add(current[2])
            final[target.indicator] = (key, order, target.id)
        else:
            interim.add(target.id)
    return frozenset(interim)


def _date_key(value: object) -> tuple[int, int, int]:
    from datetime import date

    if isinstance(value, date):
        return (value.year, value.month, value.day)
    return (int(str(value)), 12, 31)
