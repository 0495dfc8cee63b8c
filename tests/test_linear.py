"""Linear time for every input (issue 10, F04/F05): no check, message or reader grows faster than
linearly. Counted in operations over small sizes, never timed (the timed growth benchmark is
benchmarks/growth.py, its table in docs/benchmarks.md).

Operations are the Python lines run in doelenboom's own code and in difflib (`sys.settrace`),
plus the characters of every message and hint: for each hostile shape of benchmarks/shapes.py,
doubling the input may at most about double them. The bounds of the suggestion search are made
small here (`_small_bounds`) so that small inputs already show how large ones grow.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from doelenboom import suggest
from doelenboom.codes import NO_SUGGESTION, format_arg
from doelenboom.diagnostics import listing
from doelenboom.language import EN, NL
from doelenboom.monitor import measurements
from doelenboom.render.diagnostics import related_label
from doelenboom.validation import validate_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import shapes

HEAD = shapes.HEAD

FACTOR = 2.2
"""The most that doubling the input may multiply the work by."""

SIZES = {name: (40, 80, 160) for name in shapes.SHAPES}
SIZES["repeated_serves"] = (1_000, 2_000, 4_000)
SIZES["unknown_columns"] = (200, 400, 800)
SIZES["distinct_serves"] = (200, 400, 800)
SIZES["wrong_shares"] = (100, 200, 400)


@pytest.fixture(autouse=True)
def _small_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(suggest, "MAX_LOOKUPS", 5)
    monkeypatch.setattr(suggest, "MAX_CANDIDATES", 20)
    monkeypatch.setattr(measurements, "_MAX_SUGGESTED", 5)


def _operations(run: Callable[[], Any]) -> int:
    """Lines of Python run in doelenboom and difflib while ``run`` runs."""
    count = 0

    def lines(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return lines

    def calls(frame: FrameType, event: str, arg: object) -> Any:
        name = frame.f_code.co_filename
        if "doelenboom" in name or name.endswith("difflib.py"):
            return lines
        return None

    sys.settrace(calls)
    try:
        run()
    finally:
        sys.settrace(None)
    return count


def _work(shape: shapes.Shape) -> int:
    """Operations of validating the shape (and reading its measurements), plus the length of
    every message, hint and related location in English and Dutch (a message that lists a whole
    list is work too)."""
    out: list[int] = []
    operations = _operations(lambda: out.append(_words(shape)))
    return operations + out[0]


def _words(shape: shapes.Shape) -> int:
    from doelenboom.monitor.measurements import read_measurements_text

    result = validate_text(shape.spec, "spec.yaml")
    diagnostics = list(result.diagnostics)
    if shape.measurements is not None:
        assert result.programme is not None
        diagnostics += read_measurements_text(shape.measurements, result.programme, "m", shape.fmt).diagnostics
    return sum(
        len(d.message_in(lang)) + len(d.hint_in(lang)) + sum(len(related_label(r, lang)) + 20 for r in d.related)
        for d in diagnostics
        for lang in (EN, NL)
    )


@pytest.mark.parametrize("name", sorted(shapes.SHAPES))
def test_work_grows_linearly(name: str) -> None:
    work = [_work(shapes.SHAPES[name](n)) for n in SIZES[name]]
    factors = [work[1] / work[0], work[2] / work[1]]
    assert max(factors) <= FACTOR, (name, SIZES[name], work, factors)


def _compared(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the known ids difflib compares a value with (one `set_seq1` each)."""
    seen = [0]
    original = difflib.SequenceMatcher.set_seq1

    def counting(self: difflib.SequenceMatcher[str], a: str) -> None:
        seen[0] += 1
        original(self, a)

    monkeypatch.setattr(difflib.SequenceMatcher, "set_seq1", counting)
    return seen


