"""Generate the reference pages of the docs site from the code, so that they are never stale.

    python docs/gen/generate.py [OUT]        # OUT defaults to docs/reference (git-ignored)

Writes: spec-format.md (from the pydantic models and their field docstrings), cli.md (from the
click commands in `cli.COMMANDS`), codes/index.md and codes/DBnnn.md (from the entries of `codes.CATALOGUE`,
with their token words and examples), meldingen-nl.snippet (every code in Dutch, included by the policy
staff's guide), melding-voorbeeld.snippet (the guide's example message, as validate reports it)
and heerlen-noord.md (from specs/heerlen_noord.yaml). `make docs` runs it
before `mkdocs build --strict`.
"""

from __future__ import annotations

import html
import shutil
import string
import sys
import types
import typing
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from doelenboom import checks, model
from doelenboom.cli import COMMANDS, main
from doelenboom.codes import CATALOGUE, Code
from doelenboom.language import NL
from doelenboom.render.diagnostics import render_text
from doelenboom.render.export import TARGET_KINDS as TARGET_MODELS
from doelenboom.render.export import markdown_body, to_mermaid
from doelenboom.text import format_eur, markdown_text, one_line
from doelenboom.validation import Validation, validate, validate_text

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "docs" / "reference"
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def cell(text: str) -> str:
    """Our own text (docstrings, catalogue) for a Markdown table cell: its `code` spans are kept;
    text from a spec goes through `markdown_text` instead."""
    return html.escape(one_line(text), quote=False).replace("|", "\\|")


# --- spec format ----------------------------------------------------------------------------------

# Every kind of target, taken from the model's Target union so that a new kind cannot be missed.
TARGET_KINDS: tuple[type[BaseModel], ...] = tuple(TARGET_MODELS.values())

VALIDATORS = {
    "_money": "amount (whole euros, or cents in quotes)",
    "_number": "number",
    "_non_negative": "number, zero or more",
    "_percent": "percentage, 0 to 100",
    "_date_or_year": "date (YYYY-MM-DD) or year",
    "_year": 'year (`2024:` or `"2024":`)',
    "_format_version": "`1` or `1.1`",
}


def anchor(cls: type[BaseModel]) -> str:
    return cls.__name__.lower()


def describe(annotation: Any, metadata: list[Any] | None = None) -> str:
    """A field's type in the words of the spec format, with links to the sections of models."""
    meta = list(metadata or [])
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *more = typing.get_args(annotation)
        return describe(inner, meta + more)
    for item in meta:
        func = getattr(item, "func", None)
        if func is not None and func.__name__ in VALIDATORS:
            return VALIDATORS[func.__name__]
        pattern = getattr(item, "pattern", None)
        if pattern == r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$":
            return "id (lowercase letters, digits, hyphens)"
        if pattern is not None:
            return "unit name"
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return describe(args[0], meta)
        if all(isinstance(a, type) and issubclass(a, model._Target) for a in args):
            return "a [target](#targets), by `kind`"
        return " or ".join(describe(a) for a in args)
    if origin is typing.Literal:
        values = typing.get_args(annotation)
        return (
            "`" + values[0].__repr__().strip("'") + "`"
            if len(values) == 1
            else "one of " + ", ".join(f"`{v}`" for v in values)
        )
    if origin is tuple:
        return "list of " + describe(typing.get_args(annotation)[0])
    if origin is dict:
        key, value = typing.get_args(annotation)
        return f"mapping of {describe(key)} to {describe(value)}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{annotation.__name__}](#{anchor(annotation)})"
    simple = {str: "text", int: "whole number", bool: "true or false", Decimal: "number", date: "date"}
    if annotation in simple:
        return simple[annotation]
    return str(annotation)


def default_of(info: FieldInfo) -> str:
    if info.is_required():
        return "**required**"
    value = info.default
    if value is None or value == ():
        return ""
    if isinstance(value, tuple):
        return "see below" if value is model.DEFAULT_LEVELS else str(value)
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    return f"`{value}`"


