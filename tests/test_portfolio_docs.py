"""The analyst's pages (docs/portfolio.md, docs/portefeuille.md) show the example portfolio's
report as the command prints it today: regenerate with ``python tests/test_portfolio_docs.py``."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from doelenboom.cli import main

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"en": ROOT / "docs" / "portfolio.md", "nl": ROOT / "docs" / "portefeuille.md"}
BLOCK = re.compile(r"(<!-- output:(en|nl) -->\n```text\n)(.*?)(```\n<!-- end -->)", re.DOTALL)


def report(lang: str) -> str:
    args = ["portfolio", "report", "examples/portfolio_nplv.yaml", "--as-of", "2025-06-30", "--lang", lang]
    import os

    before = os.getcwd()
    os.chdir(ROOT)  # the page shows the path as a user in the repository writes it
    try:
        result = CliRunner().invoke(main, args)
    finally:
        os.chdir(before)
    assert result.exit_code == 0, result.output
    return result.output


def _shown(text: str) -> str:
    found = BLOCK.search(text)
    assert found is not None
    return found.group(3)


def test_the_pages_show_todays_output() -> None:
    for lang, page in PAGES.items():
        assert _shown(page.read_text(encoding="utf-8")) == report(lang), page


if __name__ == "__main__":
    for lang, page in PAGES.items():
        text, shown = page.read_text(encoding="utf-8"), report(lang)
        found = BLOCK.search(text)
        assert found is not None
        page.write_text(text[: found.start(3)] + shown + text[found.end(3) :], encoding="utf-8")
