"""Progress per target, aggregation with coverage, the progress CLI and the example script."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner

import doelenboom
from conftest import HEERLEN, ROOT
from doelenboom.cli import main
from doelenboom.language import UnknownLanguage
from doelenboom.monitor.aggregate import aggregate, progress_report
from doelenboom.monitor.measurements import read_measurements, read_measurements_text
from doelenboom.monitor.progress import Band, Missing, Status, Thresholds, target_progress, word

EXAMPLE = ROOT / "examples" / "heerlen_noord_metingen.yaml"
AS_OF = date(2024, 12, 31)

SPEC = """\
doelenboom: 1
id: prog
name: P
horizon: {start: 2020, end: 2030}
plan_period: {start: 2021, end: 2025}
area: {name: Noord}
reference_area: Zuid
levels: [{id: ambition, name: a}, {id: goal, name: g}, {id: intervention, name: i}]
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: c, kind: count, name: C, value: 100, unit: person, deadline: 2025}
          - {id: p, kind: count, name: P, value: 100, unit: person, measured: periodic, deadline: 2025}
          - {id: s, kind: share, name: S, value: 40, baseline: {value: 20, date: 2021}, deadline: 2025}
          - {id: l, kind: count, name: L, value: 50, unit: person, direction: lower,
             baseline: {value: 150, date: 2021}, deadline: 2025}
          - {id: r, kind: range, name: R, low: 10, high: 20, unit: percent, direction: lower, deadline: 2025}
          - {id: m, kind: milestone, name: M, deadline: 2025}
          - {id: q, kind: qualitative, name: Q, scale: [niet gestart, gestart, op stoom, klaar]}
          - {id: gap, kind: gap, name: Gap, unit: percent, direction: higher,
             baseline: {value: 50, date: 2021}, deadline: 2025}
          - {id: none, kind: count, name: None, value: 5, unit: person}
