"""A corpus of hostile inputs (tests/hostile/): each is answered by located diagnostics, and the
work it causes is bounded by structure (nothing expanded, nothing converted), not by a clock.

Each corpus file is listed in ``EXPECTED`` with diagnostics it must produce as (code, line,
column); a file in the directory without an entry fails `test_every_hostile_file_is_listed`.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from doelenboom.codes import CATALOGUE
from doelenboom.diagnostics import Severity
from doelenboom.loader import Document, load_bytes
from doelenboom.validation import Validation, validate_document, validate_text

HOSTILE = Path(__file__).parent / "hostile"

# file -> diagnostics it must produce (it may produce more, all located)
EXPECTED: dict[str, list[tuple[str, int, int]]] = {
    "alias_bomb.yaml": [("DB105", 6, 7), ("DB105", 14, 7)],
    # reported where the 101st level opens, the limit the message names
    "nesting_10000_flow.yaml": [("DB108", 2, 106)],
    "nesting_10000_mappings.yaml": [("DB108", 2, 403)],
    "bom.yaml": [("DB201", 1, 1)],  # the byte-order mark does not shift the column
    "latin1.yaml": [("DB102", 11, 18)],
    "nan_budget.yaml": [("DB209", 13, 19)],
    "inf_budget.yaml": [("DB209", 13, 19)],
    "negative_inf_budget.yaml": [("DB209", 13, 19)],
    "long_integer.yaml": [("DB109", 13, 19)],
    # found by fuzzing: 1.0e-999999999 is short text but a billion digits in every message
    "tiny_exponent.yaml": [("DB109", 15, 50)],
    # found by fuzzing: '---' alone used to validate clean, with no programme and no diagnostic;
    # now the schema says a mapping is expected there
    "null_document.yaml": [("DB203", 2, 1)],
    # found by fuzzing: 'levels: []' used to raise IndexError in the checks
    "empty_levels.yaml": [("DB314", 7, 9), ("DB314", 10, 13)],
    "surrogate_bytes.yaml": [("DB102", 11, 16)],
    "include_self.yaml": [("DB201", 2, 1), ("DB112", 2, 10)],
    "merge_key.yaml": [("DB112", 9, 5)],
    "control_characters.yaml": [("DB103", 1, 1)],
    "python_tag.yaml": [("DB112", 13, 19)],
    # ids that clash across kinds (programme, node, overhead item): the diff keeps them apart
    "id_clashes.yaml": [("DB301", 11, 12), ("DB301", 13, 9), ("DB301", 27, 13)],
}


def _validate(raw: bytes, name: str = "hostile.yaml") -> tuple[Document, Validation]:
    document = load_bytes(raw, name)
    return document, validate_document(load_bytes(raw, name))


def _assert_located(result: Validation, name: str) -> None:
    assert any(d.severity is Severity.ERROR for d in result.diagnostics)
    for d in result.diagnostics:
        assert d.code in CATALOGUE
        assert d.file == name
        assert d.line >= 1
        assert d.column >= 1


def test_every_hostile_file_is_listed() -> None:
    assert sorted(p.name for p in HOSTILE.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_input_is_answered_by_located_diagnostics(name: str) -> None:
    _, result = _validate((HOSTILE / name).read_bytes())
    _assert_located(result, "hostile.yaml")
    found = {(d.code, d.line, d.column) for d in result.diagnostics}
    assert set(EXPECTED[name]) <= found


def test_alias_bomb_is_not_expanded() -> None:
    raw = (HOSTILE / "alias_bomb.yaml").read_bytes()
    document, result = _validate(raw)
    # 9 anchors and 73 aliases, each reported once where it stands
    assert sum(d.code == "DB105" for d in result.diagnostics) == raw.count(b"&") + raw.count(b"*") == 82
    # expanded, the bomb holds 9^9 strings; loaded, every alias after the first is None
    assert len(document.source.values) < 200
    assert document.data["tree"] is None
    assert document.data["bomb"]["l1"][1:] == [None] * 8


@pytest.mark.parametrize("name", ["nesting_10000_flow.yaml", "nesting_10000_mappings.yaml"])
def test_deep_nesting_is_refused_whole(name: str) -> None:
    document, result = _validate((HOSTILE / name).read_bytes())
    assert document.data is None
    assert len(document.source.values) == 0
    assert [d.code for d in result.diagnostics] == ["DB108"]


def test_long_integer_is_not_converted() -> None:
    document, _ = _validate((HOSTILE / "long_integer.yaml").read_bytes())
    amount: Any = document.data["tree"][0]["children"][0]["budget"]["amount"]
    assert amount == "9" * 5000  # kept as text, never turned into a 5000-digit int


def test_tiny_exponent_is_not_written_out() -> None:
    document, result = _validate((HOSTILE / "tiny_exponent.yaml").read_bytes())
    value: Any = document.data["tree"][0]["children"][0]["targets"][0]["value"]
    assert value == "1.0e-999999999"
    for d in result.diagnostics:
        assert len(d.message_in("en")) < 1000
        assert len(d.message_in("nl")) < 1000


@pytest.mark.parametrize(("exponent", "codes"), [(-39, []), (-40, ["DB109"]), (39, []), (40, ["DB109"])])
def test_exponents_count_as_digits(exponent: int, codes: list[str]) -> None:
    # 1.e-39 and 1.e+39 have 40 digits written out, the most a number may have
    document = load_bytes(f"a: 1.e{exponent:+d}\n".encode())
    assert [d.code for d in document.diagnostics] == codes
    assert document.data["a"] == (Decimal(10) ** exponent if not codes else f"1.e{exponent:+d}")


def test_lone_surrogate_in_text_is_located() -> None:
    # Text from Python can hold a lone surrogate, which UTF-8 cannot encode.
    result = validate_text("doelenboom: 1\nname: P\ud800\n", "s.yaml")
    assert [(d.code, d.line, d.column) for d in result.diagnostics] == [("DB102", 2, 8)]


def test_hundred_megabyte_file(tmp_path: Path) -> None:
    # Generated here, never committed: the Heerlen spec with a 100 MB description and a duplicate
    # key after it. About a second and 0.7 GB on the reference machine, so it is in the default
    # suite; the loader's work is one string, and positions stay exact a million lines down.
    head = (Path(__file__).parent.parent / "specs" / "heerlen_noord.yaml").read_bytes()
    line = b" " * 14 + b"lorem ipsum dolor sit amet " * 3 + b"\n"
    count = 100_000_000 // len(line) + 1
    anchor = b"            name: Gezondheid\n"
    indent = b" " * 12
    raw = head.replace(anchor, anchor + indent + b"description: >-\n" + line * count + indent + b"name: again\n")
    path = tmp_path / "big.yaml"
    path.write_bytes(raw)
    del raw
    assert path.stat().st_size >= 100_000_000
    from doelenboom.validation import validate

    result = validate(path)
    duplicate_line = head[: head.index(anchor)].count(b"\n") + 3 + count
    assert [(d.code, d.line, d.column) for d in result.diagnostics if d.severity is Severity.ERROR] == [
        ("DB104", duplicate_line, 13)
    ]
