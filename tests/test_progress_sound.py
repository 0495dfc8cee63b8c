"""Never a wrong number (issue 12, "Why"): each case that `progress` once answered confidently and
wrongly, with the sound answer: a figure, or missing with a reason."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from click.testing import CliRunner

import doelenboom
from doelenboom.cli import main
from doelenboom.monitor.aggregate import progress_report
from doelenboom.monitor.measurements import read_measurements_text
from doelenboom.monitor.progress import Missing, Status, Thresholds, Trend, target_progress

AS_OF = date(2024, 12, 31)

HEAD = """\
doelenboom: 1
id: prog
name: P
horizon: {start: 2020, end: 2035}
plan_period: {start: 2021, end: 2032}
area: {name: Noord}
reference_area: G4
levels: [{id: ambition, name: a}, {id: goal, name: g}, {id: intervention, name: i}]
"""


def _load(tree: str) -> doelenboom.Programme:
    result = doelenboom.validate_text(HEAD + tree)
    assert result.programme is not None and not result.failed(), result.diagnostics
    return result.programme


def _progress(tree: str, rows: str) -> dict[str, doelenboom.TargetProgress]:
    programme = _load(tree)
    found = read_measurements_text("target,date,value,unit,area\n" + rows, programme, "m.csv")
    assert found.diagnostics == ()
    return target_progress(programme, found, AS_OF)


GAP = """\
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: gap, kind: gap, name: Gap, unit: percent, direction: higher,
             baseline: {value: 50, date: 2021}, reference_baseline: 70, deadline: 2032}
"""


# --- (a) a gap target's reference must be measured now, not frozen at its baseline ---------------


def test_gap_without_a_current_reference_row_is_missing_not_reached() -> None:
    tp = _progress(GAP, "gap,2024-06-30,60\n")["gap"]
    assert (tp.progress, tp.missing, tp.status) == (None, Missing.NO_REFERENCE, Status.NO_DATA)
    assert tp.value == 60  # what was measured is still shown


def test_gap_with_only_the_baseline_reference_row_is_missing() -> None:
    tree = GAP.replace(" reference_baseline: 70,", "")
    tp = _progress(tree, "gap,2021-01-01,70,,G4\ngap,2024-06-30,60\n")["gap"]
    assert (tp.progress, tp.missing) == (None, Missing.NO_REFERENCE)


def test_gap_with_a_stale_reference_row_is_missing() -> None:
    # the reference was last measured in 2021; comparing 2024 with it is not a gap of today
    tp = _progress(GAP, "gap,2021-06-30,72,,G4\ngap,2024-06-30,60\n")["gap"]
    assert (tp.progress, tp.missing) == (None, Missing.NO_REFERENCE)


def test_gap_with_a_reference_area_nobody_measured_is_missing() -> None:
    tp = _progress(GAP, "gap,2024-06-30,60\ngap,2024-06-30,70,,Elders\n")["gap"]
    assert tp.missing == Missing.NO_REFERENCE


def test_gap_with_a_current_reference_is_a_figure() -> None:
    from doelenboom.render.progress import target_text

    tp = _progress(GAP, "gap,2024-06-30,60\ngap,2024-01-01,70,,G4\n")["gap"]
    assert (tp.progress, tp.missing, tp.reference) == (Decimal("0.5"), None, 70)
    assert target_text(tp, "en").startswith("60 % against 70 % (50 % of the gap closed)")
    assert target_text(tp, "nl").startswith("60 % tegen 70 % (50 % van de achterstand ingelopen)")


# --- (b) direction where the meaning depends on it ------------------------------------------------

SCHOOL = """\
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: vsv, kind: gap, name: Voortijdig schoolverlaten, unit: percent,
             baseline: {value: 4.3, date: 2021}, reference_baseline: 2.9, deadline: 2032}
