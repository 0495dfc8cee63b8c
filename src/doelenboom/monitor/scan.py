"""The columnar engine's first step, which needs no spec: scanning a measurements file (CSV or
Parquet) into DuckDB (the optional ``scale`` extra).

Light on purpose: `doelenboom progress` starts this step (`prefetch`) before it imports the model
and reads the spec, so that DuckDB scans the file while Python loads. What the rows mean is
decided later, by `doelenboom.monitor.columnar` with the row reader's own functions.
"""

from __future__ import annotations

import csv
import os
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from doelenboom.diagnostics import Diagnostic
from doelenboom.inputs import PathArg, _refused, input_limit, input_name, open_input
from doelenboom.monitor.columns import ALIASES, _delimiter

if TYPE_CHECKING:
    import duckdb

MEMORY_LIMIT = "1GB"
"""DuckDB's working memory; past it, it spills to a temporary folder."""
AUTO_BYTES = 32 * 1024 * 1024
"""``--engine auto`` reads a CSV file of this size or more with the engine (about 900,000 rows)."""
_CHUNK = 16 * 1024 * 1024
_FIELD_LIMIT = 131_072  # the csv module's field size limit; longer lines go the row reader's way


def available() -> bool:
    """Whether the engine (DuckDB) is installed."""
    import importlib.util

    return importlib.util.find_spec("duckdb") is not None


def is_parquet(path: PathArg) -> bool:
    """Whether ``path`` names a Parquet file (by its suffix)."""
    return Path(input_name(path)).suffix.lower() in (".parquet", ".pq")


def takes(path: PathArg) -> bool:
    """Whether ``--engine auto`` reads ``path`` with the engine: Parquet, or a CSV file of at least
    `AUTO_BYTES`, when DuckDB is installed."""
    name = input_name(path)
    if not available() or Path(name).suffix.lower() in (".yaml", ".yml"):
        return False
    if is_parquet(name):
        return True
    try:
        return os.stat(name).st_size >= AUTO_BYTES
    except OSError:
        return False


def prefetch(path: PathArg, *, memory_limit: str = MEMORY_LIMIT) -> Prefetch:
    """Start the engine's first step, which needs no spec (`Prefetch`), in a thread: it runs while
    the caller reads and checks the spec. Hand the result to `read_columnar`; `Prefetch.close`
    it when the spec turns out unusable."""
    fetch = Prefetch(path, memory_limit)
    fetch.start()
    return fetch


class _Plain:
    """What the bytes pass told about a plain CSV file."""

    def __init__(self, header: str, lines: int, bom: bool) -> None:
        self.header = header
        self.lines = lines
        self.bom = bom


def _plain(handle: BinaryIO) -> _Plain | None:
    """One pass over the bytes: the header line and the number of lines of a CSV file in which
    every line may be one row (no quotes, carriage returns, NUL or byte-order mark but at the
    start); None for any other file. Kept cheap (byte searches only, no decoding), because it
    runs beside the spec's loading: what it leaves out is caught later, where DuckDB does the
    work anyway: a line that is not UTF-8 is refused by the scan (``INVALID ENCODING``, see
    `_Engine._rejected`), and a blank line is skipped by it, so the rows no longer line up with
    the lines (the count in `_Engine.run`)."""
    lines = 0
    last = b"\n"
    tail = b""
    bom = False
    chunk = handle.read(_CHUNK)
    if chunk.startswith(b"\xef\xbb\xbf"):
        chunk, bom = chunk[3:], True
    if chunk.startswith(b"\n"):
        return None  # a blank first line: the row reader looks further for the header
    first = chunk[: chunk.find(b"\n")] if b"\n" in chunk else chunk
    while chunk:
        if b'"' in chunk or b"\r" in chunk or b"\x00" in chunk:
            return None
        window = tail + chunk  # a byte-order mark may straddle two pieces
        if b"\xef" in window and b"\xef\xbb\xbf" in window:  # inside: the row reader reports it
            return None
        lines += chunk.count(b"\n")
        last, tail = chunk[-1:], chunk[-2:]
        chunk = handle.read(_CHUNK)
    if last != b"\n":
        lines += 1
    try:
        header = first.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not header.strip() or len(header) > _FIELD_LIMIT:
        return None
    return _Plain(header, lines, bom)


