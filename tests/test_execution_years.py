"""`budget --spending --format json`: the top-level ``years`` are the years the spec plans money
in (the same years as `budget --format json`'s ``planned.per_year_eur``), while a node's
``per_year`` holds those years and the years with spending; docs/spending.md says so."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from doelenboom.cli import main

ROOT = Path(__file__).resolve().parent.parent
NPRZ = ROOT / "specs" / "nprz.yaml"
NPRZ_SPENDING = ROOT / "examples" / "nprz_bestedingen.yaml"
WIJK = ROOT / "examples" / "portfolio_voorbeeldwijk.yaml"


def _json(*args: str) -> dict[str, object]:
    done = CliRunner().invoke(main, ["budget", *args, "--format", "json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert isinstance(data, dict)
    return data


def _planned_years(spec: Path) -> list[int]:
    planned = _json(str(spec))["planned"]
    assert isinstance(planned, dict)
    return sorted(int(y) for y in planned["per_year_eur"] or {})


def test_years_are_the_planned_years_and_per_year_adds_the_years_with_spending() -> None:
    data = _json(str(NPRZ), "--spending", str(NPRZ_SPENDING))
    assert data["years"] == _planned_years(NPRZ) == []  # NPRZ plans no amounts per year
    total = data["total"]
    assert isinstance(total, dict)
    assert sorted(int(y) for y in total["per_year"]) == [2019, 2020, 2021, 2022, 2023, 2024]
    assert all(cell["planned_eur"] is None and cell["spent_eur"] is not None for cell in total["per_year"].values())


def test_a_planned_year_without_spending_is_in_both_with_spent_missing(tmp_path: Path) -> None:
    spending = tmp_path / "spent.csv"
    spending.write_text("node,year,amount,funder\nwerkloket,2024,1000,gemeente\nwerkloket,2024,0,rijk-spuk\n", "utf-8")
    data = _json(str(WIJK), "--spending", str(spending))
    assert data["years"] == _planned_years(WIJK) == [2024, 2025, 2026]
    nodes = data["nodes"]
    assert isinstance(nodes, dict)
    per_year = nodes["werkloket"]["per_year"]
    assert sorted(int(y) for y in per_year) == data["years"]
    assert per_year["2024"]["spent_eur"] == "1000" and per_year["2025"]["spent_eur"] is None
    assert per_year["2025"]["planned_eur"] is not None
