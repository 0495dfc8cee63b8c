"""With Dutch chosen (``--lang nl``, or ``LANG=nl_NL.UTF-8``), no output of any command holds an
English word a person reads: every command of `doelenboom.cli.COMMANDS` is run (a new command
fails `test_every_command_is_run` until it is added here), in every format its ``--format``
offers (read from the command, so a new format is covered too), on Heerlen-Noord and on a
programme of another shape; its standard output and standard error, the files it writes (the
XLSX's sheet names and cells through openpyxl), its ``--help`` and click's usage errors are
searched for the English words of issue 13.

Machine formats (JSON, the ``csv`` dialect, GraphML, the schema's keys) keep stable English ids
for tools (``on_track``, ``record``, ``unit: dwelling``): there only labels are searched for.
Text from the spec itself (ids, names) is allowed: the search is for words, not user data.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from doelenboom.cli import COMMANDS, main
from doelenboom.language import EN, NL

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"
PIJLERS = ROOT / "tests" / "data" / "pijlers.yaml"
MEASUREMENTS = {
    HEERLEN: ROOT / "examples" / "heerlen_noord_metingen.yaml",
    PIJLERS: PIJLERS.parent / "pijlers_metingen.csv",
}

# Labels: English in any output, machine formats included (ids are lower case and snake_case).
LABELS = re.compile(
    r"\b(Node|Target|Kind|Aim|Deadline|Usage|Options|Arguments|Commands|Error|Missing argument|Missing option"
    r"|No such option|No such command|Invalid value|Show this message|not measurable|milestone reached"
    r"|on track|at risk|off track|no trajectory|no data)\b"
    r"|\{[A-Za-z_]+\}"  # a placeholder left unfilled ({suggestion_nl}, {unit})
)
# Words a person reads in the human outputs (text, Markdown, csv-excel, XLSX, help, errors): the
# units' and the statuses' English words, and the target kinds' ids.
WORDS = re.compile(  # not an option's name (--version) nor part of an id (on-track)
    r"(?<![-\w])(initiatives?|dwellings?|persons?|reached|milestone|qualitative|part_of|gap|range|count|share"
    r"|record|target|node|overhead|programme|default|required|version)\b",
    re.IGNORECASE,
)
ENGLISH_ENV = {"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None, "GITHUB_ACTIONS": None}
DUTCH_ENV = {"LANG": "nl_NL.UTF-8", "LC_ALL": None, "LC_MESSAGES": None, "GITHUB_ACTIONS": None}
MACHINE = {"json", "csv", "graphml", "schema", "sarif", "dot"}  # and DOT's syntax: `node [shape=box]`


def _spec_words(spec: Path) -> set[str]:
    """The words of the spec's own text (ids, names, descriptions), as written; not the values of
    its ``kind:`` and ``unit:`` keys, which are the format's vocabulary, worded by doelenboom."""
    import doelenboom

    def strings(value: Any, key: str = "") -> Iterator[str]:
        if isinstance(value, str) and key not in ("kind", "unit"):
            yield value
        elif isinstance(value, dict):
            for k, v in value.items():
                yield from strings(v, str(k))
        elif isinstance(value, list | tuple):
            for item in value:
                yield from strings(item, key)

    dumped = doelenboom.load(str(spec)).model_dump(mode="json")
    return {w for text in strings(dumped) for w in re.findall(r"\w+", text)}


def english(output: str, own: set[str], machine: bool = False) -> set[str]:
    """The English words in ``output`` that are not the spec's own. A code's name beside the
    code (``DB313 qualitative-target``, in a GitHub annotation's title) is an id, as the code is."""
    output = re.sub(r"\bDB[0-9]{3} [a-z0-9-]+", "", output)
    # a label as the spec writes it ('Kind' in a name; 'kind' is Dutch for child), a word in any case
    found = {m.group(0) for m in LABELS.finditer(output) if m.group(0) not in own}
    if not machine:
        lower = {w.lower() for w in own}
        found |= {m.group(0) for m in WORDS.finditer(output) if m.group(0).lower() not in lower}
    return found


def _formats(name: str) -> tuple[str, ...]:
    command = main.get_command(click.Context(main), name)
    assert command is not None
    for param in command.params:
        if param.name == "fmt" and isinstance(param.type, click.Choice):
            return tuple(str(choice) for choice in param.type.choices)
    return ("",)


def _required_argument(name: str) -> bool:
    command = main.get_command(click.Context(main), name)
    assert command is not None
    return any(isinstance(p, click.Argument) and p.required for p in command.params)


