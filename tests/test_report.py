"""`doelenboom report` and `render.report`: one self-contained HTML file from the library's
results. The browser checks (console, requests, print, axe) are in tests/browser/."""

from __future__ import annotations

import re
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from doelenboom.cli import main
from doelenboom.language import EN, NL
from doelenboom.monitor import progress_report, read_measurements
from doelenboom.monitor.progress import Status
from doelenboom.monitor.progress import word as status_word
from doelenboom.render.progress import target_text
from doelenboom.render.report import SYMBOLS, report_html
from doelenboom.validation import load

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"
METINGEN = ROOT / "examples" / "heerlen_noord_metingen.yaml"
BROKEN = ROOT / "tests" / "data" / "broken_metingen.csv"
PIJLERS = ROOT / "tests" / "data" / "pijlers.yaml"
PIJLERS_METINGEN = ROOT / "tests" / "data" / "pijlers_metingen.csv"
GEBIEDEN = ROOT / "examples" / "heerlen_noord_gebieden.yaml"
GEBIEDEN_METINGEN = ROOT / "examples" / "heerlen_noord_gebieden_metingen.csv"
AS_OF = date(2025, 1, 1)
HOSTILE = ("<script>alert(1)</script>", '"]; click')


class _Page(HTMLParser):
    """The elements (tag, attributes) and the text of a page, as a browser parses them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["report", *args])
    return result.exit_code, result.output


def _html(spec: Path = HEERLEN, measurements: Path = METINGEN, lang: str = "en") -> str:
    programme = load(spec)
    return report_html(programme, read_measurements(measurements, programme), AS_OF, NL if lang == "nl" else EN)


def test_the_report_is_one_file_that_fetches_nothing() -> None:
    page = _Page(_html())
    tags = {tag for tag, _ in page.tags}
    assert "script" not in tags and "link" not in tags and "img" not in tags and "iframe" not in tags
    for _, attrs in page.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (name, value)
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0] or "")
    assert "url(" not in _html()  # no fonts or images from the styles


def test_every_target_with_whole_area_rows_has_a_chart_with_a_text_alternative() -> None:
    programme = load(HEERLEN)
    found = read_measurements(METINGEN, programme)
    charted = {t for t, rows in found.by_target.items() if any(r.area is None for r in rows)}
    page = _Page(report_html(programme, found, AS_OF))
    figures = [a for t, a in page.tags if t == "figure"]
    svgs = [a for t, a in page.tags if t == "svg" and a.get("role") == "img"]
    assert len(figures) == len(charted) + 1  # and the goal tree
    assert len(svgs) == len(figures)
    ids = {a.get("id") for _, a in page.tags}
    for svg in svgs:
        assert svg["aria-labelledby"] in ids and svg["aria-describedby"] in ids
    for tid in charted:
        assert f'id="cap-{tid}"' in _html()


def test_figures_are_read_from_the_library() -> None:
    """The text beside each target is `progress`'s own (`target_text` of `progress_report`)."""
    programme = load(HEERLEN)
    found = read_measurements(METINGEN, programme)
    report = progress_report(programme, found, AS_OF)
    text = " ".join(_Page(report_html(programme, found, AS_OF)).text)
    for target in report.targets.values():
        assert target_text(target, EN) in text
    overall = report.overall
    assert SYMBOLS[overall.status] in text


def test_a_status_is_never_told_by_colour_alone() -> None:
    """Every node's bar stands beside its status as a symbol and in words."""
    from doelenboom.render.progress import node_text

    assert len(set(SYMBOLS.values())) == len(Status)
    programme = load(HEERLEN)
    found = read_measurements(METINGEN, programme)
    report = progress_report(programme, found, AS_OF)
    text = "".join(_Page(report_html(programme, found, AS_OF, NL)).text)
    for ident, node in report.nodes.items():
        if ident != programme.id:
            assert SYMBOLS[node.status] + node_text(node, NL) in text, ident
    overall = report.overall  # the headline: the status on a line of its own, then the figures
    assert SYMBOLS[overall.status] + status_word(overall.status, NL) in text
    assert node_text(overall, NL) in text


