"""Every code renders a message and a hint in English and Dutch, for the args its checks pass.

The diagnostics come from running every case file, so the args are the ones the loader, the
parser and the checks really give. A placeholder left in the text means an arg was missing.
"""

from __future__ import annotations

import re

import pytest
import yaml

from doelenboom.codes import CATALOGUE, LANGUAGES
from doelenboom.diagnostics import Diagnostic
from test_cases import CATCH_ALL, _case_files, _run

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _diagnostics() -> dict[str, list[Diagnostic]]:
    found: dict[str, list[Diagnostic]] = {}
    for path in _case_files():
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            for diagnostic in _run(case).diagnostics:
                found.setdefault(diagnostic.code, []).append(diagnostic)
    return found


DIAGNOSTICS = _diagnostics()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_message_and_hint(code: str, lang: str) -> None:
    assert lang in CATALOGUE[code].message and lang in CATALOGUE[code].hint  # no silent fallback to English
    if code in CATCH_ALL:
        return  # no spec produces it; tests/test_parse.py renders it
    assert DIAGNOSTICS.get(code), f"no case file produces {code}"
    for diagnostic in DIAGNOSTICS[code]:
        for text in (diagnostic.message_in(lang), diagnostic.hint_in(lang)):
            assert text.strip()
            assert PLACEHOLDER.search(text) is None, (code, lang, text)
