"""Terminal and log injection (issue 10, F07).

F07: values echoed in diagnostics are shown with their control characters, bidi overrides and
line breaks escaped (`text.visible`), in every renderer; names refuse C1 controls and bidi
overrides (DB212).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from doelenboom.codes import format_arg
from doelenboom.compare import diff
from doelenboom.diagnostics import listing
from doelenboom.language import EN, NL
from doelenboom.monitor.measurements import read_measurements_text
from doelenboom.render import diagnostics as render_diagnostics
from doelenboom.render import diff as render_diff
from doelenboom.text import visible
from doelenboom.validation import load, validate_text

HOSTILE = Path(__file__).parent / "hostile"
HEAD = """doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2045}
levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]
"""

# --- F07: terminal and log injection ---------------------------------------------------------------

_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def test_visible() -> None:
    assert visible("\x1b]0;title\x07\x1b[2J") == "\\x1b]0;title\\x07\\x1b[2J"
    assert visible("a\nb\rc\td") == "a\\nb\\rc\\td"
    assert visible("\u009b\u202e\u2066\u2028\ud800") == "\\x9b\\u202e\\u2066\\u2028\\ud800"
    assert visible("Gezondheid – één") == "Gezondheid – één"


@given(st.text())
def test_visible_leaves_nothing_to_act_on(text: str) -> None:
    shown = visible(text)
    assert _INVISIBLE.search(shown) is None
    assert not re.search("[\ud800-\udfff]", shown)
    if _INVISIBLE.search(text) is None and not re.search("[\ud800-\udfff]", text):
        assert shown == text


def _hostile_validation() -> list[object]:
    path = HOSTILE / "escape_sequences.yaml"
    return [validate_text(path.read_text(encoding="utf-8"), "escape_sequences.yaml")]


def test_echoed_values_are_escaped_in_every_diagnostic_renderer() -> None:
    results = _hostile_validation()
    codes = {d.code for r in results for d in r.diagnostics}  # type: ignore[attr-defined]
    assert {"DB201", "DB207", "DB316"} <= codes
    for name, renderer in render_diagnostics.RENDERERS.items():
        for lang in (EN, NL):
            out = renderer(results, lang)  # type: ignore[arg-type]
            assert _INVISIBLE.search(out.replace("\n", "")) is None, name
            if name in ("json", "sarif"):
                assert _INVISIBLE.search(json.dumps(json.loads(out), ensure_ascii=False)) is None, name
    text = render_diagnostics.render_text(results, EN)  # type: ignore[arg-type]
    # the forged line stays inside its message: every line is a diagnostic, a hint or the summary
    for line in text.splitlines():
        assert line.startswith(("escape_sequences.yaml:", "    ")), line
    assert "escape_sequences.yaml:1:1: error DB999" not in [line[:37] for line in text.splitlines()]
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in text


def test_echoed_values_are_escaped_in_the_diff(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(HEAD + "tree:\n  - id: g\n    name: G\n", encoding="utf-8")
    new.write_text((HOSTILE / "escape_sequences.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result, failures = diff(str(old), str(new))
    assert not failures
    assert result.new_diagnostics
    for lang in (EN, NL):
        for out in (render_diff.render_text(result, lang), render_diff.render_markdown(result, lang)):
            assert _INVISIBLE.search(out.replace("\n", "")) is None
            assert "DB999" not in [line.split(" ")[-1] for line in out.splitlines() if line.endswith("DB999")]
        decoded = json.dumps(json.loads(render_diff.render_json(result, lang)), ensure_ascii=False)
        assert _INVISIBLE.search(decoded) is None


def test_measurement_values_are_escaped() -> None:
    programme = load(HOSTILE / "repeated_serves.yaml")
    raw = (HOSTILE / "escape_sequences.csv").read_text(encoding="utf-8")
    found = read_measurements_text(raw, programme, "m.csv")
    assert {d.code for d in found.diagnostics} >= {"DB401", "DB405"}
    for d in found.diagnostics:
        for lang in (EN, NL):
            assert _INVISIBLE.search(d.message_in(lang) + d.hint_in(lang)) is None


def test_a_listing_escapes_its_items() -> None:
    assert format_arg(listing(["a\x1bb", "c"], joiner=" → "), EN) == "a\\x1bb → c"
