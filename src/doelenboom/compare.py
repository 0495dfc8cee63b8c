"""The semantic diff of two versions of a spec: what a change means, not which lines moved.

The programme's own fields (name, ambition, horizon, plan period, area, ...), its levels (depth by
depth), sources, benefits, units and overhead items are compared field by field (`FieldChange`).
Nodes and targets are matched by id. A node is *renamed* when its id stays and its name changes,
*moved* when its id stays and its parent changes. Targets are compared key by key (every key of
the model, nested ones as ``baseline.value``), and a target that changes node is reported too.
Budget figures are compared in EUR, and every rolled-up total (`rollup.budget_totals`) that
changes is listed, so a reviewer sees what one changed amount does to each total above it.
Diagnostics are matched by code, by the ids around the place they point at and by their id-like
arguments, never by line (lines shift when text is inserted above): NEW's diagnostics without a
match in OLD are *new*, OLD's without a match in NEW are *resolved*.

Each side is a file, or ``REV:path`` read with ``git cat-file`` (no shell). Nothing here prints.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from doelenboom.diagnostics import ArgValue, Diagnostic, Severity
from doelenboom.inputs import NOT_READ, input_limit, too_large, unreadable
from doelenboom.loader import Document, load_bytes, load_file
from doelenboom.model import Area, Discrepancy, MoneyUnit, Node, Programme, ProgrammeBudget
from doelenboom.rollup import BudgetTotals, attribute_to_cents, budget_totals
from doelenboom.source import SourceMap
from doelenboom.tree import LinkKind, index
from doelenboom.units import to_base_money
from doelenboom.validation import Validation, validate_document

NodeChangeKind = Literal["added", "removed", "renamed", "moved", "reweighted", "changed"]

# Arguments that say *what* a diagnostic is about (ids, keys, kinds), as opposed to figures and
# line numbers that change with every edit.
ID_ARGS = ("id", "ref", "key", "whole", "other", "what", "kind", "tag", "cycle", "unit", "other_unit")


# --- reading a side ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One side of the diff: its label (as the user wrote it), the loaded document and its validation."""

    label: str
    document: Document
    validation: Validation

    @property
    def programme(self) -> Programme | None:
        return self.validation.programme

    @property
    def unreadable(self) -> bool:
        """True when the side could not be read at all: no file, a folder, no such revision or
        path (DB101), not UTF-8 text (DB102), not a regular file (DB114) or too large (DB115)."""
        return any(d.code in UNREADABLE for d in self.document.diagnostics)


UNREADABLE = NOT_READ | {"DB102"}
"""The codes of a side that could not be read as text (no file, not UTF-8, not a regular file, too
large): the diff means nothing then."""


def _unreadable(label: str, reason: str, **more: ArgValue) -> Document:
    """A git side that could not be read, as `loader.load_file` reports an unreadable file;
    ``reason`` is a token of DB101 (``git_failed``), ``more`` the data its words show."""
    return Document(None, SourceMap(label), [unreadable(label, reason, **more)], fatal=True)


def _is_file_path(spec: str) -> bool:
    """True when ``spec`` names something on disk. A name the OS refuses to look up (too long,
    too many links) names nothing there."""
    try:
        return Path(spec).exists()
    except (OSError, ValueError):
        return False


def split_revision(spec: str) -> tuple[str, str] | None:
    """``(rev, path)`` when ``spec`` names a file in a git revision, else None (a plain file).

    A spec that exists as a file is a file, even if it holds a colon."""
    if ":" not in spec or _is_file_path(spec):
        return None
    rev, path = spec.split(":", 1)
    if not rev or not path:
        return None
    return rev, path


def _git(args: list[str], cwd: str | Path | None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], capture_output=True, cwd=cwd, check=False)


def _git_refused(label: str, proc: subprocess.CompletedProcess[bytes]) -> Document:
    message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    if not message:
        return _unreadable(label, "git_exit", status=proc.returncode)
    return _unreadable(label, "git_failed", detail=message[0])