"""


def test_gap_without_direction_is_missing_with_a_reason() -> None:
    for now in ("5.5", "3.5", "2.5"):
        tp = _progress(SCHOOL, f"vsv,2024-06-30,{now}\nvsv,2024-06-30,2.9,,G4\n")["vsv"]
        assert (tp.progress, tp.missing, tp.status) == (None, Missing.NO_DIRECTION, Status.NO_DATA), now


def test_gap_lower_that_worsens_is_not_reached() -> None:
    tree = SCHOOL.replace("kind: gap,", "kind: gap, direction: lower,")
    worse = _progress(tree, "vsv,2024-06-30,5.5\nvsv,2024-06-30,2.9,,G4\n")["vsv"]
    assert worse.status is not Status.REACHED and worse.raw is not None and worse.raw < 0
    half = _progress(tree, "vsv,2024-06-30,3.6\nvsv,2024-06-30,2.9,,G4\n")["vsv"]
    assert half.progress == Decimal("0.5")


def test_gap_whose_baseline_is_already_better_is_reached_only_while_it_stays_better() -> None:
    better = SCHOOL.replace("kind: gap,", "kind: gap, direction: lower,").replace("value: 4.3", "value: 2.5")
    still = _progress(better, "vsv,2024-06-30,2.7\nvsv,2024-06-30,2.9,,G4\n")["vsv"]
    assert still.status is Status.REACHED
    worse = _progress(better, "vsv,2024-06-30,5.5\nvsv,2024-06-30,2.9,,G4\n")["vsv"]
    assert worse.status is not Status.REACHED and worse.progress == 0


def test_a_direction_against_the_numbers_is_missing_not_a_figure() -> None:
    tree = """\
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: c, kind: count, name: C, value: 50, unit: person, direction: higher,
             baseline: {value: 100, date: 2021}, deadline: 2032}
"""
    result = doelenboom.validate_text(HEAD + tree)
    assert [d.code for d in result.diagnostics] == ["DB330"]  # validate says so, located
    assert result.programme is not None  # and a report made anyway does not guess
    found = read_measurements_text("target,date,value\nc,2024-06-30,40\n", result.programme, "m.csv")
    tp = target_progress(result.programme, found, AS_OF)["c"]
    assert (tp.progress, tp.missing) == (None, Missing.DIRECTION_CONFLICT)


# --- (c) a count whose baseline equals its target ------------------------------------------------

LEVEL = """\
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: c, kind: count, name: C, value: 5, unit: person, DIRECTION
             baseline: {value: 5, date: 2021}, deadline: 2032}
"""


def test_count_at_its_target_already_needs_a_direction() -> None:
    higher = _progress(LEVEL.replace("DIRECTION", "direction: higher,"), "c,2024-06-30,7\n")["c"]
    assert higher.status is Status.REACHED
    lower = _progress(LEVEL.replace("DIRECTION", "direction: lower,"), "c,2024-06-30,7\n")["c"]
    assert lower.status is Status.OFF_TRACK and lower.progress == 0
    none = _progress(LEVEL.replace("DIRECTION", ""), "c,2024-06-30,7\n")["c"]
    assert (none.progress, none.missing) == (None, Missing.NO_DIRECTION)
    kept = _progress(LEVEL.replace("DIRECTION", ""), "c,2024-06-30,5\n")["c"]
    assert kept.status is Status.REACHED  # exactly at the level: reached whichever way is better


# --- (d) budget weights never drop a target ------------------------------------------------------

OUTCOME = """\
tree:
  - id: g
    name: G
    targets:
      - {id: outcome, kind: share, name: Outcome, value: 60, baseline: {value: 40, date: 2021}, deadline: 2032}
    children:
      - id: i
        name: I
        budget: {amount: 1000}
        targets:
          - {id: c, kind: count, name: C, value: 100, unit: person, deadline: 2032}
