"""Areas, indicators and progress per area (issue 12, items 1–4), on the Heerlen-Noord example and
on a programme of another shape (tests/data/zuid_gebieden.yaml)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from doelenboom.areas import area_index, interim_targets
from doelenboom.cli import main
from doelenboom.loader import load_bytes
from doelenboom.model import Programme
from doelenboom.monitor import progress_report, read_measurements
from doelenboom.monitor.areas import area_progress
from doelenboom.monitor.measurements import read_measurements_text
from doelenboom.monitor.progress import Missing, Status
from doelenboom.units import UnitTable
from doelenboom.validation import validate, validate_document
from doelenboom.words import word

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "heerlen_noord_gebieden.yaml"
EXAMPLE_ROWS = ROOT / "examples" / "heerlen_noord_gebieden_metingen.csv"
ZUID = ROOT / "tests" / "data" / "zuid_gebieden.yaml"
ZUID_ROWS = ROOT / "tests" / "data" / "zuid_gebieden_metingen.csv"
AS_OF = date(2025, 1, 1)


def _load(path: Path) -> Programme:
    result = validate(path)
    assert result.programme is not None and not result.failed(strict=True), result.diagnostics
    return result.programme


def _spec(text: str) -> Programme:
    result = validate_document(load_bytes(text.encode("utf-8"), "spec.yaml"))
    assert result.programme is not None and not result.failed(), result.diagnostics
    return result.programme


def test_the_example_gives_progress_per_buurt_and_for_the_whole_area() -> None:
    programme = _load(EXAMPLE)
    found = read_measurements(EXAMPLE_ROWS, programme)
    assert found.diagnostics == ()
    areas = area_progress(programme, found, AS_OF)
    werk = areas.targets["werkzaam-2032"]
    assert werk.aggregation == "ratio"
    assert [a.area for a in werk.parts] == [
        "heerlerheide",
        "heerlerheide-passart",
        "rennemig-beersdal",
        "heksenberg",
        "vrieheide-de-stack",
        "hoensbroek",
    ]
    whole = werk.whole
    assert whole is not None and whole.derived
    # summed numerators over summed denominators, not the mean of the buurten's percentages
    assert (whole.numerator, whole.denominator) == (Decimal(29180), Decimal(53000))
    assert whole.value == Decimal(29180) / Decimal(53000) * 100
    percentages = [a.value for a in werk.parts if a.area != "heerlerheide" and a.value is not None]
    assert whole.value != sum(percentages, Decimal(0)) / len(percentages)
    # the target's own line reads the same aggregated value
    report = progress_report(programme, found, AS_OF)
    assert report.targets["werkzaam-2032"].value == whole.value
    assert whole.progress == report.targets["werkzaam-2032"]
    # a buurt is measured from its own value at the baseline date: 3620/7000 → 56 of 62
    passart = next(a for a in werk.parts if a.area == "heerlerheide-passart")
    assert passart.progress is not None and passart.progress.progress is not None
    start = Decimal(3620) / Decimal(7000) * 100
    assert passart.progress.raw == (Decimal(56) - start) / (Decimal(62) - start)


def test_the_example_gap_target_towards_heerlen_zuid() -> None:
    programme = _load(EXAMPLE)
    found = read_measurements(EXAMPLE_ROWS, programme)
    report = progress_report(programme, found, AS_OF)
    gap = report.targets["leefbaarheid-als-zuid"]
    # inhabitants-weighted mean of the wijken (Heerlerheide's from its wijken), reference 4.2
    heerlerheide = (
        Decimal("3.8") * 7000 + Decimal("3.6") * 5000 + Decimal("3.7") * 6000 + Decimal("3.5") * 4000
    ) / 22000
    whole = (heerlerheide * 22000 + Decimal("3.7") * 31000) / 53000
    assert gap.value == whole
    needed = (Decimal("4.2") - Decimal("3.6")) * Decimal("0.5")
    assert gap.raw == ((Decimal("4.2") - Decimal("3.6")) - (Decimal("4.2") - whole)) / needed


def test_an_interim_target_is_reported_but_its_indicator_counts_once() -> None:
    programme = _load(EXAMPLE)
    assert interim_targets(programme) == frozenset({"werkzaam-2027"})
    report = progress_report(programme, read_measurements(EXAMPLE_ROWS, programme), AS_OF)
    assert report.targets["werkzaam-2027"].has_data  # both measured by the indicator's rows
    assert report.targets["werkzaam-2027"].expected != report.targets["werkzaam-2032"].expected
    node = report.nodes["meer-mensen-aan-het-werk"]
    assert set(node.weights) == {"werkzaam-2032"}
    assert node.progress == report.targets["werkzaam-2032"].progress


def test_a_summed_count_has_no_progress_per_buurt() -> None:
    programme = _load(EXAMPLE)
    areas = area_progress(programme, read_measurements(EXAMPLE_ROWS, programme), AS_OF)
    counted = areas.targets["woningen-verduurzaamd"]
    assert counted.whole is not None and counted.whole.value == Decimal(450)
    assert all(a.progress is None and a.value is not None for a in counted.parts)


def test_another_programme_shape() -> None:
    programme = _load(ZUID)
    found = read_measurements(ZUID_ROWS, programme)
    assert found.diagnostics == ()  # decimal scores in a declared measure unit; vo-school with a hyphen
    report = progress_report(programme, found, AS_OF)
    gap = report.targets["op-g4-niveau"]  # 'g4' in the spec, 'G4' in the rows
    assert gap.value == Decimal(4300) / Decimal(5500) * 100
    assert gap.missing is None and gap.raw is not None
    assert report.targets["eindtoets-omhoog"].value == (Decimal("531.4") * 40000 + Decimal("532.9") * 60000) / 100000
    assert report.targets["brede-vo-scholen"].value == Decimal(3)
    areas = area_progress(programme, found, AS_OF)
    west = next(a for a in areas.targets["op-g4-niveau"].parts if a.area == "west")
    assert west.derived and (west.numerator, west.denominator) == (Decimal(1800), Decimal(2500))
    # no value of its own at the baseline date: missing, never measured from 0
    score_west = next(a for a in areas.targets["eindtoets-omhoog"].parts if a.area == "west")
    assert score_west.progress is not None and score_west.progress.missing == "no_own_baseline"
    assert score_west.progress.status is Status.NOT_MEASURABLE and score_west.value is not None


def test_a_buurt_without_its_own_baseline_value_has_data_but_no_measurable_progress(tmp_path: Path) -> None:
    """A buurt with values but none at the baseline date: its value is shown, its progress is
    not measurable for that reason; never "no data" beside a value (text, JSON; the HTML report
    shows areas as small multiples of values, without a status)."""
    rows = tmp_path / "rows.csv"
    kept = [
        line
        for line in EXAMPLE_ROWS.read_text("utf-8").splitlines()
        if not line.startswith("werkzaam,2020-01-01,,") or "Heksenberg" not in line
    ]
    rows.write_text("\n".join(kept) + "\n", "utf-8")
    programme = _load(EXAMPLE)
    found = read_measurements(rows, programme)
    assert found.diagnostics == ()
    areas = area_progress(programme, found, AS_OF)
    for tid in ("werkzaam-2027", "werkzaam-2032"):
        by_area = {a.area: a for a in areas.targets[tid].parts}
        for ident in ("heksenberg", "heerlerheide"):  # heerlerheide is summed from heksenberg and others
            area = by_area[ident]
            assert area.value is not None and area.progress is not None
            assert (area.progress.status, area.progress.missing) == (Status.NOT_MEASURABLE, Missing.NO_OWN_BASELINE)
            assert area.progress.value == area.value
        assert by_area["rennemig-beersdal"].progress is not None
        assert by_area["rennemig-beersdal"].progress.missing is None
    runner = CliRunner()
    base = ["progress", str(EXAMPLE), "-m", str(rows), "--as-of", "2025-01-01"]
    data = json.loads(runner.invoke(main, [*base, "--format", "json"]).output)
    heks = next(a for a in data["areas"]["werkzaam-2032"]["parts"] if a["area"] == "heksenberg")
    assert (heks["status"], heks["missing"], heks["value"]) == ("not_measurable", "no_own_baseline", "54.00")
    for lang in ("en", "nl"):
        done = runner.invoke(main, [*base, "--lang", lang])
        assert done.exit_code == 0, done.output
        line = next(x for x in done.output.splitlines() if x.strip().startswith("Heksenberg:"))
        reason = f"{word('status.not_measurable', lang)}: {word('missing.no_own_baseline', lang)}"
        assert line.endswith(reason) and word("status.no_data", lang) not in line
        html = tmp_path / f"report-{lang}.html"
        done = runner.invoke(main, ["report", *base[1:], "--lang", lang, "-o", str(html)])
        assert done.exit_code == 0, done.output
        page = html.read_text("utf-8")
        assert f"{word('status.no_data', lang)}: {word('missing.no_baseline', lang)}" not in page


SPEC = """doelenboom: 1.1
id: p
name: P
horizon: {start: 2020, end: 2035}
levels: [{id: ambition, name: ambition}, {id: goal, name: goal}]
units: [{name: index, kind: measure}, {name: vo-school}]
area:
  name: Noord
  parts:
    - {id: a, name: Vrieheide, inhabitants: 100}
    - {id: b, name: Passart, inhabitants: 300}
  references: [{id: zuid, name: Heerlen-Zuid}]
