"""Money by year and by funder (format 1.1): the format version, year keys, bad input, diff and
exports. The rules that splits add up have their cases in tests/cases (DB340–DB346); the
properties over generated specs are in tests/test_properties_money.py."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from doelenboom.cli import main
from doelenboom.compare import FieldChange, FigureChange, diff
from doelenboom.diagnostics import Severity
from doelenboom.render import export as ex
from doelenboom.rollup import planned
from doelenboom.validation import validate_text

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"

SPEC = """doelenboom: 1.1
id: p
name: P
horizon: {start: 2020, end: 2045}
plan_period: {start: 2023, end: 2026}
levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]
funders:
  - {id: rijk, name: Rijk, kind: rijk, scheme: Regio Deal 2018–2022}
  - {id: gemeente, name: Gemeente, kind: gemeente}
co_financing:
  - {id: gemeente-matcht-rijk, funders: [gemeente], matches: [rijk], ratio: 1}
budget:
  declared_total: 450
  declared_per_year: {2023: 150, 2024: 300}
  declared_per_funder: {rijk: 200, gemeente: 250}
tree:
  - id: g
    name: G
    budget:
      declared_per_year:
        2023: 150
        2024: 300
    children:
      - id: i
        name: I
        budget:
          amount: 300
          per_year:
            2023: 100
            2024: 200
          funding:
            rijk: 150
            gemeente: 150
        targets:
          - {id: t, kind: count, name: T, value: 5, unit: person}
      - id: j
        name: J
        budget:
          amount: 150
          per_year: {2023: 50, 2024: 100}
          funding: {rijk: 50, gemeente: 100}
          funding_per_year:
            rijk: {2023: 20, 2024: 30}
            gemeente: {2023: 30, 2024: 70}
        targets:
          - {id: t2, kind: count, name: T, value: 5, unit: person}