"""

ROWS = """\
target,date,value,unit,area
c,2023-12-31,30
c,2024-06-30,45
p,2023-12-31,30
p,2024-06-30,45
s,2024-06-30,30
l,2024-06-30,100
r,2024-06-30,12
m,2024-06-30,1
q,2024-06-30,op stoom
gap,2021-01-01,70,,Zuid
gap,2024-06-30,70,,Zuid
gap,2024-06-30,60
c,2026-01-01,100
"""


def _programme() -> doelenboom.Programme:
    result = doelenboom.validate_text(SPEC)
    assert result.programme is not None and not result.failed(), result.diagnostics
    return result.programme


def test_progress_per_kind() -> None:
    programme = _programme()
    rows = read_measurements_text(ROWS, programme, "m.csv")
    assert rows.diagnostics == ()
    tp = target_progress(programme, rows, AS_OF)
    assert tp["c"].progress == Decimal("0.45")  # cumulative: the latest row before the as-of date
    assert tp["p"].progress == Decimal("0.75")  # periodic: added up
    assert tp["s"].progress == Decimal("0.5")
    assert tp["l"].progress == Decimal("0.5")  # direction lower: 150 -> 100 of 150 -> 50
    assert (tp["r"].progress, tp["r"].band) == (Decimal(1), Band.IN)
    assert (tp["m"].progress, tp["m"].status) == (Decimal(1), Status.REACHED)
    assert tp["q"].progress == Decimal(2) / 3
    assert tp["gap"].progress == Decimal("0.5")  # gap 20 at baseline, 10 now
    assert (tp["none"].progress, tp["none"].missing, tp["none"].status) == (None, "no_data", Status.NO_DATA)
    expected = tp["c"].expected
    assert expected is not None and Decimal("0.79") < expected < Decimal("0.81")
    assert tp["c"].status is Status.OFF_TRACK and tp["s"].status is Status.OFF_TRACK


def test_missing_is_not_zero() -> None:
    programme = _programme()
    rows = read_measurements_text(ROWS, programme, "m.csv")
    nodes = aggregate(programme, target_progress(programme, rows, AS_OF))
    node = nodes["i"]
    assert node.missing == ("none",)
    assert node.coverage == Decimal(8) / 9
    known = [p.progress for p in target_progress(programme, rows, AS_OF).values() if p.progress is not None]
    assert node.progress is not None and abs(node.progress - sum(known, Decimal(0)) / len(known)) < Decimal("1e-25")
    assert nodes["prog"].coverage == node.coverage  # the programme's aggregate, under its id


def test_example_measurements_and_report() -> None:
    programme = doelenboom.load(HEERLEN)
    rows = read_measurements(EXAMPLE, programme)
    assert rows.diagnostics == ()
    report = progress_report(programme, rows, AS_OF, weighting="budget")
    assert report.overall.coverage is not None and 0 < report.overall.coverage < 1
    assert "flexibele-woningen" in report.overall.missing
    assert report.targets["deelname-verlengde-schooldag"].missing == "no_baseline"
    assert report.nodes["repressieve-aanpak"].coverage is None


def test_broken_file_reports_good_rows_and_located_errors(tmp_path: object) -> None:
    broken = ROOT / "tests" / "data" / "broken_metingen.csv"
    out = CliRunner().invoke(
        main, ["progress", str(HEERLEN), "-m", str(broken), "--as-of", "2024-12-31", "--format", "json"]
    )
    assert out.exit_code == 1
    data = json.loads(out.stdout)
    assert [(d["code"], d["line"], d["column"]) for d in data["diagnostics"]] == [
        ("DB401", 3, 1),
        ("DB405", 4, 34),
        ("DB404", 5, 1),
    ]
    assert data["targets"]["burgerinitiatieven"]["progress"] == 0.6
    assert set(data["nodes"]) >= {"heerlen-noord", "werk", "minder-armoede"}


def test_progress_and_show_cli_text() -> None:
    runner = CliRunner()
    out = runner.invoke(main, ["progress", str(HEERLEN), "-m", str(EXAMPLE), "--as-of", "2024-12-31"])
    assert out.exit_code == 0, out.output
    assert "reductie-incidenten: 100 % (in the band) reached" in out.stdout
    csv_out = runner.invoke(
        main, ["progress", str(HEERLEN), "-m", str(EXAMPLE), "--as-of", "2024-12-31", "--format", "csv"]
    )
    assert csv_out.exit_code == 0 and csv_out.stdout.startswith("type,id,node,progress")
    shown = runner.invoke(main, ["show", str(HEERLEN), "--format", "json"])
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)["nodes"]["werk"]["serves"] == ["minder-armoede"]


def test_example_script_answers_three_questions() -> None:
    script = ROOT / "examples" / "three_questions.py"
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    # Onderwijs-Werk, budget-weighted, derived from the example's inputs:
    # - beter-opgeleid (theme onderwijs, EUR 30,158,700) has no progress: its 4 targets are 2
    #   qualitative ones without a scale (not measurable: neither covered nor missing), a share
    #   without baseline and a share without data (the 2 missing);
    # - meer-mensen-aan-het-werk is theme werk (EUR 14,305,000; minder-armoede gets none of it),
    #   whose interventions hold no money of their own, so they weigh equally.
    programme = doelenboom.load(HEERLEN)
    passend = Fraction(310, 750)
    leerwerk = (Fraction(120, 380) + Fraction(30, 75)) / 2
    vakschool = Fraction(1)
    progress = (passend + leerwerk + vakschool) / 3
    coverage = Fraction(14_305_000, 14_305_000 + 30_158_700)
    assert programme.plan_period is not None
    start, deadline = date(programme.plan_period.start, 1, 1), date(2025, 12, 31)  # deadline: 2025
    on_line = Fraction((AS_OF - start).days, (deadline - start).days)
    expected = (on_line + on_line + 0) / 3  # the milestone is expected only from its deadline
    status = Thresholds().status(
        Decimal(progress.numerator) / progress.denominator, Decimal(expected.numerator) / expected.denominator
    )
    assert status is Status.ON_TRACK and coverage < Fraction(1, 2)
    status = Status.INSUFFICIENT_DATA  # on track by its mean, but a third covered says too little
    line = f"   onderwijs-werk: {float(progress):.0%} (coverage {float(coverage):.0%}, {status.value}, missing 2)"
    assert line in lines
    assert "2. Interventions serving minder-armoede: passend-opleiden, leerwerkplekken, vakschool" in lines
    per_person = (Decimal(14_305_000) / 750).quantize(Decimal("0.01"))  # werk's budget / 750 participants
    assert lines[-1].startswith(f"3. EUR {per_person} per person (budget of 'werk': EUR 14305000")


LOWER = SPEC.replace(
    "          - {id: none, kind: count, name: None, value: 5, unit: person}\n",
    "          - {id: none, kind: count, name: None, value: 5, unit: person}\n"
    "          - {id: most, kind: count, name: At most, value: 50, unit: person, direction: lower, deadline: 2025}\n",
)


def test_count_down_without_baseline_is_missing_not_reached() -> None:
    result = doelenboom.validate_text(LOWER)
    assert result.programme is not None and not result.failed(), result.diagnostics
    rows = read_measurements_text("target,date,value\nmost,2024-06-30,200\n", result.programme, "m.csv")
    tp = target_progress(result.programme, rows, AS_OF)["most"]
    assert (tp.progress, tp.raw, tp.missing, tp.status) == (None, None, "no_baseline", Status.NO_DATA)
    assert tp.value == 200  # what was measured is still shown


def test_reference_area_rows_are_not_added_into_a_count() -> None:
    programme = _programme()
    rows = read_measurements_text("target,date,value,unit,area\nc,2024-06-30,70,,Zuid\n", programme, "m.csv")
    assert rows.diagnostics == ()
    tp = target_progress(programme, rows, AS_OF)["c"]
    assert (tp.progress, tp.missing) == (None, "no_data")
    both = read_measurements_text(
        "target,date,value,unit,area\nc,2024-06-30,70,,Zuid\nc,2024-06-30,20,,Buurt A\n", programme, "m.csv"
    )
    assert target_progress(programme, both, AS_OF)["c"].value == 20  # the sub-area only


def test_rows_in_any_order() -> None:
    programme = _programme()
    rows = read_measurements_text(ROWS, programme, "m.csv")
    shuffled = {k: tuple(reversed(v)) for k, v in rows.by_target.items()}
    assert target_progress(programme, shuffled, AS_OF) == target_progress(programme, rows, AS_OF)


def test_refused_rows_are_reported_on_stderr_for_csv_and_text() -> None:
    broken = ROOT / "tests" / "data" / "broken_metingen.csv"
    located = re.compile(r"broken_metingen\.csv:(\d+):(\d+): error (DB\d{3})")
    for fmt in ("csv", "text"):
        out = CliRunner().invoke(main, ["progress", str(HEERLEN), "-m", str(broken), "--format", fmt])
        assert out.exit_code == 1
        found = [(code, int(line), int(column)) for line, column, code in located.findall(out.stderr)]
        assert found == [("DB401", 3, 1), ("DB405", 4, 34), ("DB404", 5, 1)], fmt
        assert "DB40" not in out.stdout


def test_a_target_counts_once_per_node_above_it() -> None:
    # 'werk' sits under meer-mensen-aan-het-werk and serves minder-armoede (both in onderwijs-werk).
    programme = doelenboom.load(HEERLEN)
    report = progress_report(programme, read_measurements(EXAMPLE, programme), AS_OF, weighting="equal")
    goals = [report.nodes[g] for g in ("beter-opgeleid", "meer-mensen-aan-het-werk", "minder-armoede")]
    assert goals[1].progress == goals[2].progress  # both are 'werk' and nothing else
    beter, werk = goals[0], goals[1]
    assert beter.coverage == 0 and werk.coverage == 1
    # Each goal weighs 1, but werk's targets count once: onderwijs-werk is beter-opgeleid and werk,
    # half each (counted twice it would be a third each and werk two thirds).
    top = report.nodes["onderwijs-werk"]
    assert top.coverage is not None and top.coverage == Decimal(1) / 2
    assert top.progress == werk.progress  # beter-opgeleid has no data: the mean is werk's alone
    assert top.missing == (*beter.missing, *werk.missing)


def test_cli_payloads_come_from_the_library() -> None:
    from doelenboom.graph import goal_graph
    from doelenboom.monitor.aggregate import PROGRESS_CSV_COLUMNS
    from doelenboom.rollup import budget_report

    programme = doelenboom.load(HEERLEN)
    runner = CliRunner()
    found = read_measurements(EXAMPLE, programme)
    report = progress_report(programme, found, AS_OF, weighting="budget")
    args = ["progress", str(HEERLEN), "-m", str(EXAMPLE), "--as-of", "2024-12-31", "--weights", "budget"]
    shown = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    assert shown == {**json.loads(json.dumps(report.to_dict())), "diagnostics": []}
    lines = runner.invoke(main, [*args, "--format", "csv"]).stdout.splitlines()
    assert lines[0].split(",") == list(PROGRESS_CSV_COLUMNS)
    assert len(lines) == 1 + len(report.csv_rows())
    budget = json.loads(runner.invoke(main, ["budget", str(HEERLEN), "--format", "json"]).stdout)
    assert budget == budget_report(programme).to_dict()
    tree = json.loads(runner.invoke(main, ["show", str(HEERLEN), "--format", "json"]).stdout)
    assert tree == goal_graph(programme).to_dict()


def test_progress_text_is_in_words_in_both_languages() -> None:
    args = ["progress", str(HEERLEN), "-m", str(EXAMPLE), "--as-of", "2024-12-31"]
    english = CliRunner().invoke(main, [*args, "--lang", "en"]).stdout.splitlines()
    dutch = CliRunner().invoke(main, [*args, "--lang", "nl"]).stdout.splitlines()
    ids = [i for i in [*(s.value for s in Status), *(m.value for m in Missing)] if "_" in i]
    ids += [i.replace("_", "-") for i in ids]  # the old spelling of reasons
    for line in english + dutch:
        assert not any(re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", line) for i in ids), line
    for lines, expected in (
        (
            english,
            [
                "          - preventie-jeugd: not measurable",
                "          - deelname-verlengde-schooldag: no data: no baseline",
                "          - reductie-incidenten: 100 % (in the band) reached",
                "    Beter opgeleid (beter-opgeleid): coverage 0 % (0 of 2 targets), no data",
            ],
        ),
        (
            dutch,
            [
                "          - preventie-jeugd: niet meetbaar",
                "          - deelname-verlengde-schooldag: geen gegevens: geen beginwaarde",
                "          - reductie-incidenten: 100 % (binnen de band) bereikt",
                "    Beter opgeleid (beter-opgeleid): dekking 0 % (0 van 2 streefdoelen), geen gegevens",
            ],
        ),
    ):
        for line in expected:
            assert line in lines, line


def test_every_status_reason_and_band_has_words_in_english_and_dutch() -> None:
    for value in [*Status, *Missing, *Band]:
        assert word(value, "en") and word(value, "nl") and "_" not in word(value, "en") + word(value, "nl"), value
    assert (word(Status.ON_TRACK), word(Status.ON_TRACK, "nl")) == ("on track", "op koers")
    with pytest.raises(UnknownLanguage):  # an unknown language is an error, never silent English
        word(Missing.AREA_ONLY, "fr")


def test_ids_are_spelled_one_way_in_json() -> None:
    programme = doelenboom.load(HEERLEN)
    payload = progress_report(programme, read_measurements(EXAMPLE, programme), AS_OF).to_dict()
    jeugd = payload["targets"]["preventie-jeugd"]
    assert (jeugd["status"], jeugd["missing"]) == ("not_measurable", "not_measurable")
    lunch = payload["targets"]["deelname-verlengde-schooldag"]
    assert (lunch["status"], lunch["missing"]) == ("no_data", "no_baseline")
    assert Missing.NO_DATA == "no_data" and Missing.NO_DATA.value == Status.NO_DATA.value


def test_a_node_whose_targets_cannot_be_measured_is_not_measurable() -> None:
    programme = doelenboom.load(HEERLEN)
    report = progress_report(programme, read_measurements(EXAMPLE, programme), AS_OF)
    start = report.nodes["kansrijk-van-start"]
    assert (start.status, start.coverage, start.progress, start.missing) == (Status.NOT_MEASURABLE, None, None, ())
    assert start.unmeasurable == ("preventie-jeugd",)
    gezond = report.nodes["gezond-sociaal-veilig"]
    assert gezond.coverage == 1 and not gezond.missing  # the unmeasurable targets are not missing weight
    assert gezond.unmeasurable == (
        "preventie-jeugd",
        "preventie-volwassenen",
        "burgerparticipatie-projecten",
        "preventie-alle-buurten",
    )
    onderwijs = report.nodes["onderwijs"]
    assert onderwijs.missing == ("deelname-verlengde-schooldag", "deelname-gezonde-lunch")
    assert onderwijs.unmeasurable == ("aanpak-vsv", "aanbod-kwaliteitsverbetering")
    assert (onderwijs.status, onderwijs.coverage) == (Status.NO_DATA, 0)
    assert report.to_dict()["nodes"]["onderwijs"]["unmeasurable"] == ["aanpak-vsv", "aanbod-kwaliteitsverbetering"]


def test_measurement_messages_call_a_target_streefdoel() -> None:
    from doelenboom.codes import CATALOGUE

    for code, entry in CATALOGUE.items():
        if code.startswith("DB4"):
            for text in (entry.message["nl"], entry.hint["nl"]):
                assert not re.search(r"\bdoel\b", text), code


def test_duplicate_measurement_points_at_the_first_without_words() -> None:
    programme = _programme()
    found = read_measurements_text("target,date,value\nc,2024-01-01,1\nc,2024-01-01,2\n", programme, "m.csv")
    (diag,) = found.diagnostics
    assert (diag.code, diag.line, diag.column) == ("DB404", 3, 1)
    (related,) = diag.related
    assert (related.location.line, related.location.column, related.label) == (2, 1, "c 2024-01-01")


def test_thresholds_must_be_finite_ordered_and_in_range() -> None:
    for on_track, at_risk in [
        (Decimal("NaN"), Decimal("0.7")),
        (Decimal("0.9"), Decimal("sNaN")),
        (Decimal("Infinity"), Decimal("0.7")),
        (Decimal("1e999999999"), Decimal("0.7")),
        (Decimal("0.9"), Decimal(-5)),
        (Decimal("0.5"), Decimal("0.6")),
    ]:
        try:
            Thresholds(on_track, at_risk)
        except ValueError:
            continue
        raise AssertionError(f"{on_track}, {at_risk} accepted")
    assert Thresholds(Decimal("1.2"), Decimal(1)).status(Decimal("0.5"), Decimal("0.5")) is Status.AT_RISK
    assert Thresholds(Decimal(0), Decimal(0)).status(Decimal(0), Decimal("0.5")) is Status.ON_TRACK


def test_cli_refuses_bad_thresholds_as_usage_errors() -> None:
    args = ["progress", str(HEERLEN), "-m", str(EXAMPLE), "--as-of", "2024-12-31", "--format", "json"]
    for bad in (
        ["--on-track", "abc"],
        ["--on-track", "NaN"],
        ["--at-risk", "sNaN"],
        ["--on-track", "Infinity"],
        ["--on-track", "1e999999999"],
        ["--at-risk", "-5"],
        ["--on-track", "0.5", "--at-risk", "0.6"],
        ["--at-risk", "0.95"],  # above the default on-track 0.9
    ):
        result = CliRunner().invoke(main, [*args, *bad])
        assert result.exit_code == 2 and result.exception is not None, bad
        assert isinstance(result.exception, SystemExit), bad
    good = CliRunner().invoke(main, [*args, "--on-track", "1", "--at-risk", "1"])
    assert good.exit_code == 0, good.output


def test_fraction_is_safe_for_any_size() -> None:
    from doelenboom.monitor.aggregate import fraction

    assert fraction(Decimal("0.12345")) == 0.1234  # rounded half to even, as before
    assert fraction(Decimal("9" * 30)) == 1e30
    assert fraction(Decimal("-1e999999")) == -sys.float_info.max
    assert fraction(Decimal("1e999999")) == sys.float_info.max
    assert fraction(Decimal("Infinity")) == sys.float_info.max
    assert fraction(Decimal("NaN")) is None


def test_huge_raw_progress_still_makes_json_and_csv() -> None:
    from doelenboom.monitor.measurements import Measurement

    programme = _programme()
    row = Measurement("c", date(2024, 1, 1), Decimal("9" * 30), None, None, None, None, None, 2)
    report = progress_report(programme, read_measurements_text("target,date,value\n", programme), AS_OF)
    targets = target_progress(programme, {"c": (row,)}, AS_OF)
    big = type(report)(AS_OF, "equal", targets, aggregate(programme, targets), report.programme_id)
    payload = json.loads(json.dumps(big.to_dict(), allow_nan=False))
    assert payload["targets"]["c"]["raw"] == float(Decimal("9" * 30) / 100)
    assert ["target", "c", "i", 1.0, 0.8, 1, "reached", ""] in [row[:8] for row in big.csv_rows()]


def test_cli_refuses_thirty_nines_at_the_value(tmp_path: Path) -> None:
    file = tmp_path / "m.csv"
    file.write_text("target,date,value\ndeelnemers-opleidingstraject,2024-12-31," + "9" * 30 + "\n")
    args = ["progress", str(HEERLEN), "-m", str(file), "--as-of", "2024-12-31", "--format", "json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and not isinstance(result.exception, ArithmeticError)
    (diag,) = json.loads(result.stdout)["diagnostics"]
    assert (diag["code"], diag["line"], diag["column"]) == ("DB415", 2, 41)
