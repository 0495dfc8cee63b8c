"""The semantic diff (`doelenboom.compare.SemanticDiff`) as text, JSON or Markdown.

Rendering only formats; `doelenboom.compare` decides what changed. Each renderer takes the diff
and a language and returns the whole output as a string (`RENDERERS` by format name).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from doelenboom.codes import format_arg
from doelenboom.compare import (
    FieldChange,
    FigureChange,
    LinkChange,
    NodeChange,
    SemanticDiff,
    TargetChange,
    TotalChange,
)
from doelenboom.diagnostics import Diagnostic
from doelenboom.language import EN, Language
from doelenboom.render.diagnostics import severity_word
from doelenboom.text import format_eur, markdown_text, one_line, plain_decimal, plain_number
from doelenboom.words import word, words


def _money(value: Decimal | None, lang: Language, unit: str = "EUR") -> str:
    if value is None:
        return word("diff.none", lang)
    return f"{format_arg(value, lang)} %" if unit == "%" else f"EUR {format_eur(value, lang)}"


def _delta(value: Decimal | None, lang: Language, unit: str = "EUR") -> str:
    if value is None:
        return ""
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return sign + _money(abs(value), lang, unit)


def _total_name(change: TotalChange, lang: Language) -> str:
    if change.id is None:
        return word(f"diff.{change.total}", lang)
    attributed = word("diff.attributed", lang)
    return f"'{change.id}' ({attributed})" if change.total == "attributed" else f"'{change.id}'"


def _owner(change: FigureChange, lang: Language) -> str:
    """Whose figure: a node's id, an overhead item's id after the word for overhead, or the
    programme's id."""
    ident = f"'{change.id}'"
    return f"{word('diff.scope.overhead', lang)} {ident}" if change.scope == "overhead" else ident


def _share(value: Decimal | None, lang: Language) -> str:
    return word("diff.none", lang) if value is None else f"{format_arg(value, lang)} %"


def _link_name(change: LinkChange, lang: Language) -> str:
    kind = word(f"diff.{change.kind}", lang)
    return f"'{change.giver}' {kind} '{change.recipient}'"


def _as_is(text: str) -> str:
    return text


def _node_detail(change: NodeChange, lang: Language, text: Callable[[str], str] = _as_is) -> str:
    """What happened to a node; ``text`` escapes the names for the output format."""
    w = words(lang, "diff")
    if change.change == "added":
        return f'"{text(change.new or "")}"'
    if change.change == "removed":
        return f'"{text(change.old or "")}"'
    if change.change == "renamed":
        return f'"{text(change.old or "")}" → "{text(change.new or "")}"'
    if change.change == "reweighted":
        return f"{w['weight']} {change.old or w['none']} → {change.new or w['none']}"
    if change.change == "changed":
        return f"{change.field}: {_value(change.old, lang, text)} → {_value(change.new, lang, text)}"

    def parent(ident: str | None) -> str:
        return f"'{ident}'" if ident is not None else w["top"]

    return f"{w['under']} {parent(change.old)} → {parent(change.new)}"


def _value(value: str | None, lang: Language, text: Callable[[str], str] = _as_is) -> str:
    """A field's value from the spec, as the targets' values are shown, or the word for none."""
    return word("diff.none", lang) if value is None else text(value)


def _programme_field(change: FieldChange, lang: Language, text: Callable[[str], str] = _as_is) -> str:
    """Whose field and which: nothing for the programme's own, ``source 'cbs'`` for a thing (and
    only that when the thing itself was added or removed), then the field's key."""
    if change.scope == "programme":
        return change.field
    thing = f"{word(f'diff.scope.{change.scope}', lang)} '{text(change.id or '')}'"
    return thing if change.field == change.scope else f"{thing} {change.field}"


def _field(change: TargetChange, lang: Language) -> str:
    """The changed field: a key as the spec writes it, or the words for the target itself and
    for the node that holds it."""
    return word(f"diff.{change.field}", lang) if change.field in ("target", "node") else change.field


def diagnostic_line(d: Diagnostic, lang: Language = EN) -> str:
    """One diagnostic as ``file:line:column: severity CODE message``, the severity in ``lang``."""
    return f"{one_line(d.file)}:{d.line}:{d.column}: {severity_word(d, lang)} {d.code} {one_line(d.message_in(lang))}"


