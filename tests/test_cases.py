"""Runs every case file in tests/cases: one file per diagnostic code (as sqlfluff keeps one per rule).

Each file lists cases; a case has a spec text and the (code, line, column) triples it must
produce for the file's code. Instead of ``spec:`` a case may give ``spec_hex:`` (the raw bytes, in
hex, for encodings that YAML text cannot hold) or ``path:`` (a file to read, relative to
tests/cases; for files that cannot be read). With ``make: fifo`` the ``path:`` is a named pipe
that the harness makes in a fresh folder (git holds no FIFO); with ``max_input_bytes:`` the spec
is written to a file and read through `validate` with ``DOELENBOOM_MAX_INPUT_BYTES`` set to it.
A case with ``expect: []`` must not produce that code, and must have no errors at all, so that it
really is the spec that passes.

A measurements case (DB4xx) also carries ``measurements_csv:`` or ``measurements_yaml:`` text (or
``measurements_csv_hex:``, its raw bytes), read against the case's spec (which must be valid);
positions are then in the measurements text. A spending case carries ``spending_csv:`` or
``spending_yaml:`` the same way.

A portfolio case (DB5xx) carries ``files:``, a map of file name to text written to a fresh
folder, and validates ``portfolio.yaml`` there with everything it holds; positions may then be in
any of the files (the code decides which one: a programme's or the portfolio's).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

from doelenboom.codes import CATALOGUE
from doelenboom.diagnostics import Severity
from doelenboom.inputs import LIMIT_VARIABLE
from doelenboom.loader import load_bytes
from doelenboom.monitor.measurements import read_measurements_bytes, read_measurements_text
from doelenboom.monitor.spending import read_spending_text
from doelenboom.validation import Validation, validate, validate_document

CASES_DIR = Path(__file__).parent / "cases"

# The catch-all for a pydantic error the mapping in parse.py does not know. Every error the models
# can raise is mapped, so no spec reaches it; tests/test_parse.py drives it with a made-up error.
CATCH_ALL = {"DB299"}


def _case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("DB*.yaml"))


def _cases() -> list[Any]:
    params = []
    for path in _case_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["code"], case, id=f"{data['code']}-{case['name']}"))
    return params


@contextmanager
def _limit(value: int | None) -> Iterator[None]:
    """``DOELENBOOM_MAX_INPUT_BYTES`` set to ``value`` (or unset) for a while, then as it was."""
    before = os.environ.pop(LIMIT_VARIABLE, None)
    if value is not None:
        os.environ[LIMIT_VARIABLE] = str(value)
    try:
        yield
    finally:
        os.environ.pop(LIMIT_VARIABLE, None)
        if before is not None:
            os.environ[LIMIT_VARIABLE] = before


def _read_through_a_file(case: dict[str, Any]) -> Validation:
    """A case about the file itself: a special file made here, or a spec read under a limit."""
    with tempfile.TemporaryDirectory() as folder:
        if "max_input_bytes" in case:
            path = Path(folder, "case.yaml")
            path.write_bytes(case["spec"].encode("utf-8"))
        else:
            assert case["make"] == "fifo", case  # the only special file a case can ask for
            path = Path(folder, case["path"])
            os.mkfifo(path)
        with _limit(case.get("max_input_bytes")):
            return validate(path)


def _portfolio(case: dict[str, Any]) -> Validation:
    from doelenboom.portfolio import validate_portfolio

    with tempfile.TemporaryDirectory() as folder:
        for name, text in case["files"].items():
            Path(folder, name).write_text(text, encoding="utf-8")
        found = validate_portfolio(Path(folder, "portfolio.yaml"))
    return Validation(found.file, None, found.diagnostics)


def _run(case: dict[str, Any]) -> Validation:
    if "files" in case:
        return _portfolio(case)
    if "make" in case or "max_input_bytes" in case:
        return _read_through_a_file(case)
    if "path" in case:  # for files that cannot be read at all
        return validate(CASES_DIR / case["path"])
    if "spec_hex" in case:  # for byte-level cases (encodings) that YAML text cannot hold
        raw = bytes.fromhex(case["spec_hex"])
    else:
        raw = case["spec"].encode("utf-8")
    result = validate_document(load_bytes(raw, "case.yaml"))
    for fmt in ("csv", "yaml"):
        text, hexed = case.get(f"measurements_{fmt}"), case.get(f"measurements_{fmt}_hex")
        if text is not None or hexed is not None:
            assert result.programme is not None and not result.failed(), result.diagnostics
            name = f"measurements.{fmt}"
            if hexed is not None:  # bytes, for encodings
                found = read_measurements_bytes(bytes.fromhex(hexed), result.programme, name, fmt)
            else:
                found = read_measurements_text(text, result.programme, name, fmt)
            return Validation(found.file, result.programme, result.diagnostics + found.diagnostics)
        spending = case.get(f"spending_{fmt}")
        if spending is not None:
            assert result.programme is not None and not result.failed(), result.diagnostics
            paid = read_spending_text(spending, result.programme, f"spending.{fmt}", fmt)
            return Validation(paid.file, result.programme, result.diagnostics + paid.diagnostics)
    return result


@pytest.mark.parametrize(("code", "case"), _cases())
def test_case(code: str, case: dict[str, Any]) -> None:
    result = _run(case)
    found = sorted((d.code, d.line, d.column) for d in result.diagnostics if d.code == code)
    expected = sorted((c, line, column) for c, line, column in case["expect"])
    assert found == expected, [(d.code, d.line, d.column, d.message) for d in result.diagnostics]
    if not expected:
        errors = [(d.code, d.line, d.message) for d in result.diagnostics if d.severity is Severity.ERROR]
        assert errors == []


def test_every_code_has_a_failing_and_a_passing_case() -> None:
    covered: dict[str, set[bool]] = {}
    for path in _case_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert path.stem == data["code"]
        covered[data["code"]] = {bool(case["expect"]) for case in data["cases"]}
    missing = [code for code in CATALOGUE if code not in CATCH_ALL and covered.get(code) != {True, False}]
    assert missing == []
