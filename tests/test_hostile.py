"""A corpus of hostile inputs (tests/hostile/): each is answered by located diagnostics, and the
work it causes is bounded by structure (nothing expanded, nothing converted), not by a clock.

Each corpus file is listed in ``EXPECTED`` with diagnostics it must produce as (code, line,
column); a file in the directory without an entry fails `test_every_hostile_file_is_listed`. A
file whose entry has no error is hostile to what reads its outputs (a spreadsheet, a terminal),
not to validation: it must produce those diagnostics and no error (tests/test_injection.py reads
its outputs). Hostile measurement files (tests/hostile/measurements/) are read against
`MEASURED_SPEC` and listed in ``MEASUREMENTS`` with the diagnostics they must produce and the lines
of the rows that must still be read.

Hostile files that git cannot hold (a device, a named pipe, a socket, a file too large to commit)
are made at test time (``SPECIAL``) and read by the CLI in a subprocess, whose timeout turns a
read that never ends into a failure.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from doelenboom.codes import CATALOGUE
from doelenboom.diagnostics import Severity
from doelenboom.inputs import DEFAULT_LIMITS, LIMIT_VARIABLE
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
    "merge_key.yaml": [("DB105", 9, 5)],  # a merge key, said to be one (it was called a '!!merge' tag)
    "control_characters.yaml": [("DB103", 1, 1)],
    "python_tag.yaml": [("DB112", 13, 19)],
    # issue 10 (F08): tags on quoted values were let through, and yaml.unsafe_load of the "clean"
    # file runs the command; every explicit tag is refused, at the tag
    "python_tag_quoted.yaml": [("DB112", 3, 7)],
    "binary_tag_quoted.yaml": [("DB112", 3, 7)],
    "custom_tag_verbatim.yaml": [("DB112", 3, 7)],
    "bare_tag.yaml": [("DB112", 3, 7)],
    "tagged_mapping.yaml": [("DB112", 4, 10)],
    # issue 10: '<<' as a value was called a '!!merge' tag; PyYAML's safe loader cannot load it
    "merge_value.yaml": [("DB105", 3, 7)],
    # issue 10: a byte-order mark after the first character validated clean
    "bom_inside.yaml": [("DB103", 3, 8), ("DB103", 4, 1)],
    # issue 10: a YAML timestamp where text is meant validated clean (a date-time, kept as text)
    "timestamp_name.yaml": [("DB203", 3, 7)],
    "week_date.yaml": [("DB203", 15, 77)],
    # issue 10: '-.nan' was called negative (DB206)
    "negative_nan_budget.yaml": [("DB209", 13, 19)],
    # issue 10, F07: an escape sequence in a key (a terminal title, a cleared screen and a fake
    # summary), a newline in an id forging a diagnostic line, and a CSI in a unit: each echoed
    # escaped (tests/test_injection.py renders them)
    "escape_sequences.yaml": [("DB201", 4, 1), ("DB207", 8, 9), ("DB316", 14, 59)],
    # issue 10, F07: names with the C1 control U+009B, a right-to-left override and an isolate
    "c1_bidi_names.yaml": [("DB212", 8, 11), ("DB212", 11, 15), ("DB212", 13, 40)],
    # issue 10, F04: one 'serves' list naming one goal 1000 times: one warning, one short note
    "repeated_serves.yaml": [("DB318", 13, 9), ("DB327", 13, 26)],
    # issue 10, F06: names a spreadsheet would run (behind spaces, full-width, after a CR): valid
    "formula_names.yaml": [],
    # ids that clash across kinds (programme, node, overhead item): the diff keeps them apart
    "id_clashes.yaml": [("DB301", 11, 12), ("DB301", 13, 9), ("DB301", 27, 13)],
}

MEASURED_SPEC = """\
doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2045}
levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: t, kind: count, name: T, value: 5, unit: person}
"""

# file in tests/hostile/measurements -> (diagnostics it must produce, lines of the rows still read)
MEASUREMENTS: dict[str, tuple[list[tuple[str, int, int]], list[int]]] = {
    "python_tag_quoted.yaml": ([("DB112", 3, 51)], [2]),
    "binary_tag_quoted.yaml": ([("DB112", 4, 12)], []),
    "merge_key.yaml": ([("DB105", 3, 5)], [2]),
    "week_date.csv": ([("DB406", 3, 3)], [2]),
    "week_date.yaml": ([("DB406", 2, 23)], []),
    "duplicate_value_column.csv": ([("DB408", 1, 19)], []),
    "bom_inside.csv": ([("DB408", 3, 16)], [2]),
    "bom_inside.yaml": ([("DB103", 3, 52)], [2]),
    "concatenated.csv": ([("DB408", 3, 1)], [2, 4]),
    # issue 10, F07: escape sequences in a target id and a value, a newline inside a row
    "escape_sequences.csv": ([("DB401", 2, 1), ("DB405", 3, 14)], []),
}


def _validate(raw: bytes, name: str = "hostile.yaml") -> tuple[Document, Validation]:
    document = load_bytes(raw, name)
    return document, validate_document(load_bytes(raw, name))


def _assert_located(result: Validation, name: str, *, errors: bool = True) -> None:
    assert any(d.severity is Severity.ERROR for d in result.diagnostics) == errors
    for d in result.diagnostics:
        assert d.code in CATALOGUE
        assert d.file == name
        assert d.line >= 1
        assert d.column >= 1


def test_every_hostile_file_is_listed() -> None:
    assert sorted(p.name for p in HOSTILE.glob("*.yaml")) == sorted(EXPECTED)
    assert sorted(p.name for p in (HOSTILE / "measurements").iterdir()) == sorted(MEASUREMENTS)


@pytest.mark.parametrize("name", sorted(MEASUREMENTS))
def test_hostile_measurements_refuse_their_rows_where_they_stand(name: str) -> None:
    from doelenboom.monitor.measurements import read_measurements_bytes

    spec = validate_text(MEASURED_SPEC, "spec.yaml")
    assert spec.programme is not None and not spec.failed()
    fmt = "csv" if name.endswith(".csv") else "yaml"
    found = read_measurements_bytes((HOSTILE / "measurements" / name).read_bytes(), spec.programme, "m", fmt)
    expected, rows = MEASUREMENTS[name]
    assert set(expected) <= {(d.code, d.line, d.column) for d in found.diagnostics}
    assert all(d.file == "m" and d.line >= 1 and d.column >= 1 for d in found.diagnostics)
    assert [row.line for row in found.rows] == rows


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_input_is_answered_by_located_diagnostics(name: str) -> None:
    _, result = _validate((HOSTILE / name).read_bytes())
    errors = any(CATALOGUE[code].severity is Severity.ERROR for code, _, _ in EXPECTED[name])
    _assert_located(result, "hostile.yaml", errors=errors)
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


# --- special files, made at test time -------------------------------------------------------------


def _fifo(path: Path) -> None:
    os.mkfifo(path)  # no writer: opening it for reading would wait forever


def _socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(path.name)  # relative: a socket's path must be short (the test runs in its folder)
    # closed, the socket's file stays: what a reader finds is still a socket


def _device_link(path: Path) -> None:
    path.symlink_to("/dev/zero")  # a link is followed: what it points to is read


def _sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)  # the size is there, the bytes are not

    return make


# name -> (how to make it, the diagnostic it must produce)
SPECIAL: dict[str, tuple[Callable[[Path], None], str]] = {
    "fifo_without_writer.yaml": (_fifo, "DB114"),
    "socket.yaml": (_socket, "DB114"),
    "link_to_dev_zero.yaml": (_device_link, "DB114"),
    "over_the_limit.yaml": (_sparse(DEFAULT_LIMITS["spec"] + 1), "DB115"),
}


@pytest.mark.parametrize("name", [*sorted(SPECIAL), "/dev/zero", "/dev/urandom"])
def test_special_file_is_answered_by_a_located_diagnostic(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    if name in SPECIAL:
        make, code = SPECIAL[name]
        make(tmp_path / name)
    else:
        code = "DB114"
    command = [sys.executable, "-c", "from doelenboom.cli import main; main()", "validate", "--format", "json", name]
    env = {key: value for key, value in os.environ.items() if key != LIMIT_VARIABLE}
    # The timeout is a guard against a read that never ends, not a measure of speed.
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, check=False)
    assert result.returncode == 1, result.stderr
    found = [(d["file"], d["code"], d["line"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert found == [(name, code, 1, 1)]
