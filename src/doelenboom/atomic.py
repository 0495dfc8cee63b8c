"""Writing a file so that readers see the old file or the new one, never half of it.

One implementation for every command that writes files (`export -o`, `schema -o`).

Only a regular file is written, or replaced: a path that names a folder (``out/``), a named pipe,
a device (``/dev/null``: as root, a rename would replace the device itself), a socket or a
symbolic link, or no path at all (``''``), is refused with `OutputRefused` before anything is
written. The data goes to a temporary file with a short name in the target's folder
(``.doelenboom-XXXXXXXX.tmp``, so that it fits beside any legal name), is flushed to disk and
renamed over the target. On every error the temporary file is removed; one that a killed run
(``kill -9``) left behind is removed by a later write to the same folder once it is older than
`STALE_AFTER`.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from pathlib import Path

from doelenboom.inputs import file_kind

TEMP_PREFIX = ".doelenboom-"
TEMP_SUFFIX = ".tmp"
STALE_AFTER = 3600
"""Seconds after which a temporary file of ours is stale: no write takes that long, so it was left
by a run that was killed."""
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))


class OutputRefused(ValueError):
    """``path`` names no regular file doelenboom may write. ``reason`` is a token: ``empty``,
    ``folder``, ``symlink``, ``fifo``, ``device``, ``socket``, ``null_byte`` or ``other``; the CLI
    words it (``output.<reason>`` in `doelenboom.words`) as a usage error."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"not writing {path!r}: {reason}")
        self.path = path
        self.reason = reason


def _refusal(mode: int) -> str | None:
    """Why a file of this mode (from lstat) is not replaced, as a token; None for a regular file."""
    reason = None
    if stat.S_ISLNK(mode):
        reason = "symlink"
    elif stat.S_ISDIR(mode):
        reason = "folder"
    elif not stat.S_ISREG(mode):
        reason = file_kind(mode)  # fifo, device, socket or other: told apart as inputs are
    return reason


def check_target(path: str | os.PathLike[str]) -> Path:
    """``path`` as a `Path` when a regular file may be written there: nothing is there yet, or a
    regular file. Raises `OutputRefused` otherwise (see the module docstring). Checked before the
    work and again just before the rename."""
    text = os.fspath(path)
    if text == "":
        raise OutputRefused(text, "empty")
    if "\0" in text:
        raise OutputRefused(text, "null_byte")
    separators = (os.sep, os.altsep) if os.altsep else (os.sep,)
    target = Path(text)
    if text.endswith(separators) or target.name in ("", ".", ".."):
        raise OutputRefused(text, "folder")
    try:
        mode = os.lstat(target).st_mode
    except OSError:
        return target  # nothing there yet (or nothing we can see): writing will tell
    reason = _refusal(mode)
    if reason is not None:
        raise OutputRefused(text, reason)
    return target


def _file_mode(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual mode (0666 less the umask)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def remove_stale(folder: Path, now: float | None = None) -> None:
    """Remove the temporary files of ours in ``folder`` that are older than `STALE_AFTER`: left by
    a run that was killed. Only regular files named as we name them; errors are ignored (another
    run may remove the same file)."""
    limit = (time.time() if now is None else now) - STALE_AFTER
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not _TEMP_NAME.fullmatch(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < limit:
                os.unlink(entry.path)
        except OSError:
            continue


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk, where the system allows opening a folder (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: str | os.PathLike[str], data: bytes | str, *, parents: bool = False) -> None:
    """Write ``data`` (text is written as UTF-8, newlines as given) to the regular file ``path``:
    write a temporary file beside it, flush it to disk, then rename it over the target, so that a
    reader (an editor, a concurrent run) never sees half a file and a failed write leaves the old
    file as it was.

    Raises `OutputRefused` when ``path`` is no regular file (a folder, a FIFO, a device, a symlink,
    an empty name). With ``parents`` missing folders are created; without, a missing folder is an
    `OSError` (`FileNotFoundError`) like any other failure to write, which callers report."""
    target = check_target(path)
    folder = target.parent
    if parents:
        folder.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    remove_stale(folder)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
    try:
        try:
            _write_all(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, _file_mode(target))
        check_target(target)  # what is there now: a FIFO made meanwhile is not replaced either
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def append_to(path: str | os.PathLike[str], data: str) -> None:
    """Append ``data`` (UTF-8) to the regular file ``path``, creating it if it is missing; for a
    file another program owns and others append to as well (GitHub's ``$GITHUB_STEP_SUMMARY``),
    which is therefore added to, not replaced. What is no regular file is refused as by
    `check_target` (`OutputRefused`), a symbolic link included; a failure to write raises OSError."""
    target = check_target(path)
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(target, flags, 0o666)  # non-blocking: a FIFO put there after the check cannot hang us
    try:
        reason = _refusal(os.fstat(fd).st_mode)
        if reason is not None:
            raise OutputRefused(os.fspath(path), reason)
        _write_all(fd, data.encode("utf-8"))
    finally:
        os.close(fd)
