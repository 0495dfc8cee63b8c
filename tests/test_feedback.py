"""Progress feedback: a bar on a terminal's standard error for a large spec, silence otherwise.
No timing here: the bar is forced with a fake terminal and a lowered size limit."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from click.testing import CliRunner

from doelenboom import feedback
from doelenboom.cli import main
from doelenboom.validation import validate

HEERLEN = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_for_a_pipe_or_a_small_input() -> None:
    assert not feedback.wanted(10**9, io.StringIO())
    assert not feedback.wanted(feedback.LARGE_INPUT_BYTES - 1, _Terminal())
    assert feedback.wanted(feedback.LARGE_INPUT_BYTES, _Terminal())


def test_a_terminal_sees_every_stage_and_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feedback, "LARGE_INPUT_BYTES", 0)
    err = _Terminal()
    with feedback.reporting("spec é.yaml", 1, "nl", stream=err):
        result = validate(HEERLEN)
    shown = err.getvalue()
    assert not result.failed()
    for text in ("YAML inlezen", "model opbouwen", "controleren", "spec é.yaml"):
        assert text in shown
    assert feedback._listener is None  # and nothing listens afterwards


def test_without_a_terminal_nothing_is_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feedback, "LARGE_INPUT_BYTES", 0)
    err = io.StringIO()
    with feedback.reporting("spec.yaml", 10**9, stream=err):
        validate(HEERLEN)
    assert err.getvalue() == ""


def test_the_cli_shows_the_bar_on_stderr_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feedback, "LARGE_INPUT_BYTES", 0)
    monkeypatch.setattr(feedback, "wanted", lambda size, stream: size >= 0)
    result = CliRunner().invoke(
        main, ["validate", "--lang", "en", str(HEERLEN)], env={"GITHUB_ACTIONS": "", "LANG": "C"}
    )
    assert result.exit_code == 0
    assert "checking" in result.stderr
    assert "checking" not in result.stdout
    assert result.stdout.splitlines()[-1].endswith("0 error(s), 10 warning(s), 1 note(s)")


def test_a_pseudo_terminal_gets_the_bar() -> None:
    # A real pseudo-terminal as standard error; the size limit lowered in the child process.
    probe = (
        "import sys\n"
        "from doelenboom import feedback\n"
        "feedback.LARGE_INPUT_BYTES = 0\n"
        "from doelenboom.cli import main\n"
        f"main(['validate', '--lang', 'en', {str(HEERLEN)!r}])\n"
    )
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 rows, 100 columns
    try:
        done = subprocess.run(
            [sys.executable, "-c", probe], stdout=subprocess.PIPE, stderr=secondary, text=True, check=False
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the terminal's other side is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(primary)
    assert done.returncode == 0
    assert b"reading the YAML" in shown and b"checking" in shown
    assert "reading the YAML" not in done.stdout


def test_the_bundled_spec_imports_no_progress_library() -> None:
    probe = (
        "import sys\n"
        "from doelenboom.cli import main\n"
        f"try:\n    main(['validate', {str(HEERLEN)!r}])\nexcept SystemExit as exit:\n    code = exit.code\n"
        "print(code, sorted(m for m in ('pint', 'networkx', 'tqdm', 'rich') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "0 []"
