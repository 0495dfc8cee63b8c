"""The diff of format 1.1's areas and indicators: each sub-area, reference area and indicator by
its id, as nodes are, and a target's `indicator` reference."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from doelenboom.cli import main
from doelenboom.compare import FieldChange, diff
from doelenboom.language import EN, NL, Language
from doelenboom.render.diff import RENDERERS

ROOT = Path(__file__).resolve().parent.parent
AREAS = ROOT / "examples" / "heerlen_noord_gebieden.yaml"
LANGS: tuple[Language, ...] = (EN, NL)


def _spec() -> dict[str, object]:
    data: dict[str, object] = yaml.safe_load(AREAS.read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, name: str, data: dict[str, object]) -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return str(path)


def _changes(tmp_path: Path, new: dict[str, object]) -> list[tuple[str, str | None, str, str | None, str | None]]:
    result, failures = diff(_write(tmp_path, "old.yaml", _spec()), _write(tmp_path, "new.yaml", new))
    assert failures == []
    assert result.comparable
    sides = [str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")]
    cli = CliRunner().invoke(main, ["diff", "--exit-code", *sides])
    assert cli.exit_code == 1, cli.output
    return [(c.scope, c.id, c.field, c.old, c.new) for c in result.programme]


def _parts(data: dict[str, object]) -> list[dict[str, object]]:
    area = data["area"]
    assert isinstance(area, dict)
    parts: list[dict[str, object]] = area["parts"]
    return parts


def _indicators(data: dict[str, object]) -> list[dict[str, object]]:
    found: list[dict[str, object]] = data["indicators"]  # type: ignore[assignment]
    return found


def test_a_spec_with_itself_reports_nothing(tmp_path: Path) -> None:
    result, _ = diff(str(AREAS), _write(tmp_path, "same.yaml", _spec()))
    assert result.empty


def test_a_changed_sub_area_is_reported_by_its_id_and_field(tmp_path: Path) -> None:
    new = _spec()
    _parts(new)[1]["inhabitants"] = 7100
    assert _changes(tmp_path, new) == [("area_part", "heerlerheide-passart", "inhabitants", "7000", "7100")]


def test_a_sub_area_moved_renamed_or_coded_is_one_change_each(tmp_path: Path) -> None:
    new = _spec()
    part = _parts(new)[2]
    part.update(name="Rennemig", parent="hoensbroek", code="WK091701")
    assert sorted(_changes(tmp_path, new)) == [
        ("area_part", "rennemig-beersdal", "code", None, "WK091701"),
        ("area_part", "rennemig-beersdal", "name", "Rennemig-Beersdal", "Rennemig"),
        ("area_part", "rennemig-beersdal", "parent", "heerlerheide", "hoensbroek"),
    ]


def test_sub_areas_added_and_removed_by_id_and_order_is_no_change(tmp_path: Path) -> None:
    new = _spec()
    parts = _parts(new)
    removed = parts.pop(3)
    parts.append({"id": "mariarade", "name": "Mariarade", "parent": "hoensbroek"})
    parts.reverse()  # the order of the list means nothing
    assert removed["id"] == "heksenberg"
    assert _changes(tmp_path, new) == [
        ("area_part", "mariarade", "area_part", None, "Mariarade"),
        ("area_part", "heksenberg", "area_part", "Heksenberg", None),
    ]


def test_a_reference_area_is_compared_by_its_id(tmp_path: Path) -> None:
    new = _spec()
    area = new["area"]
    assert isinstance(area, dict)
    area["references"][0]["code"] = "WK091702"
    area["references"].append({"id": "g4", "name": "G4", "members": ["Amsterdam", "Rotterdam"]})
    assert _changes(tmp_path, new) == [
        ("area_reference", "heerlen-zuid", "code", None, "WK091702"),
        ("area_reference", "g4", "area_reference", None, "G4"),
    ]


def test_each_field_of_an_indicator_is_reported_by_its_id(tmp_path: Path) -> None:
    new = _spec()
    werkzaam = _indicators(new)[0]
    werkzaam.update(unit="fraction", direction="lower", aggregation="sum", frequency="tweejaarlijks")
    werkzaam["baseline"] = {"value": 50, "date": 2020}
    assert sorted(_changes(tmp_path, new)) == [
        ("indicator", "werkzaam", "aggregation", "ratio", "sum"),
        ("indicator", "werkzaam", "baseline.value", "52", "50"),
        ("indicator", "werkzaam", "direction", "higher", "lower"),
        ("indicator", "werkzaam", "frequency", "jaarlijks", "tweejaarlijks"),
        ("indicator", "werkzaam", "unit", "percent", "fraction"),
    ]


def test_indicators_added_and_removed(tmp_path: Path) -> None:
    new = _spec()
    indicators = _indicators(new)
    indicators.append({"id": "armoede", "name": "Huishoudens in armoede", "unit": "percent"})
    # A removed indicator no target refers to.
    indicators.remove(next(i for i in indicators if i["id"] == "leefbaarheid"))
    for node in _walk(new["tree"]):
        for target in node.get("targets", []):
            if target.get("indicator") == "leefbaarheid":
                del target["indicator"]
    changes = _changes(tmp_path, new)
    assert ("indicator", "armoede", "indicator", None, "Huishoudens in armoede") in changes
    assert ("indicator", "leefbaarheid", "indicator", "Leefbaarheidsscore", None) in changes


def _walk(nodes: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for node in nodes if isinstance(nodes, list) else []:
        found.append(node)
        found += _walk(node.get("children", []))
    return found


def test_a_targets_indicator_reference_is_a_target_change(tmp_path: Path) -> None:
    new = _spec()
    for node in _walk(new["tree"]):
        for target in node.get("targets", []):
            if target["id"] == "werkzaam-2027":
                target["indicator"] = "leefbaarheid"
    result, _ = diff(str(AREAS), _write(tmp_path, "new.yaml", new))
    assert [(t.id, t.field, t.old, t.new) for t in result.targets] == [
        ("werkzaam-2027", "indicator", "werkzaam", "leefbaarheid")
    ]


def test_renderers_show_area_and_indicator_changes(tmp_path: Path) -> None:
    new = _spec()
    _parts(new)[0]["name"] = "Heerlerheide-stad"
    _indicators(new)[1]["aggregation"] = "none"
    result, _ = diff(str(AREAS), _write(tmp_path, "new.yaml", new))
    payload = json.loads(RENDERERS["json"](result, EN))
    assert [(p["scope"], p["id"], p["field"]) for p in payload["programme"]] == [
        ("area_part", "heerlerheide", "name"),
        ("indicator", "leefbaarheid", "aggregation"),
    ]
    for fmt, render in RENDERERS.items():
        for lang in LANGS:
            out = render(result, lang)
            assert "heerlerheide" in out and "leefbaarheid" in out, (fmt, lang)


PART_FIELDS = st.sampled_from(["name", "code", "parent", "inhabitants"])


@settings(max_examples=25, deadline=None)
@given(index=st.integers(min_value=0, max_value=5), field=PART_FIELDS, seed=st.integers(min_value=1, max_value=10**6))
def test_any_single_changed_sub_area_field_is_reported(index: int, field: str, seed: int) -> None:
    import tempfile

    data = _spec()
    part = _parts(data)[index]
    values = {"name": f"Wijk {seed}", "code": f"BU{seed:08d}", "inhabitants": seed}
    others = [p["id"] for p in _parts(data) if p["id"] != part["id"] and p.get("parent") != part["id"]]
    values["parent"] = others[seed % len(others)]
    if part.get(field) == values[field]:
        return
    part[field] = values[field]
    with tempfile.TemporaryDirectory() as tmp:
        result, _ = diff(str(AREAS), _write(Path(tmp), "new.yaml", data))
        same, _ = diff(_write(Path(tmp), "same.yaml", data), str(Path(tmp) / "new.yaml"))
    assert same.empty
    assert [(c.scope, c.id, c.field) for c in result.programme] == [("area_part", part["id"], field)]
    assert all(isinstance(c, FieldChange) for c in result.programme)
