"""The semantic diff of two versions of a spec: what a change means, not which lines moved.

Nodes and targets are matched by id. A node is *renamed* when its id stays and its name changes,
*moved* when its id stays and its parent changes. Targets are compared key by key (every key of
the model, nested ones as ``baseline.value``), and a target that changes node is reported too.
Budget figures are compared in EUR, and every rolled-up total (`rollup.budget_totals`) that
changes is listed, so a reviewer sees what one changed amount does to each total above it.
Diagnostics are matched by code, by the ids around the place they point at and by their id-like
arguments, never by line (lines shift when text is inserted above): NEW's diagnostics without a
match in OLD are *new*, OLD's without a match in NEW are *resolved*.

Each side is a file, or ``REV:path`` read with ``git show`` (no shell). Nothing here prints.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from doelenboom.codes import format_arg
from doelenboom.diagnostics import ArgValue, Diagnostic, Location, Severity
from doelenboom.export import markdown_text
from doelenboom.load import Document, SourceMap, load_bytes, load_file
from doelenboom.model import Programme
from doelenboom.rollup import budget_totals, level_words
from doelenboom.text import format_eur, one_line
from doelenboom.units import to_base_money
from doelenboom.validate import Validation, validate_document
from doelenboom.walk import first_per_id

NodeChangeKind = Literal["added", "removed", "renamed", "moved"]

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
        path (DB101), or not UTF-8 text (DB102)."""
        return any(d.code in UNREADABLE for d in self.document.diagnostics)


UNREADABLE = frozenset({"DB101", "DB102"})
"""The codes of a side that could not be read as text: the diff means nothing then."""


def _unreadable(label: str, reason: str, **more: ArgValue) -> Document:
    """A git side that could not be read, as `load.load_file` reports an unreadable file;
    ``reason`` is a token of DB101 (``git_failed``), ``more`` the data its words show."""
    args: dict[str, ArgValue] = {"reason": reason, **more}
    diag = Diagnostic("DB101", Severity.ERROR, Location(label, 1, 1), args)
    return Document(None, SourceMap(label), [diag], fatal=True)


def split_revision(spec: str) -> tuple[str, str] | None:
    """``(rev, path)`` when ``spec`` names a file in a git revision, else None (a plain file).

    A spec that exists as a file is a file, even if it holds a colon."""
    if Path(spec).exists() or ":" not in spec:
        return None
    rev, path = spec.split(":", 1)
    if not rev or not path:
        return None
    return rev, path


def read_git(rev: str, path: str, label: str, cwd: str | Path | None = None) -> Document:
    """Load ``path`` as it is in revision ``rev`` (``git show REV:path``, run without a shell).

    As with git, ``path`` is relative to the repository's top folder unless it starts with ``./``."""
    if rev.startswith("-"):
        return _unreadable(label, "not_a_revision", revision=rev)
    try:
        proc = subprocess.run(
            ["git", "show", f"{rev}:{path}"],
            capture_output=True,
            cwd=cwd,
            check=False,
        )
    except OSError as exc:
        return _unreadable(label, "git_not_started", detail=exc.strerror or str(exc))
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        if not message:
            return _unreadable(label, "git_exit", status=proc.returncode)
        return _unreadable(label, "git_failed", detail=message[0])
    return load_bytes(proc.stdout, label)


def read_side(spec: str, cwd: str | Path | None = None) -> Side:
    """Read and validate one side: a file, or ``REV:path`` from git."""
    revision = split_revision(spec)
    if revision is not None:
        document = read_git(*revision, label=spec, cwd=cwd)
    else:
        # load_file reports a missing file, a folder or bytes that are not UTF-8 (DB101/DB102,
        # in both languages); diagnostics carry the path it was given.
        document = load_file(Path(cwd, spec) if cwd is not None else spec)
    return Side(spec, document, validate_document(document))


# --- the diff as data --------------------------------------------------------------------------


@dataclass(frozen=True)
class NodeChange:
    """A node added, removed, renamed (``old``/``new`` are names) or moved (parents' ids)."""

    change: NodeChangeKind
    id: str
    level: str | None
    """The level's id (None when the tree is deeper than the declared levels)."""
    level_name: str
    """The spec's word for the level (e.g. `thema`)."""
    old: str | None
    new: str | None


