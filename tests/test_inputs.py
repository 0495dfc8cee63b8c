"""Inputs are regular files within a size limit (`doelenboom.inputs.read_input`), checked before a
byte is read: a device, a named pipe or a socket is DB114, a file over the limit DB115, each at
line 1, column 1 of the path given, and never a read that does not end.

The commands are run in a subprocess where a wrong answer would read forever or block (a device,
a FIFO without a writer): the timeout is a guard that turns a hang into a failure, not a measure
of speed.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import doelenboom
from doelenboom import inputs
from doelenboom.diagnostics import Diagnostic
from doelenboom.inputs import LIMIT_VARIABLE, read_input
from doelenboom.monitor import read_measurements
from doelenboom.validation import validate

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"
METINGEN = ROOT / "examples" / "heerlen_noord_metingen.yaml"
GUARD = 120  # seconds: only a hang reaches it


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess, so that a read that never ends fails the test instead of hanging it."""
    command = [sys.executable, "-c", "from doelenboom.cli import main; main()", *args]
    environment = {key: value for key, value in os.environ.items() if key != LIMIT_VARIABLE}
    environment.update({"LANG": "C", "GITHUB_ACTIONS": "", **(env or {})})
    return subprocess.run(command, capture_output=True, text=True, timeout=GUARD, env=environment, check=False)


def located(payload: Any) -> list[tuple[str, str, int, int]]:
    return [(d["file"], d["code"], d["line"], d["column"]) for d in payload["diagnostics"]]


def fifo(tmp_path: Path, name: str = "pipe.yaml") -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


# --- F03: reading forever ---------------------------------------------------------------------


def test_validate_dev_zero_ends_with_a_located_diagnostic() -> None:
    result = run("validate", "--format", "json", "/dev/zero")
    assert result.returncode == 1, result.stderr
    assert located(json.loads(result.stdout)) == [("/dev/zero", "DB114", 1, 1)]
    assert "Traceback" not in result.stderr


def test_validate_fifo_without_a_writer_does_not_block(tmp_path: Path) -> None:
    path = fifo(tmp_path)
    result = run("validate", "--format", "json", str(path))
    assert result.returncode == 1, result.stderr
    assert located(json.loads(result.stdout)) == [(str(path), "DB114", 1, 1)]


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_progress_measurements_from_a_special_file_end(kind: str, tmp_path: Path) -> None:
    path = "/dev/zero" if kind == "device" else str(fifo(tmp_path, "m.csv"))
    result = run("progress", str(HEERLEN), "--measurements", path, "--as-of", "2024-12-31")
    assert result.returncode == 1, result.stderr
    assert f"{path}:1:1: error DB114 " in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_diff_with_a_special_file_ends(kind: str, tmp_path: Path) -> None:
    # How diff words and exits for a side that cannot be read is compare.py's; here: it ends,
    # without a traceback, and names the file's problem.
    path = "/dev/zero" if kind == "device" else str(fifo(tmp_path))
    result = run("diff", str(HEERLEN), path)
    assert "Traceback" not in result.stderr
    assert "DB114" in result.stdout + result.stderr


def test_a_spec_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    # A sparse file: its size is there, its bytes are not (reading it would take the limit's memory).
    path = tmp_path / "big.yaml"
    with path.open("wb") as handle:
        handle.truncate(inputs.DEFAULT_LIMITS["spec"] + 1)
    result = run("validate", "--format", "json", str(path))
    assert result.returncode == 1, result.stderr
    [diagnostic] = json.loads(result.stdout)["diagnostics"]
    assert (diagnostic["code"], diagnostic["line"], diagnostic["column"]) == ("DB115", 1, 1)
    assert "250,000,001" in diagnostic["message"] and "250,000,000" in diagnostic["message"]


def test_measurements_over_the_limit_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:
        handle.truncate(inputs.DEFAULT_LIMITS["measurements"] + 1)
    result = run("progress", str(HEERLEN), "--measurements", str(path), "--as-of", "2024-12-31")
    assert result.returncode == 1, result.stderr
    assert f"{path}:1:1: error DB115 " in result.stderr


def test_the_limit_is_set_by_the_environment(tmp_path: Path) -> None:
    size = HEERLEN.stat().st_size
    over = run("validate", "--format", "json", str(HEERLEN), env={LIMIT_VARIABLE: str(size - 1)})
    assert over.returncode == 1
    assert located(json.loads(over.stdout)) == [(str(HEERLEN), "DB115", 1, 1)]
    exact = run("validate", "--format", "json", str(HEERLEN), env={LIMIT_VARIABLE: str(size)})
    assert exact.returncode == 0, exact.stdout


@pytest.mark.parametrize("value", ["", "0", "-1", "lots", "1.5"])
def test_a_limit_that_is_no_number_of_bytes_is_a_usage_error(value: str) -> None:
    result = run("validate", str(HEERLEN), env={LIMIT_VARIABLE: value})
    if value == "":  # unset in effect: the default
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode == 2, result.stderr
    assert LIMIT_VARIABLE in result.stderr
    assert "Traceback" not in result.stderr


# --- the reader itself ---------------------------------------------------------------------------


def _only(found: bytes | Diagnostic) -> Diagnostic:
    assert isinstance(found, Diagnostic), found
    return found