"""


def _found(text: str) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in validate_text(text, "s.yaml").diagnostics]


def _line(text: str, needle: str) -> int:
    return text.splitlines().index(needle) + 1


def test_the_example_validates_clean() -> None:
    assert _found(SPEC) == []


def test_years_as_yaml_integers_or_text_are_the_same_year() -> None:
    quoted = SPEC.replace(
        "            2023: 100\n            2024: 200\n", '            "2023": 100\n            "2024": 200\n'
    )
    assert quoted != SPEC
    first, second = validate_text(SPEC, "a.yaml").programme, validate_text(quoted, "b.yaml").programme
    assert first is not None and second is not None
    assert first.model_dump() == second.model_dump()
    assert planned(first).own["i"].by_year == {2023: Decimal(100), 2024: Decimal(200)}


def test_a_year_key_that_is_no_year_is_located() -> None:
    text = SPEC.replace("            2024: 200\n", "            20245: 200\n")
    assert ("DB111", _line(text, "            20245: 200"), 13) in _found(text)
    text = SPEC.replace("            2024: 200\n", "            '24': 200\n")
    assert ("DB210", _line(text, "            '24': 200"), 13) in _found(text)


@pytest.mark.parametrize(
    ("written", "code"),
    [("200.0", "DB205"), ("-200", "DB206"), ('"200.001"', "DB326"), (".nan", "DB209"), ("'twee'", "DB211")],
)
def test_a_year_amount_is_money_like_every_amount(written: str, code: str) -> None:
    text = SPEC.replace("            2024: 200\n", f"            2024: {written}\n")
    found = _found(text)
    assert (code, _line(text, f"            2024: {written}"), 19) in found
    assert all(d[0] != "DB299" for d in found)


def test_years_that_do_not_add_up_name_the_node_and_list_the_years() -> None:
    text = SPEC.replace("            2024: 200\n", "            2024: 201\n").replace("2024: 300", "2024: 301")
    result = validate_text(text, "s.yaml")
    (diag,) = [d for d in result.diagnostics if d.code == "DB341"]
    assert (diag.line, diag.column) == (_line(text, "          per_year:"), 11)
    assert diag.args["id"] == "i" and "2023, 2024" in diag.message
    assert {r.location.line for r in diag.related} >= {_line(text, "            2024: 201")}


def test_an_undeclared_funder_gets_did_you_mean() -> None:
    text = SPEC.replace("            gemeente: 150\n", "            gemeent: 150\n")
    result = validate_text(text, "s.yaml")
    (diag,) = [d for d in result.diagnostics if d.code == "DB302"]
    assert (diag.line, diag.column) == (_line(text, "            gemeent: 150"), 13)
    assert (diag.args["kind"], diag.args["suggestion"]) == ("funder", "gemeente")


def test_a_v1_spec_using_years_is_told_to_write_1_1() -> None:
    text = SPEC.replace("doelenboom: 1.1\n", "doelenboom: 1\n")
    assert _found(text) == [("DB340", _line(text, "funders:"), 1)]


@pytest.mark.parametrize(("written", "code"), [("1.10", "DB208"), ("1.2", "DB208"), ('"1.1"', "DB203")])
def test_other_versions_are_refused(written: str, code: str) -> None:
    assert _found(SPEC.replace("doelenboom: 1.1\n", f"doelenboom: {written}\n")) == [(code, 1, 13)]


def test_heerlen_noord_stays_version_1_without_any_split() -> None:
    result = validate_text(HEERLEN.read_text(encoding="utf-8"), "heerlen.yaml")
    programme = result.programme
    assert programme is not None and programme.format_version == "1" and not programme.funders
    assert not [d for d in result.diagnostics if d.severity is Severity.ERROR]
    money = planned(programme)
    assert money.total.by_year is None and money.total.by_funder is None  # not known: no split invented
    assert money.total.missing_year is not None and money.years == ()


def test_co_financing_counts_the_whole_programme() -> None:
    # 250 from the municipality against 200 from the Rijk holds; 1.5 times does not
    assert _found(SPEC.replace("ratio: 1}", "ratio: 1.25}")) == []
    text = SPEC.replace("ratio: 1}", "ratio: 1.5}")
    assert _found(text) == [
        ("DB346", _line(text, "  - {id: gemeente-matcht-rijk, funders: [gemeente], matches: [rijk], ratio: 1.5}"), 5)
    ]


# --- diff -----------------------------------------------------------------------------------------


def _diff(tmp_path: Path, new_text: str) -> tuple[int, str]:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(SPEC, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", "--exit-code", str(old), str(new)])
    return result.exit_code, result.output


def test_diff_exit_code_for_one_years_amount(tmp_path: Path) -> None:
    # 50 moves from 2023 to 2024 inside 'j', funders per year alike: still valid, but a change
    text = SPEC.replace("per_year: {2023: 50, 2024: 100}", "per_year: {2023: 40, 2024: 110}")
    text = text.replace("rijk: {2023: 20, 2024: 30}", "rijk: {2023: 10, 2024: 40}")
    text = text.replace("2023: 150\n        2024: 300", "2023: 140\n        2024: 310")
    text = text.replace("declared_per_year: {2023: 150, 2024: 300}", "declared_per_year: {2023: 140, 2024: 310}")
    assert _found(text) == []
    code, output = _diff(tmp_path, text)
    assert code == 1
    assert "per_year.2024" in output and "funding_per_year.rijk.2023" in output
    changes, _ = diff(str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    figures = {(f.id, f.figure): (f.old, f.new) for f in changes.budget if isinstance(f, FigureChange)}
    assert figures[("j", "per_year.2023")] == (Decimal(50), Decimal(40))
    assert figures[("p", "declared_per_year.2024")] == (Decimal(300), Decimal(310))


def test_diff_exit_code_for_one_funders_share(tmp_path: Path) -> None:
    text = SPEC.replace(
        "            rijk: 150\n            gemeente: 150\n", "            rijk: 140\n            gemeente: 160\n"
    )
    text = text.replace(
        "declared_per_funder: {rijk: 200, gemeente: 250}", "declared_per_funder: {rijk: 190, gemeente: 260}"
    )
    assert _found(text) == []
    code, output = _diff(tmp_path, text)
    assert code == 1 and "funding.rijk" in output and "funding.gemeente" in output
    assert _diff(tmp_path, SPEC)[0] == 0


def test_diff_shows_a_changed_funder(tmp_path: Path) -> None:
    text = SPEC.replace("scheme: Regio Deal 2018–2022", "scheme: Regio Deal 2019–2023")
    code, output = _diff(tmp_path, text)
    assert code == 1 and "funder 'rijk' scheme" in output
    changes, _ = diff(str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert FieldChange("funder", "rijk", "scheme", "Regio Deal 2018–2022", "Regio Deal 2019–2023") in changes.programme


# --- exports --------------------------------------------------------------------------------------


def test_csv_export_planned_rows_add_up_per_year_and_funder() -> None:
    programme = validate_text(SPEC, "s.yaml").programme
    assert programme is not None
    rows = list(csv.DictReader(io.StringIO(ex.to_csv(programme))))
    money = [row for row in rows if row["record"] == "planned"]
    per_year: dict[str, Decimal] = {}
    per_funder: dict[str, Decimal] = {}
    for row in money:
        if row["year"] and not row["funder"]:
            per_year[row["year"]] = per_year.get(row["year"], Decimal(0)) + Decimal(row["planned_eur"])
        if row["funder"] and not row["year"]:
            per_funder[row["funder"]] = per_funder.get(row["funder"], Decimal(0)) + Decimal(row["planned_eur"])
    assert per_year == {"2023": Decimal(150), "2024": Decimal(300)}
    assert per_funder == {"rijk": Decimal(200), "gemeente": Decimal(250)}
    cells = {(row["id"], row["year"], row["funder"]) for row in money if row["year"] and row["funder"]}
    assert ("j", "2024", "gemeente") in cells and not any(ident == "i" for ident, _y, _f in cells)  # not known for i


def test_json_export_and_budget_json_carry_years_and_funders(tmp_path: Path) -> None:
    programme = validate_text(SPEC, "s.yaml").programme
    assert programme is not None
    payload = json.loads(ex.to_json(programme))
    assert payload["planned"]["per_year_eur"] == {"2023": "150", "2024": "300"}
    assert [f["id"] for f in payload["funders"]] == ["rijk", "gemeente"]
    goal = payload["tree"][0]
    assert goal["planned"]["per_funder_eur"] == {"rijk": "200", "gemeente": "250"}
    assert goal["planned"]["per_funder_per_year_eur"] is None  # 'i' splits by year and funder, not both
    assert goal["planned"]["unsplit"]["funder_year"] == "i"
    spec = tmp_path / "s.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    result = CliRunner().invoke(main, ["budget", str(spec), "--format", "json"])
    assert result.exit_code == 0, result.output
    nodes = json.loads(result.output)["nodes"]
    assert nodes["j"]["planned"]["per_funder_per_year_eur"] == {
        "rijk": {"2023": "20", "2024": "30"},
        "gemeente": {"2023": "30", "2024": "70"},
    }


def test_markdown_and_xlsx_exports_carry_years_and_funders() -> None:
    programme = validate_text(SPEC, "s.yaml").programme
    assert programme is not None
    markdown = ex.to_markdown(programme)
    assert "| | Total (EUR) | 2023 | 2024 | Rijk | Gemeente |" in markdown
    sheets = ex.xlsx_rows(programme)
    assert sheets["funders"][0] == ("rijk", "Rijk", "rijk", "Regio Deal 2018–2022")
    assert ("j", 2024, "gemeente", Decimal(70)) in sheets["planned"]
