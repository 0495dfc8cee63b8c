"""What every output shares: CSV cells a spreadsheet will not run, one money format, one
vocabulary of keys, one line per line in text, and the same handling of unreadable input."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from doelenboom.cli import main

FORMULAS = ["+SUM(1,2)", "-2+3", "=1+1", "@A1"]


def spec_data() -> dict[str, Any]:
    """A valid spec whose names start like formulas or hold newlines."""
    return {
        "doelenboom": 1,
        "id": "p",
        "name": "Programme\nsecond line",
        "horizon": {"start": 2020, "end": 2045},
        "levels": [
            {"id": "ambition", "name": "ambitie"},
            {"id": "theme", "name": "thema"},
            {"id": "intervention", "name": "interventie"},
        ],
        "tree": [
            {
                "id": f"g{i}",
                "name": name,
                "children": [
                    {
                        "id": f"i{i}",
                        "name": f"Intervention\n{i}",
                        "budget": {"amount": "1000.5" if i == 0 else "1234567"},
                        "targets": [{"id": f"t{i}", "kind": "count", "name": name, "value": 5, "unit": "person"}],
                    }
                ],
            }
            for i, name in enumerate(FORMULAS)
        ],
    }


@pytest.fixture
def spec(tmp_path: Path) -> str:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec_data(), allow_unicode=True), encoding="utf-8")
    return str(path)


def invoke(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), env={"LANG": "C"})


def csv_table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# --- 1. CSV: no formulas, in every CSV output ---------------------------------------------------


@pytest.mark.parametrize("command", ["budget", "export"])
def test_csv_outputs_neutralise_formulas(spec: str, command: str) -> None:
    result = invoke(command, spec, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = csv_table(result.stdout)
    names = [row["name"] for row in rows if row["id"] in {f"g{i}" for i in range(len(FORMULAS))}]
    assert names == ["'" + name for name in FORMULAS]
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row.values())


# --- 2. one money format ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "en", "nl"),
    [
        ("1234567", "1,234,567", "1.234.567"),
        ("1234567.00", "1,234,567", "1.234.567"),
        ("1000.5", "1,000.50", "1.000,50"),
        ("0.125", "0.125", "0,125"),
        ("1234.5678", "1,234.5678", "1.234,5678"),
        ("-2500.10", "-2,500.10", "-2.500,10"),
    ],
)
def test_money_is_grouped_in_the_language_and_never_rounded(amount: str, en: str, nl: str) -> None:
    from decimal import Decimal

    from doelenboom.cli import _common
    from doelenboom.export import format_eur

    assert (format_eur(Decimal(amount)), format_eur(Decimal(amount), "nl")) == (en, nl)
    assert not hasattr(_common, "money")  # one formatter, in the library


def test_budget_text_shows_sub_cent_amounts_exactly(tmp_path: Path) -> None:
    data = spec_data()
    data["tree"][0]["children"][0]["budget"]["amount"] = "1000.125"
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = invoke("budget", str(path), "--lang", "nl")
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if "(i0)" in line)
    assert line.endswith(": 1.000,125 / 1.000,125 / 1.000,125")


# --- 3. one vocabulary --------------------------------------------------------------------------

MONEY_KEYS = {"own", "rolled_up", "total_eur", "budget", "attributed", "total"}


def _node_records(command: str, spec: str) -> dict[str, dict[str, Any]]:
    import json

    if command == "export-json":
        payload = json.loads(invoke("export", spec, "--format", "json").stdout)
        found: dict[str, dict[str, Any]] = {}
        stack = list(payload["tree"])
        while stack:
            item = stack.pop()
            found[item["id"]] = item
            stack.extend(item["children"])
        return found
    if command in ("budget-csv", "export-csv"):
        name = command.split("-")[0]
        return {row["id"]: row for row in csv_table(invoke(name, spec, "--format", "csv").stdout)}
    nodes: dict[str, dict[str, Any]] = json.loads(invoke(command, spec, "--format", "json").stdout)["nodes"]
    return nodes


@pytest.mark.parametrize("command", ["budget", "show", "export-json", "budget-csv", "export-csv"])
def test_every_output_uses_one_vocabulary(spec: str, command: str) -> None:
    records = _node_records(command, spec)
    theme, intervention = records["g0"], records["i0"]
    assert (theme["level"], theme["level_name"]) == ("theme", "thema")
    assert (intervention["level"], intervention["level_name"]) == ("intervention", "interventie")
    assert intervention["own_eur"] == "1000.5"
    if command != "show":  # show lists what the spec says, not sums
        assert theme["rolled_up_eur"] == "1000.5"
    assert not MONEY_KEYS & set(theme)


def test_budget_json_totals_use_the_export_names(spec: str) -> None:
    import json

    budget = json.loads(invoke("budget", spec, "--format", "json").stdout)
    export = json.loads(invoke("export", spec, "--format", "json").stdout)
    for key in ("tree_total_eur", "overhead_eur", "programme_total_eur"):
        assert budget[key] == export["budget"][key]
    assert budget["programme_total_eur"] == "3704701.5"
    assert export["levels"][1] == {"level": "theme", "level_name": "thema"}
