"""Reading measurements files: numbers, refused rows, and where each problem is reported."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner

import doelenboom
from conftest import HEERLEN
from doelenboom.cli import main
from doelenboom.codes import NO_SUGGESTION
from doelenboom.monitor.measurements import read_measurements, read_measurements_bytes, read_measurements_text

SPEC = """\
doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2030}
levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: t, kind: count, name: T, value: 10, unit: person}
          - {id: s, kind: share, name: S, value: 40}
          - {id: m, kind: milestone, name: M}
          - {id: q, kind: qualitative, name: Q, scale: [niet gestart, gestart, klaar]}
"""


def _programme() -> doelenboom.Programme:
    result = doelenboom.validate_text(SPEC)
    assert result.programme is not None and not result.failed(), result.diagnostics
    return result.programme


def test_semicolon_csv_reads_dutch_numbers() -> None:
    text = (
        "streefdoel;datum;waarde\nt;2024-01-01;1.234\ns;2024-01-01;12,5\nt;2024-02-01;1.234.567\ns;2024-02-01;1.234,5\n"
    )
    found = read_measurements_text(text, _programme(), "m.csv")
    assert found.diagnostics == ()
    assert [(r.target, r.value) for r in found.rows] == [
        ("t", Decimal(1234)),
        ("s", Decimal("12.5")),
        ("t", Decimal(1234567)),
        ("s", Decimal("1234.5")),
    ]


def test_comma_csv_keeps_the_decimal_point() -> None:
    found = read_measurements_text("target,date,value\ns,2024-01-01,1.234\n", _programme(), "m.csv")
    assert found.diagnostics == ()
    assert found.rows[0].value == Decimal("1.234")  # a share may have decimals


def test_counts_must_be_whole() -> None:
    text = "target,date,value\nt,2024-01-01,1.234\nt,2024-02-01,2.5\nt,2024-03-01,-1\nt,2024-04-01,3\n"
    found = read_measurements_text(text, _programme(), "m.csv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [
        ("DB413", 2, 14),
        ("DB413", 3, 14),
        ("DB413", 4, 14),
    ]
    assert [r.value for r in found.rows] == [Decimal(3)]


def test_yaml_rows_with_a_yaml_problem_are_refused_and_reported_once() -> None:
    text = """\
measurements:
  - {target: s, date: 2024-01-01, value: 92,5}
  - {target: m, date: 2024-01-01, value: yes}
  - {target: s, date: 2024-01-02, waarde: 1.234,5}
  - {target: s, date: 2024-01-03, value: 5}