class Prefetch:
    """The engine's first step, which needs no spec: the bytes pass (`_plain`), one scan of the
    file into a table of text columns ``src`` (its ``rowid + 1`` is the row's number, the header
    not counted; DuckDB keeps the file's order) and the distinct texts of the date and area
    columns. It may run in a thread while the spec loads: DuckDB works without Python's lock.

    ``taken`` is False when the engine cannot take the file (the row reader then reads it)."""

    def __init__(self, path: PathArg, memory_limit: str = MEMORY_LIMIT) -> None:
        self.name = input_name(path)
        self.memory_limit = memory_limit
        self.parquet = is_parquet(self.name)
        self.con: duckdb.DuckDBPyConnection | None = None
        self.plain: _Plain | None = None
        self.header: list[str] = []
        self.delimiter = ","
        self.distinct: dict[int, set[str | None]] = {}
        self.taken = False
        self._spill: tempfile.TemporaryDirectory[str] | None = None
        self._thread: threading.Thread | None = None
        self._ran = False
        self._stop = False

    def start(self) -> None:
        """Run the step in a thread (`wait` joins it)."""
        self._ran = True
        self._thread = threading.Thread(target=self._guarded, name="doelenboom-scan", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Until the step is done (run here when it was not started)."""
        if not self._ran:
            self._ran = True
            self._guarded()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def close(self) -> None:
        """Stop a scan still running, close the engine and remove its spill folder."""
        self._stop = True
        if self._thread is not None:
            if self.con is not None:
                self.con.interrupt()
            self._thread.join()
            self._thread = None
        if self.con is not None:
            self.con.close()
            self.con = None
        if self._spill is not None:
            self._spill.cleanup()
            self._spill = None

    def _guarded(self) -> None:
        try:
            self._scan()
        except Exception:  # any failure leaves the file to the row reader, which says why
            self.taken = False

    def _execute(self, query: str, parameters: list[Any] | None = None) -> duckdb.DuckDBPyConnection:
        if self._stop or self.con is None:
            raise _NotPlain  # closed: the scan is not wanted any more
        return self.con.execute(query, parameters)

    def _scan(self) -> None:
        name = self.name
        if Path(name).suffix.lower() in (".yaml", ".yml"):
            return  # YAML is read row by row
        if _refused(name, os.stat(name), input_limit("measurements")) is not None:
            return  # the row reader says why (DB101, DB114, DB115)
        if not self.parquet:
            handle = open_input(name, "measurements")
            if isinstance(handle, Diagnostic):
                return
            with handle:
                plain = _plain(handle)
            if plain is None:
                return
            self.plain = plain
            self.delimiter = _delimiter(plain.header)
            self.header = next(csv.reader([plain.header], delimiter=self.delimiter))
        import duckdb

        self.con = duckdb.connect()
        self._spill = tempfile.TemporaryDirectory(prefix="doelenboom-")
        self._execute(f"SET memory_limit = '{self.memory_limit}'")
        self._execute("SET temp_directory = ?", [self._spill.name])
        self._execute("SET preserve_insertion_order = true")
        path = _quote(name)
        if self.parquet:
            described = self._execute(f"DESCRIBE SELECT * FROM read_parquet({path})").fetchall()
            self.header = [str(row[0]) for row in described]
            cast = ", ".join(f"CAST({_ident(h)} AS VARCHAR) AS c{i}" for i, h in enumerate(self.header))
            source = f"SELECT {cast} FROM read_parquet({path}, file_row_number = true) ORDER BY file_row_number"
        else:
            names = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(len(self.header)))
            source = (
                f"SELECT * FROM read_csv({path}, columns = {{{names}}}, header = true, auto_detect = false,"
                f" delim = {_quote(self.delimiter)}, quote = '', escape = '', encoding = 'utf-8',"
                " store_rejects = true, rejects_table = 'rejected', rejects_scan = 'rejected_scan')"
            )
        self._execute(f"CREATE TEMP TABLE src AS {source}")
        self.taken = True
        # the date and area columns as the header names them (checked against the reader's own
        # reading of the header in `_Engine._lookups`, which asks again when they differ)
        named: dict[str, int] = {}
        for i, text in enumerate(self.header):
            key = text.strip().lower()
            named.setdefault(ALIASES.get(key, key), i)
        self.distinct = self.distinct_texts([named[col] for col in ("date", "area") if col in named])

    def distinct_texts(self, columns: Sequence[int]) -> dict[int, set[str | None]]:
        """The distinct texts of each of ``columns`` (positions in the header)."""
        found: dict[int, set[str | None]] = {i: set() for i in columns}
        if not columns:
            return found
        names = ", ".join(f"c{i}" for i in columns)
        sets = ", ".join(f"(c{i})" for i in columns)
        flags = ", ".join(f"grouping(c{i})" for i in columns)
        query = f"SELECT {names}, {flags} FROM src GROUP BY GROUPING SETS ({sets})"
        for row in self._execute(query).fetchall():
            for i, value, grouped in zip(columns, row[: len(columns)], row[len(columns) :], strict=True):
                if grouped == 0:
                    found[i].add(value)
        return found


class _NotPlain(Exception):
    """The engine's rows do not line up with the file's lines."""


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _ident(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


__all__ = ["AUTO_BYTES", "MEMORY_LIMIT", "Prefetch", "available", "is_parquet", "prefetch", "takes"]
