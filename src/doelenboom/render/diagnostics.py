"""Stage 6: diagnostics as text for people, JSON for tools, and GitHub workflow annotations.

Rendering only formats; it decides nothing. Each format takes the validations of one run and a
language, and returns the whole output as a string.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from doelenboom.diagnostics import MORE_LABEL, Diagnostic, Related, Severity
from doelenboom.language import EN, NL, Language
from doelenboom.text import format_number, visible
from doelenboom.validation import Validation
from doelenboom.words import WORDS, word

FORMATS = ("text", "json", "github", "sarif")


def default_language(environ: dict[str, str] | None = None) -> Language:
    """Dutch when the locale says so (LC_ALL, LC_MESSAGES or LANG starting with 'nl'), else English."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return NL if value.lower().startswith("nl") else EN
    return EN


def related_label(related: Related, lang: Language) -> str:
    """A related location's label: spec keys and ids as they are (``werk: amount``, control
    characters escaped by `doelenboom.text.visible`), a token of the words catalogue
    (``started_here``) in ``lang``, and the end of a cut list (`diagnostics.more_related`) as
    "and 1,980 more"."""
    key = f"related.{related.label}"
    if key in WORDS:
        return word(key, lang)
    rest = related.label.removeprefix(MORE_LABEL)
    if rest != related.label and rest.isdigit():
        return word("list.more", lang, count=format_number(Decimal(rest), lang))
    return visible(related.label)


def _counts(diagnostics: Sequence[Diagnostic]) -> dict[str, int]:
    return {
        "errors": sum(d.severity is Severity.ERROR for d in diagnostics),
        "warnings": sum(d.severity is Severity.WARNING for d in diagnostics),
        "infos": sum(d.severity is Severity.INFO for d in diagnostics),
    }


def severity_word(diag: Diagnostic, lang: Language) -> str:
    """The diagnostic's severity in ``lang`` (`doelenboom.words`)."""
    return word(f"severity.{diag.severity.value}", lang)


def render_text(results: Sequence[Validation], lang: Language = EN) -> str:
    """One line per diagnostic, hint and related location, and a summary per file. Messages
    escape the values they echo (`doelenboom.codes.format_arg`); file names are escaped here, so
    that no line of the output can be forged by a file."""
    lines: list[str] = []
    for result in results:
        for d in result.diagnostics:
            where = f"{visible(d.file)}:{d.line}:{d.column}"
            lines.append(f"{where}: {severity_word(d, lang)} {d.code} {d.message_in(lang)}")
            hint = d.hint_in(lang)
            if hint:
                lines.append(f"    {word('diagnostic.hint', lang)}: {hint}")
            for rel in d.related:
                loc = rel.location
                lines.append(f"    {visible(loc.file)}:{loc.line}:{loc.column}: {related_label(rel, lang)}")
        lines.append(word("summary.validate", lang, file=visible(result.file), **_counts(result.diagnostics)))
    return "\n".join(lines) + "\n"


def diagnostic_json(d: Diagnostic, lang: Language = EN) -> dict[str, Any]:
    return {
        "code": d.code,
        "name": d.name,
        "severity": d.severity.value,
        "message": d.message_in(lang),
        "hint": d.hint_in(lang),
        "file": d.file,
        "line": d.line,
        "column": d.column,
        "related": [
            {
                "file": r.location.file,
                "line": r.location.line,
                "column": r.location.column,
                "label": related_label(r, lang),
            }
            for r in d.related
        ],
    }


def render_json(results: Sequence[Validation], lang: Language = EN) -> str:
    diagnostics = [d for result in results for d in result.diagnostics]
    payload = {
        "diagnostics": [diagnostic_json(d, lang) for d in diagnostics],
        "files": [{"file": r.file, **_counts(r.diagnostics)} for r in results],
        "summary": _counts(diagnostics),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_github(results: Sequence[Validation], lang: Language = EN) -> str:
    """GitHub Actions workflow commands: one annotation per diagnostic, shown on the diff."""
    lines = []
    for result in results:
        for d in result.diagnostics:
            props = ",".join(
                f"{k}={_escape_property(str(v))}"
                for k, v in (("file", d.file), ("line", d.line), ("col", d.column), ("title", f"{d.code} {d.name}"))
            )
            body = d.message_in(lang)
            hint = d.hint_in(lang)
            if hint:
                body += "\n" + hint
            lines.append(f"::{_GITHUB_LEVEL[d.severity]} {props}::{_escape_data(body)}")
    return "\n".join(lines) + ("\n" if lines else "")


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _sarif_location(file: str, line: int, column: int) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": file.replace(os.sep, "/")},
            "region": {"startLine": line, "startColumn": column},
        }
    }


def render_sarif(results: Sequence[Validation], lang: Language = EN) -> str:
    """SARIF 2.1.0, for code-scanning dashboards (e.g. GitHub's upload-sarif action)."""
    from doelenboom.codes import CATALOGUE

    diagnostics = [d for result in results for d in result.diagnostics]
    first = {d.code: d for d in reversed(diagnostics)}  # one example per code, for unregistered ones
    used = sorted(first)
    index = {code: i for i, code in enumerate(used)}
    rules = []
    for code in used:
        entry = CATALOGUE.get(code)
        rules.append(
            {
                "id": code,
                "name": entry.name if entry is not None else first[code].name,
                "shortDescription": {"text": entry.summary if entry is not None else code},
                "defaultConfiguration": {"level": _SARIF_LEVEL[entry.severity if entry else first[code].severity]},
            }
        )
    sarif_results = [
        {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": _SARIF_LEVEL[d.severity],
            "message": {"text": d.message_in(lang) + (f" ({d.hint_in(lang)})" if d.hint_in(lang) else "")},
            "locations": [_sarif_location(d.file, d.line, d.column)],
            "relatedLocations": [
                {
                    "id": i,
                    **_sarif_location(r.location.file, r.location.line, r.location.column),
                    "message": {"text": related_label(r, lang)},
                }
                for i, r in enumerate(d.related)
            ],
        }
        for d in diagnostics
    ]
    payload = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "doelenboom", "rules": rules}},
                "language": lang,
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


RENDERERS: dict[str, Callable[[Sequence[Validation], Language], str]] = {
    "text": render_text,
    "json": render_json,
    "github": render_github,
    "sarif": render_sarif,
}