def model_section(cls: type[BaseModel], title: str | None = None, skip: tuple[str, ...] = ()) -> list[str]:
    lines = [f"### {title or cls.__name__}", "", (cls.__doc__ or "").strip(), ""]
    lines += ["| key | type | default | meaning |", "|---|---|---|---|"]
    for name, info in cls.model_fields.items():
        if name in skip:
            continue
        meaning = cell(info.description or "")
        lines.append(f"| `{name}` | {describe(info.annotation, info.metadata)} | {default_of(info)} | {meaning} |")
    return [*lines, ""]


def models_in_order() -> list[type[BaseModel]]:
    """Every model reachable from `Programme`, breadth first, target kinds apart."""
    found: list[type[BaseModel]] = []
    seen: set[type[BaseModel]] = set()
    queue: list[type[BaseModel]] = [model.Programme]
    while queue:
        cls = queue.pop(0)
        if cls in seen:
            continue
        seen.add(cls)
        if not issubclass(cls, model._Target):  # target kinds have their own section
            found.append(cls)
        for info in cls.model_fields.values():
            queue.extend(nested_models(info.annotation))
    return found


def nested_models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in nested_models(arg)]


MONEY_BY_YEAR_AND_FUNDER = [
    "## Money by year and by funder (format 1.1)",
    "",
    "A spec that starts with `doelenboom: 1.1` may split any budget by year (`per_year`), by funder",
    "(`funding`) and by funder per year (`funding_per_year`), declare its funders once (`funders`),",
    "state totals per year and per funder (`declared_per_year`, `declared_per_funder`) and declare",
    "co-financing rules (`co_financing`). Areas with parts and references, `indicators`, a target's",
    "`indicator` and a unit's `kind` are format 1.1 too (see Measurements and progress). Every v1 spec",
    "is a valid 1.1 spec; a spec that says `doelenboom: 1` and uses one of these keys is told to write",
    "`1.1` (DB340).",
    "",
    "```yaml",
    "doelenboom: 1.1",
    "plan_period: {start: 2023, end: 2025}",
    "funders:",
    "  - {id: rijk, name: Rijk, kind: rijk, scheme: Regio Deal 2018–2022}",
    "  - {id: gemeente, name: Gemeente Rotterdam, kind: gemeente}",
    "co_financing:",
    "  - {id: gemeente-matcht-rijk, funders: [gemeente], matches: [rijk], ratio: 1}",
    "budget:",
    "  declared_per_year: {2023: 500000, 2024: 700000, 2025: 800000}",
    "tree:",
    "  - id: werken",
    "    name: Werken",
    "    budget:",
    "      amount: 2000000",
    "      per_year:            # adds up to amount; each year inside the plan period",
    "        2023: 500000",
    "        2024: 700000",
    "        2025: 800000",
    "      funding:             # adds up to amount; every funder declared above",
    "        rijk: 1000000",
    "        gemeente: 1000000",
    "      funding_per_year:    # optional: each funder's years add up to its funding",
    "        rijk: {2023: 250000, 2024: 350000, 2025: 400000}",
    "        gemeente: {2023: 250000, 2024: 350000, 2025: 400000}",
    "```",
    "",
    '- A year is a key, written `2024:` or `"2024":`, inside `plan_period` (else the `horizon`),',
    "  DB342. Amounts per year and per funder are money like `amount` (whole euros or quoted cents,",
    "  never a decimal number or negative), in the block's `unit`.",
    "- The years add up to `amount` (DB341, listing the years), the funders too (DB343); with",
    "  `funding_per_year` each funder's years add up to its `funding` and each year's funders to",
    "  `per_year` (either may be left out: it is then the sum of the table). A split needs an",
    "  `amount` (DB344). A funder that is not declared is DB302 ('did you mean').",
    "- `declared_per_year` and `declared_per_funder` on a node are checked against its own money",
    "  plus everything it contains, on the programme's `budget` against the tree plus the overhead,",
    "  exactly as `declared_total` (DB304). A published figure that does not add up is kept with",
    "  `accept_year_discrepancies: {2024: {declared: ..., computed: ..., note: ...}}` (or",
    "  `accept_funder_discrepancies`), as `accept_discrepancy` (DB317, DB319). Where money below has",
    "  no split by year or funder the declared figure cannot be checked: a warning (DB345) names",
    "  the node, and no figure is guessed.",
    "- A co-financing rule holds when `funders` together plan at least `ratio` times what",
    "  `matches` plan, over all money (tree and overhead items, which take `per_year` and `funding`",
    "  too), within `period` when it has one (DB346).",
    "- `doelenboom budget --format json` gives each node's `planned` money per year, per funder and",
    "  per funder per year; the exports and `doelenboom diff` carry them too.",
    "",
]
"""The spec reference's section on format 1.1 (the keys themselves are in the model sections)."""