def read_git(rev: str, path: str, label: str, cwd: str | Path | None = None) -> Document:
    """Load ``path`` as it is in revision ``rev`` (``git cat-file``, run without a shell).

    As with git, ``path`` is relative to the repository's top folder unless it starts with ``./``.
    One revision and one file: a range (``A..B``), a folder or anything else git holds at the
    path is DB101, as is every refusal of git's (no such revision, no such path, no repository)."""
    if rev.startswith("-"):
        return _unreadable(label, "not_a_revision", revision=rev)
    if ".." in rev:
        return _unreadable(label, "revision_range", revision=rev)
    if "\x00" in rev or "\x00" in path:
        return _unreadable(label, "null_byte")
    name = f"{rev}:{path}"
    try:
        kind = _git(["cat-file", "-t", name], cwd)
        if kind.returncode != 0:
            return _git_refused(label, kind)
        found = kind.stdout.decode("ascii", "replace").strip()
        if found != "blob":
            return _unreadable(label, "git_directory" if found == "tree" else "git_not_a_file", revision=rev, path=path)
        # The same size limit as for a file (inputs.input_limit), asked of git before reading.
        sized = _git(["cat-file", "-s", name], cwd)
        size = sized.stdout.decode("ascii", "replace").strip()
        if sized.returncode == 0 and size.isdigit() and int(size) > (limit := input_limit("spec")):
            return Document(None, SourceMap(label), [too_large(label, int(size), limit)], fatal=True)
        proc = _git(["cat-file", "blob", name], cwd)
    except OSError as exc:
        return _unreadable(label, "git_not_started", detail=exc.strerror or str(exc))
    if proc.returncode != 0:
        return _git_refused(label, proc)
    return load_bytes(proc.stdout, label)


def read_side(spec: str, cwd: str | Path | None = None) -> Side:
    """Read and validate one side: a file, or ``REV:path`` from git. Never raises for a side
    that cannot be read: that is DB101 (or DB102) at the side's label."""
    if "\x00" in spec:  # no path and no git revision holds one; the OS would refuse it with ValueError
        document = _unreadable(spec, "null_byte")
    elif (revision := split_revision(spec)) is not None:
        document = read_git(*revision, label=spec, cwd=cwd)
    else:
        # load_file reports a missing file, a folder or bytes that are not UTF-8 (DB101/DB102,
        # in both languages); diagnostics carry the path it was given.
        document = load_file(Path(cwd, spec) if cwd is not None else spec)
    return Side(spec, document, validate_document(document))


# --- the diff as data --------------------------------------------------------------------------


@dataclass(frozen=True)
class NodeChange:
    """A node added, removed, renamed (``old``/``new`` are names), moved (parents' ids),
    reweighted (its ``weight`` for explicit progress weighting, as text; None when not written),
    or another of its fields ``changed`` (``field`` names it as the spec writes it:
    ``description``, ``source``, ``no_target_reason``, ``budget.note``,
    ``budget.accept_discrepancy.declared`` (in EUR), and ``serves`` or ``allocation`` as written
    where the contributions do not show the change, as when a reference is not a valid link)."""

    change: NodeChangeKind
    id: str
    level: str | None
    """The level's id (None when the tree is deeper than the declared levels)."""
    level_name: str
    """The spec's word for the level (e.g. `thema`)."""
    old: str | None
    new: str | None
    field: str | None = None
    """The changed field for ``changed``; None for every other kind."""


FieldScope = Literal[
    "programme",
    "level",
    "source",
    "benefit",
    "unit",
    "overhead",
    "funder",
    "co_financing",
    "area_part",
    "area_reference",
    "indicator",
]


@dataclass(frozen=True)
class FieldChange:
    """A field of meaning outside the tree changed: one of the programme's own (``scope``
    ``programme``, ``id`` None: ``name``, ``ambition``, ``description``, ``horizon.end``,
    ``plan_period.start``, ``area.inhabitants``, ``reference_area``, ``id``,
    ``budget.share_decimals``, ``budget.accept_total_discrepancy.declared`` in EUR, ...), one of a
    level's (``id`` is the level's in NEW; ``field`` ``id``, ``name`` or ``goal``; levels are
    compared depth by depth), or one of a source's, benefit's, counting unit's, overhead item's,
    funder's, co-financing rule's, sub-area's (``area_part``: ``name``, ``code``, ``parent``,
    ``inhabitants``), reference area's (``area_reference``) or indicator's (``unit``,
    ``direction``, ``aggregation``, ``baseline.value``, ...) (``id`` is its id, a unit's name; an
    overhead item's amount is a `FigureChange`; the order of a list means nothing). When the
    thing itself is added or removed, ``field`` is the scope's name and ``old``/``new`` its
    name (a source's title). Values are text as the spec means them; None where absent."""

    scope: FieldScope
    id: str | None
    field: str
    old: str | None
    new: str | None


