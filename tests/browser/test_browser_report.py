"""The HTML report and the docs site in a real browser: Debian's Chromium driven by Playwright.

Each page loads with no console error and no request outside the file (or the local site): every
other request is recorded and aborted; every chart is drawn; the page prints to an A4 PDF; axe-core
(shipped in this folder) finds no serious or critical accessibility violation. Screenshots and
PDFs go to test-artifacts/. Chromium missing is a failure, never a skip (`make chromium`).
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from playwright.sync_api import Browser, Page, Playwright, Route, sync_playwright

from doelenboom.cli import main
from doelenboom.monitor import read_measurements
from doelenboom.validation import load

ROOT = Path(__file__).resolve().parents[2]
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"
METINGEN = ROOT / "examples" / "heerlen_noord_metingen.yaml"
PIJLERS = ROOT / "tests" / "data" / "pijlers.yaml"
PIJLERS_METINGEN = ROOT / "tests" / "data" / "pijlers_metingen.csv"
GEBIEDEN = ROOT / "examples" / "heerlen_noord_gebieden.yaml"
GEBIEDEN_METINGEN = ROOT / "examples" / "heerlen_noord_gebieden_metingen.csv"
NPRZ = ROOT / "specs" / "nprz.yaml"
NPRZ_SPENDING = ROOT / "examples" / "nprz_bestedingen.yaml"
AXE = Path(__file__).with_name("axe.min.js")
ARTIFACTS = ROOT / "test-artifacts"
# As root, Chromium needs --no-sandbox; the rest keep it from calling home on a closed network.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    path = shutil.which("chromium")
    assert path is not None, "Chromium is not installed: run `make chromium` (as root it installs Debian's package)"
    found = playwright.chromium.launch(executable_path=path, args=ARGS)
    yield found
    found.close()


class Visit:
    """One page load: the console errors, page errors and refused requests it caused."""

    def __init__(self, page: Page, allowed: str) -> None:
        self.page = page
        self.allowed = allowed
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.route("**/*", self._route)

    def _route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(self.allowed):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()


def _report(tmp: Path, spec: Path, measurements: Path, lang: str) -> tuple[Path, int]:
    out = tmp / f"report-{spec.stem}-{lang}.html"
    result = CliRunner().invoke(
        main, ["report", str(spec), "-m", str(measurements), "--as-of", "2025-01-01", "--lang", lang, "-o", str(out)]
    )
    return out, result.exit_code


def _charts_expected(spec: Path, measurements: Path) -> int:
    """One chart per target with rows for the whole area (or a reference series), plus the tree:
    counted from the measurements, not from the report."""
    programme = load(spec)
    found = read_measurements(measurements, programme).by_target
    whole = programme.area.name if programme.area is not None else None
    references = {programme.reference_area} - {None}
    drawn = {
        t for t, rows in found.items() if any(r.area is None or r.area == whole or r.area in references for r in rows)
    }
    return len(drawn) + 1


def _check_page(visit: Visit, name: str, *, charts: int | None) -> dict[str, Any]:
    page = visit.page
    page.wait_for_load_state("load")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    found = {}
    if charts is not None:
        drawn = page.eval_on_selector_all(
            "figure.chart svg",
            "els => els.filter(e => e.getBoundingClientRect().width > 50 && e.querySelector('path,text')).length",
        )
        found["charts"] = drawn
        assert drawn >= charts
        # every chart has a text alternative: a label, a description and a table or list
        alternatives = page.eval_on_selector_all(
            "figure.chart",
            "els => els.filter(f => f.querySelector('svg[role=img][aria-labelledby][aria-describedby]')"
            " && f.querySelector('table, ul')).length",
        )
        assert alternatives == page.locator("figure.chart").count()
    pdf = page.pdf(format="A4", print_background=True)
    (ARTIFACTS / f"{name}.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [
        (v["id"], v["impact"], len(v["nodes"])) for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert bad == []
    assert visit.errors == []
    assert visit.outside == []
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_heerlen_report_in_chromium(browser: Browser, tmp_path: Path, lang: str) -> None:
    out, code = _report(tmp_path, HEERLEN, METINGEN, lang)
    assert code == 0
    context = browser.new_context(bypass_csp=True)  # the report forbids scripts; axe is one
    page = context.new_page()
    visit = Visit(page, out.as_uri())
    page.goto(out.as_uri())
    assert page.locator("html").get_attribute("lang") == lang
    _check_page(visit, f"report-heerlen-{lang}", charts=_charts_expected(HEERLEN, METINGEN))
    context.close()


@pytest.mark.parametrize(
    ("spec", "measurements"), [(PIJLERS, PIJLERS_METINGEN), (GEBIEDEN, GEBIEDEN_METINGEN)], ids=["pijlers", "gebieden"]
)
def test_other_shapes_in_chromium(browser: Browser, tmp_path: Path, spec: Path, measurements: Path) -> None:
    """Other level names and money elsewhere (pijlers); areas drawn as small multiples (gebieden)."""
    out, code = _report(tmp_path, spec, measurements, "en")
    assert code == 0
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    visit = Visit(page, out.as_uri())
    page.goto(out.as_uri())
    _check_page(visit, f"report-{spec.stem}-en", charts=_charts_expected(spec, measurements))
    context.close()


def test_money_report_in_chromium(browser: Browser, tmp_path: Path) -> None:
    """Planned against spent per year and funder (specs/nprz.yaml with its spending): the money
    charts drawn, readable and accessible too."""
    empty = tmp_path / "metingen.yaml"
    empty.write_text("measurements: []\n", encoding="utf-8")
    out = tmp_path / "report-nprz-nl.html"
    args = ["report", str(NPRZ), "-m", str(empty), "--spending", str(NPRZ_SPENDING), "--lang", "nl", "-o", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    visit = Visit(page, out.as_uri())
    page.goto(out.as_uri())
    assert page.locator("#cap-report-money_by_year").count() == 1
    assert page.locator("#cap-report-money_by_funder").count() == 1
    _check_page(visit, "report-nprz-nl", charts=3)  # two money charts and the tree
    context.close()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The built docs site (``make docs`` builds it before the tests; built here when missing),
    served on localhost."""
    folder = ROOT / "site"
    if not (folder / "reference" / "heerlen-noord" / "index.html").exists():
        subprocess.run([sys.executable, str(ROOT / "docs" / "gen" / "generate.py")], check=True, cwd=ROOT)
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet"], check=True, cwd=ROOT)
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_docs_heerlen_page_draws_its_diagram_offline(browser: Browser, site: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    visit = Visit(page, site)
    page.goto(site + "reference/heerlen-noord/")
    # Mermaid (served by the site itself) replaces the fence's text by a diagram, which Material
    # for MkDocs draws in a closed shadow root: seen as a tall box that no longer holds the text
    page.wait_for_selector("div.mermaid", timeout=20_000)
    page.wait_for_function("document.querySelector('div.mermaid').getBoundingClientRect().height > 300")
    assert page.locator("pre.mermaid").count() == 0
    assert "flowchart" not in page.locator("div.mermaid").first.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "docs-heerlen-noord.png"), full_page=True)
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [
        (v["id"], v["impact"], [n["html"][:120] for n in v["nodes"]])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == []
    assert visit.errors == []
    assert visit.outside == []
    context.close()
