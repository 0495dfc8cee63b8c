"""The outputs for a Dutch office: the CSV dialect for a Dutch Excel (``--format csv-excel``) and
the XLSX export, read as Excel and openpyxl read them.

A Dutch Excel opening a ``.csv`` splits cells at ``;`` (the list separator of the Dutch regional
settings), reads the bytes as UTF-8 when they start with a byte order mark and as cp1252
otherwise, and reads ``2500000,50`` as a number (decimal comma).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from doelenboom.cli import main
from doelenboom.monitor.aggregate import PROGRESS_CSV_COLUMNS
from doelenboom.render import export as ex
from doelenboom.rollup import BUDGET_CSV_COLUMNS
from doelenboom.text import write_csv
from doelenboom.words import column_words

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"
HEERLEN_METINGEN = ROOT / "examples" / "heerlen_noord_metingen.yaml"
PIJLERS = ROOT / "tests" / "data" / "pijlers.yaml"
PIJLERS_METINGEN = ROOT / "tests" / "data" / "pijlers_metingen.csv"
DUTCH_NUMBER = re.compile(r"-?[0-9]+(,[0-9]+)?")


def as_dutch_excel(data: bytes) -> list[list[str]]:
    """The cells a Dutch Excel finds in a CSV file: UTF-8 after a byte order mark, else cp1252;
    cells split at ``;``; rows ended by CRLF (a lone LF inside quotes stays in its cell)."""
    text = data[len(codecs.BOM_UTF8) :].decode("utf-8") if data.startswith(codecs.BOM_UTF8) else data.decode("cp1252")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def excel_number(cell: str) -> Decimal:
    """The number a Dutch Excel reads in ``cell`` (decimal comma, no grouping); a cell it would
    read as text fails."""
    assert DUTCH_NUMBER.fullmatch(cell), cell
    return Decimal(cell.replace(",", "."))


def _run(*args: str) -> bytes:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def _by_id(rows: list[list[str]], id_column: int) -> dict[str, list[str]]:
    return {row[id_column]: row for row in rows[1:]}


# --- CSV for a Dutch Excel ------------------------------------------------------------------------


def test_export_csv_excel_opens_right_in_dutch_excel() -> None:
    data = _run("export", str(PIJLERS), "--format", "csv-excel", "--lang", "nl")
    assert data.startswith(codecs.BOM_UTF8)
    assert data.count(b"\r\n") == data.count(b"\n")  # every line ended by CRLF
    rows = as_dutch_excel(data)
    assert rows[0] == column_words(ex.TABLE_COLUMNS, "nl")
    assert rows[0][ex.TABLE_COLUMNS.index("own_eur")] == "Eigen (EUR)"
    assert all(len(row) == len(ex.TABLE_COLUMNS) for row in rows)  # nothing lands in one column
    node = _by_id(rows, 1)["leerwerkbanen"]
    assert excel_number(node[ex.TABLE_COLUMNS.index("own_eur")]) == Decimal("2500000.50")
    assert node[ex.TABLE_COLUMNS.index("own_eur")] == "2500000,50"
    assert excel_number(node[ex.TABLE_COLUMNS.index("depth")]) == 3


def test_export_csv_excel_keeps_dutch_letters_and_the_heerlen_total() -> None:
    rows = as_dutch_excel(_run("export", str(HEERLEN), "--format", "csv-excel", "--lang", "nl"))
    names = [row[ex.TABLE_COLUMNS.index("name")] for row in rows]
    assert "750 extra deelnemers werkgeoriënteerd opleidingstraject" in names
    programme = rows[1]
    assert programme[0] == "programma"  # the kind of row in words; the machine csv keeps 'programme'
    assert excel_number(programme[ex.TABLE_COLUMNS.index("rolled_up_eur")]) == Decimal(179025131)


def test_budget_csv_excel_opens_right_in_dutch_excel() -> None:
    rows = as_dutch_excel(_run("budget", str(PIJLERS), "--format", "csv-excel", "--lang", "nl"))
    assert rows[0] == column_words(BUDGET_CSV_COLUMNS, "nl")
    assert rows[0][:2] == ["Id", "Valt onder"]
    row = _by_id(rows, 0)["leerwerkbanen"]
    for column in ("own_eur", "rolled_up_eur", "attributed_eur"):
        assert excel_number(row[BUDGET_CSV_COLUMNS.index(column)]) == Decimal("2500000.50")
    assert _by_id(rows, 0)["werken"][BUDGET_CSV_COLUMNS.index("own_eur")] == ""  # missing, not 0


def test_progress_csv_excel_opens_right_in_dutch_excel() -> None:
    args = ("progress", str(PIJLERS), "-m", str(PIJLERS_METINGEN), "--as-of", "2027-01-01")
    rows = as_dutch_excel(_run(*args, "--format", "csv-excel", "--lang", "nl"))
    assert rows[0] == column_words(PROGRESS_CSV_COLUMNS, "nl")
    assert rows[0][3] == "Voortgang"
    machine = list(csv.reader(io.StringIO(_run(*args, "--format", "csv").decode(), newline="")))
    assert len(rows) == len(machine)
    fractions = 0
    for excel_row, machine_row in zip(rows[1:], machine[1:], strict=True):
        for column in ("progress", "expected", "coverage"):
            i = PROGRESS_CSV_COLUMNS.index(column)
            if machine_row[i]:
                assert excel_number(excel_row[i]) == Decimal(machine_row[i])
                fractions += "," in excel_row[i]
    assert fractions > 0


def test_csv_excel_headers_follow_the_language() -> None:
    rows = as_dutch_excel(_run("budget", str(PIJLERS), "--format", "csv-excel", "--lang", "en"))
    assert rows[0] == column_words(BUDGET_CSV_COLUMNS, "en")
    assert rows[0][5] == "Own (EUR)"


def test_the_machine_csv_stays_as_it_was() -> None:
    data = _run("budget", str(PIJLERS), "--format", "csv", "--lang", "nl")
    assert not data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0] == list(BUDGET_CSV_COLUMNS)
    assert {row[0]: row for row in rows}["leerwerkbanen"][5] == "2500000.50"
    exported = _run("export", str(PIJLERS), "--format", "csv", "--lang", "nl")
    assert exported.splitlines()[0] == b",".join(c.encode() for c in ex.TABLE_COLUMNS)


def test_csv_excel_guards_formulas_as_the_machine_csv_does() -> None:
    text = write_csv(["a", "b"], [["=1+1", Decimal("-1.5")], ["x;y", 0.25]], excel=True)
    assert text == 'a;b\r\n\'=1+1;-1,5\r\n"x;y";0,25\r\n'


# --- XLSX -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workbook() -> object:
    openpyxl = pytest.importorskip("openpyxl")
    data = _run("export", str(HEERLEN), "--format", "xlsx", "--lang", "nl")
    return openpyxl.load_workbook(io.BytesIO(data))


def test_xlsx_has_a_sheet_per_kind_of_record(workbook: object) -> None:
    assert workbook.sheetnames == [  # type: ignore[attr-defined]
        "Programma",
        "Streefdoelen",
        "Programmakosten",
        "Totalen",
        "Financiers",  # format 1.1: empty for Heerlen-Noord, whose source splits no money
        "Per jaar en financier",
        "Indicatoren",  # format 1.1: empty for a spec that declares none
    ]


def test_xlsx_sheets_have_dutch_bold_filtered_frozen_headers_and_fitted_widths(workbook: object) -> None:
    from openpyxl.utils import get_column_letter

    for sheet, key in zip(workbook.worksheets, ex.XLSX_SHEETS, strict=True):  # type: ignore[attr-defined]
        columns = ex.XLSX_SHEETS[key]
        header = [cell.value for cell in sheet[1]]
        assert header == column_words(columns, "nl"), key
        assert all(cell.font.bold for cell in sheet[1])
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(columns))}{sheet.max_row}"
        for c, column in enumerate(columns, start=1):
            letter = get_column_letter(c)
            width = sheet.column_dimensions[letter].width
            longest = max(len(str(cell.value)) for (cell,) in sheet.iter_rows(min_col=c, max_col=c) if cell.value)
            assert min(longest, 58) <= width <= 60 or column.endswith("_eur"), (key, column, width)
            if column.endswith("_eur"):
                assert width >= len("€ 179.025.132,00"), (key, column, width)


def test_xlsx_money_is_a_number_in_a_euro_format(workbook: object) -> None:
    nodes = workbook.worksheets[0]  # type: ignore[attr-defined]
    columns = ex.XLSX_SHEETS["nodes"]
    programme = [cell for cell in nodes[2]]
    assert programme[0].value == "heerlen-noord"
    declared = programme[columns.index("declared_eur")]
    assert declared.data_type == "n" and declared.value == 179025132
    assert "€" in declared.number_format and "#,##0" in declared.number_format
    rolled_up = programme[columns.index("rolled_up_eur")]  # the total next to the declared figure
    assert rolled_up.value == 179025131 and rolled_up.number_format == declared.number_format
    for row in nodes.iter_rows(min_row=2):
        for column, cell in zip(columns, row, strict=True):
            if column.endswith("_eur") and cell.value is not None:
                assert cell.data_type == "n" and cell.number_format == ex.EURO_FORMAT
    totals = {row[0].value: row for row in workbook.worksheets[3].iter_rows(min_row=2)}  # type: ignore[attr-defined]
    programme_total = totals["programmatotaal"]
    assert [cell.value for cell in programme_total[1:]] == [179025131, 179025132, 1]
    assert all(cell.number_format == ex.EURO_FORMAT for cell in programme_total[1:])
    overhead = workbook.worksheets[2]  # type: ignore[attr-defined]
    assert overhead["C2"].value == 4090000 and overhead["C2"].number_format == ex.EURO_FORMAT


def test_xlsx_targets_keep_kinds_and_dates(workbook: object) -> None:
    targets = workbook.worksheets[1]  # type: ignore[attr-defined]
    columns = ex.XLSX_SHEETS["targets"]
    rows = list(targets.iter_rows(min_row=2))
    assert len(rows) > 10
    deadlines = [row[columns.index("deadline")] for row in rows if row[columns.index("deadline")].value is not None]
    assert deadlines
    for cell in deadlines:  # a year stays a whole number; a date is a date cell
        assert isinstance(cell.value, int) or (cell.is_date and cell.number_format == ex.DATE_FORMAT)
    kinds = {row[columns.index("kind")].value for row in rows}
    assert {"aantal", "kwalitatief"} <= kinds  # in the workbook's language (nl), not the ids


def test_xlsx_a_date_deadline_is_a_date_cell(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    spec = tmp_path / "datum.yaml"
    spec.write_text(PIJLERS.read_text(encoding="utf-8").replace("deadline: 2025}", "deadline: 2025-06-30}"), "utf-8")
    book = openpyxl.load_workbook(io.BytesIO(_run("export", str(spec), "--format", "xlsx", "-o", "-")))
    columns = ex.XLSX_SHEETS["targets"]
    by_id = {row[0].value: row for row in book.worksheets[1].iter_rows(min_row=2)}
    cell = by_id["leerwerkbanen-gestart"][columns.index("deadline")]
    assert cell.is_date and cell.number_format == ex.DATE_FORMAT
    assert cell.value.date() == date(2025, 6, 30)


def test_xlsx_headers_in_english_by_default() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from doelenboom.validation import load

    book = openpyxl.load_workbook(io.BytesIO(ex.to_xlsx(load(HEERLEN))))
    assert book.sheetnames == [
        "Programme",
        "Targets",
        "Overhead",
        "Totals",
        "Funders",
        "Per year and funder",
        "Indicators",
    ]
    assert [cell.value for cell in book.worksheets[0][1]][:2] == ["Id", "Parent"]