def render_text(result: SemanticDiff, lang: Language = EN) -> str:
    """Plain text; one line saying so when nothing changed in meaning."""
    w = words(lang, "diff")
    if result.empty:
        return w["nothing"] + "\n"
    lines = [f"{one_line(result.old)} → {one_line(result.new)}"]
    if not result.comparable:
        lines.append(w["not_comparable"])
    if result.programme:
        lines.append(f"{w['programme_fields']}:")
        for p in result.programme:
            old, new = _value(p.old, lang, one_line), _value(p.new, lang, one_line)
            lines.append(f"  {_programme_field(p, lang, one_line)}: {old} → {new}")
    if result.nodes:
        lines.append(f"{w['nodes']}:")
        marks = {"added": "+", "removed": "-", "renamed": "~", "moved": ">", "reweighted": "~", "changed": "~"}
        for n in result.nodes:
            detail = _node_detail(n, lang, one_line)
            lines.append(f"  {marks[n.change]} {w[n.change]} {one_line(n.level_name)} '{n.id}': {detail}")
    if result.budget:
        lines.append(f"{w['budget']}:")
        for f in result.budget:
            lines.append(
                f"  {_owner(f, lang)} {f.figure}: {_money(f.old, lang, f.unit)} → {_money(f.new, lang, f.unit)}"
                + (f" ({_delta(f.delta, lang, f.unit)})" if f.delta is not None else "")
            )
    if result.totals:
        lines.append(f"{w['totals']}:")
        for t in result.totals:
            lines.append(
                f"  {_total_name(t, lang)}: {_money(t.old, lang)} → {_money(t.new, lang)}"
                + (f" ({_delta(t.delta, lang)})" if t.delta is not None else "")
            )
    if result.links:
        lines.append(f"{w['links']}:")
        for link in result.links:
            lines.append(
                f"  {_link_name(link, lang)}, {w['share']}: {_share(link.old, lang)} → {_share(link.new, lang)}"
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


def _json_value(value: Decimal | None, unit: str = "EUR") -> str | None:
    """Money as `plain_decimal` writes it everywhere; a percentage as the exact number."""
    if value is None:
        return None
    return plain_number(value) if unit == "%" else plain_decimal(value)


def render_json(result: SemanticDiff, lang: Language = EN) -> str:
    """JSON for tools; amounts are exact decimal strings in EUR."""
    from doelenboom.render.diagnostics import diagnostic_json

    payload = {
        "old": result.old,
        "new": result.new,
        "comparable": result.comparable,
        "empty": result.empty,
        "programme": [
            {"scope": p.scope, "id": p.id, "field": p.field, "old": p.old, "new": p.new} for p in result.programme
        ],
        "nodes": [
            {
                "change": n.change,
                "id": n.id,
                "level": n.level,
                "level_name": n.level_name,
                "field": n.field,
                "old": n.old,
                "new": n.new,
            }
            for n in result.nodes
        ],
        "budget": [
            {
                "scope": f.scope,
                "id": f.id,
                "figure": f.figure,
                "unit": f.unit,
                "old": _json_value(f.old, f.unit),
                "new": _json_value(f.new, f.unit),
                "delta": _json_value(f.delta, f.unit),
            }
            for f in result.budget
        ],
        "totals": [
            {
                "id": t.id,
                "total": t.total,
                "old": _json_value(t.old),
                "new": _json_value(t.new),
                "delta": _json_value(t.delta),
            }
            for t in result.totals
        ],
        "links": [
            {
                "giver": link.giver,
                "recipient": link.recipient,
                "kind": link.kind,
                "old_percent": _json_value(link.old),
                "new_percent": _json_value(link.new),
            }
            for link in result.links
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


def render_markdown(result: SemanticDiff, lang: Language = EN) -> str:
    """Markdown for a pull-request comment. Text from the specs is escaped (`_md`): a name such as
    ``@team <b>*x*</b>`` shows as written and pings nobody."""
    w = words(lang, "diff")
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
                [
                    f"`{d.code}` {severity_word(d, lang)}",
                    _code(f"{d.file}:{d.line}:{d.column}"),
                    _md(d.message_in(lang)),
                ]
                for d in result.new_diagnostics
            ),
        )
    if result.programme:
        lines += [f"#### {w['programme_fields']}", ""]
        lines += _table(
            ["", w["was"], w["now"]],
            (
                [_programme_field(p, lang, _md), _value(p.old, lang, _md), _value(p.new, lang, _md)]
                for p in result.programme
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
                    (word("diff.scope.overhead", lang) + " " if f.scope == "overhead" else "") + _code(f.id),
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
    if result.links:
        lines += [f"#### {w['links']}", ""]
        lines += _table(
            ["", w["was"], w["now"]],
            ([_md(_link_name(link, lang)), _share(link.old, lang), _share(link.new, lang)] for link in result.links),
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


RENDERERS: dict[str, Callable[[SemanticDiff, Language], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
}
