from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"


@pytest.fixture
def heerlen_text() -> str:
    return HEERLEN.read_text(encoding="utf-8")