FigureScope = Literal["node", "overhead", "programme"]


@dataclass(frozen=True)
class FigureChange:
    """A budget figure as written in the spec, in EUR (or percent for shares), added (``old``
    None), removed (``new`` None) or changed. ``scope`` says whose figure it is: a node's
    (``id`` is the node's), an overhead item's (``id`` is the item's) or the programme's
    ``budget:`` block (``id`` is the programme's, in NEW where it has one)."""

    id: str
    figure: str
    unit: str
    old: Decimal | None
    new: Decimal | None
    scope: FigureScope = "node"

    @property
    def delta(self) -> Decimal | None:
        """``new - old``, or None when the figure was added or removed."""
        return None if self.old is None or self.new is None else self.new - self.old


@dataclass(frozen=True)
class TotalChange:
    """A computed total in EUR: a node's rolled-up budget (``total`` is ``rolled_up``), the money
    attributed to it through containment and ``serves`` (``attributed``, see `rollup.attribute`;
    listed where it changes otherwise than the rolled-up total, as when a ``serves`` link or an
    allocation changes), or one of the programme's totals (``id`` None; ``total`` is ``tree``,
    ``overhead`` or ``programme``)."""

    id: str | None
    total: str
    old: Decimal | None
    """None where that version has no money there (missing, not zero)."""
    new: Decimal | None

    @property
    def delta(self) -> Decimal | None:
        """``new - old`` in EUR, or None when either side has no money."""
        return None if self.old is None or self.new is None else self.new - self.old


@dataclass(frozen=True)
class LinkChange:
    """A contribution link (`tree.Contribution`) added, removed, or passing another share of the
    giver's money: ``old``/``new`` in percent, None where the link is absent. A containment link
    appears only when its share changes (a node added, removed or moved is a `NodeChange`)."""

    giver: str
    recipient: str
    kind: LinkKind
    old: Decimal | None
    new: Decimal | None


@dataclass(frozen=True)
class TargetChange:
    """A target added or removed (``field`` is ``target``; ``old``/``new`` are its kind), moved to
    another node (``field`` is ``node``; ``old``/``new`` are the nodes' ids), or one of its fields
    changed (``field`` is the key as the spec writes it, ``baseline.value`` for nested keys).
    ``node`` is the id of the node that holds the target (in NEW, or in OLD when it was removed)."""

    id: str
    node: str
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class SemanticDiff:
    """What changed in meaning from ``old`` to ``new`` (the sides' labels), as data for the
    renderers (`doelenboom.render.diff.RENDERERS`) or your own tools. When one side is not a
    programme (``comparable`` false), only the diagnostics are compared. ``new_has_errors``: the
    change brings new errors."""

    old: str
    new: str
    comparable: bool  # both sides could be built into programmes
    programme: tuple[FieldChange, ...] = ()
    nodes: tuple[NodeChange, ...] = ()
    budget: tuple[FigureChange, ...] = ()
    totals: tuple[TotalChange, ...] = ()
    links: tuple[LinkChange, ...] = ()
    targets: tuple[TargetChange, ...] = ()
    new_diagnostics: tuple[Diagnostic, ...] = ()
    resolved_diagnostics: tuple[Diagnostic, ...] = ()
    new_has_errors: bool = False

    @property
    def empty(self) -> bool:
        """True when nothing changed in meaning (and both sides are programmes)."""
        return not (
            self.programme
            or self.nodes
            or self.budget
            or self.totals
            or self.links
            or self.targets
            or self.new_diagnostics
            or self.resolved_diagnostics
            or not self.comparable
        )


