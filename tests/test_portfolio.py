"""A portfolio of programmes (`doelenboom.portfolio`): validation of the whole, money that adds up
exactly to the programmes' own reports, and the core indicators next to the reference."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from doelenboom.cli import main
from doelenboom.portfolio import core_comparison, portfolio_money, validate_portfolio
from doelenboom.rollup import budget_report
from doelenboom.words import word

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "portfolio_nplv.yaml"


def _copy_example(tmp_path: Path) -> Path:
    """The example portfolio and its invented programme in a fresh folder (the bundled specs by
    absolute path), so that a test may change a file."""
    for name in ("portfolio_voorbeeldwijk.yaml", "portfolio_voorbeeldwijk_metingen.csv"):
        shutil.copy(ROOT / "examples" / name, tmp_path / name)
    text = EXAMPLE.read_text(encoding="utf-8").replace("../specs/", f"{ROOT}/specs/")
    path = tmp_path / "portfolio.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_the_example_validates() -> None:
    result = CliRunner().invoke(main, ["portfolio", "validate", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    found = validate_portfolio(EXAMPLE)
    assert len(found.included) == 3


def test_a_core_indicator_with_another_unit_is_an_error_in_the_programme(tmp_path: Path) -> None:
    portfolio = _copy_example(tmp_path)
    programme = tmp_path / "portfolio_voorbeeldwijk.yaml"
    text = programme.read_text(encoding="utf-8")
    needle = "{id: armoede, name: Huishoudens in armoede, unit: percent"
    programme.write_text(text.replace(needle, needle.replace("unit: percent", "unit: household")), encoding="utf-8")
    result = CliRunner().invoke(main, ["portfolio", "validate", str(portfolio), "--format", "json"])
    assert result.exit_code == 1
    found = [d for d in json.loads(result.output)["diagnostics"] if d["code"] == "DB503"]
    line = _line_of(programme, "{id: armoede,")
    assert [(d["file"], d["line"]) for d in found] == [(str(programme), line)]
    column = programme.read_text(encoding="utf-8").splitlines()[line - 1].index("household") + 1
    assert found[0]["column"] == column
    related = found[0]["related"]
    assert [(r["file"], r["line"]) for r in related] == [(str(portfolio), _line_of(portfolio, "{id: armoede,"))]


def test_direction_and_aggregation_may_not_differ_either(tmp_path: Path) -> None:
    portfolio = _copy_example(tmp_path)
    programme = tmp_path / "portfolio_voorbeeldwijk.yaml"
    text = programme.read_text(encoding="utf-8")
    text = text.replace(
        "unit: percent, direction: higher, aggregation: ratio, baseline: {value: 55",
        ("unit: percent, direction: lower, aggregation: sum, baseline: {value: 55"),
    )
    programme.write_text(text, encoding="utf-8")
    found = validate_portfolio(portfolio)
    line = _line_of(programme, "{id: werkzaam,")
    assert sorted((d.code, d.line) for d in found.diagnostics if d.code == "DB503") == [("DB503", line)] * 2
    assert {d.args["part"] for d in found.diagnostics if d.code == "DB503"} == {"direction", "aggregation"}


def test_money_adds_up_to_the_programmes_own_reports() -> None:
    found = validate_portfolio(EXAMPLE)
    money = portfolio_money(found)
    own = Decimal(0)
    for member in found.included:
        assert member.programme is not None
        report = budget_report(member.programme)
        assert report.planned is not None and report.planned.total.amount is not None
        mine = sum((r.amount for r in money.rows if r.programme == member.programme.id), Decimal(0))
        assert mine == report.planned.total.amount
        own += report.planned.total.amount
    assert money.total == own
    assert money.left_out == ()


_PROGRAMME = """\
doelenboom: 1.1
id: {id}
name: P
horizon: {{start: 2020, end: 2030}}
plan_period: {{start: 2024, end: 2026}}
levels: [{{id: a, name: a}}, {{id: t, name: t}}, {{id: i, name: i}}]
funders:
  - {{id: rijk, name: Rijk, kind: rijk}}
  - {{id: gemeente, name: Gemeente, kind: gemeente}}
