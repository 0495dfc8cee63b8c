"""`export -o` and `schema -o` write only to a regular file (or standard output for ``-``),
atomically (`doelenboom.atomic.write_atomic`): a FIFO, a device, a symlink, a folder or an empty
name is a usage error (exit 2) in the chosen language, and nothing is replaced; the temporary file
has a short name beside the target, is removed on every error, and one left by a killed run is
removed by a later run once it is old (issue 10, F11)."""

from __future__ import annotations

import json
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from doelenboom import atomic
from doelenboom.cli import main
from doelenboom.words import WORDS

HEERLEN = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"
COMMANDS = [["export", str(HEERLEN), "--format", "json"], ["schema"]]


def invoke(*args: str, lang: str = "C") -> Any:
    return CliRunner().invoke(main, list(args), env={"LANG": lang, "GITHUB_ACTIONS": ""})


def _device(tmp_path: Path) -> Path:
    """A character device to write to: a null device made here as root (where the old code would
    have replaced /dev/null itself), else /dev/null, which only root could replace."""
    if os.geteuid() == 0:
        path = tmp_path / "null"
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        return path
    return Path("/dev/null")


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def _symlink(tmp_path: Path) -> Path:
    (tmp_path / "real.json").write_bytes(b"old")
    path = tmp_path / "link.json"
    path.symlink_to("real.json")
    return path


def _dangling(tmp_path: Path) -> Path:
    path = tmp_path / "dangling.json"
    path.symlink_to("nowhere.json")
    return path


MAKERS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "fifo": (_fifo, "output.fifo"),
    "device": (_device, "output.device"),
    "symlink": (_symlink, "output.symlink"),
    "dangling symlink": (_dangling, "output.symlink"),
}


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    found = {}
    for path in sorted(folder.iterdir()):
        info = path.lstat()
        regular = stat.S_ISREG(info.st_mode)
        found[path.name] = (stat.S_IFMT(info.st_mode), path.read_bytes() if regular else None)
    return found


@pytest.mark.parametrize("command", COMMANDS, ids=["export", "schema"])
@pytest.mark.parametrize("kind", sorted(MAKERS))
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_special_file_is_never_replaced(command: list[str], kind: str, lang: str, tmp_path: Path) -> None:
    make, key = MAKERS[kind]
    target = make(tmp_path)
    before = _snapshot(tmp_path)
    mode = target.lstat().st_mode
    result = invoke(*command, "-o", str(target), lang=f"{lang}_NL.UTF-8" if lang == "nl" else "C")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert WORDS[key][lang].format(path=target) in result.stderr
    assert target.lstat().st_mode == mode  # still a FIFO, a device, a link
    assert _snapshot(tmp_path) == before  # nothing replaced, no temporary file left


@pytest.mark.parametrize("command", COMMANDS, ids=["export", "schema"])
@pytest.mark.parametrize(("given", "key"), [("", "output.empty"), ("newdir/", "output.folder"), (".", "output.folder")])
def test_a_name_that_is_no_file_name_is_a_usage_error(
    command: list[str], given: str, key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(*command, "-o", given)
    assert result.exit_code == 2, result.output
    assert WORDS[key]["en"].format(path=given) in result.stderr
    assert list(tmp_path.iterdir()) == []  # no file 'newdir', no folder made


@pytest.mark.parametrize("command", COMMANDS, ids=["export", "schema"])
def test_an_existing_folder_is_a_usage_error(command: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    result = invoke(*command, "-o", str(folder))
    assert result.exit_code == 2, result.output
    assert WORDS["output.folder"]["en"].format(path=folder) in result.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", COMMANDS, ids=["export", "schema"])
def test_a_long_legal_name_is_written(command: list[str], tmp_path: Path) -> None:
    target = tmp_path / ("a" * 245 + ".json")  # 250 characters: legal, and the temporary name fits
    result = invoke(*command, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_schema_dash_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("schema", "-o", "-")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["$schema"]
    assert list(tmp_path.iterdir()) == []  # no file named '-'


def test_a_regular_file_is_replaced_keeping_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    result = invoke("schema", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:1] == b"{"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


# --- the library ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_write_atomic_refuses_what_is_no_regular_file(kind: str, tmp_path: Path) -> None:
    make, key = MAKERS[kind]
    target = make(tmp_path)
    before = _snapshot(tmp_path)
    with pytest.raises(atomic.OutputRefused) as caught:
        atomic.write_atomic(target, b"new")
    assert caught.value.reason == key.removeprefix("output.")
    assert _snapshot(tmp_path) == before


def test_the_temporary_name_is_short(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: Any) -> None:
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", spy)
    atomic.write_atomic(tmp_path / ("b" * 250), b"x")
    [name] = seen
    assert name.startswith(".doelenboom-") and name.endswith(".tmp") and len(name) < 32


@pytest.mark.parametrize("step", ["write", "fsync", "chmod", "replace"])
def test_the_temporary_file_is_removed_on_every_error(
    step: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def broken(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, step, broken)
    with pytest.raises(OSError):
        atomic.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_stale_temporary_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    old = time.time() - atomic.STALE_AFTER - 60
    stale = tmp_path / ".doelenboom-abcd1234.tmp"  # what a kill -9 leaves
    fresh = tmp_path / ".doelenboom-efgh5678.tmp"  # another run's, still being written
    other = tmp_path / ".notes.tmp"  # not ours
    for path in (stale, fresh, other):
        path.write_bytes(b"x")
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    atomic.write_atomic(tmp_path / "out.json", b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, other.name, "out.json"])