@dataclass(frozen=True)
class FigureChange:
    """A budget figure as written in the spec, in EUR (or percent for shares)."""

    id: str
    figure: str
    unit: str
    old: Decimal | None
    new: Decimal | None

    @property
    def delta(self) -> Decimal | None:
        """``new - old``, or None when the figure was added or removed."""
        return None if self.old is None or self.new is None else self.new - self.old


@dataclass(frozen=True)
class TotalChange:
    """A computed total in EUR: a node's rolled-up budget, or one of the programme's totals
    (``id`` None; ``total`` is ``tree``, ``overhead`` or ``programme``)."""

    id: str | None
    total: str
    old: Decimal
    new: Decimal

    @property
    def delta(self) -> Decimal:
        """``new - old`` in EUR."""
        return self.new - self.old


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
    renderers (`RENDERERS`) or your own tools. When one side is not a programme (``comparable``
    false), only the diagnostics are compared. ``new_has_errors``: the change brings new errors."""

    old: str
    new: str
    comparable: bool  # both sides could be built into programmes
    nodes: tuple[NodeChange, ...] = ()
    budget: tuple[FigureChange, ...] = ()
    totals: tuple[TotalChange, ...] = ()
    targets: tuple[TargetChange, ...] = ()
    new_diagnostics: tuple[Diagnostic, ...] = ()
    resolved_diagnostics: tuple[Diagnostic, ...] = ()
    new_has_errors: bool = False

    @property
    def empty(self) -> bool:
        """True when nothing changed in meaning (and both sides are programmes)."""
        return not (
            self.nodes
            or self.budget
            or self.totals
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


def _nodes(programme: Programme) -> dict[str, _NodeFacts]:
    facts: dict[str, _NodeFacts] = {}
    for node, depth, _path, parent in first_per_id(programme):
        facts[node.id] = _NodeFacts(node.name, parent if depth > 1 else None, *level_words(programme, depth))
    return facts


def _node_changes(old: Programme, new: Programme) -> list[NodeChange]:
    before, after = _nodes(old), _nodes(new)
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
    for ident, facts in before.items():
        if ident not in after:
            changes.append(NodeChange("removed", ident, facts.level, facts.level_name, facts.name, None))
    return changes


def _figures(programme: Programme) -> dict[tuple[str, str], tuple[str, Decimal | None]]:
    """Every budget figure as written: (id, figure) -> (unit, value in EUR or percent)."""
    figures: dict[tuple[str, str], tuple[str, Decimal | None]] = {}
    for node, _depth, _path in programme.walk():
        budget = node.budget
        if budget is None:
            continue
        money = {"amount": budget.amount, "declared_total": budget.declared_total}
        for name, value in money.items():
            figures.setdefault((node.id, name), ("EUR", None if value is None else to_base_money(value, budget.unit)))
        figures.setdefault((node.id, "declared_share"), ("%", budget.declared_share))
    pbudget = programme.budget
    if pbudget is not None:
        for name, value in (
            ("declared_subtotal", pbudget.declared_subtotal),
            ("declared_total", pbudget.declared_total),
        ):
            figures[(programme.id, name)] = ("EUR", None if value is None else to_base_money(value, pbudget.unit))
        for item in pbudget.overhead:
            figures.setdefault((item.id, "amount"), ("EUR", to_base_money(item.amount, pbudget.unit)))
    return figures


def _figure_changes(old: Programme, new: Programme) -> list[FigureChange]:
    before, after = _figures(old), _figures(new)
    changes = []
    for key in [*after, *(k for k in before if k not in after)]:
        unit, now = after.get(key, (before[key][0], None))
        was = before.get(key, (unit, None))[1]
        if was != now:
            changes.append(FigureChange(key[0], key[1], unit, was, now))
    return changes


def _total_changes(old: Programme, new: Programme) -> list[TotalChange]:
    before, after = budget_totals(old), budget_totals(new)
    changes = [
        TotalChange(ident, "rolled_up", before.rolled_up[ident], total)
        for ident, total in after.rolled_up.items()
        if ident in before.rolled_up and before.rolled_up[ident] != total
    ]
    for name, was, now in (
        ("tree", before.tree_total, after.tree_total),
        ("overhead", before.overhead_total, after.overhead_total),
        ("programme", before.programme_total, after.programme_total),
    ):
        if was != now:
            changes.append(TotalChange(None, name, was, now))
    return changes


def _text(value: object) -> str | None:
    if value is None:
        return None
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
    for node, _depth, _path in programme.walk():
        for target in node.targets:
            fields = _flatten(target.model_dump(exclude={"id"}))
            found.setdefault(target.id, (node.id, fields))
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
        return SemanticDiff(old.label, new.label, False, (), (), (), (), tuple(new_diags), tuple(resolved), errors)
    return SemanticDiff(
        old.label,
        new.label,
        True,
        tuple(_node_changes(old.programme, new.programme)),
        tuple(_figure_changes(old.programme, new.programme)),
        tuple(_total_changes(old.programme, new.programme)),
        tuple(_target_changes(old.programme, new.programme)),
        tuple(new_diags),
        tuple(resolved),
        errors,
    )


def diff(old: str, new: str, cwd: str | Path | None = None) -> tuple[SemanticDiff, list[Diagnostic]]:
    """Read both sides and compare them. The second value lists the sides' read failures (no
    file, a folder, no such revision or path, not UTF-8): when it is not empty the diff means
    nothing."""
    sides = [read_side(old, cwd), read_side(new, cwd)]
    failures = [d for side in sides if side.unreadable for d in side.document.diagnostics if d.code in UNREADABLE]
    return compare(*sides), failures


# --- rendering ---------------------------------------------------------------------------------

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Changes in meaning",
        "nodes": "Nodes",
        "added": "added",
        "removed": "removed",
        "renamed": "renamed",
        "moved": "moved",
        "under": "under",
        "top": "(top)",
        "budget": "Budget figures",
        "totals": "Rolled-up totals",
        "tree": "sum of the tree",
        "overhead": "overhead",
        "programme": "programme total",
        "targets": "Targets",
        "target": "target",
        "new_diagnostics": "New problems",
        "resolved_diagnostics": "Resolved problems",
        "not_comparable": "One side could not be read as a programme; only its problems are compared.",
        "nothing": "No changes in meaning.",
        "none": "none",
        "change": "change",
        "level": "level",
        "id": "id",
        "was": "was",
        "now": "now",
        "delta": "difference",
        "figure": "figure",
        "node": "node",
        "field": "field",
        "problem": "problem",
        "where": "where",
    },
    "nl": {
        "title": "Inhoudelijke wijzigingen",
        "nodes": "Onderdelen",
        "added": "toegevoegd",
        "removed": "verwijderd",
        "renamed": "hernoemd",
        "moved": "verplaatst",
        "under": "onder",
        "top": "(bovenste niveau)",
        "budget": "Begrotingsbedragen",
        "totals": "Opgetelde totalen",
        "tree": "som van de doelenboom",
        "overhead": "programmakosten",
        "programme": "programmatotaal",
        "targets": "Streefdoelen",
        "target": "streefdoel",
        "new_diagnostics": "Nieuwe problemen",
        "resolved_diagnostics": "Opgeloste problemen",
        "not_comparable": "Eén kant kon niet als programma gelezen worden; alleen de problemen zijn vergeleken.",
        "nothing": "Geen inhoudelijke wijzigingen.",
        "none": "geen",
        "change": "wijziging",
        "level": "niveau",
        "id": "id",
        "was": "was",
        "now": "nu",
        "delta": "verschil",
        "figure": "bedrag",
        "node": "onderdeel",
        "field": "veld",
        "problem": "probleem",
        "where": "waar",
    },
}


def _money(value: Decimal | None, lang: str, unit: str = "EUR") -> str:
    if value is None:
        return _WORDS[lang]["none"]
    return f"{format_arg(value, lang)} %" if unit == "%" else f"EUR {format_eur(value, lang)}"


def _delta(value: Decimal | None, lang: str, unit: str = "EUR") -> str:
    if value is None:
        return ""
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return sign + _money(abs(value), lang, unit)


def _total_name(change: TotalChange, lang: str) -> str:
    return f"'{change.id}'" if change.id is not None else _WORDS[lang][change.total]


def _as_is(text: str) -> str:
    return text


def _node_detail(change: NodeChange, lang: str, text: Callable[[str], str] = _as_is) -> str:
    """What happened to a node; ``text`` escapes the names for the output format."""
    w = _WORDS[lang]
    if change.change == "added":
        return f'"{text(change.new or "")}"'
    if change.change == "removed":
        return f'"{text(change.old or "")}"'
    if change.change == "renamed":
        return f'"{text(change.old or "")}" → "{text(change.new or "")}"'

    def parent(ident: str | None) -> str:
        return f"'{ident}'" if ident is not None else w["top"]

    return f"{w['under']} {parent(change.old)} → {parent(change.new)}"


def _field(change: TargetChange, lang: str) -> str:
    """The changed field: a key as the spec writes it, or the words for the target itself and
    for the node that holds it."""
    return _WORDS[lang][change.field] if change.field in ("target", "node") else change.field


def _severity(d: Diagnostic, lang: str) -> str:
    dutch = {"error": "fout", "warning": "waarschuwing", "info": "opmerking"}
    return dutch[d.severity.value] if lang == "nl" else d.severity.value


def diagnostic_line(d: Diagnostic, lang: str = "en") -> str:
    """One diagnostic as ``file:line:column: severity CODE message``, the severity in ``lang``."""
    return f"{one_line(d.file)}:{d.line}:{d.column}: {_severity(d, lang)} {d.code} {one_line(d.message_in(lang))}"


def render_text(result: SemanticDiff, lang: str = "en") -> str:
    """Plain text; one line saying so when nothing changed in meaning."""
    w = _WORDS[lang]
    if result.empty:
        return w["nothing"] + "\n"
    lines = [f"{one_line(result.old)} → {one_line(result.new)}"]
    if not result.comparable:
        lines.append(w["not_comparable"])
    if result.nodes:
        lines.append(f"{w['nodes']}:")
        marks = {"added": "+", "removed": "-", "renamed": "~", "moved": ">"}
        for n in result.nodes:
            detail = _node_detail(n, lang, one_line)
            lines.append(f"  {marks[n.change]} {w[n.change]} {one_line(n.level_name)} '{n.id}': {detail}")
    if result.budget:
        lines.append(f"{w['budget']}:")
        for f in result.budget:
            lines.append(
                f"  '{f.id}' {f.figure}: {_money(f.old, lang, f.unit)} → {_money(f.new, lang, f.unit)}"
                + (f" ({_delta(f.delta, lang, f.unit)})" if f.delta is not None else "")
            )
    if result.totals:
        lines.append(f"{w['totals']}:")
        for t in result.totals:
            lines.append(
                f"  {_total_name(t, lang)}: {_money(t.old, lang)} → {_money(t.new, lang)} ({_delta(t.delta, lang)})"
            )
    if result.targets:
        lines.append(f"{w['targets']}:")
        for c in result.targets:
            old, new = one_line(c.old or w["none"]), one_line(c.new or w["none"])
            lines.append(f"  '{c.id}' ({c.node}) {_field(c, lang)}: {old} → {new}")
    for name, diags in (
        ("new_diagnostics", result.new_diagnostics),
        ("resolved_diagnostics", result.resolved_diagnostics),
    ):
        if diags:
            lines.append(f"{w[name]}:")
            lines.extend(f"  {diagnostic_line(d, lang)}" for d in diags)
    return "\n".join(lines) + "\n"


def _json_value(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def render_json(result: SemanticDiff, lang: str = "en") -> str:
    """JSON for tools; amounts are exact decimal strings in EUR."""
    from doelenboom.render import diagnostic_json

    payload = {
        "old": result.old,
        "new": result.new,
        "comparable": result.comparable,
        "empty": result.empty,
        "nodes": [
            {"change": n.change, "id": n.id, "level": n.level, "level_name": n.level_name, "old": n.old, "new": n.new}
            for n in result.nodes
        ],
        "budget": [
            {
                "id": f.id,
                "figure": f.figure,
                "unit": f.unit,
                "old": _json_value(f.old),
                "new": _json_value(f.new),
                "delta": _json_value(f.delta),
            }
            for f in result.budget
        ],
        "totals": [
            {"id": t.id, "total": t.total, "old": str(t.old), "new": str(t.new), "delta": str(t.delta)}
            for t in result.totals
        ],
        "targets": [{"id": c.id, "node": c.node, "field": c.field, "old": c.old, "new": c.new} for c in result.targets],
        "new_diagnostics": [diagnostic_json(d, lang) for d in result.new_diagnostics],
        "resolved_diagnostics": [diagnostic_json(d, lang) for d in result.resolved_diagnostics],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _md(text: str) -> str:
    """Spec text for the pull-request comment: export's Markdown escaping (no HTML, no emphasis,
    no links, one line), and a word joiner (U+2060, invisible) after every ``@`` and ``#`` so that
    GitHub neither mentions a user or team nor links an issue named in the spec."""
    return markdown_text(text.replace("@", "@\u2060").replace("#", "#\u2060"))


def _code(text: str) -> str:
    """Text as a Markdown code span, whatever backticks it holds (its fence is longer than any)."""
    text = one_line(text)
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _cell(text: str) -> str:
    """A table cell: a ``|`` (left only in code spans; `_md` escapes the rest) must not end it."""
    return one_line(text).replace("|", "\\|")


def _table(header: list[str], rows: Iterator[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def render_markdown(result: SemanticDiff, lang: str = "en") -> str:
    """Markdown for a pull-request comment. Text from the specs is escaped (`_md`): a name such as
    ``@team <b>*x*</b>`` shows as written and pings nobody."""
    w = _WORDS[lang]
    lines = [f"### doelenboom: {w['title']}", "", f"{_code(result.old)} → {_code(result.new)}", ""]
    if result.empty:
        return "\n".join([*lines, w["nothing"]]) + "\n"
    if not result.comparable:
        lines += [f"> {w['not_comparable']}", ""]
    if result.new_diagnostics:
        lines += [f"#### {w['new_diagnostics']} ({len(result.new_diagnostics)})", ""]
        lines += _table(
            [w["problem"], w["where"], ""],
            (
                [f"`{d.code}` {_severity(d, lang)}", _code(f"{d.file}:{d.line}:{d.column}"), _md(d.message_in(lang))]
                for d in result.new_diagnostics
            ),
        )
    if result.nodes:
        lines += [f"#### {w['nodes']}", ""]
        lines += _table(
            [w["change"], w["level"], w["id"], ""],
            ([w[n.change], _md(n.level_name), _code(n.id), _node_detail(n, lang, _md)] for n in result.nodes),
        )
    if result.budget:
        lines += [f"#### {w['budget']}", ""]
        lines += _table(
            [w["node"], w["figure"], w["was"], w["now"], w["delta"]],
            (
                [
                    _code(f.id),
                    f.figure,
                    _money(f.old, lang, f.unit),
                    _money(f.new, lang, f.unit),
                    _delta(f.delta, lang, f.unit),
                ]
                for f in result.budget
            ),
        )
    if result.totals:
        lines += [f"#### {w['totals']}", ""]
        lines += _table(
            ["", w["was"], w["now"], w["delta"]],
            (
                [_total_name(t, lang), _money(t.old, lang), _money(t.new, lang), _delta(t.delta, lang)]
                for t in result.totals
            ),
        )
    if result.targets:
        lines += [f"#### {w['targets']}", ""]
        lines += _table(
            [w["target"], w["node"], w["field"], w["was"], w["now"]],
            ([_code(c.id), _code(c.node), _field(c, lang), _md(c.old or ""), _md(c.new or "")] for c in result.targets),
        )
    if result.resolved_diagnostics:
        lines += [f"#### {w['resolved_diagnostics']} ({len(result.resolved_diagnostics)})", ""]
        lines += [f"- `{d.code}` {_md(d.message_in(lang))}" for d in result.resolved_diagnostics] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


RENDERERS: dict[str, Callable[[SemanticDiff, str], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
}