def test_the_report_is_in_the_chosen_language() -> None:
    assert '<html lang="nl">' in _html(lang="nl")
    assert '<html lang="en">' in _html(lang="en")
    assert "Voortgangsrapportage" in _html(lang="nl")


def _hostile_spec(tmp_path: Path) -> Path:
    text = PIJLERS.read_text(encoding="utf-8")
    text = text.replace("name: School\n", f"name: '{HOSTILE[0]}'\n", 1)
    text = text.replace("name: Taal op niveau\n", f"name: '{HOSTILE[1]}'\n", 1)
    spec = tmp_path / "hostile.yaml"
    spec.write_text(text, encoding="utf-8")
    return spec


def test_spec_text_is_escaped(tmp_path: Path) -> None:
    spec = _hostile_spec(tmp_path)
    out = tmp_path / "report.html"
    code, _ = _run(str(spec), "-m", str(PIJLERS_METINGEN), "--as-of", "2026-01-01", "-o", str(out))
    assert code == 0
    html = out.read_text(encoding="utf-8")
    page = _Page(html)
    assert "script" not in {tag for tag, _ in page.tags}
    text = "".join(page.text)
    assert HOSTILE[0] in text and HOSTILE[1] in text  # shown as text, in the tree and its list
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 2


def test_a_spec_with_errors_writes_nothing(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(PIJLERS.read_text(encoding="utf-8").replace("horizon:", "horizont:", 1), encoding="utf-8")
    out = tmp_path / "report.html"
    code, output = _run(str(spec), "-m", str(PIJLERS_METINGEN), "-o", str(out))
    assert code == 1
    assert re.search(r"broken\.yaml:\d+:\d+: error DB2\d\d", output)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [spec]  # no temporary file left either


def test_refused_rows_are_listed_with_their_place_and_make_exit_1(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    code, output = _run(str(HEERLEN), "-m", str(BROKEN), "--as-of", "2025-01-01", "-o", str(out))
    assert code == 1
    programme = load(HEERLEN)
    refused = read_measurements(BROKEN, programme).diagnostics
    assert refused
    cells = _Page(out.read_text(encoding="utf-8")).text
    for d in refused:
        assert f"{d.file}:{d.line}:{d.column}" in cells and d.code in cells
        assert f"{d.line}:{d.column}: " in output  # and on stderr, as `progress` does


def test_a_clean_file_exits_0_and_the_output_must_be_a_regular_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert _run(str(HEERLEN), "-m", str(METINGEN), "--as-of", "2025-01-01", "-o", str(out))[0] == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert _run(str(HEERLEN), "-m", str(METINGEN), "-o", str(tmp_path))[0] == 2  # a folder


def test_without_the_report_extra_the_command_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vl_convert", None)  # import fails
    out = tmp_path / "report.html"
    code, output = _run(str(HEERLEN), "-m", str(METINGEN), "-o", str(out))
    assert code == 1 and "'.[report]'" in output
    assert not out.exists()


def test_another_shape_and_areas_as_small_multiples() -> None:
    """pijlers (other levels, money on maatregelen) and a spec with areas: per-area panels."""
    html = _html(PIJLERS, PIJLERS_METINGEN)
    assert "maatregel: Schakelklas" in " ".join(_Page(html).text)
    html = _html(GEBIEDEN, GEBIEDEN_METINGEN)
    programme = load(GEBIEDEN)
    found = read_measurements(GEBIEDEN_METINGEN, programme)
    area_targets = {t for t, rows in found.by_target.items() if any(r.area is not None for r in rows)}
    assert area_targets
    panels = re.findall(r'id="cap-([^"]+)-areas"', html)
    assert panels and set(panels) <= area_targets


_TAGS_ALLOWED = {
    *"html head meta title style body header nav main section article div p span ul li a h1 h2 h3 h4 h5 h6".split(),
    *"dl dt dd figure figcaption details summary table caption thead tbody tr th td".split(),
    *"svg g path rect text line circle title defs clippath".split(),
}
_PIECES = [*"<>&\"'/; =]xé", "script", "click", "<!--", "]]>"]
_NAMES = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(school=_NAMES, taal=_NAMES)
def test_any_name_is_shown_as_text_and_adds_no_element(school: str, taal: str) -> None:
    """Whatever the names of the nodes, the report's elements are its own and each name reads
    back as text, as written (in the tree's list, the headings and the diagram)."""
    assume(school.strip() and taal.strip())
    programme = load(PIJLERS)
    data = programme.model_dump(mode="python", by_alias=True, exclude_defaults=True)
    data["tree"][0]["name"] = school
    data["tree"][0]["children"][0]["name"] = taal
    changed = type(programme).model_validate(data)
    html = report_html(changed, read_measurements(PIJLERS_METINGEN, changed), AS_OF)
    page = _Page(html)
    assert {tag for tag, _ in page.tags} <= _TAGS_ALLOWED
    text = "".join(page.text)
    assert school in text and taal in text


def test_the_headline_keeps_the_insufficient_data_rule() -> None:
    """Covered less than the threshold: the headline says so, in the library's status."""
    from decimal import Decimal

    from doelenboom.monitor.progress import Thresholds
    from doelenboom.render.progress import percent_down
    from doelenboom.words import word

    programme = load(HEERLEN)
    found = read_measurements(METINGEN, programme)
    strict = Thresholds(min_coverage=Decimal("0.95"))
    overall = progress_report(programme, found, AS_OF, "equal", strict).overall
    assert overall.status is Status.INSUFFICIENT_DATA
    text = " ".join(_Page(report_html(programme, found, AS_OF, thresholds=strict)).text)
    assert word("report.insufficient", EN, coverage=percent_down(overall.coverage)) in text
    loose = " ".join(_Page(report_html(programme, found, AS_OF)).text)
    assert word("report.insufficient", EN, coverage=percent_down(overall.coverage)) not in loose


NPRZ = ROOT / "specs" / "nprz.yaml"
NPRZ_SPENDING = ROOT / "examples" / "nprz_bestedingen.yaml"


def test_money_planned_against_spent_per_year_and_funder(tmp_path: Path) -> None:
    """With --spending: the programme's planned and spent money per year and per funder, as
    `budget_execution` gives them (a missing figure stays '-')."""
    from doelenboom.monitor.spending import budget_execution, read_spending
    from doelenboom.text import format_eur

    empty = tmp_path / "metingen.yaml"
    empty.write_text("measurements: []\n", encoding="utf-8")
    out = tmp_path / "report.html"
    code, _ = _run(
        str(NPRZ), "-m", str(empty), "--spending", str(NPRZ_SPENDING), "--as-of", "2025-01-01", "-o", str(out)
    )
    assert code == 0
    html = out.read_text(encoding="utf-8")
    programme = load(NPRZ)
    found = read_measurements(empty, programme)
    execution = budget_execution(
        programme, read_spending(NPRZ_SPENDING, programme), progress_report(programme, found, AS_OF)
    )
    cells = _Page(html).text
    for year, figures in execution.programme.by_year.items():
        assert str(year) in cells and format_eur(figures.planned) in cells
    for figures in execution.programme.by_funder.values():
        assert format_eur(figures.planned) in cells and format_eur(figures.spent) in cells
    assert 'id="cap-report-money_by_year"' in html and 'id="cap-report-money_by_funder"' in html


def test_refused_spending_rows_are_listed_and_make_exit_1(tmp_path: Path) -> None:
    from doelenboom.monitor.spending import read_spending

    bad = tmp_path / "uitgaven.yaml"
    text = NPRZ_SPENDING.read_text(encoding="utf-8")
    bad.write_text(text + "  - {node: bestaat-niet, year: 2020, amount: 10}\n", encoding="utf-8")
    empty = tmp_path / "metingen.yaml"
    empty.write_text("measurements: []\n", encoding="utf-8")
    out = tmp_path / "report.html"
    assert _run(str(NPRZ), "-m", str(empty), "--spending", str(NPRZ_SPENDING), "-o", str(out))[0] == 0
    code, _ = _run(str(NPRZ), "-m", str(empty), "--spending", str(bad), "-o", str(out))
    refused = read_spending(bad, load(NPRZ)).diagnostics
    assert refused and code == 1
    cells = _Page(out.read_text(encoding="utf-8")).text
    for d in refused:
        assert f"{d.file}:{d.line}:{d.column}" in cells and d.code in cells