"""


def test_budget_weights_list_a_target_on_a_node_without_money_as_missing() -> None:
    programme = _load(OUTCOME)
    found = read_measurements_text("target,date,value\nc,2024-06-30,90\n", programme, "m.csv")
    for weighting in ("equal", "budget", "explicit"):
        report = progress_report(programme, found, AS_OF, weighting=weighting)  # type: ignore[arg-type]
        node = report.nodes["g"]
        assert node.missing == ("outcome",), weighting
        assert node.coverage is not None and node.coverage < 1, weighting
        assert report.overall.missing == ("outcome",), weighting
        shown = report.to_dict()["nodes"]["g"]
        assert (shown["targets"], shown["targets_measured"]) == (2, 1), weighting


# --- (e) coverage and the children's statuses ----------------------------------------------------


def test_low_coverage_is_insufficient_data() -> None:
    tree = """\
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: a, kind: count, name: A, value: 100, unit: person, deadline: 2032}
          - {id: b, kind: count, name: B, value: 100, unit: person, deadline: 2032}
          - {id: c, kind: count, name: C, value: 100, unit: person, deadline: 2032}
"""
    programme = _load(tree)
    found = read_measurements_text("target,date,value\na,2024-06-30,90\n", programme, "m.csv")
    report = progress_report(programme, found, AS_OF)
    assert report.nodes["i"].status is Status.INSUFFICIENT_DATA  # a third covered
    looser = progress_report(programme, found, AS_OF, thresholds=Thresholds(min_coverage=Decimal("0.3")))
    assert looser.nodes["i"].status is Status.ON_TRACK
    for wrong in (Decimal("1.5"), Decimal("-0.1"), Decimal("NaN")):
        with pytest.raises(ValueError):
            Thresholds(min_coverage=wrong)


def test_a_reached_milestone_does_not_lift_a_node_that_is_mostly_off_track() -> None:
    tree = """\
tree:
  - id: werk
    name: Werk
    children:
      - id: i1
        name: I1
        targets: [{id: a, kind: count, name: A, value: 100, unit: person, deadline: 2026}]
      - id: i2
        name: I2
        targets: [{id: b, kind: count, name: B, value: 100, unit: person, deadline: 2026}]
      - id: i3
        name: I3
        targets: [{id: c, kind: count, name: C, value: 100, unit: person, deadline: 2026}]
      - id: i4
        name: I4
        targets: [{id: m, kind: milestone, name: M, deadline: 2022}]
"""
    programme = _load(tree)
    rows = "target,date,value\na,2024-06-30,20\nb,2024-06-30,25\nc,2024-06-30,90\nm,2022-06-30,1\n"
    found = read_measurements_text(rows, programme, "m.csv")
    report = progress_report(programme, found, AS_OF)
    werk = report.nodes["werk"]
    assert werk.counts == {Status.OFF_TRACK: 2, Status.ON_TRACK: 1, Status.REACHED: 1}
    assert werk.status is Status.OFF_TRACK
    assert report.to_dict()["nodes"]["werk"]["counts"] == {"off_track": 2, "on_track": 1, "reached": 1}


# --- (f) the cost per unit of a part ------------------------------------------------------------


def test_cost_per_unit_of_a_part_does_not_divide_the_whole_budget_by_the_part() -> None:
    from doelenboom.rollup import budget_report, cost_per_unit

    tree = """\
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        budget: {amount: 75000}
        targets:
          - {id: all, kind: count, name: All, value: 750, unit: person}
          - {id: women, kind: part_of, of: all, name: Women, value: 200, unit: person}
"""
    programme = _load(tree)
    whole = cost_per_unit(programme, "all")
    assert whole is not None and whole.per_unit == 100
    assert cost_per_unit(programme, "women") is None
    report = budget_report(programme)
    assert report.costs_missing == {"women": "part_of"}
    assert report.to_dict()["cost_per_unit_missing"] == {"women": "part_of"}


# --- item 7: absolute values next to fractions ---------------------------------------------------


def test_absolute_values_next_to_fractions() -> None:
    tree = """\
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: s, kind: share, name: S, value: 40, baseline: {value: 20.5, date: 2021}, deadline: 2032}
          - {id: c, kind: count, name: C, value: 150, unit: initiative, deadline: 2032}