def spec_format() -> str:
    lines = [
        "# Spec format",
        "",
        "<!-- generated by docs/gen/generate.py from doelenboom.model: edit the models, not this page -->",
        "",
        "A spec is one YAML file holding one `Programme`. Keys not listed here are refused (DB201);",
        "money is written in whole euros or as a quoted amount with cents; every id is unique in the file.",
        "",
        *MONEY_BY_YEAR_AND_FUNDER,
        "## Models",
        "",
    ]
    for cls in models_in_order():
        lines += model_section(cls)
    defaults = ", ".join(f"`{level.id}` ({level.name})" for level in model.DEFAULT_LEVELS)
    lines += [f"The default `levels` are, from the root down: {defaults}.", ""]
    lines += ["## Targets", "", "Every target has these keys; `kind` says which further keys it has.", ""]
    common = model._Target
    lines += ["| key | type | default | meaning |", "|---|---|---|---|"]
    for name, info in common.model_fields.items():
        lines.append(
            f"| `{name}` | {describe(info.annotation, info.metadata)} | {default_of(info)} | "
            f"{cell(info.description or '')} |"
        )
    lines.append("")
    for cls in TARGET_KINDS:
        kind = typing.get_args(cls.model_fields["kind"].annotation)[0]
        extra = tuple(n for n in cls.model_fields if n in common.model_fields or n == "kind")
        section = model_section(cls, f"kind: {kind}", skip=extra)
        if len(section) == 7:  # header only: no keys of its own
            section = [*section[:4], "No further keys.", ""]
        lines += section
    return "\n".join(lines)


# --- CLI --------------------------------------------------------------------------------------------


def cli_reference() -> str:
    lines = [
        "# Command line",
        "",
        "<!-- generated by docs/gen/generate.py from the click commands in doelenboom.cli.COMMANDS -->",
        "",
        "Every command is `doelenboom COMMAND`; `doelenboom --help` lists them.",
        "",
    ]
    parent = click.Context(main, info_name="doelenboom")
    for name in sorted(COMMANDS):
        command = main.get_command(parent, name)
        assert command is not None, name
        ctx = click.Context(command, info_name=name, parent=parent)
        lines += [f"## {name}", "", command.help or "", "", "```text", command.get_help(ctx), "```", ""]
        params = [p for p in command.params if isinstance(p, click.Option) and not p.hidden]
        if params:
            lines += ["| option | values | meaning |", "|---|---|---|"]
            for p in params:
                names = ", ".join(f"`{o}`" for o in p.opts + p.secondary_opts)
                values = (
                    ", ".join(f"`{c}`" for c in p.type.choices)
                    if isinstance(p.type, click.Choice)
                    else ("flag" if p.is_flag else f"`{p.type.name}`")
                )
                lines.append(f"| {names} | {values} | {cell(p.help or '')} |")
            lines.append("")
    return "\n".join(lines)


# --- codes ------------------------------------------------------------------------------------------

RANGES = {
    "1": "YAML and the file",
    "2": "the shape of the spec (schema)",
    "3": "meaning",
    "4": "measurements and spending",
    "5": "portfolios",
}


def owners() -> dict[str, str]:
    found = {}
    for module in checks.MODULES:
        for code in module.CODES:
            found[code] = module.__name__
    return found


def who_reports(code: Code, owner: dict[str, str]) -> str:
    if code.code in owner:
        return f"the check module `{owner[code.code]}`"
    return {"yaml": "the loader (`doelenboom.loader`)", "schema": "the schema (`doelenboom.parse`)"}.get(
        code.phase, f"the {code.phase} phase"
    )