# --- computing it ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _NodeFacts:
    name: str
    parent: str | None
    level: str | None
    level_name: str
    weight: Decimal | None
    fields: dict[str, Any]
    """Its other fields of meaning, flat (see `_node_fields`)."""


def _nodes(programme: Programme) -> dict[str, _NodeFacts]:
    return {
        ident: _NodeFacts(
            e.node.name, e.parent if e.depth > 1 else None, e.level, e.level_name, e.node.weight, _node_fields(e.node)
        )
        for ident, e in index(programme).nodes.items()
    }


def _node_fields(node: Node) -> dict[str, Any]:
    """A node's fields that no other section compares: its texts, its budget's note and pinned
    discrepancy (in EUR), and ``serves`` and ``allocation`` as written (order aside)."""
    fields: dict[str, Any] = {
        "description": node.description,
        "source": node.source,
        "no_target_reason": node.no_target_reason,
        "serves": tuple(sorted(set(node.serves))),
        "allocation": None if node.allocation is None else _mapping_text(node.allocation),
    }
    if node.budget is not None:
        fields["budget"] = {
            "note": node.budget.note,
            "accept_discrepancy": _discrepancy(node.budget.accept_discrepancy, node.budget.unit),
            **_accepted_splits(node.budget, node.budget.unit),
        }
    return _flatten(fields)


def _accepted_splits(block: Any, unit: MoneyUnit) -> dict[str, Any]:
    """Accepted discrepancies per year and per funder (format 1.1), each with its figures in EUR."""
    return {
        name: {str(key): _discrepancy(pinned, unit) for key, pinned in (getattr(block, name) or {}).items()}
        for name in ("accept_year_discrepancies", "accept_funder_discrepancies")
    }


def _mapping_text(mapping: dict[str, Decimal]) -> str:
    """An allocation as the spec writes it, keys in order: ``{a: 70, b: 30}``."""
    return "{" + ", ".join(f"{key}: {value}" for key, value in sorted(mapping.items())) + "}"


def _discrepancy(pinned: Discrepancy | None, unit: MoneyUnit) -> dict[str, Any]:
    """An accepted discrepancy with its two figures in EUR, so that a change of unit alone is none."""
    if pinned is None:
        return {}
    return {
        "declared": to_base_money(pinned.declared, unit),
        "computed": to_base_money(pinned.computed, unit),
        "note": pinned.note,
    }


def _node_changes(old: Programme, new: Programme, links: list[LinkChange]) -> list[NodeChange]:
    """Nodes added, removed, renamed, moved, reweighted or with another field changed. ``serves``
    and ``allocation`` as written are listed only for a node none of whose ``links`` changed."""
    before, after = _nodes(old), _nodes(new)
    linked = {link.giver for link in links}
    changes: list[NodeChange] = []
    for ident, facts in after.items():
        was = before.get(ident)
        if was is None:
            changes.append(NodeChange("added", ident, facts.level, facts.level_name, None, facts.name))
            continue
        if was.name != facts.name:
            changes.append(NodeChange("renamed", ident, facts.level, facts.level_name, was.name, facts.name))
        if was.parent != facts.parent:
            changes.append(NodeChange("moved", ident, facts.level, facts.level_name, was.parent, facts.parent))
        if was.weight != facts.weight:
            weights = [None if w is None else str(w) for w in (was.weight, facts.weight)]
            changes.append(NodeChange("reweighted", ident, facts.level, facts.level_name, *weights))
        for name in _changed_keys(was.fields, facts.fields):
            if name in ("serves", "allocation") and ident in linked:
                continue  # the contributions show what it means
            old_text, new_text = _text(was.fields.get(name)), _text(facts.fields.get(name))
            changes.append(NodeChange("changed", ident, facts.level, facts.level_name, old_text, new_text, name))
    for ident, facts in before.items():
        if ident not in after:
            changes.append(NodeChange("removed", ident, facts.level, facts.level_name, facts.name, None))
    return changes


