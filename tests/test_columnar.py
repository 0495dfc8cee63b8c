"""The columnar engine (`doelenboom.monitor.columnar`) through `doelenboom progress`: Parquet gives
the report CSV gives, every engine gives the same report, the engine hands on fewer rows than it
reads, and a file it cannot take line for line is read by the row reader."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

import doelenboom
from conftest import HEERLEN, ROOT
from doelenboom import feedback
from doelenboom.cli import main
from doelenboom.model import Programme
from doelenboom.monitor.aggregate import progress_report
from doelenboom.monitor.areas import area_progress
from doelenboom.monitor.columnar import read_columnar, takes
from doelenboom.monitor.measurements import MeasurementSet, read_measurements
from doelenboom.words import word

AREAS = ROOT / "examples" / "heerlen_noord_gebieden.yaml"
AREA_ROWS = ROOT / "examples" / "heerlen_noord_gebieden_metingen.csv"


def _progress(*args: str) -> tuple[int, str, str]:
    out = CliRunner().invoke(main, ["progress", *args])
    return out.exit_code, out.stdout, out.stderr


def _parquet(csv_path: Path, target: Path) -> Path:
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT * FROM read_csv('{csv_path}', all_varchar = true, header = true)) TO '{target}' (FORMAT parquet)"
    )
    con.close()
    return target


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_parquet_gives_the_report_csv_gives(tmp_path: Path, fmt: str) -> None:
    parquet = _parquet(AREA_ROWS, tmp_path / "metingen.parquet")
    base = [str(AREAS), "--as-of", "2025-01-01", "--format", fmt]
    from_csv = _progress(*base, "-m", str(AREA_ROWS), "--engine", "rows")
    from_parquet = _progress(*base, "-m", str(parquet))
    assert from_csv[0] == from_parquet[0] == 0
    assert from_parquet[1] == from_csv[1]
    if fmt == "json":
        assert json.loads(from_parquet[1])["areas"]  # the per-area figures are in it


@pytest.mark.parametrize("engine", ["columnar", "auto"])
def test_every_engine_gives_the_same_report(engine: str) -> None:
    base = [str(AREAS), "-m", str(AREA_ROWS), "--as-of", "2025-01-01", "--format", "json"]
    assert _progress(*base, "--engine", engine) == _progress(*base, "--engine", "rows")


def test_refused_rows_keep_their_lines_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    lines = [
        "target;date;value;area",
        "deelnemers-opleidingstraject;2024-12-31;310;",
        "deelnemers-opleidingstraject;2024-06-30;12;extra;x",  # too wide: DuckDB refuses it
        "onbekend;2024-06-30;12;",
        "deelnemers-opleidingstraject;2023-12-31;1,5;",  # a count with decimals
        "deelnemers-opleidingstraject;2022-12-31;200;",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    programme = doelenboom.load(HEERLEN)
    rows = read_measurements(path, programme)
    engine = read_columnar(path, programme, date(2024, 12, 31))
    assert engine is not None
    found = [(d.code, d.line, d.column) for d in engine.diagnostics]
    assert found == [(d.code, d.line, d.column) for d in rows.diagnostics]
    assert found == [("DB408", 3, 50), ("DB401", 4, 1), ("DB413", 5, 41)]
    # only the latest row on or before the date (and before a baseline) is handed on
    assert [row.line for row in engine.rows] == [2]
    assert len(rows.rows) == 2


def test_a_file_not_line_for_line_goes_to_the_row_reader(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text('target,date,value,note\ndeelnemers-opleidingstraject,2024-12-31,310,"a\nb"\n', encoding="utf-8")
    programme = doelenboom.load(HEERLEN)
    assert read_columnar(path, programme) is None
    base = [str(HEERLEN), "-m", str(path), "--as-of", "2024-12-31"]
    assert _progress(*base, "--engine", "columnar") == _progress(*base, "--engine", "rows")


def _both(
    path: Path, header: str, rows: list[str], programme: Programme, as_of: date
) -> tuple[MeasurementSet, MeasurementSet]:
    """The rows read by the row reader, and by the engine for ``as_of``."""
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    full = read_measurements(path, programme)
    reduced = read_columnar(path, programme, as_of)
    assert reduced is not None and reduced.reduced_for == as_of
    return full, reduced


def test_reduced_rows_give_the_same_progress(tmp_path: Path) -> None:
    rows = [f"deelnemers-opleidingstraject,{year}-12-31,{10 * (year - 2019)}" for year in range(2020, 2031)]
    programme = doelenboom.load(HEERLEN)
    as_of = date(2025, 6, 30)
    full, reduced = _both(tmp_path / "m.csv", "target,date,value", rows, programme, as_of)
    assert len(reduced.rows) < len(full.rows)
    assert progress_report(programme, reduced, as_of).to_dict() == progress_report(programme, full, as_of).to_dict()


def test_an_area_summed_from_its_parts_keeps_the_dates_they_share(tmp_path: Path) -> None:
    # Heerlerheide has no rows of its own: its value is the sum of its four wijken on a date on
    # which each of them has one (2021-01-01 only). Heerlerheide-Passart's own latest rows are
    # later, so the engine must keep its row of 2021-01-01 for Heerlerheide and the whole area.
    wijken = ["Heerlerheide-Passart", "Rennemig-Beersdal", "Heksenberg", "Vrieheide-de Stack"]
    rows = [f"verduurzaamde-woningen,2021-01-01,{10 + i},{wijk}" for i, wijk in enumerate(wijken)]
    rows += ["verduurzaamde-woningen,2021-07-01,30,Heerlerheide-Passart"]
    rows += ["verduurzaamde-woningen,2023-01-01,40,Heerlerheide-Passart"]
    rows += ["verduurzaamde-woningen,2021-01-01,90,Hoensbroek"]
    programme = doelenboom.load(AREAS)
    as_of = date(2024, 12, 31)
    full, reduced = _both(tmp_path / "m.csv", "target,date,value,area", rows, programme, as_of)
    assert len(reduced.rows) < len(full.rows)
    assert {(row.area, row.date) for row in reduced.rows} >= {(wijk, date(2021, 1, 1)) for wijk in wijken}
    found = area_progress(programme, reduced, as_of).to_dict()
    assert found == area_progress(programme, full, as_of).to_dict()
    heerlerheide = next(a for a in found["woningen-verduurzaamd"]["parts"] if a["area"] == "heerlerheide")
    assert (heerlerheide["value"], heerlerheide["derived"]) == ("46", True)
    assert found["woningen-verduurzaamd"]["whole"]["value"] == "136"


def test_a_periodic_targets_rows_are_added_up_in_the_engine(tmp_path: Path) -> None:
    # voorleesuren (pijlers) is measured periodic: progress adds up its rows since the plan's
    # start (2024), so the engine hands on one row standing for those it only sums: 2024-03 to
    # 2025-09; the latest row by the as-of date (2026-03) stays itself
    rows = [f"voorleesuren,{year}-{month:02d}-01,{10 * month}" for year in range(2023, 2027) for month in (3, 9)]
    programme = doelenboom.load(ROOT / "tests" / "data" / "pijlers.yaml")
    as_of = date(2026, 6, 30)
    full, reduced = _both(tmp_path / "m.csv", "target,date,value", rows, programme, as_of)
    added = [row for row in reduced.rows if row.rows > 1]
    assert [(row.date, row.value, row.rows) for row in added] == [(date(2025, 9, 1), Decimal(240), 4)]
    expected = progress_report(programme, full, as_of).to_dict()
    assert progress_report(programme, reduced, as_of).to_dict() == expected
    found = progress_report(programme, reduced, as_of).targets["voorleesuren"]
    assert (found.value, found.rows, found.measured_on) == (Decimal(270), 5, date(2026, 3, 1))


def test_a_periodic_measure_keeps_its_rows_with_decimals_and_ratio_parts(tmp_path: Path) -> None:
    # kilometres of cycle path laid per half year (a measure: decimals and ratio parts are
    # allowed); only whole numbers are added up in the engine, the other rows reach Python
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "doelenboom: 1.1\nid: fietsen\nname: Fietsen\nhorizon: {start: 2024, end: 2030}\n"
        "units: [{name: km, kind: measure}]\ntree:\n  - id: paden\n    name: Paden\n    targets:\n"
        "      - {id: km-fietspad, kind: count, name: Fietspad, value: 100, unit: km, deadline: 2028,"
        " measured: periodic}\n",
        encoding="utf-8",
    )
    programme = doelenboom.load(spec)
    rows = ["km-fietspad,2024-03-01,5,,", "km-fietspad,2024-09-01,2.5,,", "km-fietspad,2025-03-01,7,,"]
    rows += ["km-fietspad,2025-09-01,,30,4", "km-fietspad,2026-03-01,3,,", "km-fietspad,2026-09-01,4,,"]
    as_of = date(2026, 12, 31)
    full, reduced = _both(tmp_path / "m.csv", "target,date,value,numerator,denominator", rows, programme, as_of)
    assert not full.diagnostics
    assert {row.line for row in reduced.rows if row.rows == 1} >= {3, 5}  # 2.5 and the ratio row
    assert [row.rows for row in reduced.rows if row.rows > 1] == [3]  # 5, 7 and 3
    found = progress_report(programme, reduced, as_of).targets["km-fietspad"]
    assert (found.value, found.rows) == (Decimal("29.0"), 6)
    assert progress_report(programme, reduced, as_of).to_dict() == progress_report(programme, full, as_of).to_dict()


def test_auto_takes_parquet_and_large_csv_only(tmp_path: Path) -> None:
    small = tmp_path / "m.csv"
    small.write_text("target,date,value\n", encoding="utf-8")
    assert not takes(small)
    assert takes(tmp_path / "m.parquet")
    assert not takes(tmp_path / "m.yaml")


def test_parquet_with_the_row_reader_is_a_usage_error(tmp_path: Path) -> None:
    parquet = _parquet(AREA_ROWS, tmp_path / "metingen.parquet")
    code, _, _ = _progress(str(AREAS), "-m", str(parquet), "--engine", "rows")
    assert code == 2


BODY = "target;date;value\ndeelnemers-opleidingstraject;2024-12-31;310\nonbekend;2024-12-31;1\n"


@pytest.mark.parametrize(
    ("raw", "engine_takes"),
    [
        (BODY.encode(), True),
        (b"\xef\xbb\xbf" + BODY.encode(), True),  # a byte-order mark at the start
        (BODY.replace("\n", "\r\n").encode(), False),  # Windows line ends
        (BODY.replace("onbekend", "onbekend\ufeff").encode(), False),  # a byte-order mark inside
        (BODY.replace("onbekend", "caf\xe9").encode("cp1252"), False),  # Excel's Windows-1252
        (b"\n" + BODY.encode(), False),  # a blank line before the header
        (BODY.encode()[:-1] + b"\xc3", False),  # a character cut off at the end
    ],
)
def test_encodings_and_line_ends_give_the_row_readers_answer(tmp_path: Path, raw: bytes, engine_takes: bool) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(raw)
    programme = doelenboom.load(HEERLEN)
    found = read_columnar(path, programme, date(2024, 12, 31))
    assert (found is not None) == engine_takes
    if found is not None:
        assert found.diagnostics == read_measurements(path, programme).diagnostics
    base = [str(HEERLEN), "-m", str(path), "--as-of", "2024-12-31"]
    assert _progress(*base, "--engine", "columnar") == _progress(*base, "--engine", "rows")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_engines_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feedback, "LARGE_INPUT_BYTES", 0)
    err = _Terminal()
    programme = doelenboom.load(AREAS)
    with feedback.reporting("metingen.csv", 1, "en", stream=err, stages=feedback.MEASUREMENT_STAGES):
        found = read_columnar(AREA_ROWS, programme, date(2025, 1, 1))
    assert found is not None and not found.failed()
    for stage in feedback.MEASUREMENT_STAGES:
        assert word(f"feedback.{stage}", "en") in err.getvalue()