indicators:
  - {id: werk, name: Werk, unit: percent, aggregation: ratio, baseline: {value: 40, date: 2020}}
tree:
  - id: g
    name: G
    targets:
      - {id: t, kind: share, name: T, value: 60, deadline: 2030, indicator: werk}
      - {id: veilig, kind: count, name: Veiligheidsindex, value: 7, unit: index, baseline: {value: 6.1, date: 2020}}
      - {id: scholen, kind: count, name: Scholen, value: 4, unit: vo-school}
"""


def test_a_measurement_area_must_be_declared_with_a_suggestion() -> None:
    programme = _spec(SPEC)
    found = read_measurements_text("target,date,value,area\nveilig,2024-01-01,6.4,Vriehiede\n", programme)
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB430", 2, 23)]
    assert found.diagnostics[0].args["suggestion"] == "Vrieheide"
    assert found.rows == ()


def test_without_declared_areas_an_area_is_free_text_as_before() -> None:
    programme = _spec(
        SPEC.replace("  parts:\n    - {id: a, name: Vrieheide, inhabitants: 100}\n", "").replace(
            "    - {id: b, name: Passart, inhabitants: 300}\n  references: [{id: zuid, name: Heerlen-Zuid}]\n", ""
        )
    )
    assert not area_index(programme).declared
    found = read_measurements_text("target,date,value,area\nveilig,2024-01-01,6.4,Waar dan ook\n", programme)
    assert found.diagnostics == () and found.rows[0].area == "Waar dan ook"


def test_decimals_in_a_measure_unit_and_whole_numbers_in_a_counted_one() -> None:
    programme = _spec(SPEC)
    text = "streefdoel;datum;waarde;eenheid\nveilig;2024-01-01;6,1;index\nscholen;2024-01-01;2,5;vo-school\n"
    found = read_measurements_text(text, programme)
    assert [(d.code, d.line) for d in found.diagnostics] == [("DB413", 3)]
    assert [row.value for row in found.rows] == [Decimal("6.1")]


def test_a_unit_with_a_hyphen_converts_and_scales_money_beside_it() -> None:
    table = UnitTable(["vo-school"])
    assert table.convert(Decimal(3), "vo-school", "vo-school") == 3
    assert table.convert(Decimal(2), "kEUR", "EUR") == 2000
    assert table.counted("vo-school") and not UnitTable(["index"], ["index"]).counted("index")


def test_the_whole_area_written_by_name_is_the_whole_area() -> None:
    programme = _spec(SPEC)
    found = read_measurements_text("target,date,value,area\nveilig,2024-01-01,6.4,noord\n", programme)
    assert found.diagnostics == () and found.rows[0].area is None


def test_json_text_and_csv_by_area() -> None:
    runner = CliRunner()
    base = ["progress", str(EXAMPLE), "-m", str(EXAMPLE_ROWS), "--as-of", "2025-01-01"]
    done = runner.invoke(main, [*base, "--format", "json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert data["areas"]["werkzaam-2032"]["whole"]["numerator"] == "29180"
    assert len(data["areas"]["werkzaam-2032"]["parts"]) == 6
    done = runner.invoke(main, [*base, "--format", "csv", "--by-area"])
    lines = done.output.splitlines()
    assert lines[0].split(",")[:3] == ["target", "area", "name"]
    assert sum(1 for line in lines if line.startswith("werkzaam-2032,")) == 7
    done = runner.invoke(main, [*base, "--lang", "nl"])
    assert "Per gebied:" in done.output and "29.180/53.000" in done.output


# --- invariants ---------------------------------------------------------------------------------

_PARTS = st.lists(
    st.tuples(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=10_000)),
    min_size=1,
    max_size=6,
)


def _ratio_spec(names: list[str]) -> str:
    parts = "".join(f"    - {{id: {n}, name: Buurt {n}}}\n" for n in names)
    return f"""doelenboom: 1.1