"""
    found = read_measurements_text(text, _programme(), "m.yaml", "yaml")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [
        ("DB405", 2, 42),  # '92,5', a decimal comma, not the key 5 (DB111)
        ("DB106", 3, 42),  # the load diagnostic only, not DB411 at the same spot as well
        ("DB405", 4, 43),
    ]
    assert found.diagnostics[0].args["text"] == "92,5"
    assert [(r.line, r.value) for r in found.rows] == [(5, Decimal(5))]


def test_other_yaml_problems_refuse_their_row_only() -> None:
    text = (
        "measurements:\n"
        "  - {target: t, date: 2024-01-01, value: 3, 7: x}\n"
        "  - {target: t, date: 2024-01-02, value: 4}\n"
    )
    found = read_measurements_text(text, _programme(), "m.yaml", "yaml")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB111", 2, 45)]
    assert [r.value for r in found.rows] == [Decimal(4)]


def test_value_given_twice_is_refused() -> None:
    text = "measurements:\n  - {target: t, date: 2024-01-01, waarde: 3, value: 4}\n"
    found = read_measurements_text(text, _programme(), "m.yaml", "yaml")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB408", 2, 46)]
    assert found.rows == ()


def test_a_unit_on_a_milestone_is_reported_and_the_row_kept() -> None:
    text = "target,date,value,unit\nm,2024-01-01,1,percent\n"
    found = read_measurements_text(text, _programme(), "m.csv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB414", 2, 16)]
    assert not found.failed() and found.failed(strict=True)
    assert [(r.target, r.value, r.unit) for r in found.rows] == [("m", Decimal(1), None)]


def test_suggestions_are_capped_and_prefiltered() -> None:
    programme = _programme()
    typo = read_measurements_text("target,date,value\ntt,2024-01-01,1\n", programme, "m.csv")
    assert typo.diagnostics[0].args["suggestion"] == "t"
    rows = "".join(f"x{i},2024-01-01,1\n" for i in range(60)) + "tt,2024-01-01,1\n"
    found = read_measurements_text("target,date,value\n" + rows, programme, "m.csv")
    assert [d.code for d in found.diagnostics] == ["DB401"] * 61
    assert found.diagnostics[-1].args["suggestion"] == NO_SUGGESTION  # past the cap


def test_a_missing_file_is_reported_in_dutch(tmp_path: Path) -> None:
    missing = tmp_path / "metingen.csv"
    found = read_measurements(missing, _programme())
    (diag,) = found.diagnostics
    assert (diag.code, diag.line, diag.column) == ("DB101", 1, 1)
    assert diag.args["reason"] == "ENOENT"
    assert diag.message_in("nl") == "het bestand kan niet gelezen worden: het bestand bestaat niet"
    args = ["progress", str(HEERLEN), "-m", str(missing), "--as-of", "2024-12-31", "--lang", "nl"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "het bestand bestaat niet" in result.stderr and "{" not in result.stderr


def test_a_windows_1252_csv_is_read_whole_with_one_warning() -> None:
    raw = "streefdoel;datum;waarde;bron\nt;2024-01-01;3;café\ns;2024-01-01;12,5;€ en é\n".encode("cp1252")
    found = read_measurements_bytes(raw, _programme(), "m.csv")
    assert [(d.code, d.line, d.column, d.args["count"]) for d in found.diagnostics] == [("DB416", 2, 19, 2)]
    assert not found.failed()
    assert [(r.target, r.value, r.source) for r in found.rows] == [
        ("t", Decimal(3), "café"),
        ("s", Decimal("12.5"), "€ en é"),
    ]


def test_a_line_that_cannot_be_decoded_is_refused_alone() -> None:
    raw = "target,date,value,note\nt,2024-01-01,3,Zuid–Noord\n".encode() + b"t,2024-02-01,4,\x81\nt,2024-03-01,5,\n"
    found = read_measurements_bytes(raw, _programme(), "m.csv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB102", 3, 16)]
    assert [(r.line, r.value, r.note) for r in found.rows] == [(2, Decimal(3), "Zuid–Noord"), (4, Decimal(5), None)]


def test_read_measurements_reads_a_windows_1252_file(tmp_path: Path) -> None:
    file = tmp_path / "m.csv"
    file.write_bytes("target,date,value,note\nt,2024-01-01,3,caf\xe9\n".encode("cp1252"))
    found = read_measurements(file, _programme())
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB416", 2, 19)]
    assert [r.note for r in found.rows] == ["café"]


def test_doel_is_not_a_target_column() -> None:
    found = read_measurements_text("doel,datum,waarde\nt,2024-01-01,3\n", _programme(), "m.csv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB408", 1, 1), ("DB409", 1, 1)]
    assert found.diagnostics[1].args["key"] == "doel"
    assert found.rows == ()


def test_a_tab_separated_file_is_read_with_tabs() -> None:
    text = "target\tdate\tvalue\tnote\nt\t2024-01-01\t3\ta, b; c\ns\t2024-01-01\t12,5\n"
    found = read_measurements_text(text, _programme(), "m.tsv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB405", 3, 14)]  # a decimal point, as with ','
    assert [(r.target, r.value, r.note) for r in found.rows] == [("t", Decimal(3), "a, b; c")]


def test_no_list_under_measurements_is_reported_at_the_value() -> None:
    found = read_measurements_text("measurements: {a: 1}\n", _programme(), "m.yaml", "yaml")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB408", 1, 15)]
    found = read_measurements_text("metingen: []\n", _programme(), "m.yaml", "yaml")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB408", 1, 1)]  # no such key: the top


def test_yaml_infinity_and_nan_are_quoted_as_written() -> None:
    text = (
        "measurements:\n"
        "  - {target: s, date: 2024-01-01, value: .inf}\n"
        "  - {target: s, date: 2024-01-02, value: -.INF}\n"
        "  - {target: m, date: 2024-01-03, value: .NaN}\n"
    )
    found = read_measurements_text(text, _programme(), "m.yaml", "yaml")
    assert [(d.code, d.line, d.column, d.args["text"]) for d in found.diagnostics] == [
        ("DB405", 2, 42, ".inf"),
        ("DB405", 3, 42, "-.INF"),
        ("DB411", 4, 42, ".NaN"),
    ]


def test_a_lone_carriage_return_ends_a_line() -> None:
    text = "target,date,value\r\nt,2024-01-01,3\rt,2024-01-02,x\rt,2024-01-03,5\n"
    found = read_measurements_text(text, _programme(), "m.csv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB405", 3, 14)]
    assert [(r.line, r.value) for r in found.rows] == [(2, Decimal(3)), (4, Decimal(5))]


def test_a_field_beyond_the_csv_limit_refuses_its_row_only() -> None:
    text = f"target,date,value,note\nt,2024-01-01,3,{'x' * 200_000}\nt,2024-01-02,4,\n"
    found = read_measurements_text(text, _programme(), "m.csv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB408", 2, 1)]
    assert [(r.line, r.value) for r in found.rows] == [(3, Decimal(4))]


def test_a_misspelt_area_or_unit_refuses_what_it_is_in_never_misreads_it() -> None:
    """Ignored, `aera` would make a buurt's value the whole area's, and `unti` a value in another
    unit the target's own: DB432 refuses the row (YAML) or the file (a CSV header); a misspelt
    note is only ignored (DB409)."""
    yaml_rows = (
        "measurements:\n"
        "  - {target: t, date: 2024-01-01, value: 3, aera: Noord}\n"
        "  - {target: t, date: 2024-06-01, value: 4}\n"
    )
    found = read_measurements_text(yaml_rows, _programme(), "m.yaml", "yaml")
    assert [(d.code, d.line) for d in found.diagnostics] == [("DB432", 2)]
    assert [(r.line, r.value) for r in found.rows] == [(3, Decimal(4))]
    header = read_measurements_text("target,date,value,unti\nt,2024-01-01,3,person\n", _programme(), "m.csv")
    assert [(d.code, d.line, d.column) for d in header.diagnostics] == [("DB432", 1, 19)]
    assert header.rows == ()
    note = read_measurements_text("target,date,value,noot\nt,2024-01-01,3,x\n", _programme(), "m.csv")
    assert [d.code for d in note.diagnostics] == ["DB409"]
    assert [r.value for r in note.rows] == [Decimal(3)]
