"""Reading input files: the bytes of a file, or the located DB101 that says why it cannot be read.

Every reader of files (specs, measurements, a side of `doelenboom diff`) goes through here, so
that an unreadable input is reported the same way, in English and Dutch, by every command.
"""

from __future__ import annotations

import errno
from pathlib import Path

from doelenboom.diagnostics import Diagnostic, Location, Severity

OS_REASONS_NL = {
    errno.ENOENT: "het bestand bestaat niet",
    errno.EACCES: "u hebt geen toestemming om het te lezen",
    errno.EPERM: "u hebt geen toestemming om het te lezen",
    errno.EISDIR: "dit is een map, geen bestand",
}
"""errno -> the reason in Dutch (DB101)."""


def unreadable(name: str, reason: str, reason_nl: str) -> Diagnostic:
    """DB101 at the start of ``name``: the input could not be read, and why (English, Dutch)."""
    return Diagnostic("DB101", Severity.ERROR, Location(name, 1, 1), {"reason": reason, "reason_nl": reason_nl})


def read_input(path: str | Path) -> bytes | Diagnostic:
    """The bytes of the file at ``path``, or DB101 (no such file, a folder, no permission, ...)
    carrying ``str(path)`` as its file. Never raises for a file that cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return unreadable(str(path), reason, OS_REASONS_NL.get(exc.errno or 0, reason))