@pytest.mark.parametrize("name", ["unknown_serves", "unknown_of", "unknown_targets"])
def test_suggestions_compare_a_bounded_number_of_ids(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _compared(monkeypatch)
    counts = []
    for n in SIZES[name]:
        seen[0] = 0
        _words(shapes.SHAPES[name](n))
        counts.append(seen[0])
    # each kind of id: at most MAX_LOOKUPS lookups of at most MAX_CANDIDATES ids, whatever the size
    assert counts[0] == counts[1] == counts[2] <= 3 * 5 * 20, counts


def test_a_suggestion_is_still_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(suggest, "MAX_CANDIDATES", 40)  # ids sharing a beginning come first
    result = validate_text(shapes.unknown_serves(30).spec, "spec.yaml")
    hints = [d.args["suggestion"] for d in result.diagnostics if d.code == "DB302"]
    assert hints[:5] == [f"doel-{k}" for k in range(5)]  # the first MAX_LOOKUPS (5 here) values
    assert set(hints[5:]) == {NO_SUGGESTION}


def test_each_distinct_value_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = difflib.get_close_matches

    def counting(word: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(word)
        return original(word, *args, **kwargs)

    monkeypatch.setattr(difflib, "get_close_matches", counting)
    spec = shapes.unknown_serves(3).spec.replace("doel-1x", "doel-0x").replace("doel-2x", "doel-0x")
    result = validate_text(spec, "spec.yaml")
    assert [d.code for d in result.diagnostics] == ["DB302"] * 3
    assert calls == ["doel-0x"]


def test_suggester_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(suggest, "MAX_CANDIDATES", 400)
    known = [f"id-{k}" for k in range(1000)]
    found = suggest.Suggester(known)
    assert found.suggest("id-7x") == "id-7"
    assert found.suggest("xid-512") == "id-512"  # a typo at the start: found by its ending
    assert found.suggest("x" * 1000) is None  # too long to compare
    assert found.suggest("") is None
    assert len(found._candidates("id-12")) <= suggest.MAX_CANDIDATES


# --- long lists in messages are cut -------------------------------------------------------------


def test_a_listing_is_cut() -> None:
    many = listing((f"doel-{k}" for k in range(1_000_000)), quoted=True)
    assert format_arg(many, EN).endswith("'doel-9' and 999,990 more")
    assert format_arg(many, NL).endswith("'doel-9' en nog 999.990")


def test_a_long_cycle_is_cut_in_its_message() -> None:
    n = 1000
    parts = "".join(
        f"          - {{id: p{k}, kind: part_of, of: p{(k + 1) % n}, name: P, value: 1, unit: person}}\n"
        for k in range(n)
    )
    spec = HEAD + "tree:\n  - id: g\n    name: G\n    children:\n      - id: i\n        name: I\n"
    result = validate_text(spec + "        targets:\n" + parts, "cycle.yaml")
    cycles = [d for d in result.diagnostics if d.code == "DB303"]
    assert len(cycles) == 1
    assert len(cycles[0].message_in(EN)) < 300
    assert cycles[0].message_in(EN).endswith("and 991 more")
    assert cycles[0].message_in(NL).endswith("en nog 991")


def test_a_serves_list_of_one_id_gives_one_warning_and_short_messages() -> None:
    result = validate_text(shapes.repeated_serves(100_000).spec, "spec.yaml")
    repeats = [d for d in result.diagnostics if d.code == "DB327"]
    assert [(d.args["ref"], d.args["count"]) for d in repeats] == [("doel-1", 100_000)]
    assert "'doel-1' 100,000 times" in repeats[0].message_in(EN)
    assert "'doel-1' 100.000 keer" in repeats[0].message_in(NL)
    assert {d.code for d in result.diagnostics} == {"DB312", "DB318", "DB327"}  # no DB302/DB315 per copy
    for d in result.diagnostics:
        for lang in (EN, NL):
            assert len(d.message_in(lang)) + len(d.hint_in(lang)) < 500


def test_a_note_on_many_served_nodes_is_cut() -> None:
    result = validate_text(shapes.distinct_serves(1_000).spec, "spec.yaml")
    [note] = [d for d in result.diagnostics if d.code == "DB318"]
    assert note.message_in(EN).endswith("and 989 more without 'allocation'; its budget counts fully towards 'doel-0'")


def test_related_locations_are_cut() -> None:
    result = validate_text(shapes.wrong_shares(100).spec, "spec.yaml")
    shares = [d for d in result.diagnostics if d.code == "DB305"]
    assert len(shares) == 100
    for d in shares:
        assert len(d.related) == 21
        assert related_label(d.related[-1], EN) == "and 80 more"
        assert related_label(d.related[-1], NL) == "en nog 80"


def test_the_benchmark_times_every_shape() -> None:
    import growth

    assert set(growth.BASE) == set(shapes.SHAPES) == set(SIZES)