tree:
{themes}
"""


def _theme(k: int, cells: list[tuple[int, int, int]], with_years: bool) -> str:
    lines = [f"  - id: thema-{k}", "    name: T", "    children:"]
    for j, (a, b, c) in enumerate(cells):
        lines += [
            f"      - id: i-{k}-{j}",
            "        name: I",
            f"        targets: [{{id: t-{k}-{j}, kind: milestone, name: T}}]",
        ]
        lines += ["        budget:"]
        if with_years:
            lines += [
                f"          amount: {a + b + c}",
                "          funding_per_year:",
                f"            rijk: {{2024: {a}, 2025: {b}}}",
                f"            gemeente: {{2026: {c}}}",
            ]
        else:
            lines += [f"          amount: {a + b + c}"]
    return "\n".join(lines)


@settings(max_examples=15, deadline=None)
@given(
    programmes=st.lists(
        st.tuples(
            st.lists(
                st.lists(st.tuples(*(st.integers(1, 10**6),) * 3), min_size=1, max_size=3), min_size=1, max_size=3
            ),
            st.booleans(),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_money_adds_up_for_any_programmes(programmes: list[tuple[list[list[tuple[int, int, int]]], bool]]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n, (themes, with_years) in enumerate(programmes):
            text = _PROGRAMME.format(
                id=f"p-{n}", themes="\n".join(_theme(k, c, with_years) for k, c in enumerate(themes))
            )
            Path(folder, f"p{n}.yaml").write_text(text, encoding="utf-8")
            paths.append(f"  - path: p{n}.yaml")
        Path(folder, "pf.yaml").write_text(
            "portfolio: 1\nid: pf\nname: PF\nprogrammes:\n" + "\n".join(paths) + "\n", encoding="utf-8"
        )
        found = validate_portfolio(Path(folder, "pf.yaml"))
        assert not found.failed(), found.diagnostics
        money = portfolio_money(found)
        expected = Decimal(0)
        for member in found.included:
            assert member.programme is not None
            report = budget_report(member.programme)
            assert report.planned is not None and report.planned.total.amount is not None
            expected += report.planned.total.amount
        assert money.total == expected == sum(a + b + c for themes, _ in programmes for t in themes for a, b, c in t)
        # the finest grain there is: by year and funder where the programme splits its money so
        assert all(
            (r.year is None) == (not with_years)
            for r in money.rows
            for _, with_years in [programmes[int(r.programme[2:])]]
        )


def test_the_core_comparison_shows_values_reference_and_coverage() -> None:
    from datetime import date

    core = core_comparison(validate_portfolio(EXAMPLE), date(2025, 6, 30))
    work = next(i for i in core.indicators if i.id == "werkzaam")
    assert work.reference == "nederland" and work.reference_value == Decimal(72)
    assert work.coverage == (1, 3)
    values = {v.programme: v for v in work.values}
    assert values["voorbeeldwijk"].value == Decimal("57.5")
    assert values["voorbeeldwijk"].trend is not None
    # per area where measured, from the programme's own area report (numerator over denominator)
    assert [(a.area, a.value) for a in values["voorbeeldwijk"].areas] == [
        ("voorbeeldwijk-noord", Decimal("0.585") * 100),
        ("voorbeeldwijk-zuid", Decimal("0.561") * 100),
    ]
    assert values["nprz"].value is None and values["nprz"].missing == "not_declared"
    health = next(i for i in core.indicators if i.id == "gezondheid")
    assert health.coverage == (0, 3)
    assert {v.programme: v.missing for v in health.values}["voorbeeldwijk"] == "no_data"  # missing, never 0


def test_without_measurements_the_values_are_missing_with_a_reason(tmp_path: Path) -> None:
    portfolio = _copy_example(tmp_path)
    text = portfolio.read_text(encoding="utf-8").replace("    measurements: portfolio_voorbeeldwijk_metingen.csv\n", "")
    portfolio.write_text(text, encoding="utf-8")
    core = core_comparison(validate_portfolio(portfolio))
    assert {v.missing for i in core.indicators for v in i.values if v.programme == "voorbeeldwijk"} == {
        "no_measurements"
    }


def test_a_missing_programme_is_located_and_the_others_still_count(tmp_path: Path) -> None:
    portfolio = _copy_example(tmp_path)
    text = portfolio.read_text(encoding="utf-8").replace(
        "  - path: portfolio_voorbeeldwijk.yaml", "  - path: er-niet.yaml\n  - path: portfolio_voorbeeldwijk.yaml"
    )
    portfolio.write_text(text, encoding="utf-8")
    found = validate_portfolio(portfolio)
    assert [(d.code, d.line, d.column) for d in found.diagnostics if d.code == "DB501"] == [
        ("DB501", _line_of(portfolio, "er-niet.yaml"), 11)
    ]
    assert len(found.included) == 3
    money = portfolio_money(found)
    assert money.left_out == (str(tmp_path / "er-niet.yaml"),)


def test_an_invalid_programme_is_reported_and_left_out_of_the_totals(tmp_path: Path) -> None:
    portfolio = _copy_example(tmp_path)
    programme = tmp_path / "portfolio_voorbeeldwijk.yaml"
    programme.write_text(
        programme.read_text(encoding="utf-8").replace("amount: 600000", "amount: -5"), encoding="utf-8"
    )
    found = validate_portfolio(portfolio)
    assert found.failed()
    assert any(d.file == str(programme) for d in found.diagnostics)  # its own diagnostics
    assert [d.line for d in found.diagnostics if d.code == "DB506"] == [
        _line_of(portfolio, "portfolio_voorbeeldwijk.yaml")
    ]
    money = portfolio_money(found)
    assert {r.programme for r in money.rows} == {"heerlen-noord", "nprz"}
    assert money.left_out == (str(programme),)
    result = CliRunner().invoke(main, ["portfolio", "report", str(portfolio), "--format", "json"])
    assert json.loads(result.stdout)["left_out"] == [str(programme)]


def test_the_report_in_every_format_and_language() -> None:
    runner = CliRunner()
    for fmt in ("text", "json", "csv", "csv-excel"):
        for lang in ("en", "nl"):
            for table in ("money", "core"):
                args = ["portfolio", "report", str(EXAMPLE), "--format", fmt, "--lang", lang, "--table", table]
                result = runner.invoke(main, [*args, "--as-of", "2025-06-30"])
                assert result.exit_code == 0, result.output
                assert "voorbeeldwijk" in result.output
    data = json.loads(runner.invoke(main, ["portfolio", "report", str(EXAMPLE), "--format", "json"]).output)
    assert Decimal(data["money_total_eur"]) == sum(Decimal(r["amount_eur"]) for r in data["money"])


def test_every_output_is_dutch() -> None:
    """Both subcommands in every format with ``--lang nl``: no English word a person reads."""
    from test_dutch_outputs import ENGLISH_ENV, english

    own = {w for path in (EXAMPLE, ROOT / "examples" / "portfolio_voorbeeldwijk.yaml") for w in _words(path)}
    own |= {w for name in ("heerlen_noord", "nprz") for w in _words(ROOT / "specs" / f"{name}.yaml")}
    runner = CliRunner()
    runs = [["validate", str(EXAMPLE), "--format", fmt] for fmt in ("text", "json", "github", "sarif")]
    runs += [
        ["report", str(EXAMPLE), "--format", fmt, "--table", table, "--as-of", "2025-06-30"]
        for fmt in ("text", "json", "csv", "csv-excel")
        for table in ("money", "core")
    ]
    for args in runs:
        result = runner.invoke(main, ["portfolio", *args, "--lang", "nl"], env=ENGLISH_ENV)
        assert result.exit_code == 0, (args, result.output)
        machine = args[3] in ("json", "csv", "sarif")
        assert english(result.output, own, machine=machine) == set(), args


def _words(path: Path) -> set[str]:
    import re

    return set(re.findall(r"\w+", path.read_text(encoding="utf-8")))


def test_without_keeping_the_programmes_the_diagnostics_are_the_same(tmp_path: Path) -> None:
    portfolio = _copy_example(tmp_path)
    programme = tmp_path / "portfolio_voorbeeldwijk.yaml"
    text = programme.read_text(encoding="utf-8").replace("kind: rijk}", "kind: gemeente}", 1)
    programme.write_text(text, encoding="utf-8")
    kept, dropped = validate_portfolio(portfolio), validate_portfolio(portfolio, keep=False)
    assert kept.diagnostics == dropped.diagnostics
    assert [m.counts for m in kept.members] == [m.counts for m in dropped.members] == [True, True, True]
    assert all(m.validation is not None and m.validation.programme is None for m in dropped.members)
    assert [d.code for d in kept.diagnostics if d.code.startswith("DB5")] == ["DB504"]


def test_lang_before_the_subcommand_and_the_group_help() -> None:
    runner = CliRunner()
    before = runner.invoke(main, ["portfolio", "--lang", "nl", "report", str(EXAMPLE)], env={"LANG": "en_US.UTF-8"})
    after = runner.invoke(main, ["portfolio", "report", str(EXAMPLE), "--lang", "nl"], env={"LANG": "en_US.UTF-8"})
    assert before.exit_code == after.exit_code == 0
    assert before.output.splitlines()[0] == after.output.splitlines()[0] != ""
    assert after.output.startswith("Portefeuille ")
    shown = runner.invoke(main, ["portfolio", "--help"], env={"LANG": "en_US.UTF-8"})
    assert shown.exit_code == 0
    assert {"report", "validate"} <= {line.split()[0] for line in shown.output.splitlines() if line.startswith("  ")}


def test_the_money_rows_have_a_header_naming_their_columns_in_every_format() -> None:
    """Text: a header line in the rows' own layout right above the first row, in the chosen
    language; CSV: the column ids; csv-excel: the catalogue's column words; JSON: keyed rows."""
    from doelenboom.render.portfolio import MONEY_COLUMNS
    from doelenboom.words import column_words

    runner = CliRunner()
    base = ["portfolio", "report", str(EXAMPLE), "--as-of", "2025-06-30"]
    for lang in ("en", "nl"):
        lines = runner.invoke(main, [*base, "--lang", lang]).output.splitlines()
        at = lines.index(word("portfolio.money", lang))
        *keys, amount = column_words(MONEY_COLUMNS, lang)
        header = lines[at + 1].strip()
        assert header == f"{' · '.join(keys)}: {amount}"
        first = lines[at + 2].strip()  # a row has as many fields as the header names
        assert first.startswith("heerlen-noord · ") and len(first.split(" · ")) == len(keys)
        excel = runner.invoke(main, [*base, "--lang", lang, "--format", "csv-excel", "--table", "money"]).output
        assert excel.lstrip("\ufeff").splitlines()[0].split(";") == column_words(MONEY_COLUMNS, lang)
    machine = runner.invoke(main, [*base, "--format", "csv", "--table", "money"]).output
    assert machine.splitlines()[0].split(",") == list(MONEY_COLUMNS)
    data = json.loads(runner.invoke(main, [*base, "--format", "json"]).output)
    assert all(tuple(row) == MONEY_COLUMNS for row in data["money"])