def _changed(spec: Path, tmp_path: Path) -> Path:
    """A copy of ``spec`` with a node renamed and a target's figure changed: a diff with content."""
    text = spec.read_text(encoding="utf-8")
    text = re.sub(r"(name: )([A-Z][a-z]+)", r"\1\2 nieuw", text, count=3)
    text = re.sub(r"(value: )([0-9]+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), text, count=2)
    changed = tmp_path / f"{spec.stem}_nieuw.yaml"
    changed.write_text(text, encoding="utf-8")
    return changed


def _invocations(name: str, fmt: str, spec: Path, tmp_path: Path) -> list[str]:
    """The arguments that run command ``name`` on ``spec`` in format ``fmt`` (a file for export)."""
    option = ["--format", fmt] if fmt else []
    if name == "validate":
        return [str(spec), *option]
    if name in ("show", "budget"):
        return [str(spec), *option]
    if name == "progress":
        return [str(spec), "-m", str(MEASUREMENTS[spec]), "--as-of", "2024-12-31", *option]
    if name == "export":
        return [str(spec), *option, "-o", str(tmp_path / f"out.{fmt}")]
    if name == "report":
        return [str(spec), "-m", str(MEASUREMENTS[spec]), "--as-of", "2024-12-31", "-o", str(tmp_path / "out.html")]
    if name == "diff":
        return [str(spec), str(_changed(spec, tmp_path)), *option]
    if name == "schema":
        return ["-o", str(tmp_path / "schema.json")]
    if name == "portfolio":  # every subcommand and format: tests/test_portfolio.py
        return ["report", str(ROOT / "examples" / "portfolio_nplv.yaml"), "--as-of", "2025-06-30"]
    raise AssertionError(f"add command {name!r} to _invocations")


RUN = {"validate", "show", "budget", "progress", "export", "diff", "schema", "report", "portfolio"}


def test_every_command_is_run() -> None:
    assert set(COMMANDS) == RUN


def _written(tmp_path: Path) -> dict[str, str]:
    """The text of every file a command wrote; an XLSX's sheet names and cell texts."""
    found: dict[str, str] = {}
    for path in sorted(tmp_path.glob("out.*")) + sorted(tmp_path.glob("schema.json")):
        if path.suffix == ".xlsx":
            import openpyxl

            book = openpyxl.load_workbook(path)
            cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value]
            found[path.name] = " | ".join([*book.sheetnames, *cells])
        elif path.suffix == ".html":  # what a person reads: the text, not the markup or the styles
            found[path.name] = _html_text(path.read_text(encoding="utf-8"))
        elif path.name == "schema.json":
            schema = json.loads(path.read_text(encoding="utf-8"))
            found[path.name] = " | ".join(_hovers(schema))
        else:
            found[path.name] = path.read_text(encoding="utf-8-sig")
        path.unlink()
    return found


def _html_text(html: str) -> str:
    """The text of an HTML page and the labels of its elements, without markup or styles."""
    from html.parser import HTMLParser

    texts: list[str] = []

    class Text(HTMLParser):
        skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.skip += tag == "style"
            texts.extend(v or "" for k, v in attrs if k in ("aria-label", "alt", "title", "aria-roledescription"))

        def handle_endtag(self, tag: str) -> None:
            self.skip -= tag == "style"

        def handle_data(self, data: str) -> None:
            if not self.skip:
                texts.append(data)

    Text().feed(html)
    return " ".join(texts)