"""
    programme = _load(tree)
    found = read_measurements_text("target,date,value\nc,2024-06-30,92\ns,2024-06-30,30.5\n", programme, "m.csv")
    report = progress_report(programme, found, AS_OF)
    data = report.to_dict()["targets"]["c"]
    assert (data["value"], data["start"], data["goal"], data["unit"]) == ("92", "0", "150", "initiative")
    from doelenboom.render.progress import target_text

    assert target_text(report.targets["c"], "en").startswith("92 of 150 initiatives (61 %)")
    assert target_text(report.targets["c"], "nl").startswith("92 van 150 initiatieven (61 %)")
    from doelenboom.monitor.aggregate import PROGRESS_CSV_COLUMNS
    from doelenboom.render.progress import render_csv, render_excel_csv

    lines = render_csv(report).splitlines()
    row = dict(zip(PROGRESS_CSV_COLUMNS, lines[-1].split(","), strict=True))
    assert (row["id"], row["value"], row["start"], row["goal"], row["unit"]) == ("c", "92", "0", "150", "initiative")
    # numbers with a decimal comma; the unit and the trend in words
    assert "30,5;20,5;40;%;op koers" in render_excel_csv(report, "nl").decode("utf-8-sig")


def test_insufficient_data_and_counts_in_json_and_cli_option(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    spec = tmp_path / "p.yaml"
    spec.write_text(
        HEAD
        + """\
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: a, kind: count, name: A, value: 100, unit: person, deadline: 2032}
          - {id: b, kind: count, name: B, value: 100, unit: person, deadline: 2032}
""",
        encoding="utf-8",
    )
    rows = tmp_path / "m.csv"
    rows.write_text("target,date,value\na,2024-06-30,90\n", encoding="utf-8")
    args = ["progress", str(spec), "-m", str(rows), "--as-of", "2024-12-31", "--format", "json"]
    default = json.loads(CliRunner().invoke(main, args).stdout)
    assert default["nodes"]["i"]["status"] == "on_track"  # 50 % covered: enough by default
    strict = json.loads(CliRunner().invoke(main, [*args, "--min-coverage", "0.6"]).stdout)
    assert strict["nodes"]["i"]["status"] == "insufficient_data"
    for wrong in ("1.5", "-0.1", "NaN", "half"):
        assert CliRunner().invoke(main, [*args, "--min-coverage", wrong]).exit_code == 2, wrong


# --- item 5: the trend status (Open SDG's growth-rate measure) ------------------------------------

TREND = """\
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: up, kind: count, name: Up, value: 200, unit: person,
             baseline: {value: 100, date: 2021}, deadline: 2032}
          - {id: down, kind: count, name: Down, value: 50, unit: person, direction: lower,
             baseline: {value: 150, date: 2021}, deadline: 2032}
          - {id: fresh, kind: count, name: From nothing, value: 750, unit: person, deadline: 2032}
