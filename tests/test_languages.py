"""Every code speaks English and Dutch, and `validate --lang nl` prints Dutch for every code we
can trigger: the case files in tests/cases/ when present, plus the small specs in dutch_specs.py."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from doelenboom.cli import main
from doelenboom.codes import CATALOGUE, LANGUAGES
from doelenboom.diagnostics import Diagnostic
from doelenboom.inputs import LIMIT_VARIABLE, read_input
from doelenboom.loader import load_bytes
from doelenboom.validation import validate_document
from dutch_specs import SPECS

CASES_DIR = Path(__file__).parent / "cases"


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_has_both_languages(code: str) -> None:
    entry = CATALOGUE[code]
    assert set(LANGUAGES) <= entry.languages()  # further languages may be registered by other tests
    for templates in (entry.message, entry.hint):
        assert all(templates[lang].strip() for lang in LANGUAGES)
        en, nl = templates["en"], templates["nl"]
        if en == nl:  # a template that is only a worded arg ("{suggestion}"): its words differ
            arg = en.strip("{}")
            assert arg in entry.tokens or arg in entry.data, (code, en)
        # Args are data, never pre-translated: every language fills in the same ones.
        assert _fields(en) == _fields(nl), (en, nl)


def _specs() -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data.get("cases", [])):
            if "path" in case or "files" in case:  # reading a file (DB101); portfolios: test_messages
                continue
            raw = bytes.fromhex(case["spec_hex"]) if "spec_hex" in case else case["spec"].encode("utf-8")
            found.append((f"{path.stem}-{i}", raw))
    for code, spec in SPECS.items():
        found.append((f"own-{code}", spec if isinstance(spec, bytes) else spec.encode("utf-8")))
    return found


def _unfilled(diag: Diagnostic, text: str, templates: dict[str, str]) -> bool:
    return any("{" + f + "}" in text for f in _fields(templates["nl"]))


def _check_dutch(payload: dict[str, Any], expected: list[Diagnostic]) -> set[str]:
    printed = payload["diagnostics"]
    assert [d["code"] for d in printed] == [d.code for d in expected]
    for shown, diag in zip(printed, expected, strict=True):
        entry = CATALOGUE[diag.code]
        assert shown["message"] == diag.message_in("nl")
        assert shown["hint"] == diag.hint_in("nl")
        assert shown["message"] != diag.message_in("en"), diag.code
        assert not _unfilled(diag, shown["message"], entry.message), (diag.code, shown["message"])
        assert not _unfilled(diag, shown["hint"], entry.hint), (diag.code, shown["hint"])
    return {d.code for d in expected}


def test_validate_lang_nl_prints_dutch_for_every_code(tmp_path: Path) -> None:
    runner = CliRunner()
    seen: set[str] = set()
    for name, raw in _specs():
        spec = tmp_path / f"{name}.yaml"
        spec.write_bytes(raw)
        expected = list(validate_document(load_bytes(raw, str(spec))).diagnostics)
        result = runner.invoke(main, ["validate", "--lang", "nl", "--format", "json", str(spec)])
        assert result.exit_code in (0, 1), result.output
        seen |= _check_dutch(json.loads(result.output), expected)
    missing = tmp_path / "ontbreekt.yaml"
    result = runner.invoke(main, ["validate", "--lang", "nl", "--format", "json", str(missing)])
    payload = json.loads(result.output)
    assert [d["code"] for d in payload["diagnostics"]] == ["DB101"]
    seen.add("DB101")
    # the file itself: a device (DB114), a file over the limit the environment sets (DB115)
    for path, limit in [("/dev/null", None), (str(spec), 1)]:
        env = {LIMIT_VARIABLE: str(limit)} if limit is not None else {}
        result = runner.invoke(main, ["validate", "--lang", "nl", "--format", "json", path], env=env)
        found = read_input(path, limit=limit)
        assert isinstance(found, Diagnostic)
        seen |= _check_dutch(json.loads(result.output), [found])
    # DB299 is the catch-all for pydantic errors the mapping does not know; no spec reaches it.
    # Measurement and spending codes are not validate's: test_messages renders them from their cases.
    not_validates = {"measurements", "spending", "portfolio"}
    spec_codes = {code for code, entry in CATALOGUE.items() if entry.phase not in not_validates}
    assert spec_codes - seen <= {"DB299"}


def test_text_output_uses_dutch_words_for_severity(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(str(SPECS["DB304"]), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--lang", "nl", str(spec)])
    assert result.exit_code == 1
    assert ": fout DB304 " in result.output


# Mistakes policy staff really make, and words that would show that English leaked into Dutch.
_REALISTIC = {
    "tab": "\tname: Gezondheid",
    "colon": "    name: Gezondheid: preventie",
    "indent": "   name: Gezondheid",
    "unclosed quote": '    name: "Gezondheid',
    "unit": "    budget: {amount: 5, unit: euro}",
    "odd unit": "    targets: [{id: t, kind: count, name: T, value: 5, unit: km²}]",
    "dutch key": "    naam: Gezondheid",
}
_ENGLISH = re.compile(r"\b(found|expected|should|String|mapping|token|stream| or |did not|character)\b")


@pytest.mark.parametrize("mistake", sorted(_REALISTIC))
def test_realistic_mistakes_read_as_dutch(mistake: str, tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    base = "doelenboom: 1\nid: p\nname: P\nhorizon: {start: 2020, end: 2045}\ntree:\n  - id: g\n    name: G\n"
    spec.write_text(base + _REALISTIC[mistake] + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--lang", "nl", "--format", "json", str(spec)])
    assert result.exit_code == 1
    shown = json.loads(result.output)["diagnostics"]
    assert shown
    for diag in shown:
        text = diag["message"] + " " + diag["hint"]
        assert _ENGLISH.search(text) is None, (diag["code"], text)
        assert re.search(r"\{[a-z_]+\}", text) is None, (diag["code"], text)
