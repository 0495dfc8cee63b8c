"""Spending files (realisatie) and budget execution: reading, 'missing is not zero', and sums that
add up exactly, on the bundled second programme (specs/nprz.yaml) and on generated spending."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from doelenboom.cli import main
from doelenboom.diagnostics import Severity
from doelenboom.loader import load_bytes
from doelenboom.model import Programme
from doelenboom.monitor import budget_execution, progress_report, read_spending
from doelenboom.monitor.measurements import read_measurements_text
from doelenboom.monitor.spending import ExecutionReport, read_spending_bytes, read_spending_text
from doelenboom.rollup import budget_totals, planned
from doelenboom.validation import load, validate_document

ROOT = Path(__file__).parent.parent
NPRZ = ROOT / "specs" / "nprz.yaml"
EXAMPLE = ROOT / "examples" / "nprz_bestedingen.yaml"

SPEC = """\
doelenboom: 1.1
id: p
name: P
horizon: {start: 2020, end: 2030}
plan_period: {start: 2023, end: 2025}
levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]
funders:
  - {id: rijk, name: Rijk, kind: rijk}
  - {id: gemeente, name: Gemeente, kind: gemeente}
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        budget:
          amount: 1000
          funding_per_year:
            rijk: {2023: 300, 2024: 200}
            gemeente: {2023: 200, 2024: 300}
        targets: [{id: t, kind: count, name: T, value: 10, unit: person}]
      - id: k
        name: K
        budget: {amount: '500.50', per_year: {2023: '250.25', 2025: '250.25'}, funding: {rijk: '500.50'}}
        targets: [{id: m, kind: milestone, name: M}]
