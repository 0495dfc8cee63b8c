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
