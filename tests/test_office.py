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
from decimal import Decimal
from pathlib import Path

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
    assert programme[0] == "programme"
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
