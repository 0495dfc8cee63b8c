"""Stage 6: diagnostics as text for people, JSON for tools, GitHub workflow annotations (with a
Markdown job summary when GitHub would cap them) and SARIF for code scanning.

Rendering only formats; it decides nothing. Each format takes the validations of one run and a
language, and returns the whole output as a string.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from doelenboom.diagnostics import MORE_LABEL, Diagnostic, Related, Severity
from doelenboom.language import EN, Language
from doelenboom.language import default_language as default_language  # its old place
from doelenboom.text import format_number, markdown_text, visible
from doelenboom.words import WORDS, word

if TYPE_CHECKING:  # the model is not needed to word diagnostics
    from doelenboom.validation import Validation

FORMATS = ("text", "json", "github", "sarif")

DOCS_URL = "https://OWNER.github.io/doelenboom/"
"""Where the docs site is served: the one place that says so (`mkdocs.yml`'s ``site_url`` must
agree; a test checks). SARIF's ``informationUri`` and each rule's ``helpUri`` are built from it.
``OWNER`` stands for where doelenboom is hosted, as in docs/ci.md, until it has a home."""


def code_url(code: str) -> str:
    """The docs page of a diagnostic code (`docs/gen/generate.py` writes ``reference/codes/DBnnn.md``,
    which mkdocs serves as ``reference/codes/DBnnn/``)."""
    return f"{DOCS_URL}reference/codes/{quote(code, safe='')}/"


def errors_only(results: Sequence[Validation]) -> tuple[list[Validation], int, int]:
    """``results`` with their errors only, and how many warnings and notes were left out."""
    from doelenboom.validation import Validation

    kept = [
        Validation(r.file, r.programme, tuple(d for d in r.diagnostics if d.severity is Severity.ERROR))
        for r in results
    ]
    counts = _counts([d for r in results for d in r.diagnostics])
    return kept, counts["warnings"], counts["infos"]


def left_out_line(warnings: int, infos: int, lang: Language = EN) -> str:
    """The one line that says how many warnings and notes ``--errors-only`` left out."""
    return word("validate.left_out", lang, warnings=warnings, infos=infos) + "\n"


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


def render_text(
    results: Sequence[Validation], lang: Language = EN, *, counted: Sequence[Validation] | None = None
) -> str:
    """One line per diagnostic, hint and related location, and a summary per file. Messages
    escape the values they echo (`doelenboom.codes.format_arg`); file names are escaped here, so
    that no line of the output can be forged by a file. ``counted``: the results the summaries
    count, when ``results`` show only some of their diagnostics (``--errors-only``)."""
    lines: list[str] = []
    for n, result in enumerate(results):
        for d in result.diagnostics:
            where = f"{visible(d.file)}:{d.line}:{d.column}"
            lines.append(f"{where}: {severity_word(d, lang)} {d.code} {d.message_in(lang)}")
            hint = d.hint_in(lang)
            if hint:
                lines.append(f"    {word('diagnostic.hint', lang)}: {hint}")
            for rel in d.related:
                loc = rel.location
                lines.append(f"    {visible(loc.file)}:{loc.line}:{loc.column}: {related_label(rel, lang)}")
        every = (counted[n] if counted is not None else result).diagnostics
        lines.append(word("summary.validate", lang, file=visible(result.file), **_counts(every)))
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

GITHUB_LIMIT = 10
"""GitHub shows at most this many annotations of one severity per step; the rest are dropped."""


def github_capped(results: Sequence[Validation]) -> bool:
    """True when GitHub would drop some of these annotations (more than `GITHUB_LIMIT` of one severity)."""
    counts = Counter(d.severity for r in results for d in r.diagnostics)
    return any(n > GITHUB_LIMIT for n in counts.values())


def render_github(results: Sequence[Validation], lang: Language = EN, *, summary: bool = False) -> str:
    """GitHub Actions workflow commands: one annotation per diagnostic, shown on the diff, its
    hint and related locations in its text. When GitHub would cap them (`github_capped`), a first
    notice says so, and where every problem is: the job summary (``summary``: the caller wrote
    `render_github_summary` to ``$GITHUB_STEP_SUMMARY``), else ``--format text``."""
    lines = []
    if github_capped(results):
        key = "github.capped_summary" if summary else "github.capped"
        lines.append(f"::notice title=doelenboom::{_escape_data(word(key, lang, limit=GITHUB_LIMIT))}")
    for result in results:
        for d in result.diagnostics:
            props = ",".join(
                f"{k}={_escape_property(str(v))}"
                for k, v in (("file", d.file), ("line", d.line), ("col", d.column), ("title", f"{d.code} {d.name}"))
            )
            body = [d.message_in(lang)]
            hint = d.hint_in(lang)
            if hint:
                body.append(hint)
            for rel in d.related:
                loc = rel.location
                body.append(f"{visible(loc.file)}:{loc.line}:{loc.column}: {related_label(rel, lang)}")
            lines.append(f"::{_GITHUB_LEVEL[d.severity]} {props}::{_escape_data(chr(10).join(body))}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_github_summary(results: Sequence[Validation], lang: Language = EN) -> str:
    """Every diagnostic as a Markdown table, for the job summary (``$GITHUB_STEP_SUMMARY``): where,
    severity, code (linked to its docs page) and the message, with its hint and related locations.
    Text from the spec and the file names are escaped (`doelenboom.text.markdown_text`)."""
    head = [word(f"github.{k}", lang) for k in ("where", "severity", "code", "message")]
    lines = [
        f"## {markdown_text(word('github.summary_title', lang))}",
        "",
        "| " + " | ".join(head) + " |",
        "|---|---|---|---|",
    ]
    for result in results:
        for d in result.diagnostics:
            cell = [markdown_text(d.message_in(lang))]
            hint = d.hint_in(lang)
            if hint:
                cell.append(f"{markdown_text(word('diagnostic.hint', lang))}: {markdown_text(hint)}")
            for rel in d.related:
                loc = rel.location
                cell.append(markdown_text(f"{loc.file}:{loc.line}:{loc.column}: {related_label(rel, lang)}"))
            lines.append(
                f"| {markdown_text(f'{d.file}:{d.line}:{d.column}')} | {markdown_text(severity_word(d, lang))} "
                f"| [{markdown_text(d.code)}]({code_url(d.code)}) | {'<br>'.join(cell)} |"
            )
        lines.append("")
        lines.append(markdown_text(word("summary.validate", lang, file=result.file, **_counts(result.diagnostics))))
        lines.append("")
    return "\n".join(lines) + "\n"


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


SARIF_ROOT = "%SRCROOT%"
"""The ``uriBaseId`` of every artifact: the folder doelenboom ran in (``originalUriBaseIds``)."""


def _sarif_artifact(file: str, root: Path) -> dict[str, str]:
    """A file as SARIF wants it: a percent-encoded URI relative to `SARIF_ROOT` when the file is
    under ``root``, else an absolute ``file:`` URI."""
    path = Path(file)
    if path.is_absolute():
        try:
            path = path.relative_to(root)
        except ValueError:
            return {"uri": path.as_uri()}
    return {"uri": quote(path.as_posix(), safe="/"), "uriBaseId": SARIF_ROOT}


def _sarif_location(file: str, line: int, column: int, root: Path) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": _sarif_artifact(file, root),
            "region": {"startLine": line, "startColumn": column},
        }
    }


def render_sarif(results: Sequence[Validation], lang: Language = EN, *, root: Path | None = None) -> str:
    """SARIF 2.1.0, for code-scanning dashboards (e.g. GitHub's upload-sarif action). Files are
    URIs relative to `SARIF_ROOT`, which ``originalUriBaseIds`` sets to ``root`` (default: the
    current folder); the driver names doelenboom's version, its docs site, and each rule's docs page."""
    from doelenboom import __version__
    from doelenboom.codes import CATALOGUE

    root = (Path.cwd() if root is None else root).resolve()
    diagnostics = [d for result in results for d in result.diagnostics]
    first = {d.code: d for d in reversed(diagnostics)}  # one example per code, for unregistered ones
    used = sorted(first)
    index = {code: i for i, code in enumerate(used)}
    rules = []
    for code in used:
        entry = CATALOGUE.get(code)
        rule: dict[str, Any] = {
            "id": code,
            "name": entry.name if entry is not None else first[code].name,
            "shortDescription": {"text": entry.summary if entry is not None else code},
            "defaultConfiguration": {"level": _SARIF_LEVEL[entry.severity if entry else first[code].severity]},
        }
        if entry is not None:
            rule["helpUri"] = code_url(code)
        rules.append(rule)
    sarif_results = [
        {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": _SARIF_LEVEL[d.severity],
            "message": {"text": d.message_in(lang) + (f" ({d.hint_in(lang)})" if d.hint_in(lang) else "")},
            "locations": [_sarif_location(d.file, d.line, d.column, root)],
            "relatedLocations": [
                {
                    "id": i,
                    **_sarif_location(r.location.file, r.location.line, r.location.column, root),
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
                "tool": {
                    "driver": {
                        "name": "doelenboom",
                        "version": __version__,
                        "informationUri": DOCS_URL,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {SARIF_ROOT: {"uri": root.as_uri().rstrip("/") + "/"}},
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
