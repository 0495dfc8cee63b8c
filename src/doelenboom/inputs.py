"""Reading input files: the bytes of a file, or the located diagnostic that says why it cannot be read.

Every reader of files (specs, measurements, a side of `doelenboom diff`) goes through here, so
that an unreadable input is reported the same way, in every language, by every command.

An input is a **regular file within a size limit**, and both are checked before a byte is read:

- a folder is DB101 (``EISDIR``), as any other file that cannot be opened;
- a device (``/dev/zero``), a named pipe (FIFO), a socket or anything else that is not a regular
  file is DB114: such a file may never end, or block the reader forever (a FIFO without a
  writer), so it is refused on what ``stat`` says, and the file is opened non-blocking, so that
  a FIFO swapped in between is refused too rather than waited for;
- a file larger than the limit is DB115, with its size and the limit. The size ``stat`` gives is
  a hint (a file may grow while it is read; ``/proc`` files say 0): no more than the limit and
  one byte is ever read.

The limit is per kind of input (`DEFAULT_LIMITS`): 250 MB for a spec (a real one is well under
1 MB; the loader needs about seven times a spec's size in memory) and 4 GB for a measurements
file (a national series: every buurt, target and month for decades). The environment variable
``DOELENBOOM_MAX_INPUT_BYTES`` (a whole number of bytes) sets it for every kind; the ``limit``
argument of `read_input` for one read.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping
from decimal import Decimal
from typing import BinaryIO, Literal

from doelenboom.diagnostics import ArgValue, Diagnostic, Location, Severity

InputKind = Literal["spec", "measurements"]

PathArg = str | bytes | os.PathLike[str] | os.PathLike[bytes]
"""A path as the API takes it: text, bytes (decoded as the OS does) or an `os.PathLike`."""

LIMIT_VARIABLE = "DOELENBOOM_MAX_INPUT_BYTES"
"""The environment variable that sets the size limit (in bytes) of every input."""

NOT_READ = frozenset({"DB101", "DB114", "DB115"})
"""The codes of an input that was not read at all (no such file, not a regular file, too large):
whatever comes of it holds no data from that input."""

DEFAULT_LIMITS: Mapping[InputKind, int] = {"spec": 250_000_000, "measurements": 4_000_000_000}
"""The size limit of each kind of input, in bytes, when `LIMIT_VARIABLE` is not set."""

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO is opened without waiting for a writer
    | getattr(os, "O_NOCTTY", 0)  # a terminal never becomes the controlling one
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)  # Windows
)
_CHUNK = 1 << 20


class InvalidLimit(ValueError):
    """`LIMIT_VARIABLE` holds something that is not a whole number of bytes above 0 (a mistake of
    configuration, not of an input: the CLI answers it with a usage error)."""

    def __init__(self, value: str) -> None:
        super().__init__(f"{LIMIT_VARIABLE} must be a whole number of bytes above 0, not {value!r}")
        self.value = value


def input_name(path: PathArg) -> str:
    """``path`` as text: a `str` as it is, `bytes` and `os.PathLike` decoded as the OS decodes
    file names (`os.fsdecode`), so that the name diagnostics carry is the one the user gave.

    Anything else raises `TypeError` (an int would otherwise be read as a file descriptor)."""
    if isinstance(path, str | bytes | os.PathLike):
        return os.fsdecode(path)
    raise TypeError(f"a path is str, bytes or os.PathLike, not {type(path).__name__}")


def input_limit(kind: InputKind = "spec") -> int:
    """The size limit of an input of ``kind`` in bytes: `LIMIT_VARIABLE` when it is set (and not
    empty), else `DEFAULT_LIMITS`. Raises `InvalidLimit` when the variable is not a whole number
    of bytes above 0 (``_`` may group digits: ``8_000_000_000``)."""
    value = os.environ.get(LIMIT_VARIABLE, "").strip()
    if not value:
        return DEFAULT_LIMITS[kind]
    if not value.replace("_", "").isascii() or not value.replace("_", "").isdigit():
        raise InvalidLimit(value)
    try:
        limit = int(value)
    except ValueError:  # misplaced underscores
        raise InvalidLimit(value) from None
    if limit < 1:
        raise InvalidLimit(value)
    return limit


def os_reason(exc: OSError) -> str:
    """DB101's ``reason`` for a file that cannot be read: the errno's name (``ENOENT``), which
    the catalogue words in every language, or the OS's own text for an errno it does not word."""
    from doelenboom.codes import CATALOGUE

    name = errno.errorcode.get(exc.errno or 0, "")
    if name in CATALOGUE["DB101"].tokens["reason"]:
        return name
    return exc.strerror or str(exc)


def unreadable(name: str, reason: str, **more: ArgValue) -> Diagnostic:
    """DB101 at the start of ``name``: the input could not be read. ``reason`` is a token of
    DB101 (an errno name such as ``ENOENT``, or ``git_failed``) or the OS's own text; ``more``
    is the data its words show."""
    return Diagnostic("DB101", Severity.ERROR, Location(name, 1, 1), {"reason": reason, **more})


