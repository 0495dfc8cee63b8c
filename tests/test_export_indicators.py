"""Format 1.1's indicators in the exports: a target's `indicator` (its id in JSON, CSV and XLSX,
the indicator's name in Markdown) and the indicators themselves where the export lists the
spec's tables (JSON, an XLSX sheet, a Markdown section)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl

from doelenboom.language import EN, NL, Language
from doelenboom.model import Programme
from doelenboom.render import export as ex
from doelenboom.render.cells import worded_rows
from doelenboom.validation import load
from doelenboom.words import column_words, word

ROOT = Path(__file__).resolve().parent.parent
AREAS = ROOT / "examples" / "heerlen_noord_gebieden.yaml"
PIJLERS = ROOT / "tests" / "data" / "pijlers.yaml"

LANGS: tuple[Language, ...] = (EN, NL)
EXPECTED = {"werkzaam-2027": "werkzaam", "werkzaam-2032": "werkzaam", "woningen-verduurzaamd": "verduurzaamde-woningen"}


def _programme() -> Programme:
    return load(AREAS)


def _targets_by_id(nodes: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for node in nodes:
        for target in node["targets"]:  # type: ignore[attr-defined]
            found[target["id"]] = target
        found.update(_targets_by_id(node["children"]))  # type: ignore[arg-type]
    return found


def test_json_has_each_targets_indicator_and_the_indicators() -> None:
    payload = json.loads(ex.to_json(_programme()))
    targets = _targets_by_id(payload["tree"])
    for ident, indicator in EXPECTED.items():
        assert targets[ident]["indicator"] == indicator
    assert [i["id"] for i in payload["indicators"]] == ["werkzaam", "leefbaarheid", "verduurzaamde-woningen"]
    werkzaam = payload["indicators"][0]
    assert (werkzaam["unit"], werkzaam["direction"], werkzaam["aggregation"]) == ("percent", "higher", "ratio")
    assert werkzaam["baseline"]["value"] == "52"


def test_csv_target_rows_carry_the_indicator_id() -> None:
    rows = list(csv.DictReader(io.StringIO(ex.to_csv(_programme()))))
    assert "indicator" in rows[0]
    by_id = {r["id"]: r for r in rows if r["record"] == "target"}
    for ident, indicator in EXPECTED.items():
        assert by_id[ident]["indicator"] == indicator
    assert all(r["indicator"] == "" for r in rows if r["record"] != "target")


def test_xlsx_has_the_indicator_column_and_an_indicators_sheet() -> None:
    for lang in LANGS:
        book = openpyxl.load_workbook(io.BytesIO(ex.to_xlsx(_programme(), lang)))
        sheet = book[word("sheet.targets", lang)]
        header = [c.value for c in sheet[1]]
        column = header.index(word("column.indicator", lang))
        found = {row[0]: row[column] for row in sheet.iter_rows(min_row=2, values_only=True)}
        for ident, indicator in EXPECTED.items():
            assert found[ident] == indicator
        indicators = book[word("sheet.indicators", lang)]
        assert [c.value for c in indicators[1]] == column_words(ex.XLSX_SHEETS["indicators"], lang)
        ids = [row[0] for row in indicators.iter_rows(min_row=2, values_only=True)]
        assert ids == ["werkzaam", "leefbaarheid", "verduurzaamde-woningen"]
    rows = ex.xlsx_rows(_programme())["indicators"]
    columns = ex.XLSX_SHEETS["indicators"]
    first = dict(zip(columns, rows[0], strict=True))
    assert (first["unit"], first["direction"], first["aggregation"]) == ("percent", "higher", "ratio")
    # In the office outputs direction and aggregation are words, never the ids.
    worded = dict(zip(columns, next(iter(worded_rows(columns, rows, NL))), strict=True))
    assert worded["direction"] == word("direction.higher", NL)
    assert worded["aggregation"] == word("aggregation.ratio", NL)


def test_markdown_names_the_indicator_of_each_target_and_lists_the_indicators() -> None:
    programme = _programme()
    for lang in LANGS:
        text = ex.to_markdown(programme, lang)
        rows = [line for line in text.splitlines() if "58 % werkzaam in 2027" in line]
        assert len(rows) == 1 and "Werkzame inwoners van 15 tot 75 jaar" in rows[0]
        assert f"## {word('markdown.indicators', lang)}" in text
        assert word("aggregation.weighted_mean", lang) in text


def test_a_spec_without_indicators_keeps_its_markdown_and_an_empty_sheet() -> None:
    programme = load(PIJLERS)
    assert not programme.indicators
    text = ex.to_markdown(programme, EN)
    assert word("markdown.indicators", EN) not in text
    assert word("markdown.indicator", EN) not in text
    assert ex.xlsx_rows(programme)["indicators"] == []
    assert json.loads(ex.to_json(programme))["indicators"] == []
