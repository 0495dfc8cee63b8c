"""Reading input files: the bytes of a file, or the located DB101 that says why it cannot be read.

Every reader of files (specs, measurements, a side of `doelenboom diff`) goes through here, so
that an unreadable input is reported the same way, in every language, by every command.
"""

from __future__ import annotations

import errno
from pathlib import Path

from doelenboom.diagnostics import ArgValue, Diagnostic, Location, Severity


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


def read_input(path: str | Path) -> bytes | Diagnostic:
    """The bytes of the file at ``path``, or DB101 (no such file, a folder, no permission, ...)
    carrying ``str(path)`` as its file. Never raises for a file that cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        return unreadable(str(path), os_reason(exc))