def file_kind(mode: int) -> str:
    """What a file that is not a regular file (nor a folder) is: ``fifo``, ``device``, ``socket`` or
    ``other`` (DB114's ``kind`` token, and why `atomic` refuses to write there)."""
    kind = "other"  # a door, an event port: kinds some systems have beyond these
    if stat.S_ISFIFO(mode):
        kind = "fifo"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "device"
    elif stat.S_ISSOCK(mode):
        kind = "socket"
    return kind


def _refused(name: str, info: os.stat_result, limit: int) -> Diagnostic | None:
    """Why the file ``info`` describes is not read: a folder (DB101), not a regular file (DB114)
    or over the limit (DB115); None when it may be read."""
    if stat.S_ISDIR(info.st_mode):
        return unreadable(name, "EISDIR")
    if not stat.S_ISREG(info.st_mode):
        return Diagnostic("DB114", Severity.ERROR, Location(name, 1, 1), {"kind": file_kind(info.st_mode)})
    if info.st_size > limit:
        return too_large(name, info.st_size, limit)
    return None


def too_large(name: str, size: int, limit: int) -> Diagnostic:
    """DB115 at the start of ``name``: ``size`` bytes, more than ``limit``."""
    args: dict[str, ArgValue] = {"size": Decimal(size), "limit": Decimal(limit)}
    return Diagnostic("DB115", Severity.ERROR, Location(name, 1, 1), args)


def _read_at_most(fd: int, expected: int, limit: int) -> tuple[bytes, int]:
    """The bytes of ``fd`` up to the end or to one byte past ``limit``, whichever comes first, and
    how many that is. ``expected`` (the size from stat) sizes the first read, so that a file read
    whole is read in one piece and never copied; it is only a hint."""
    parts: list[bytes] = []
    total = 0
    want = min(expected, limit) + 1  # one byte more than expected: the end shows at once
    while total <= limit:
        chunk = os.read(fd, min(max(want - total, _CHUNK), limit + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return (parts[0] if len(parts) == 1 else b"".join(parts)), total


def _open(name: str, limit: int) -> tuple[int, os.stat_result] | Diagnostic:
    """The regular file ``name`` opened (a blocking descriptor the caller closes) with what
    ``fstat`` says of it, or the diagnostic that says why not (DB101, DB114, DB115). The checks
    run on the path and again on the file opened, which need not be the one stat saw."""
    try:
        refused = _refused(name, os.stat(name), limit)
        if refused is not None:
            return refused
        fd = os.open(name, _OPEN_FLAGS)
    except OSError as exc:
        return unreadable(name, os_reason(exc))
    except ValueError:  # a NUL byte in the path, which no file name can hold
        return unreadable(name, "null_byte")
    try:
        info = os.fstat(fd)
        refused = _refused(name, info, limit)
        if refused is None and _OPEN_FLAGS & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
    except OSError as exc:
        os.close(fd)
        return unreadable(name, os_reason(exc))
    if refused is not None:
        os.close(fd)
        return refused
    return fd, info


def open_input(path: PathArg, kind: InputKind = "spec") -> BinaryIO | Diagnostic:
    """The regular file at ``path`` opened for reading its bytes in pieces (the caller closes it),
    or the diagnostic that says why not, refused as `read_input` refuses (DB101, DB114, DB115).
    For readers that stream a large file instead of holding it (`doelenboom.monitor.columnar`)."""
    name = input_name(path)
    opened = _open(name, input_limit(kind))
    if isinstance(opened, Diagnostic):
        return opened
    return os.fdopen(opened[0], "rb")


def read_input(path: PathArg, kind: InputKind = "spec", *, limit: int | None = None) -> bytes | Diagnostic:
    """The bytes of the regular file at ``path``, or the diagnostic that says why not, carrying
    the path as given (as text) as its file: DB101 (no such file, a folder, no permission, ...),
    DB114 (a device, a FIFO, a socket) or DB115 (larger than ``limit`` bytes; by default the
    limit of ``kind``, see `input_limit`). Never raises for a file that cannot be read, and
    never blocks or reads without end; raises `TypeError` for a ``path`` that is no path and
    `InvalidLimit` for a limit in the environment that is no number of bytes."""
    name = input_name(path)
    if limit is None:
        limit = input_limit(kind)
    opened = _open(name, limit)
    if isinstance(opened, Diagnostic):
        return opened
    fd, info = opened
    try:
        data, count = _read_at_most(fd, info.st_size, limit)
        if count > limit:
            return too_large(name, max(count, os.fstat(fd).st_size), limit)
        return data
    except OSError as exc:
        return unreadable(name, os_reason(exc))
    finally:
        os.close(fd)