"""


def _programme(text: str = SPEC) -> Programme:
    result = validate_document(load_bytes(text.encode(), "spec.yaml"))
    assert result.programme is not None and not result.failed(), result.diagnostics
    return result.programme


def _codes(found: object) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in found.diagnostics]  # type: ignore[attr-defined]


# --- reading ----------------------------------------------------------------------------------------


def test_csv_dutch_csv_and_yaml_read_the_same_rows() -> None:
    p = _programme()
    plain = read_spending_text("node,year,amount,funder\ni,2023,123.45,rijk\n", p, "s.csv", "csv")
    dutch = read_spending_text("onderdeel;jaar;bedrag;financier\ni;2023;123,45;rijk\n", p, "s.csv", "csv")
    yaml = read_spending_text("spending:\n  - {node: i, date: 2023-06-30, amount: '123.45', funder: rijk}\n", p,
                              "s.yaml", "yaml")  # fmt: skip
    for found in (plain, dutch, yaml):
        assert found.diagnostics == ()
        assert [(r.node, r.year, r.amount, r.funder) for r in found.rows] == [("i", 2023, Decimal("123.45"), "rijk")]
    assert yaml.rows[0].date == date(2023, 6, 30)


def test_windows_1252_is_read_with_a_warning_and_bad_rows_do_not_stop_good_ones() -> None:
    p = _programme()
    raw = "node;year;amount;funder;source;note\ni;2023;10;rijk;;café\nx;2023;5;;;\nk;2025;7,25;;;\n".encode("cp1252")
    found = read_spending_bytes(raw, p, "s.csv", "csv")
    assert _codes(found) == [("DB416", 2, 20), ("DB417", 3, 1)]
    assert [(r.node, r.amount, r.note) for r in found.rows] == [
        ("i", Decimal(10), "café"),
        ("k", Decimal("7.25"), None),
    ]
    assert found.failed()


def test_a_file_that_cannot_be_read_is_one_diagnostic(tmp_path: Path) -> None:
    found = read_spending(tmp_path / "absent.csv", _programme())
    assert [d.code for d in found.diagnostics] == ["DB101"] and found.rows == ()


def test_warnings_keep_the_row() -> None:
    found = read_spending_text("node,year,amount\ni,2027,10\ni,2023,600\n", _programme())
    assert sorted(d.code for d in found.diagnostics) == ["DB419", "DB420"]
    assert all(d.severity is Severity.WARNING for d in found.diagnostics)
    assert len(found.rows) == 2 and not found.failed()


# --- missing is not zero ----------------------------------------------------------------------------


def test_a_year_without_rows_is_no_data_and_a_zero_row_is_data() -> None:
    p = _programme()
    text = "node,year,amount,funder\ni,2023,100,rijk\ni,2023,0,gemeente\ni,2024,0,\n"
    report = budget_execution(p, read_spending_text(text, p))
    i = {n.id: n for n in report.nodes}["i"]
    assert i.by_year[2023].spent == 100 and i.by_year[2024].spent == 0
    assert i.by_funder_year[("rijk", 2024)].spent == 0  # a row of 0 needs no funder
    k = {n.id: n for n in report.nodes}["k"]
    assert k.total.spent is None and k.by_year[2023].spent is None  # no row at all: no data
    assert k.total.remaining is None and k.total.share_spent is None
    g = {n.id: n for n in report.nodes}["g"]
    assert g.total.spent is None  # one part (k) has no data: no total that looks like the whole
    assert report.programme.total.spent is None


def test_a_funder_without_a_row_is_missing_not_zero() -> None:
    """A row of one funder does not make the year known for the other funders that plan money
    in it: their cells, the year, the total and everything above are missing, never 0."""
    p = _programme()  # i: rijk and gemeente both plan money in 2023 and 2024
    report = budget_execution(p, read_spending_text("node,year,amount,funder\ni,2023,100,rijk\n", p))
    nodes = {n.id: n for n in report.nodes}
    i = nodes["i"]
    assert i.by_funder_year[("rijk", 2023)].spent == 100  # its own row
    assert i.by_funder_year[("gemeente", 2023)].spent is None  # forgotten: not 0
    assert i.by_year[2023].spent is None and i.total.spent is None
    assert i.by_funder["gemeente"].spent is None and i.by_funder["rijk"].spent is None
    assert nodes["g"].by_year[2023].spent is None and report.programme.by_year[2023].spent is None
    # k: only rijk plans money, in 2023 and 2025; nobody plans any in 2024
    report = budget_execution(p, read_spending_text("node,year,amount,funder\nk,2023,50,rijk\nk,2024,7,rijk\n", p))
    k = {n.id: n for n in report.nodes}["k"]
    assert k.by_year[2023].spent == 50 and k.by_year[2024].spent == 7 and k.total.spent == 57
    assert k.by_funder["rijk"].spent == 57
    # a row of 0 without a funder declares the year: nothing spent by anyone
    text = "node,year,amount,funder\ni,2023,100,rijk\ni,2023,0,gemeente\ni,2024,0,\n"
    i = {n.id: n for n in budget_execution(p, read_spending_text(text, p)).nodes}["i"]
    assert i.by_funder_year[("gemeente", 2024)].spent == 0 and i.by_year[2024].spent == 0
    assert i.total.spent == 100 and i.by_funder["gemeente"].spent == 0


def test_a_node_booked_on_as_a_whole_needs_every_paying_funder() -> None:
    p = _programme()  # g holds no money of its own; below it rijk and gemeente plan money in 2023
    found = read_spending_text("node,year,amount,funder\ng,2023,10,rijk\n", p)
    g = {n.id: n for n in budget_execution(p, found).nodes}["g"]
    assert g.by_year[2023].spent is None and g.by_funder_year[("gemeente", 2023)].spent is None
    found = read_spending_text("node,year,amount,funder\ng,2023,10,rijk\ng,2023,0,gemeente\n", p)
    g = {n.id: n for n in budget_execution(p, found).nodes}["g"]
    assert g.by_year[2023].spent == 10 and g.by_funder_year[("gemeente", 2023)].spent == 0


def test_a_row_without_funder_hides_the_split_by_funder() -> None:
    p = _programme()
    text = "node,year,amount,funder\ni,2023,100,rijk\ni,2023,20,gemeente\ni,2023,5,\n"
    report = budget_execution(p, read_spending_text(text, p))
    i = {n.id: n for n in report.nodes}["i"]
    assert i.by_year[2023].spent == 125
    assert i.by_funder["rijk"].spent is None and i.by_funder_year[("rijk", 2023)].spent is None


def test_progress_is_taken_from_the_progress_report() -> None:
    p = _programme()
    measured = read_measurements_text("target,date,value\nt,2024-01-01,4\n", p)
    progress = progress_report(p, measured, date(2024, 6, 30))
    report = budget_execution(p, read_spending_text("node,year,amount\ni,2023,100\n", p), progress)
    i = {n.id: n for n in report.nodes}["i"]
    assert i.progress == progress.nodes["i"].progress == Decimal("0.4")


# --- sums ---------------------------------------------------------------------------------------------


def _assert_adds_up(report: ExecutionReport, programme: Programme) -> None:
    """Every known figure adds up exactly: years, funders and cells to the node's figures, the
    first level to the programme, planned to the spec's own totals; remaining is planned - spent."""
    money = planned(programme)
    for node in (report.programme, *report.nodes):
        split = money.tree if node is report.programme else money.rolled[node.id]
        assert node.total.planned == split.amount
        scopes = [node.total, *node.by_year.values(), *node.by_funder.values(), *node.by_funder_year.values()]
        for e in scopes:
            if e.planned is not None and e.spent is not None:
                assert e.remaining == e.planned - e.spent
        years = [e.spent for e in node.by_year.values() if e.spent is not None]
        if node.total.spent is not None and years and len(years) == len(node.by_year):
            assert sum(years, Decimal(0)) == node.total.spent
        funders = [e.spent for e in node.by_funder.values() if e.spent is not None]
        if node.total.spent is not None and funders and len(funders) == len(node.by_funder):
            assert sum(funders, Decimal(0)) == node.total.spent
        for funder, e in node.by_funder.items():
            scope = [c.spent for (f, _y), c in node.by_funder_year.items() if f == funder]
            cells = [x for x in scope if x is not None]
            if e.spent is not None and len(cells) == len(scope):
                assert sum(cells, Decimal(0)) == e.spent
            if e.planned is not None and split.by_funder is not None:
                assert e.planned == split.by_funder.get(funder, Decimal(0))
        if split.by_funder is not None and split.amount is not None:
            assert sum(split.by_funder.values(), Decimal(0)) == split.amount
    first = [n for n in report.nodes if n.depth == 1]
    if report.programme.total.spent is not None:
        assert sum((n.total.spent or Decimal(0) for n in first), Decimal(0)) == report.programme.total.spent
    assert report.programme.total.planned == budget_totals(programme).tree_total