def test_every_kind_of_special_file_is_db114(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a socket's path must be short
    os.mkfifo("pipe")
    server = socket.socket(socket.AF_UNIX)
    server.bind("sock")
    try:
        found = {name: _only(read_input(name)) for name in ("pipe", "sock", "/dev/null", "/dev/zero")}
    finally:
        server.close()
    assert {name: (d.code, d.line, d.column, d.file) for name, d in found.items()} == {
        name: ("DB114", 1, 1, name) for name in found
    }
    assert {name: d.args["kind"] for name, d in found.items()} == {
        "pipe": "fifo",
        "sock": "socket",
        "/dev/null": "device",
        "/dev/zero": "device",
    }


def test_a_symlink_to_a_device_is_a_device(tmp_path: Path) -> None:
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    assert _only(read_input(link)).args["kind"] == "device"


def test_a_folder_stays_db101(tmp_path: Path) -> None:
    found = _only(read_input(tmp_path))
    assert (found.code, found.args["reason"]) == ("DB101", "EISDIR")


def test_the_limit_counts_bytes(tmp_path: Path) -> None:
    path = tmp_path / "ten.yaml"
    path.write_bytes(b"0123456789")
    assert read_input(path, limit=10) == b"0123456789"
    over = _only(read_input(path, limit=9))
    assert (over.code, over.line, over.column) == ("DB115", 1, 1)
    assert (int(over.args["size"]), int(over.args["limit"])) == (10, 9)


def test_a_file_larger_than_its_size_said_is_still_bounded(tmp_path: Path) -> None:
    # /proc files and files that grow while read: the size from stat is a hint, the limit holds.
    path = tmp_path / "grows.yaml"
    path.write_bytes(b"x" * 5000)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert inputs._read_at_most(fd, 0, 10_000) == (b"x" * 5000, 5000)
    finally:
        os.close(fd)
    fd = os.open(path, os.O_RDONLY)
    try:
        data, count = inputs._read_at_most(fd, 0, 100)
    finally:
        os.close(fd)
    assert count == len(data) == 101  # one byte past the limit is enough to refuse


def test_the_kinds_have_their_defaults() -> None:
    assert inputs.DEFAULT_LIMITS == {"spec": 250_000_000, "measurements": 4_000_000_000}
    assert read_input.__kwdefaults__ == {"limit": None}


def test_a_nul_byte_in_a_path_is_db101() -> None:
    found = _only(read_input("spec\0.yaml"))
    assert (found.code, found.args["reason"]) == ("DB101", "null_byte")
    assert validate("spec\0.yaml").diagnostics[0].code == "DB101"


# --- paths as bytes and os.PathLike ---------------------------------------------------------------


class _PathLike:
    def __init__(self, path: bytes) -> None:
        self.path = path

    def __fspath__(self) -> bytes:
        return self.path


@pytest.mark.parametrize("kind", ["bytes", "pathlike-bytes", "str", "Path"])
def test_validate_takes_every_kind_of_path(kind: str) -> None:
    given: Any = {
        "bytes": os.fsencode(HEERLEN),
        "pathlike-bytes": _PathLike(os.fsencode(HEERLEN)),
        "str": str(HEERLEN),
        "Path": HEERLEN,
    }[kind]
    result = doelenboom.validate(given)
    assert result.programme is not None and not result.failed()
    assert result.file == str(HEERLEN)
    assert doelenboom.load(given).id == result.programme.id


@pytest.mark.parametrize("kind", ["bytes", "pathlike-bytes"])
def test_read_measurements_takes_bytes_paths(kind: str) -> None:
    programme = doelenboom.load(HEERLEN)
    given: Any = os.fsencode(METINGEN) if kind == "bytes" else _PathLike(os.fsencode(METINGEN))
    found = read_measurements(given, programme)
    expected = read_measurements(METINGEN, programme)
    assert found.file == str(METINGEN)
    assert found.rows == expected.rows and found.rows
    assert found.diagnostics == expected.diagnostics


@pytest.mark.parametrize("given", [3, None, 1.5, ["a.yaml"]])
def test_a_path_that_is_no_path_is_a_type_error(given: Any) -> None:
    # 3 would otherwise be read as file descriptor 3
    with pytest.raises(TypeError, match=r"str, bytes or os\.PathLike"):
        doelenboom.validate(given)
    with pytest.raises(TypeError, match=r"str, bytes or os\.PathLike"):
        read_input(given)


# --- unknown names in the API ---------------------------------------------------------------------


def test_an_unknown_weighting_is_a_value_error_naming_the_choices() -> None:
    from doelenboom.monitor.aggregate import WEIGHTINGS, aggregate

    programme = doelenboom.load(HEERLEN)
    found = read_measurements(METINGEN, programme)
    for call in (
        lambda: doelenboom.progress_report(programme, found, weighting="nope"),  # type: ignore[arg-type]
        lambda: aggregate(programme, {}, "Budget"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValueError, match="unknown weighting") as caught:
            call()
        assert all(name in str(caught.value) for name in WEIGHTINGS)


def test_an_unknown_export_format_is_a_value_error_naming_the_choices() -> None:
    from doelenboom.render.export import FORMATS

    programme = doelenboom.load(HEERLEN)
    for name in ("nope", "XLSX", ""):
        with pytest.raises(ValueError, match="unknown export format") as caught:
            doelenboom.export(programme, name)
        assert all(fmt in str(caught.value) for fmt in FORMATS)


def test_only_the_reader_and_the_writer_open_a_users_path() -> None:
    # inputs.read_input refuses what is no regular file or too large; atomic.write_atomic writes
    # only a regular file. Anything else opening paths would slip past both.
    import re

    calls = re.compile(r"\b(open|read_text|read_bytes|write_text|write_bytes|fdopen)\(")
    src = ROOT / "src" / "doelenboom"
    found = [
        f"{path.relative_to(src)}:{number}"
        for path in sorted(src.rglob("*.py"))
        if path.name not in ("inputs.py", "atomic.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if calls.search(line.split("#")[0])
    ]
    assert found == []