def _changed_keys(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The keys whose values differ, NEW's order first, then those only OLD has."""
    return [name for name in [*after, *(n for n in before if n not in after)] if before.get(name) != after.get(name)]


def _programme_fields(programme: Programme) -> dict[str, Any]:
    """The programme's own fields of meaning, flat: texts, years, the area, and the budget
    block's settings and pinned discrepancies (in EUR). An absent ``area`` or ``budget`` block
    counts as one with its defaults."""
    data = programme.model_dump(
        include={"doelenboom", "id", "name", "ambition", "description", "horizon", "plan_period", "reference_area"}
    )
    # Sub-areas and reference areas are compared one by one, by id (see _COLLECTIONS).
    data["area"] = (programme.area or Area()).model_dump(exclude={"parts", "references"})
    pbudget = programme.budget or ProgrammeBudget()
    data["budget"] = {
        "share_decimals": pbudget.share_decimals,
        "accept_subtotal_discrepancy": _discrepancy(pbudget.accept_subtotal_discrepancy, pbudget.unit),
        "accept_total_discrepancy": _discrepancy(pbudget.accept_total_discrepancy, pbudget.unit),
        **_accepted_splits(pbudget, pbudget.unit),
    }
    return _flatten(data)


def _field_changes(
    scope: FieldScope, ident: str | None, before: dict[str, Any], after: dict[str, Any]
) -> list[FieldChange]:
    return [
        FieldChange(scope, ident, name, _text(before.get(name)), _text(after.get(name)))
        for name in _changed_keys(before, after)
    ]


def _level_changes(old: Programme, new: Programme) -> list[FieldChange]:
    """Levels depth by depth: a level's id, name or goal mark changed, or a level added or removed
    at the bottom of the list."""
    changes: list[FieldChange] = []
    for depth in range(max(len(old.levels), len(new.levels))):
        was, now = old.level_of(depth), new.level_of(depth)
        if was is None and now is not None:
            changes.append(FieldChange("level", now.id, "level", None, now.name))
        elif now is None and was is not None:
            changes.append(FieldChange("level", was.id, "level", was.name, None))
        elif was is not None and now is not None and was != now:
            changes += _field_changes("level", now.id, was.model_dump(), now.model_dump())
    return changes


_Keyed = dict[str, tuple[str, dict[str, Any]]]


def _collection(items: Iterator[tuple[str, str, dict[str, Any]]]) -> _Keyed:
    """Things by id (the first of a duplicated id counts): their name and their other fields."""
    found: _Keyed = {}
    for ident, name, fields in items:
        found.setdefault(ident, (name, _flatten(fields)))
    return found


def _collection_changes(scope: FieldScope, before: _Keyed, after: _Keyed) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for ident, (name, fields) in after.items():
        if ident not in before:
            changes.append(FieldChange(scope, ident, scope, None, name))
        else:
            changes += _field_changes(scope, ident, before[ident][1], fields)
    for ident, (name, _fields) in before.items():
        if ident not in after:
            changes.append(FieldChange(scope, ident, scope, name, None))
    return changes


def _sources(programme: Programme) -> _Keyed:
    return _collection((s.id, s.title, s.model_dump(exclude={"id"})) for s in programme.sources)


def _benefits(programme: Programme) -> _Keyed:
    return _collection((b.id, b.name, b.model_dump(exclude={"id"})) for b in programme.benefits)


def _units(programme: Programme) -> _Keyed:
    return _collection((u.name, u.name, u.model_dump(exclude={"name"})) for u in programme.units)


def _overhead(programme: Programme) -> _Keyed:
    items = programme.budget.overhead if programme.budget is not None else ()
    money = {"id", "amount", *SPLITS}  # figures, compared in EUR with the budget's
    return _collection((o.id, o.name, o.model_dump(exclude=money)) for o in items)


def _funders(programme: Programme) -> _Keyed:
    return _collection((f.id, f.name, f.model_dump(exclude={"id"})) for f in programme.funders)


def _co_financing(programme: Programme) -> _Keyed:
    return _collection((r.id, r.id, r.model_dump(exclude={"id"})) for r in programme.co_financing)


def _area_parts(programme: Programme) -> _Keyed:
    parts = programme.area.parts if programme.area is not None else ()
    return _collection((a.id, a.name, a.model_dump(exclude={"id"})) for a in parts)


def _area_references(programme: Programme) -> _Keyed:
    references = programme.area.references if programme.area is not None else ()
    return _collection((r.id, r.name, r.model_dump(exclude={"id"})) for r in references)


def _indicators(programme: Programme) -> _Keyed:
    return _collection((i.id, i.name, i.model_dump(exclude={"id"})) for i in programme.indicators)


_COLLECTIONS: tuple[tuple[FieldScope, Callable[[Programme], _Keyed]], ...] = (
    ("source", _sources),
    ("benefit", _benefits),
    ("unit", _units),
    ("overhead", _overhead),
    ("funder", _funders),
    ("co_financing", _co_financing),
    ("area_part", _area_parts),
    ("area_reference", _area_references),
    ("indicator", _indicators),
)


def _programme_changes(old: Programme, new: Programme) -> list[FieldChange]:
    """Everything of meaning outside the tree, its money and its targets (see `FieldChange`)."""
    changes = _field_changes("programme", None, _programme_fields(old), _programme_fields(new))
    changes += _level_changes(old, new)
    for scope, facts in _COLLECTIONS:
        changes += _collection_changes(scope, facts(old), facts(new))
    return changes


FigureKey = tuple[FigureScope, str, str]
"""Whose figure, which one, and the figure's name. The programme's own figures are keyed without
its id (``""``), so that renaming the programme does not remove and add every one of them."""


def _figures(programme: Programme) -> dict[FigureKey, tuple[str, Decimal | None]]:
    """Every budget figure as written: (scope, id, figure) -> (unit, value in EUR or percent).
    A figure the spec leaves out is absent (missing is not zero)."""
    figures: dict[FigureKey, tuple[str, Decimal | None]] = {}
    for ident, entry in index(programme).nodes.items():
        budget = entry.node.budget
        if budget is None:
            continue
        for name, value in (("amount", budget.amount), ("declared_total", budget.declared_total)):
            if value is not None:
                figures[("node", ident, name)] = ("EUR", to_base_money(value, budget.unit))
        if budget.declared_share is not None:
            figures[("node", ident, "declared_share")] = ("%", budget.declared_share)
        _split_figures(figures, ("node", ident), budget, budget.unit)
    pbudget = programme.budget
    if pbudget is not None:
        for name, value in (
            ("declared_subtotal", pbudget.declared_subtotal),
            ("declared_total", pbudget.declared_total),
        ):
            if value is not None:
                figures[("programme", "", name)] = ("EUR", to_base_money(value, pbudget.unit))
        _split_figures(figures, ("programme", ""), pbudget, pbudget.unit)
        seen: set[str] = set()
        for item in pbudget.overhead:  # a duplicated id (DB301): the first counts, as for nodes
            if item.id not in seen:
                seen.add(item.id)
                figures[("overhead", item.id, "amount")] = ("EUR", to_base_money(item.amount, pbudget.unit))
                _split_figures(figures, ("overhead", item.id), item, pbudget.unit)
    return figures


SPLITS = ("per_year", "funding", "funding_per_year", "declared_per_year", "declared_per_funder")
"""The money figures of format 1.1, each compared year by year and funder by funder."""


def _split_figures(
    figures: dict[FigureKey, tuple[str, Decimal | None]], owner: tuple[FigureScope, str], block: Any, unit: str
) -> None:
    """A block's figures by year and by funder (format 1.1), named as the spec writes the key:
    ``per_year.2024``, ``funding.rijk``, ``funding_per_year.rijk.2024``, ``declared_per_year.2024``."""
    for name in SPLITS:
        values = getattr(block, name, None) or {}
        for key, value in values.items():
            if isinstance(value, dict):  # funding_per_year: funder -> year -> amount
                for year, amount in value.items():
                    figures[(*owner, f"{name}.{key}.{year}")] = ("EUR", to_base_money(amount, unit))
            else:
                figures[(*owner, f"{name}.{key}")] = ("EUR", to_base_money(value, unit))


def _figure_changes(old: Programme, new: Programme) -> list[FigureChange]:
    """Figures of NEW that are new or changed (in NEW's order), then those NEW no longer has."""
    before, after = _figures(old), _figures(new)
    changes = []
    for key, (unit, now) in after.items():
        was = before.get(key)
        if was is None or was[1] != now:
            changes.append(_figure(key, unit, None if was is None else was[1], now, new.id))
    for key, (unit, was_value) in before.items():
        if key not in after:
            changes.append(_figure(key, unit, was_value, None, new.id))
    return changes


def _figure(key: FigureKey, unit: str, old: Decimal | None, new: Decimal | None, programme_id: str) -> FigureChange:
    scope, ident, name = key
    return FigureChange(ident or programme_id, name, unit, old, new, scope)


def _total_changes(old: Programme, new: Programme) -> list[TotalChange]:
    before, after = budget_totals(old), budget_totals(new)

    def rolled(totals: BudgetTotals, ident: str) -> Decimal | None:
        return totals.rolled_up[ident] if totals.has_money[ident] else None

    changes = [
        TotalChange(ident, "rolled_up", rolled(before, ident), rolled(after, ident))
        for ident in after.rolled_up
        if ident in before.rolled_up and rolled(before, ident) != rolled(after, ident)
    ]
    # Attributed money is listed where it moves otherwise than the rolled-up total (a changed
    # 'serves' or allocation): where both move alike, the rolled-up line already says it.
    was_attributed, now_attributed = attribute_to_cents(old), attribute_to_cents(new)
    for ident in index(new).nodes:  # in file order
        total, was = now_attributed.attributed[ident], was_attributed.attributed.get(ident)
        if was is None or ident not in before.rolled_up or ident not in after.rolled_up:
            continue
        if total - was != after.rolled_up[ident] - before.rolled_up[ident]:
            changes.append(
                TotalChange(
                    ident,
                    "attributed",
                    was if was_attributed.has_money[ident] else None,
                    total if now_attributed.has_money[ident] else None,
                )
            )
    for name, was_figure, now_figure in (
        ("tree", before.tree_total_or_none, after.tree_total_or_none),
        ("overhead", before.overhead_or_none, after.overhead_or_none),
        ("programme", before.programme_total_or_none, after.programme_total_or_none),
    ):
        if was_figure != now_figure:
            changes.append(TotalChange(None, name, was_figure, now_figure))
    return changes


def _links(programme: Programme) -> dict[tuple[str, str], tuple[LinkKind, Decimal]]:
    """Every contribution link: (giver, recipient) -> (kind, share in percent)."""
    return {(c.giver, c.recipient): (c.kind, _percent(c.share)) for c in index(programme).contributions()}


def _percent(share: Decimal) -> Decimal:
    """A share as an exact percentage without trailing zeros (``0.7`` → ``70``)."""
    value = share * 100
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _link_changes(old: Programme, new: Programme) -> list[LinkChange]:
    before, after = _links(old), _links(new)
    changes: list[LinkChange] = []
    for key, (kind, share) in after.items():
        was = before.get(key)
        if was is None:
            if kind == "serves":
                changes.append(LinkChange(*key, kind, None, share))
        elif was[1] != share:
            changes.append(LinkChange(*key, kind, was[1], share))
    for key, (kind, share) in before.items():
        if key not in after and kind == "serves":
            changes.append(LinkChange(*key, kind, share, None))
    return changes


def _text(value: object) -> str | None:
    """A value as text, as YAML writes it (``true``, ``2025-12-31``, ``[a, b]``)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return "[" + ", ".join(str(_text(item)) for item in value) + "]"
    return str(value)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A target's fields as ``name -> value``; nested blocks (``baseline``) as ``baseline.value``.
    Empty values (None, an empty list) are left out, so that a field a kind does not have and the
    same field left empty compare equal."""
    flat: dict[str, Any] = {}
    for name, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{name}."))
        elif value is not None and value != ():
            flat[f"{prefix}{name}"] = value
    return flat


def _targets(programme: Programme) -> dict[str, tuple[str, dict[str, Any]]]:
    """Every target by id: the id of the node that holds it and all its fields (see `_flatten`).
    Values are compared as the model holds them, so ``600`` and ``600.0`` are the same amount."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for ident, entry in index(programme).targets.items():
        found[ident] = (entry.node, _flatten(entry.target.model_dump(exclude={"id"})))
    return found


def _target_changes(old: Programme, new: Programme) -> list[TargetChange]:
    before, after = _targets(old), _targets(new)
    changes = []
    for ident, (node, fields) in after.items():
        if ident not in before:
            changes.append(TargetChange(ident, node, "target", None, fields["kind"]))
            continue
        was_node, was = before[ident]
        if was_node != node:
            changes.append(TargetChange(ident, node, "node", was_node, node))
        for name in [*fields, *(n for n in was if n not in fields)]:
            if was.get(name) != fields.get(name):
                changes.append(TargetChange(ident, node, name, _text(was.get(name)), _text(fields.get(name))))
    for ident, (node, fields) in before.items():
        if ident not in after:
            changes.append(TargetChange(ident, node, "target", fields["kind"], None))
    return changes


def _anchors(document: Document) -> dict[tuple[int, int], tuple[str, ...]]:
    """For each position in the file: the ids of the things that enclose it, outermost first."""
    anchors: dict[tuple[int, int], tuple[str, ...]] = {}
    data = document.data
    if data is None:
        return anchors
    table = {**document.source.values, **document.source.keys}
    for path, pos in sorted(table.items(), key=lambda item: len(item[0])):
        ids: list[str] = []
        current: Any = data
        for part in path:
            if isinstance(current, dict) and isinstance(current.get("id"), str):
                ids.append(current["id"])
            try:
                current = current[part]
            except (KeyError, IndexError, TypeError):
                break
        else:
            if isinstance(current, dict) and isinstance(current.get("id"), str):
                ids.append(current["id"])
        anchors.setdefault(pos, tuple(ids))
    return anchors


def _identity(diag: Diagnostic, anchors: dict[tuple[int, int], tuple[str, ...]]) -> tuple[Any, ...]:
    where = anchors.get((diag.line, diag.column), ())
    args = tuple((name, str(diag.args[name])) for name in ID_ARGS if name in diag.args)
    return (diag.code, where, args)


def _diagnostic_changes(old: Side, new: Side) -> tuple[list[Diagnostic], list[Diagnostic]]:
    old_anchors, new_anchors = _anchors(old.document), _anchors(new.document)
    before = Counter(_identity(d, old_anchors) for d in old.validation.diagnostics)
    after = Counter(_identity(d, new_anchors) for d in new.validation.diagnostics)
    added, resolved = after - before, before - after
    new_list, resolved_list = [], []
    for d in new.validation.diagnostics:
        key = _identity(d, new_anchors)
        if added[key] > 0:
            added[key] -= 1
            new_list.append(d)
    for d in old.validation.diagnostics:
        key = _identity(d, old_anchors)
        if resolved[key] > 0:
            resolved[key] -= 1
            resolved_list.append(d)
    return new_list, resolved_list


def compare(old: Side, new: Side) -> SemanticDiff:
    """The semantic diff of two read sides."""
    new_diags, resolved = _diagnostic_changes(old, new)
    errors = any(d.severity is Severity.ERROR for d in new_diags)
    if old.programme is None or new.programme is None:
        return SemanticDiff(
            old.label,
            new.label,
            False,
            new_diagnostics=tuple(new_diags),
            resolved_diagnostics=tuple(resolved),
            new_has_errors=errors,
        )
    links = _link_changes(old.programme, new.programme)
    return SemanticDiff(
        old.label,
        new.label,
        True,
        programme=tuple(_programme_changes(old.programme, new.programme)),
        nodes=tuple(_node_changes(old.programme, new.programme, links)),
        budget=tuple(_figure_changes(old.programme, new.programme)),
        totals=tuple(_total_changes(old.programme, new.programme)),
        links=tuple(links),
        targets=tuple(_target_changes(old.programme, new.programme)),
        new_diagnostics=tuple(new_diags),
        resolved_diagnostics=tuple(resolved),
        new_has_errors=errors,
    )


def diff(old: str, new: str, cwd: str | Path | None = None) -> tuple[SemanticDiff, list[Diagnostic]]:
    """Read both sides and compare them. The second value lists the sides' read failures (no
    file, a folder, no such revision or path, not UTF-8): when it is not empty the diff means
    nothing."""
    sides = [read_side(old, cwd), read_side(new, cwd)]
    failures = [d for side in sides if side.unreadable for d in side.document.diagnostics if d.code in UNREADABLE]
    return compare(*sides), failures