def token_rows(code: Code) -> list[str]:
    """The words of the code's tokens, a row each, for its page (translators read them here)."""

    def shown(words: str) -> str:  # token words are templates: '{{' is a brace
        return cell(words.replace("{{", "{").replace("}}", "}"))

    rows = []
    for arg, tokens in code.tokens.items():
        for token, words in tokens.items():
            rows.append(f"| `{arg}` = `{token}` | {shown(words['en'])} | {shown(words['nl'])} |")
    for arg, words in code.data.items():
        rows.append(f"| `{arg}` = any other value | {shown(words['en'])} | {shown(words['nl'])} |")
    return rows


def code_page(code: Code, owner: dict[str, str]) -> str:
    example = code.example
    if example is None:
        raise KeyError(f"{code.code} has no example")
    tokens = token_rows(code)
    lines = [
        f"# {code.code} {code.name}",
        "",
        f"**{code.severity.value}** · phase `{code.phase}` · reported by {who_reports(code, owner)}",
        "",
        cell(code.summary),
        "",
        "| | English | Nederlands |",
        "|---|---|---|",
        f"| message | {cell(code.message['en'])} | {cell(code.message['nl'])} |",
        f"| hint | {cell(code.hint['en'])} | {cell(code.hint['nl'])} |",
        "",
        "Words in braces are filled in from the spec.",
        "",
        *(["| arg | English | Nederlands |", "|---|---|---|", *tokens, ""] if tokens else []),
        "## Wrong",
        "",
        f"```{example.language}",
        example.wrong.rstrip("\n"),
        "```",
        "",
        "## Right",
        "",
        f"```{example.language}",
        example.right.rstrip("\n"),
        "```",
        "",
        "[All codes](index.md)",
        "",
    ]
    return "\n".join(lines)


def codes_index() -> str:
    lines = [
        "# Diagnostic codes",
        "",
        "<!-- generated by docs/gen/generate.py from doelenboom.codes -->",
        "",
        "Every problem doelenboom reports has a stable code. Codes are never renumbered or reused.",
        "An **error** fails validation; a **warning** fails it only with `--strict`; an **info** never does.",
        "",
    ]
    groups: dict[str, list[Code]] = {}
    for code in CATALOGUE.values():
        groups.setdefault(code.code[2], []).append(code)
    for digit in sorted(groups):
        lines += [f"## DB{digit}xx: {RANGES.get(digit, 'other')}", ""]
        lines += ["| code | name | severity | what it means |", "|---|---|---|---|"]
        for code in groups[digit]:
            lines.append(
                f"| [{code.code}]({code.code}.md) | {code.name} | {code.severity.value} | {cell(code.summary)} |"
            )
        lines.append("")
    return "\n".join(lines)


SEVERITY_NL = {"error": "fout", "warning": "waarschuwing", "info": "opmerking"}


def unfilled(template: str) -> str:
    """A message template for people: its placeholders (``{suggestion}``, English names for
    developers) as "…", which the guide says stands for what the file holds; ``{{`` as a brace."""
    parts = string.Formatter().parse(template)
    return "".join(text + ("…" if field is not None else "") for text, field, _spec, _conv in parts)


def codes_table_nl() -> str:
    """Every code in Dutch, for inclusion in the policy staff's guide (links from docs/)."""
    lines = ["| code | soort | melding | tip |", "|---|---|---|---|"]
    for code in CATALOGUE.values():
        lines.append(
            f"| [{code.code}](reference/codes/{code.code}.md) | {SEVERITY_NL[code.severity.value]} | "
            f"{cell(unfilled(code.message['nl']))} | {cell(unfilled(code.hint['nl']))} |"
        )
    return "\n".join(lines) + "\n"


# The staff guide's example: one amount in the bundled spec written with decimals.
EXAMPLE_AMOUNT = "amount: 20313455\n"