id: p
name: P
horizon: {{start: 2020, end: 2035}}
levels: [{{id: ambition, name: ambition}}, {{id: goal, name: goal}}]
area:
  name: Noord
  parts:
{parts}indicators:
  - {{id: werk, name: Werk, unit: percent, direction: higher, aggregation: ratio}}
tree:
  - id: g
    name: G
    targets:
      - {{id: t, kind: share, name: T, value: 60, deadline: 2030, indicator: werk, baseline: {{value: 40, date: 2020}}}}
"""


def _whole(
    names: list[str], parts: list[tuple[int, int]], order: list[int]
) -> tuple[Decimal | None, dict[str, object]]:
    programme = _spec(_ratio_spec(names))
    rows = "".join(f"werk,2024-01-01,{parts[i][0]},{parts[i][1]},Buurt {names[i]}\n" for i in order)
    rows += "".join(f"werk,2020-01-01,{parts[i][0] // 2},{parts[i][1]},Buurt {names[i]}\n" for i in order)
    found = read_measurements_text("target,date,numerator,denominator,area\n" + rows, programme)
    assert found.diagnostics == ()
    report = area_progress(programme, found, AS_OF)
    whole = report.targets["t"].whole
    assert whole is not None
    by_name = {a.name: a.progress for a in report.targets["t"].parts}
    return whole.value, by_name


@settings(max_examples=40, deadline=None)
@given(_PARTS, st.randoms(use_true_random=False))
def test_ratio_aggregate_is_the_ratio_of_sums_whatever_the_order_and_labels(
    parts: list[tuple[int, int]], rnd: object
) -> None:
    names = [f"b{i}" for i in range(len(parts))]
    value, by_name = _whole(names, parts, list(range(len(parts))))
    for i, (numerator, denominator) in enumerate(parts):
        found = by_name[f"Buurt {names[i]}"]
        assert found is not None
        # measured from its own baseline (half its numerator) below the target of 60 %; a buurt
        # that starts at or past the target has no way from baseline to target: missing, with why
        start = Decimal(numerator // 2) / Decimal(denominator) * 100
        if start < 60:
            assert found.missing is None, (start, found)
        else:
            assert found.progress is None and found.missing in {Missing.DIRECTION_CONFLICT, Missing.NO_DIRECTION}
    expected = Decimal(sum(n for n, _ in parts)) / Decimal(sum(d for _, d in parts)) * 100
    assert value == expected
    # reorder the rows and the declared areas, and relabel the ids: nothing changes
    order = list(range(len(parts)))
    rnd.shuffle(order)  # type: ignore[attr-defined]
    relabelled = [f"x{len(parts) - i}" for i in range(len(parts))]
    shuffled_names = [relabelled[i] for i in order]
    programme_names = shuffled_names  # declared in another order too
    value2, by_name2 = _whole(programme_names, [parts[i] for i in order], list(range(len(parts))))
    assert value2 == value
    renamed = {f"Buurt {relabelled[i]}": by_name[f"Buurt {names[i]}"] for i in range(len(parts))}
    assert by_name2 == renamed


def test_a_long_circle_of_areas_is_one_short_diagnostic() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import shapes

    from doelenboom.language import EN
    from doelenboom.validation import validate_text

    result = validate_text(shapes.area_cycle(1000).spec, "spec.yaml")
    circles = [d for d in result.diagnostics if d.code == "DB353"]
    assert [(d.line, d.column) for d in circles] == [(9, 39)]  # parent of b0
    assert len(circles[0].message_in(EN)) < 300


def test_a_count_over_nested_areas_counts_each_buurt_once() -> None:
    programme = _spec(
        SPEC.replace(
            "    - {id: b, name: Passart, inhabitants: 300}\n",
            "    - {id: b, name: Passart, inhabitants: 300}\n    - {id: c, name: Passart-Oost, parent: b}\n"
            "    - {id: d, name: Passart-West, parent: b}\n",
        )
    )
    rows = "target,date,value,area\nscholen,2024-01-01,1,Vrieheide\nscholen,2024-01-01,3,Passart\n"
    rows += "scholen,2024-01-01,2,Passart-Oost\nscholen,2024-01-01,1,Passart-West\n"
    found = read_measurements_text(rows, programme)
    assert found.diagnostics == ()
    report = progress_report(programme, found, AS_OF)
    assert report.targets["scholen"].value == 4  # Vrieheide 1 + Passart's own 3, not 1 + 3 + 2 + 1


def test_yaml_rows_with_teller_and_noemer() -> None:
    programme = _spec(SPEC)
    text = (
        "measurements:\n"
        "  - {streefdoel: werk, datum: 2024-01-01, teller: 30, noemer: 40, gebied: Vrieheide}\n"
        "  - {streefdoel: werk, datum: 2024-01-01, waarde: 25.0, teller: 75, noemer: 300, gebied: passart}\n"
        "  - {streefdoel: werk, datum: 2025-01-01, waarde: 26, teller: 75, noemer: 300, gebied: passart}\n"
    )
    found = read_measurements_text(text, programme, "m.yaml", "yaml")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB431", 4, 51)]
    assert [(r.value, r.numerator, r.denominator) for r in found.rows] == [
        (Decimal(75), Decimal(30), Decimal(40)),
        (Decimal(25), Decimal(75), Decimal(300)),
    ]
    # both targets on the indicator are measured by the rows that name it
    assert [r.target for r in found.by_target["t"]] == ["t", "t"]
    whole = area_progress(programme, found, AS_OF).targets["t"].whole
    assert whole is not None and whole.value == Decimal(105) / Decimal(340) * 100


def test_text_shows_a_divided_figure_with_two_decimals_and_json_keeps_it_exact() -> None:
    """A ratio of sums (29,180 / 53,000) has as many decimals as the division gives: people read
    55.06 %, tools get the exact figure."""
    import re

    from doelenboom.monitor.aggregate import progress_report
    from doelenboom.render.progress import render_text

    programme = _load(EXAMPLE)
    found = read_measurements(EXAMPLE_ROWS, programme)
    report = progress_report(programme, found, AS_OF)
    areas = area_progress(programme, found, AS_OF)
    text = render_text(programme, report, AS_OF, "en", areas)
    assert "55.06 %" in text
    assert re.search(r"\d\.\d{3,}", text) is None  # no figure with three decimals or more
    exact = Decimal(29180) / Decimal(53000) * 100
    assert report.targets["werkzaam-2032"].value == exact


def test_the_office_csv_per_area_words_its_statuses() -> None:
    from doelenboom.monitor.progress import Status
    from doelenboom.render.progress import render_area_csv, render_area_excel_csv

    programme = _load(EXAMPLE)
    areas = area_progress(programme, read_measurements(EXAMPLE_ROWS, programme), AS_OF)
    ids = {status.value for status in Status}
    machine = {line.split(",")[-2] for line in render_area_csv(areas).splitlines()[1:]}
    office = {line.split(";")[-2] for line in render_area_excel_csv(areas, "nl").decode("utf-8-sig").splitlines()[1:]}
    assert machine & ids  # the machine CSV keeps the ids
    assert not office & ids  # a Dutch Excel reads words
