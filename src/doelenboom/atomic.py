"""Writing a file so that readers see the old file or the new one, never half of it.

One implementation for every command that writes files (`export -o`, `schema -o`).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _file_mode(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual mode (0666 less the umask)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: str | Path, data: bytes | str, *, parents: bool = False) -> None:
    """Write ``data`` (text is written as UTF-8, newlines as given) to ``path``: write a temporary
    file beside it, flush it to disk, then rename it over the target, so that a reader (an editor,
    a concurrent run) never sees half a file and a failed write leaves the old file as it was.

    With ``parents`` missing folders are created; without, a missing folder is an `OSError`
    (`FileNotFoundError`) like any other failure to write, which callers report."""
    target = Path(path)
    if parents:
        target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