def _hovers(value: Any) -> Iterator[str]:
    """The texts of a JSON Schema an editor shows (titles, descriptions); keys are ids."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("title", "description", "markdownDescription") and isinstance(item, str):
                yield item
            else:
                yield from _hovers(item)
    elif isinstance(value, list):
        for item in value:
            yield from _hovers(item)


@pytest.mark.parametrize("spec", [HEERLEN, PIJLERS], ids=["heerlen", "pijlers"])
@pytest.mark.parametrize("name", sorted(RUN))
def test_every_output_of_every_command_is_dutch(name: str, spec: Path, tmp_path: Path) -> None:
    own = _spec_words(spec) | _spec_words(PIJLERS) | _spec_words(HEERLEN)
    runner = CliRunner()
    for fmt in _formats(name):
        args = [name, *_invocations(name, fmt, spec, tmp_path), "--lang", "nl"]
        result = runner.invoke(main, args, env=ENGLISH_ENV)
        assert result.exit_code in (0, 1), (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), args
        machine = fmt in MACHINE
        outputs = {"stdout": result.output, **_written(tmp_path)}
        for where, output in outputs.items():
            assert english(output, own, machine=machine or where == "schema.json") == set(), (args, where)


HELP_CASES = [(name, env) for name in sorted(RUN) for env in ("option", "locale")] + [("", "locale")]
"""Every command with ``--lang nl`` and under a Dutch locale; the group itself (which has no
``--lang``) under a Dutch locale."""


@pytest.mark.parametrize(("name", "how"), HELP_CASES)
def test_help_and_usage_errors_are_dutch(name: str, how: str) -> None:
    """``--help`` and click's usage errors (a missing argument, an unknown option, an invalid
    choice, an unknown command), with ``--lang nl`` or under a Dutch locale."""
    env = ENGLISH_ENV if how == "option" else DUTCH_ENV
    lang = ["--lang", "nl"] if how == "option" else []
    command = [name] if name else []
    runs = [[*command, "--help", *lang], [*command, "--bogus", *lang]]
    if not name or _required_argument(name):
        runs.append([*command, *lang])  # a missing argument (the group: its usage and list of commands)
    if name and _formats(name) != ("",):
        runs.append([*command, "x.yaml", "--format", "bogus", *lang])
    if not name:
        runs += [["bogus"], ["--version"]]
    for args in runs:
        result = CliRunner().invoke(main, args, env=env)
        assert result.output.strip(), args
        assert english(result.output, set()) == set(), (args, result.output)


def test_the_english_words_are_found() -> None:
    """The search finds what it is for (so that a pass means something)."""
    assert english("| Node | Target | Kind | Aim | Deadline |", set()) == {"Node", "Target", "Kind", "Aim", "Deadline"}
    assert english("150 initiatives, 1 dwelling, on track", set()) == {"initiatives", "dwelling", "on track"}
    assert english("Usage: doelenboom show\nError: Missing argument 'SPEC'.", set()) >= {"Usage", "Error"}
    assert english("Zie {suggestion_nl}", set()) == {"{suggestion_nl}"}
    assert english("unit: dwelling, status: on_track", set(), machine=True) == set()
    assert english("Programma Target-stad", {"Target"}) == set()
    assert english("| Kind |", {"kind"}) == {"Kind"}  # 'kind' (child) in a Dutch name allows no label


def test_the_xlsx_is_read_cell_by_cell(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    result = CliRunner().invoke(
        main, ["export", str(HEERLEN), "--format", "xlsx", "-o", str(tmp_path / "out.xlsx"), "--lang", "nl"]
    )
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(io.BytesIO((tmp_path / "out.xlsx").read_bytes()))
    assert len(book.sheetnames) >= 2
    assert "Programma" in _written(tmp_path)["out.xlsx"]


@pytest.mark.parametrize("name", sorted(RUN))
def test_every_option_has_help_words(name: str) -> None:
    """A command's help and every option's are words of the catalogue (``help.COMMAND.OPTION``),
    so that a new option cannot go without its Dutch help."""
    from doelenboom.words import WORDS

    command = main.get_command(click.Context(main), name)
    assert command is not None
    keys = [f"help.{name}"] + [f"help.{name}.{p.name}" for p in command.params if isinstance(p, click.Option)]
    assert [key for key in keys if key not in WORDS] == []


@pytest.mark.parametrize(
    ("unit", "amount", "en", "nl"),
    [
        ("dwelling", "1", "dwelling", "woning"),
        ("dwelling", "365", "dwellings", "woningen"),
        ("woningen", "1", "dwelling", "woning"),  # an alias is the unit it names
        ("initiative", "150", "initiatives", "initiatieven"),
        ("person", "0", "persons", "personen"),
        ("person", "1.5", "persons", "personen"),
        ("leerling", "400", "leerling", "leerling"),  # a spec's own unit: as declared
    ],
)
def test_units_are_worded_one_or_many(unit: str, amount: str, en: str, nl: str) -> None:
    from decimal import Decimal

    from doelenboom.words import unit_word

    assert (unit_word(unit, EN, Decimal(amount)), unit_word(unit, NL, Decimal(amount))) == (en, nl)


def test_every_builtin_unit_has_words() -> None:
    from doelenboom.units import BUILTIN_UNITS
    from doelenboom.words import WORDS

    missing = [f"unit.{n}.{u}" for u in BUILTIN_UNITS for n in ("one", "many") if f"unit.{n}.{u}" not in WORDS]
    assert missing == []


def test_a_milestone_reads_as_an_aim() -> None:
    import doelenboom
    from doelenboom.model import MilestoneTarget
    from doelenboom.render.export import describe_target

    programme = doelenboom.load(str(HEERLEN))
    milestone = next(t for n, _d, _p in programme.walk() for t in n.targets if isinstance(t, MilestoneTarget))
    aim = describe_target(milestone, NL)
    assert aim.startswith("mijlpaal: ") and milestone.name in aim and str(milestone.deadline) in aim
    assert "bereikt" not in aim