def example_message_nl() -> str:
    """The guide's example message, produced by validating the bundled spec with one amount written
    as `20313455.00`, so that its line and column are always the ones `validate` reports."""
    text = HEERLEN.read_text(encoding="utf-8")
    assert text.count(EXAMPLE_AMOUNT) == 1, f"the guide's example needs exactly one '{EXAMPLE_AMOUNT.strip()}'"
    name = HEERLEN.relative_to(ROOT).as_posix()
    result = validate_text(text.replace(EXAMPLE_AMOUNT, "amount: 20313455.00\n"), name)
    found = [d for d in result.diagnostics if d.code == "DB205"]
    assert len(found) == 1, found
    d = found[0]
    rendered = render_text([Validation(name, None, (d,))], NL).splitlines()[:-1]  # without the summary
    where = f"{d.file}:{d.line}:{d.column}"
    return "\n".join(
        [
            "```text",
            *rendered,
            "```",
            "",
            f"- `{where}` — bestand, regel {d.line}, kolom {d.column}: daar staat het probleem.",
        ]
    )


# --- Heerlen-Noord ----------------------------------------------------------------------------------


def heerlen_page() -> str:
    """The bundled programme's page, in Dutch (served as ``lang="nl"``): its facts, diagram,
    budget table and targets, worded as ``doelenboom export --format markdown --lang nl``."""
    result = validate(HEERLEN)
    programme = result.programme
    assert programme is not None and not result.failed(), "the bundled spec must be valid"
    lines = [
        "---",
        "lang: nl",
        "---",
        "",
        f"# {markdown_text(programme.name)}",
        "",
        "<!-- generated by docs/gen/generate.py from specs/heerlen_noord.yaml -->",
        "",
    ]
    if programme.ambition:
        lines += [f"> {markdown_text(programme.ambition)}", ""]
    facts = [f"horizon {programme.horizon.start}–{programme.horizon.end}"]
    if programme.plan_period is not None:
        facts.append(f"planperiode {programme.plan_period.start}–{programme.plan_period.end}")
    if programme.area is not None and programme.area.inhabitants is not None:
        approx = "ongeveer " if programme.area.inhabitants_approximate else ""
        facts.append(f"{approx}{format_eur(Decimal(programme.area.inhabitants), NL)} inwoners")
    counts = Counter(
        (programme.level_of(depth) or model.Level(id="x", name=f"niveau {depth}")).name
        for _node, depth, _path in programme.walk()
    )
    facts += [f"{n} × {level}" for level, n in counts.items()]
    lines += ["Gemaakt uit `specs/heerlen_noord.yaml`: " + ", ".join(facts) + ".", ""]
    severity = {"error": "fout", "warning": "waarschuwing", "info": "opmerking"}
    diagnostics = Counter((d.code, d.severity.value) for d in result.diagnostics)
    if diagnostics:
        lines += ["`doelenboom validate` meldt geen fouten, wel:", ""]
        for (code, level), n in sorted(diagnostics.items()):
            lines.append(f"- {n} × {severity[level]} [{code} {CATALOGUE[code].name}](codes/{code}.md)")
        lines.append("")
    lines += [
        "## De doelenboom",
        "",
        "Doorgetrokken pijlen: valt onder. Gestippelde pijlen: een thema dat ook een ander doel dient (`serves:`).",
        "",
        "```mermaid",
        to_mermaid(programme).rstrip("\n"),
        "```",
        "",
        markdown_body(programme, lang=NL),
    ]
    return "\n".join(lines)


# --- all --------------------------------------------------------------------------------------------


def generate(out: Path = DEFAULT_OUT) -> list[Path]:
    """Write every generated page under ``out`` (replacing what was there); return their paths."""
    if out.exists():
        shutil.rmtree(out)
    pages = {
        out / "spec-format.md": spec_format(),
        out / "cli.md": cli_reference(),
        out / "codes" / "index.md": codes_index(),
        out / "meldingen-nl.snippet": codes_table_nl(),
        out / "melding-voorbeeld.snippet": example_message_nl(),
        out / "heerlen-noord.md": heerlen_page(),
    }
    owner = owners()
    for code in CATALOGUE.values():
        pages[out / "codes" / f"{code.code}.md"] = code_page(code, owner)
    for path, text in pages.items():
        write(path, text)
    return list(pages)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    print(f"generated {len(generate(target))} pages in {target}")
