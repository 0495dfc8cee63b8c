from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"


@pytest.fixture
def heerlen_text() -> str:
    return HEERLEN.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts from an English locale, whatever the developer's: the language of an
    output is what a test chooses (`--lang`, or the locale it sets), never the machine's."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI (``CI`` set) a skipped test is a failure: everything a test needs (git, openpyxl,
    markdown) is installed by the test command, so a skip there would hide a missing install."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI: {report.longrepr}"
