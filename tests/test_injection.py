"""Formula injection (issue 10, F06) and terminal and log injection (F07).

F06: one formula guard (`text.is_formula_like`) for every CSV and XLSX writer: OWASP's list, also
behind leading whitespace and controls, in full-width forms, and after a line break inside a
cell (a reader that ends rows at CR must not find a formula either).

F07: values echoed in diagnostics are shown with their control characters, bidi overrides and
line breaks escaped (`text.visible`), in every renderer; names refuse C1 controls and bidi
overrides (DB212).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from doelenboom.cli import main
from doelenboom.codes import format_arg
from doelenboom.compare import diff
from doelenboom.diagnostics import listing
from doelenboom.language import EN, NL
from doelenboom.monitor.measurements import read_measurements_text
from doelenboom.render import diagnostics as render_diagnostics
from doelenboom.render import diff as render_diff
from doelenboom.render import export as ex
from doelenboom.text import is_formula_like, spreadsheet_text, visible, write_csv
from doelenboom.validation import load, validate_text

HOSTILE = Path(__file__).parent / "hostile"
HEAD = """doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2045}
levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]
"""

# --- F06: formula injection -----------------------------------------------------------------------

FORMULAS = [
    "=1+1",
    " =1+1",
    "\u00a0=1+1",  # no-break space
    "\u3000=1+1",  # ideographic space
    "\u200b=1+1",  # zero-width space (a format character)
    "\x1b=1+1",
    "\n=1+1",
    "\t=1+1",
    "\r=1+1",
    "\uff1d1+1",  # full-width =
    "\uff0b1",  # full-width +
    "\uff0d1",  # full-width -
    "\uff20SUM(1)",  # full-width @
    "\ufe661",  # small =
    "\u22121",  # minus sign
    "+1",
    "-1",
    "@SUM(A1)",
    "=cmd|' /C calc'!A0",
]
PLAIN = ["Goal", "1+1", "e-mail", "a = b", "", " ", "Gezondheid (=zorg)"]
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _naive_cells(document: str) -> list[str]:
    """The cells a reader sees that ends rows at CR or LF and ignores quotes."""
    return [cell.strip('" ') for line in _LINE_BREAK.split(document) for cell in line.split(",")]


@pytest.mark.parametrize("text", FORMULAS)
def test_the_guard_knows_every_formula_start(text: str) -> None:
    assert is_formula_like(text)
    assert spreadsheet_text(text).startswith("'")


@pytest.mark.parametrize("text", PLAIN)
def test_the_guard_leaves_plain_text_alone(text: str) -> None:
    assert not is_formula_like(text)
    assert spreadsheet_text(text) == text


@given(st.text())
def test_no_line_of_a_guarded_cell_is_a_formula(text: str) -> None:
    guarded = spreadsheet_text(text)
    assert all(not is_formula_like(line) for line in _LINE_BREAK.split(guarded))
    assert guarded.replace("'", "") == text.replace("'", "")  # only quote marks are added


def test_a_cell_with_a_lone_cr_is_quoted_and_its_formula_neutralised() -> None:
    document = write_csv(["name"], [["Goal\r=1+1"], ["a\nb"], ["c\r\nd"]])
    assert document == 'name\r\n"Goal\r\'=1+1"\r\n"a\nb"\r\n"c\r\nd"\r\n'
    assert [row[0] for row in csv.reader(io.StringIO(document, newline=""))] == [
        "name",
        "Goal\r'=1+1",
        "a\nb",
        "c\r\nd",
    ]


def _formula_spec() -> str:
    nodes = "".join(
        f"  - id: g{i}\n    name: {json.dumps(name)}\n    budget: {{amount: 5}}\n    children:\n"
        f"      - id: i{i}\n        name: I\n"
        f"        targets: [{{id: t{i}, kind: count, name: T, value: 5, unit: person}}]\n"
        for i, name in enumerate(["Goal\r=1+1", *FORMULAS[:-1]])
        if name.strip() and name[0] not in "\x1b"
    )
    return HEAD + "tree:\n" + nodes


def test_formula_spec_in_the_corpus_is_current() -> None:
    assert (HOSTILE / "formula_names.yaml").read_text(encoding="utf-8") == _formula_spec()


@pytest.mark.parametrize("command", [["budget", "--format", "csv"], ["export", "--format", "csv"]])
def test_csv_outputs_hold_no_formula_for_any_reader(command: list[str]) -> None:
    result = CliRunner().invoke(main, [command[0], str(HOSTILE / "formula_names.yaml"), *command[1:]])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output, newline="")))
    assert any("Goal\r'=1+1" in row for row in rows)
    for cell in _naive_cells(result.output):
        assert not is_formula_like(cell), repr(cell)


def test_xlsx_marks_every_formula_like_name() -> None:
    pytest.importorskip("openpyxl")
    from openpyxl import load_workbook

    programme = load(HOSTILE / "formula_names.yaml")
    data = ex.to_xlsx(programme)
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]  # the programme and its nodes
    name_column = ex.XLSX_SHEETS["nodes"].index("name")
    marked = {row[name_column].value: row[name_column].quotePrefix for row in sheet.iter_rows(min_row=2)}
    for name, prefixed in marked.items():
        assert prefixed == is_formula_like(str(name)), repr(name)
    assert marked[" =1+1"] and marked["\uff1d1+1"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")  # no cell is a formula


# --- F07: terminal and log injection ---------------------------------------------------------------

_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def test_visible() -> None:
    assert visible("\x1b]0;title\x07\x1b[2J") == "\\x1b]0;title\\x07\\x1b[2J"
    assert visible("a\nb\rc\td") == "a\\nb\\rc\\td"
    assert visible("\u009b\u202e\u2066\u2028\ud800") == "\\x9b\\u202e\\u2066\\u2028\\ud800"
    assert visible("Gezondheid – één") == "Gezondheid – één"


@given(st.text())
def test_visible_leaves_nothing_to_act_on(text: str) -> None:
    shown = visible(text)
    assert _INVISIBLE.search(shown) is None
    assert not re.search("[\ud800-\udfff]", shown)
    if _INVISIBLE.search(text) is None and not re.search("[\ud800-\udfff]", text):
        assert shown == text


def _hostile_validation() -> list[object]:
    path = HOSTILE / "escape_sequences.yaml"
    return [validate_text(path.read_text(encoding="utf-8"), "escape_sequences.yaml")]


def test_echoed_values_are_escaped_in_every_diagnostic_renderer() -> None:
    results = _hostile_validation()
    codes = {d.code for r in results for d in r.diagnostics}  # type: ignore[attr-defined]
    assert {"DB201", "DB207", "DB316"} <= codes
    for name, renderer in render_diagnostics.RENDERERS.items():
        for lang in (EN, NL):
            out = renderer(results, lang)  # type: ignore[arg-type]
            assert _INVISIBLE.search(out.replace("\n", "")) is None, name
            if name in ("json", "sarif"):
                assert _INVISIBLE.search(json.dumps(json.loads(out), ensure_ascii=False)) is None, name
    text = render_diagnostics.render_text(results, EN)  # type: ignore[arg-type]
    # the forged line stays inside its message: every line is a diagnostic, a hint or the summary
    for line in text.splitlines():
        assert line.startswith(("escape_sequences.yaml:", "    ")), line
    assert "escape_sequences.yaml:1:1: error DB999" not in [line[:37] for line in text.splitlines()]
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in text


def test_echoed_values_are_escaped_in_the_diff(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(HEAD + "tree:\n  - id: g\n    name: G\n", encoding="utf-8")
    new.write_text((HOSTILE / "escape_sequences.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result, failures = diff(str(old), str(new))
    assert not failures
    assert result.new_diagnostics
    for lang in (EN, NL):
        for out in (render_diff.render_text(result, lang), render_diff.render_markdown(result, lang)):
            assert _INVISIBLE.search(out.replace("\n", "")) is None
            assert "DB999" not in [line.split(" ")[-1] for line in out.splitlines() if line.endswith("DB999")]
        decoded = json.dumps(json.loads(render_diff.render_json(result, lang)), ensure_ascii=False)
        assert _INVISIBLE.search(decoded) is None


def test_measurement_values_are_escaped() -> None:
    programme = load(HOSTILE / "repeated_serves.yaml")
    raw = (HOSTILE / "measurements" / "escape_sequences.csv").read_text(encoding="utf-8")
    found = read_measurements_text(raw, programme, "m.csv")
    assert {d.code for d in found.diagnostics} >= {"DB401", "DB405"}
    for d in found.diagnostics:
        for lang in (EN, NL):
            assert _INVISIBLE.search(d.message_in(lang) + d.hint_in(lang)) is None


def test_a_listing_escapes_its_items() -> None:
    assert format_arg(listing(["a\x1bb", "c"], joiner=" → "), EN) == "a\\x1bb → c"