def test_nprz_budget_json_gives_spent_remaining_and_share_per_node_year_and_funder() -> None:
    result = CliRunner().invoke(main, ["budget", str(NPRZ), "--spending", str(EXAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    deal = data["nodes"]["regio-deal-1"]
    assert deal["planned_eur"] == "260000000"
    assert deal["spent_eur"] == "234900000.50"
    assert deal["remaining_eur"] == "25099999.50"
    assert deal["per_funder"]["rijk-regio-deal"] == {
        "planned_eur": "130000000",
        "spent_eur": "121650000.50",
        "remaining_eur": "8349999.50",
        "share_spent": "0.9358",
    }
    assert deal["per_funder_per_year"]["gemeente-regio-deal"]["2023"]["spent_eur"] == "0"
    assert deal["per_year"]["2021"]["spent_eur"] == "68400000.50"
    assert data["diagnostics"] == []
    # the sums, in the JSON: funders and years add up to the node, the deals to the programme
    for node in (data["total"], *data["nodes"].values()):
        spent = Decimal(node["spent_eur"])
        assert sum(Decimal(v["spent_eur"]) for v in node["per_year"].values()) == spent
        assert sum(Decimal(v["spent_eur"]) for v in node["per_funder"].values()) == spent
        assert sum(Decimal(v["planned_eur"]) for v in node["per_funder"].values()) == Decimal(node["planned_eur"])
    assert Decimal(data["total"]["planned_eur"]) == sum(Decimal(n["planned_eur"]) for n in data["nodes"].values())


def test_nprz_example_adds_up_against_the_spec() -> None:
    programme = load(NPRZ)
    found = read_spending(EXAMPLE, programme)
    assert found.diagnostics == ()
    report = budget_execution(programme, found)
    _assert_adds_up(report, programme)
    assert report.programme.total.spent == sum((r.amount for r in found.rows), Decimal(0))


_ROW = st.tuples(
    st.sampled_from(["i", "k", "g"]),
    st.integers(2023, 2025),
    st.decimals(min_value=0, max_value=400, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["rijk", "gemeente", ""]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_ROW, max_size=12))
def test_generated_spending_adds_up_exactly(rows: list[tuple[str, int, Decimal, str]]) -> None:
    p = _programme()
    text = "node,year,amount,funder\n" + "".join(f"{n},{y},{a},{f}\n" for n, y, a, f in rows)
    found = read_spending_text(text, p)
    assert not found.failed()
    assert len(found.rows) == len(rows)
    report = budget_execution(p, found)
    _assert_adds_up(report, p)
    total = sum((a for _n, _y, a, _f in rows), Decimal(0))
    # the funders that plan money per year, read off SPEC: i itself, k itself, g (i and k) as a whole
    payers = {
        "i": {2023: {"rijk", "gemeente"}, 2024: {"rijk", "gemeente"}, 2025: set()},
        "k": {2023: {"rijk"}, 2024: set(), 2025: {"rijk"}},
        "g": {2023: {"rijk", "gemeente"}, 2024: {"rijk", "gemeente"}, 2025: {"rijk"}},
    }

    def whole(node: str) -> bool:  # rows on the node, and every year they speak of is complete
        years = {y for n, y, _a, _f in rows if n == node}
        return bool(years) and all(
            any(not a and not f for n, yy, a, f in rows if n == node and yy == y)
            or payers[node][y] <= {f for n, yy, _a, f in rows if n == node and yy == y}
            for y in years
        )

    has = {n for n, *_ in rows}
    if "g" in has:
        known = whole("g") and all(whole(n) for n in ("i", "k") if n in has)
    else:
        known = whole("i") and whole("k")
    assert report.programme.total.spent == (total if known else None)


# --- the command ----------------------------------------------------------------------------------------


def test_refused_rows_exit_1_and_are_located(tmp_path: Path) -> None:
    spending = tmp_path / "s.csv"
    spending.write_text("node,year,amount\nregio-deal,2019,5\nregio-deal-1,2019,5\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["budget", str(NPRZ), "--spending", str(spending), "--lang", "nl"])
    assert result.exit_code == 1
    assert f"{spending}:2:1:" in result.stderr and "DB417" in result.stderr
    found = read_spending_text("node,year,amount\nregio-dael-1,2019,5\n", load(NPRZ))
    assert found.diagnostics[0].args["suggestion"] == "regio-deal-1"  # did you mean


def test_excel_csv_has_dutch_headers() -> None:
    args = ["budget", str(NPRZ), "--spending", str(EXAMPLE), "--format", "csv-excel", "--lang", "nl"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    header = result.stdout_bytes.decode("utf-8-sig").splitlines()[0]
    assert header.split(";")[:4] == ["Id", "Jaar", "Financier", "Gepland (EUR)"]


def test_progress_next_to_spending_on_the_command_line(tmp_path: Path) -> None:
    measurements = tmp_path / "m.csv"
    measurements.write_text("target,date,value\nminder-bijstand,2022-12-31,14000\n", encoding="utf-8")
    args = ["budget", str(NPRZ), "-s", str(EXAMPLE), "-m", str(measurements), "--as-of", "2023-01-01"]
    result = CliRunner().invoke(main, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["nodes"]["regio-deal-1"]["progress"] is not None


def test_export_carries_the_execution_in_json_and_xlsx(tmp_path: Path) -> None:
    args = ["export", str(NPRZ), "--spending", str(EXAMPLE)]
    result = CliRunner().invoke(main, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["execution"]["nodes"]["regio-deal-2"]["spent_eur"] == "21750000"
    out = tmp_path / "nprz.xlsx"
    result = CliRunner().invoke(main, [*args, "--format", "xlsx", "--lang", "nl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    from openpyxl import load_workbook

    sheet = load_workbook(out)["Uitvoering"]
    assert [c.value for c in sheet[1]][:4] == ["Id", "Jaar", "Financier", "Gepland (EUR)"]
    assert CliRunner().invoke(main, [*args, "--format", "csv"]).exit_code == 2


_TEXT = st.text(
    alphabet=st.sampled_from(list("node,year;amount\nfunder:-{} 0123456789.,'\"ijkg\r\t#é\ufeff")), max_size=200
)


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.sampled_from(["csv", "yaml"]))
def test_any_text_is_read_without_raising_and_every_diagnostic_is_located(text: str, fmt: str) -> None:
    p = _programme()
    found = read_spending_text(text, p, f"s.{fmt}", fmt)  # type: ignore[arg-type]
    lines = text.count("\n") + text.count("\r") + 1
    for d in found.diagnostics:
        assert 1 <= d.line <= lines + 1 and d.column >= 1
    report = budget_execution(p, found)  # whatever was accepted adds up
    _assert_adds_up(report, p)


def _big(n: int) -> tuple[str, str]:
    """A 1.1 spec with ``n`` funded interventions under ``n`` goals, and 3n spending rows: good
    ones, ones above the year's plan, unknown (misspelt) nodes and undeclared funders."""
    head = SPEC.split("tree:\n")[0] + "tree:\n"
    nodes = "".join(
        f"  - id: doel-{k}\n    name: D{k}\n    children:\n"
        f"      - id: actie-{k}\n        name: A{k}\n"
        f"        budget: {{amount: 200, per_year: {{2023: 100, 2024: 100}}, funding: {{rijk: 200}}}}\n"
        f"        targets: [{{id: t-{k}, kind: milestone, name: T}}]\n"
        for k in range(n)
    )
    rows = "".join(f"actie-{k},2023,60,rijk\nactie-{k},2023,60,rijk\nactie-{k}x,2024,1,rijkk\n" for k in range(n))
    return head + nodes, "node,year,amount,funder\n" + rows


def test_spending_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted in operations, as tests/test_linear.py counts the hostile shapes (small bounds on
    the suggestion search, so that small inputs already show how large ones grow)."""
    from doelenboom import suggest
    from doelenboom.monitor import spending
    from doelenboom.render.budget import render_execution_json, render_execution_text
    from test_linear import FACTOR, _operations

    monkeypatch.setattr(suggest, "MAX_LOOKUPS", 5)
    monkeypatch.setattr(suggest, "MAX_CANDIDATES", 20)
    monkeypatch.setattr(spending, "_MAX_SUGGESTED", 5)

    work = []
    for n in (40, 80, 160):
        spec, text = _big(n)
        p = _programme(spec)

        def run(p: Programme = p, text: str = text) -> None:
            found = read_spending_text(text, p)
            report = budget_execution(p, found)
            render_execution_text(p, report)
            render_execution_json(report)
            for d in found.diagnostics:
                d.message_in("nl")
                d.hint_in("en")

        work.append(_operations(run))
    factors = [work[1] / work[0], work[2] / work[1]]
    assert max(factors) <= FACTOR, (work, factors)


def test_measurements_without_spending_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["budget", str(NPRZ), "-m", str(EXAMPLE)])
    assert result.exit_code == 2


def test_text_shows_a_year_whose_figures_are_not_known_as_missing_never_leaves_it_out(tmp_path: Path) -> None:
    """Without regio-deal-1's row for 2024 that year's spending is not known for the programme;
    the text still lists 2024 (with '-'), so the years shown are all there are."""
    from doelenboom.render.budget import render_execution_text

    programme = load(NPRZ)
    assert programme is not None
    text = (ROOT / "examples" / "nprz_bestedingen.yaml").read_text(encoding="utf-8")
    row = "  - {node: regio-deal-1, year: 2024, amount: 0, source: verzonnen, note: niets meer besteed}\n"
    assert row in text
    spending = read_spending_text(text.replace(row, ""), programme, "bestedingen.yaml", "yaml")
    assert spending.diagnostics == ()
    report = budget_execution(programme, spending)
    assert report.programme.by_year[2024].spent is None  # missing, not a smaller sum
    lines = render_execution_text(programme, report, "en").splitlines()
    assert "    2024: - / - / - / -" in lines
