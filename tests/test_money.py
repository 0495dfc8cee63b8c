"""Money in every output: one exact machine format, shares split to the cent so that they add up,
and missing money as missing (null, empty, ``-``), never 0. See docs/exports.md, "Money"."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from doelenboom.cli import main
from doelenboom.render.export import TABLE_COLUMNS
from doelenboom.rollup import attribute, attribute_to_cents, budget_report, split_to_cents
from doelenboom.text import plain_decimal

DATA = Path(__file__).parent / "data"
HEERLEN = Path(__file__).parent.parent / "specs" / "heerlen_noord.yaml"


def invoke(*args: str) -> Any:
    result = CliRunner().invoke(main, [*args, "--lang", "en"])
    assert result.exit_code in (0, 1), result.output
    return result


@pytest.fixture
def thirds(tmp_path: Path) -> Path:
    """tests/data/pijlers.yaml with the Schakelklas (EUR 85,433.07) split 33.33/33.33/33.34 over
    three goals, and a goal 'leeg' that no money reaches."""
    text = (DATA / "pijlers.yaml").read_text(encoding="utf-8")
    for old, new in (
        ("serves: [vaste-baan]", "serves: [vaste-baan, stage]"),
        ("{taal-op-niveau: 70, vaste-baan: 30}", "{taal-op-niveau: 33.33, vaste-baan: 33.33, stage: 33.34}"),
        ("budget: {amount: 1000000}", "budget: {amount: '85433.07'}"),
    ):
        assert text.count(old) == 1
        text = text.replace(old, new)
    text = (
        text.rstrip("\n")
        + "\n"
        + "".join(
            f"      - id: {ident}\n        name: {name}\n        no_target_reason: invented for a test\n"
            for ident, name in (("stage", "Stages"), ("leeg", "Leeg"))
        )
    )
    path = tmp_path / "thirds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _load(path: Path) -> Any:
    import doelenboom

    return doelenboom.load(str(path))


# --- the rounding rule ------------------------------------------------------------------------


def test_thirds_are_split_to_the_cent_and_add_up(thirds: Path) -> None:
    programme = _load(thirds)
    exact = attribute(programme).flows  # the library keeps the exact figures
    assert exact["stage"]["schakelklas"] == Decimal("85433.07") * Decimal("0.3334")
    flows = attribute_to_cents(programme).flows
    parts = {recipient: flows[recipient]["schakelklas"] for recipient in ("taal-op-niveau", "vaste-baan", "stage")}
    # 28474.842231 twice and 28483.385538: each rounded down, the cent left over to the largest remainder
    assert parts == {
        "taal-op-niveau": Decimal("28474.84"),
        "vaste-baan": Decimal("28474.84"),
        "stage": Decimal("28483.39"),
    }
    assert sum(parts.values()) == Decimal("85433.07")


@given(
    cents=st.integers(min_value=-(10**12), max_value=10**12),
    weights=st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=8).filter(any),
)
def test_split_to_cents_adds_up_to_the_whole(cents: int, weights: list[int]) -> None:
    amount = Decimal(cents) / 100
    total = sum(weights)
    shares = {f"r{i}": Decimal(w) / total for i, w in enumerate(weights)}
    parts = split_to_cents(amount, shares)
    assert sum(parts.values()) == amount
    for key, part in parts.items():
        assert part == part.quantize(Decimal("0.01"))
        assert abs(part - amount * shares[key]) < Decimal("0.01")


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("138500000.0", "138500000"),
        ("126000000", "126000000"),
        ("2500000.5", "2500000.50"),
        ("1E+3", "1000"),
        ("-0.50", "-0.50"),
        ("0.125", "0.125"),
        ("1E-7", "0.0000001"),
    ],
)
def test_one_machine_format(amount: str, text: str) -> None:
    assert plain_decimal(Decimal(amount)) == text


# --- budget -----------------------------------------------------------------------------------


def test_budget_json_missing_is_null_and_shares_are_cents(thirds: Path) -> None:
    payload = json.loads(invoke("budget", str(thirds), "--format", "json").stdout)
    nodes = payload["nodes"]
    assert (nodes["leeg"]["rolled_up_eur"], nodes["leeg"]["attributed_eur"], nodes["leeg"]["own_eur"]) == (
        None,
        None,
        None,
    )
    assert nodes["leeg"]["received_from_eur"] == {}
    assert nodes["stage"]["rolled_up_eur"] is None  # nothing contained, but money served to it
    assert nodes["stage"]["attributed_eur"] == "28483.39"
    assert nodes["vaste-baan"]["received_from_eur"] == {"leerwerkbanen": "2500000.50", "schakelklas": "28474.84"}
    assert nodes["schakelklas"]["own_eur"] == "85433.07"
    assert payload["overhead_eur"] is None
    assert payload["tree_total_eur"] == payload["programme_total_eur"] == "3185433.57"
    # the first level's attributed money adds up to the tree total, to the cent
    first = [n for n in nodes.values() if n["depth"] == 1 and n["attributed_eur"] is not None]
    assert sum(Decimal(n["attributed_eur"]) for n in first) == Decimal("3185433.57")


def test_budget_csv_missing_is_empty(thirds: Path) -> None:
    rows = {
        row["id"]: row for row in csv.DictReader(io.StringIO(invoke("budget", str(thirds), "--format", "csv").stdout))
    }
    assert (rows["leeg"]["own_eur"], rows["leeg"]["rolled_up_eur"], rows["leeg"]["attributed_eur"]) == ("", "", "")
    assert (rows["stage"]["rolled_up_eur"], rows["stage"]["attributed_eur"]) == ("", "28483.39")
    assert rows["leerwerkbanen"]["own_eur"] == "2500000.50"


def test_budget_text_missing_is_a_dash(thirds: Path) -> None:
    lines = invoke("budget", str(thirds)).stdout.splitlines()
    assert next(line for line in lines if "(leeg)" in line).endswith(": - / - / -")
    assert next(line for line in lines if "(stage)" in line).endswith(": - / - / 28,483.39")
    assert lines[-1] == "tree 3,185,433.57; overhead -; total 3,185,433.57"


def test_budget_report_rows_carry_none(thirds: Path) -> None:
    row = {r.id: r for r in budget_report(_load(thirds)).rows}["leeg"]
    assert (row.own, row.rolled_up, row.attributed) == (None, None, None)


# --- show, export, graph ----------------------------------------------------------------------


def test_show_json_missing_is_null(thirds: Path) -> None:
    nodes = json.loads(invoke("show", str(thirds), "--format", "json").stdout)["nodes"]
    assert nodes["leeg"]["own_eur"] is None
    assert nodes["leerwerkbanen"]["own_eur"] == "2500000.50"


def test_graph_to_dict_missing_is_null(thirds: Path) -> None:
    from doelenboom import goal_graph

    nodes = goal_graph(_load(thirds)).to_dict()["nodes"]
    assert nodes["leeg"]["own_eur"] is None
    assert nodes["schakelklas"]["own_eur"] == "85433.07"


def test_export_json_missing_is_null(thirds: Path) -> None:
    payload = json.loads(invoke("export", str(thirds), "--format", "json").stdout)
    assert payload["budget"] == {
        "tree_total_eur": "3185433.57",
        "overhead_eur": None,
        "programme_total_eur": "3185433.57",
    }
    werken = next(item for item in payload["tree"] if item["id"] == "werken")
    leeg = next(item for item in werken["children"] if item["id"] == "leeg")
    assert (leeg["own_eur"], leeg["rolled_up_eur"]) == (None, None)
    assert werken["rolled_up_eur"] == "2500000.50"


@pytest.mark.parametrize("fmt", ["csv", "csv-excel"])
def test_export_csv_missing_is_empty(thirds: Path, fmt: str) -> None:
    raw = invoke("export", str(thirds), "--format", fmt).stdout_bytes
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";" if fmt == "csv-excel" else ","))
    # the money columns by name: format 1.1's year, funder and planned follow them
    own, rolled_up = TABLE_COLUMNS.index("own_eur"), TABLE_COLUMNS.index("rolled_up_eur")
    leeg = next(row for row in rows if row[1] == "leeg")
    assert leeg[own : rolled_up + 1] == ["", ""]
    werken = next(row for row in rows if row[1] == "werken")
    assert werken[rolled_up] == ("2500000,50" if fmt == "csv-excel" else "2500000.50")


def test_export_graphml_missing_is_absent(thirds: Path) -> None:
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.fromstring(invoke("export", str(thirds), "--format", "graphml").stdout)
    data = {
        node.get("id"): {d.get("key"): d.text for d in node.findall("g:data", ns)}
        for node in root.iter("{http://graphml.graphdrawing.org/xmlns}node")
    }
    assert "own_eur" not in data["leeg"] and "rolled_up_eur" not in data["leeg"]
    assert "own_eur" not in data["voorbeeldstad"]  # no overhead
    assert data["voorbeeldstad"]["rolled_up_eur"] == "3185433.57"
    assert data["leerwerkbanen"]["own_eur"] == "2500000.50"


def test_export_xlsx_missing_is_empty(thirds: Path) -> None:
    from doelenboom.render.export import xlsx_rows

    sheets = xlsx_rows(_load(thirds))
    leeg = next(row for row in sheets["nodes"] if row[0] == "leeg")
    assert leeg[6:] == (None, None, None)
    overhead = sheets["totals"][1]
    assert overhead[1:] == (None, None, None)


def test_a_programme_without_money_has_no_zero_totals(tmp_path: Path) -> None:
    data = yaml.safe_load((DATA / "pijlers.yaml").read_text(encoding="utf-8"))
    for pijler in data["tree"]:
        for doel in pijler["children"]:
            for maatregel in doel.get("children", []):
                maatregel.pop("budget", None)
                maatregel.pop("allocation", None)
    path = tmp_path / "geen-geld.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    budget = json.loads(invoke("budget", str(path), "--format", "json").stdout)
    assert (budget["tree_total_eur"], budget["overhead_eur"], budget["programme_total_eur"]) == (None, None, None)
    assert all(n["rolled_up_eur"] is None and n["attributed_eur"] is None for n in budget["nodes"].values())
    assert invoke("budget", str(path)).stdout.splitlines()[-1] == "tree -; overhead -; total -"
    exported = json.loads(invoke("export", str(path), "--format", "json").stdout)
    assert set(exported["budget"].values()) == {None}
    markdown = invoke("export", str(path), "--format", "markdown").stdout
    assert "**0**" not in markdown and "| **-** |" in markdown


# --- diff -------------------------------------------------------------------------------------


def test_diff_json_money_in_the_one_format(tmp_path: Path) -> None:
    old = (DATA / "pijlers.yaml").read_text(encoding="utf-8")
    new_path = tmp_path / "new.yaml"
    new_path.write_text(old.replace("amount: '2500000.50'", "amount: '3000000.50'"), encoding="utf-8")
    payload = json.loads(invoke("diff", str(DATA / "pijlers.yaml"), str(new_path), "--format", "json").stdout)
    figure = next(f for f in payload["budget"] if f["id"] == "leerwerkbanen")
    assert (figure["old"], figure["new"], figure["delta"]) == ("2500000.50", "3000000.50", "500000")
    total = next(t for t in payload["totals"] if t["id"] is None and t["total"] == "tree")
    assert (total["old"], total["new"], total["delta"]) == ("4100000.50", "4600000.50", "500000")


# --- no output writes another format ----------------------------------------------------------

_NOT_ONE_FORMAT = re.compile(r'"-?\d+\.\d"|"-?\d+\.\d+[eE][-+]?\d+"|"-?\d+(\.\d+)?E[-+]?\d+"|"-?\d+\.\d*00"')


@pytest.mark.parametrize(
    "args",
    [("budget", "--format", "json"), ("export", "--format", "json"), ("show", "--format", "json")],
)
def test_heerlen_money_has_one_format(args: tuple[str, ...]) -> None:
    out = invoke(args[0], str(HEERLEN), *args[1:]).stdout
    money = re.findall(r'"[a-z_]*_eur": "([^"]*)"', out)
    assert money, out[:500]
    for amount in money:
        assert amount == plain_decimal(Decimal(amount)), amount
        assert re.fullmatch(r"-?\d+(\.\d\d)?", amount), amount
    assert not _NOT_ONE_FORMAT.search(out)


def test_diff_money_that_goes_missing_is_null_not_zero(tmp_path: Path) -> None:
    old = (DATA / "pijlers.yaml").read_text(encoding="utf-8")
    line = "            budget: {amount: '2500000.50'}\n"
    assert old.count(line) == 1
    new_path = tmp_path / "new.yaml"
    new_path.write_text(old.replace(line, ""), encoding="utf-8")
    result = invoke("diff", str(DATA / "pijlers.yaml"), str(new_path), "--format", "json")
    totals = {(t["id"], t["total"]): t for t in json.loads(result.stdout)["totals"]}
    assert totals[("vaste-baan", "rolled_up")] == {
        "id": "vaste-baan",
        "total": "rolled_up",
        "old": "2500000.50",
        "new": None,
        "delta": None,
    }
    assert (totals[(None, "tree")]["new"], totals[(None, "tree")]["delta"]) == ("1600000", "-2500000.50")
    text = invoke("diff", str(DATA / "pijlers.yaml"), str(new_path)).stdout
    vaste_baan = next(line for line in text.splitlines() if line.strip().startswith("'vaste-baan'"))
    assert "EUR 2,500,000.50 →" in vaste_baan and not vaste_baan.endswith(")") and " 0" not in vaste_baan