"""


def _rate(start: float, end: float, days: int) -> float:
    return float((end / start) ** (365.25 / days) - 1)


def test_trend_is_the_observed_over_the_needed_growth_rate() -> None:
    seen = (date(2024, 12, 31) - date(2021, 1, 1)).days
    needed_days = (date(2032, 12, 31) - date(2021, 1, 1)).days
    for value, trend in (
        ("150", Trend.ON_TRACK),
        ("120", Trend.ACCELERATION_NEEDED),
        ("105", Trend.LIMITED_PROGRESS),
        ("90", Trend.DETERIORATION),
        ("200", Trend.REACHED),
    ):
        tp = _progress(TREND, f"up,2024-12-31,{value}\n")["up"]
        assert tp.trend is trend, value
        if trend is not Trend.REACHED:
            ratio = _rate(100, float(value), seen) / _rate(100, 200, needed_days)
            assert tp.growth_ratio is not None and abs(float(tp.growth_ratio) - ratio) < 1e-9, value
    down = _progress(TREND, "down,2024-12-31,120\n")["down"]
    ratio = -_rate(150, 120, seen) / abs(_rate(150, 50, needed_days))
    assert down.growth_ratio is not None and abs(float(down.growth_ratio) - ratio) < 1e-9
    assert down.trend is Trend.ACCELERATION_NEEDED  # about 0.62 of the rate needed, downwards


def test_trend_is_missing_where_a_growth_rate_is_undefined() -> None:
    found = _progress(TREND, "up,2024-12-31,0\nfresh,2024-12-31,300\n")
    assert (found["up"].trend, found["up"].trend_missing) == (None, Missing.NO_GROWTH_RATE)  # a value of 0
    assert (found["fresh"].trend, found["fresh"].trend_missing) == (None, Missing.NO_GROWTH_RATE)  # from 0


def test_trend_method_decides_the_status_per_report() -> None:
    programme = _load(TREND)
    found = read_measurements_text("target,date,value\nup,2024-12-31,120\nfresh,2024-12-31,300\n", programme, "m")
    line = progress_report(programme, found, AS_OF)
    trend = progress_report(programme, found, AS_OF, method="trend")
    assert line.targets["up"].status is Status.OFF_TRACK  # 20 % of the way at a third of the time
    assert trend.targets["up"].status is Status.AT_RISK  # growing at 0.8 of the rate needed
    assert trend.targets["fresh"].status is Status.NO_TRAJECTORY  # no growth rate from 0
    assert trend.to_dict()["method"] == "trend"
    assert trend.to_dict()["targets"]["up"]["trend"] == "acceleration_needed"


def test_trend_method_on_the_cli(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    spec, rows = tmp_path / "p.yaml", tmp_path / "m.csv"
    spec.write_text(HEAD + TREND, encoding="utf-8")
    rows.write_text("target,date,value\nup,2024-12-31,120\n", encoding="utf-8")
    args = ["progress", str(spec), "-m", str(rows), "--as-of", "2024-12-31", "--method", "trend"]
    english = CliRunner().invoke(main, [*args, "--lang", "en"])
    assert english.exit_code == 0, english.output
    assert "  - up: 120 persons, from 100 to 200 (20 %) at risk (trend: acceleration needed)" in english.stdout
    dutch = CliRunner().invoke(main, [*args, "--lang", "nl"]).stdout
    assert "  - up: 120 personen, van 100 naar 200 (20 %) risico (trend: versnelling nodig)" in dutch
    data = json.loads(CliRunner().invoke(main, [*args, "--format", "json"]).stdout)
    assert data["targets"]["up"]["growth_ratio"] is not None
    wrong = CliRunner().invoke(main, [*args[:-1], "curve"])
    assert wrong.exit_code == 2


def test_on_the_other_shape_no_target_without_data_is_dropped_and_counts_add_up() -> None:
    from conftest import ROOT
    from doelenboom.monitor.aggregate import aggregate
    from doelenboom.monitor.measurements import read_measurements

    data = ROOT / "tests" / "data"
    pijlers = doelenboom.load(data / "pijlers.yaml")
    measured = read_measurements(data / "pijlers_metingen.csv", pijlers).by_target
    half = {ident: rows for i, (ident, rows) in enumerate(measured.items()) if i % 2}  # drop every other
    for method in ("line", "trend"):
        targets = target_progress(pijlers, half, date(2025, 12, 31), method=method)  # type: ignore[arg-type]
        without = {t for t, tp in targets.items() if tp.progress is None and tp.status is not Status.NOT_MEASURABLE}
        assert without and len(without) < len(targets)
        for weighting in ("equal", "budget", "explicit"):
            nodes = aggregate(pijlers, targets, weighting)  # type: ignore[arg-type]
            assert set(nodes[pijlers.id].missing) == without, (weighting, method)
            for node in nodes.values():
                assert sum(node.counts.values()) == len(node.weights), (weighting, method, node.id)
                if node.coverage is not None and node.missing:
                    assert node.coverage < 1, (weighting, method, node.id)
