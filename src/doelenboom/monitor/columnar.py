"""Measurements through an embedded columnar engine (DuckDB, the optional ``scale`` extra).

The row reader (`doelenboom.monitor.measurements`) keeps every row as a Python object: about
850 MB per million rows. This module lets DuckDB do the bulk work and hands Python only the rows
it needs, so memory stays bounded whatever the number of rows (DuckDB spills to disk past its
``memory_limit``):

1. **One meaning.** Whether a row is accepted, and every diagnostic, is still decided by the row
   reader's own functions (`_Reader.csv_header`, `_Reader.csv_row` and so `_Reader.accept`).
   The engine only decides which rows it may leave out: rows that are *certainly* accepted
   (a quantity target, a number written plainly, no unit or the target's own, no ratio parts, a
   date in the horizon, a known area) and that progress as of the date does not need. The texts
   of targets, dates, units and areas are judged by the row reader's functions once per distinct
   text; only the syntax of a plain number is written again, in SQL (`_VALUE`), and the
   differential test (tests/test_columnar_differential.py) proves both readers agree.
2. **What progress needs.** Per target (or indicator) and area: the latest row on or before the
   as-of date and the latest on or before every baseline date (an as-of join of each row's date
   onto those dates). A target measured ``periodic`` (its values add up) and a target whose
   indicator aggregates over declared areas keep every row: `doelenboom.monitor.areas` builds
   their series from all of them.
3. **Lines.** Every row reaching Python keeps its line: for a CSV file the engine takes, every
   line is one row (no quotes, carriage returns or blank lines; `_plain` checks this in one pass
   over the bytes), so a row's line is its position plus the header plus the rows DuckDB
   refused (kept with their line and text by ``store_rejects``) before it. Any other CSV file
   returns None: the caller reads it with the row reader (same result, more memory).

A Parquet file has no lines: "line" is the row's number counting the column names as line 1 (as
in the CSV it was exported from), "column" the column's position.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import os
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from doelenboom.diagnostics import Diagnostic
from doelenboom.feedback import stage
from doelenboom.inputs import PathArg, _refused, input_limit, input_name, open_input
from doelenboom.model import CountTarget, PartOfTarget, Programme
from doelenboom.monitor.measurements import (
    MeasurementSet,
    _delimiter,
    _field_starts,
    _Reader,
)

if TYPE_CHECKING:
    import duckdb

MEMORY_LIMIT = "1GB"
"""DuckDB's working memory; past it, it spills to a temporary folder."""
AUTO_BYTES = 32 * 1024 * 1024
"""``--engine auto`` reads a CSV file of this size or more with the engine (about 900,000 rows)."""
_CHUNK = 16 * 1024 * 1024
_BATCH = 65_536
_FIELD_LIMIT = 131_072  # the csv module's field size limit; longer lines go the row reader's way

# A number written plainly, as `measurements._number` reads it, with at most 15 digits (so below
# `MAX_VALUE`): per number style (``,`` or ``;`` separated) and per kind of count.
_DIGITS = "([0-9]{1,15})"
_GROUPED = "([0-9]{1,3}([.][0-9]{3}){1,4}|[0-9]{1,15})"
_VALUE = {
    (False, None): f"[-+]?{_DIGITS}([.][0-9]+)?",
    (False, "level"): rf"[+]?{_DIGITS}",
    (False, "change"): f"[-+]?{_DIGITS}",
    (True, None): f"[-+]?{_GROUPED}(,[0-9]+)?",
    (True, "level"): rf"[+]?{_GROUPED}",
    (True, "change"): f"[-+]?{_GROUPED}",
}


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


def read_columnar(
    path: PathArg, programme: Programme, as_of: date | None = None, *, memory_limit: str = MEMORY_LIMIT
) -> MeasurementSet | None:
    """Read a measurements file (CSV or Parquet) with the engine; see the module docstring.

    With ``as_of``, the rows are only those progress as of that date needs (the set's
    ``reduced_for`` says so); without, every accepted row. Returns None when the engine cannot
    take the file the row reader's way (the caller then uses `read_measurements`): a CSV file that
    is not plain, one that cannot be read at all (the row reader reports why), or a file DuckDB
    refuses."""
    import duckdb

    name = input_name(path)
    if Path(name).suffix.lower() in (".yaml", ".yml"):
        return None  # YAML is read row by row
    try:
        refused = _refused(name, os.stat(name), input_limit("measurements"))
    except OSError:
        return None  # the row reader says why (DB101)
    if refused is not None:
        return None
    parquet = is_parquet(name)
    con = duckdb.connect()
    try:
        with tempfile.TemporaryDirectory(prefix="doelenboom-") as spill:
            con.execute(f"SET memory_limit = '{memory_limit}'")
            con.execute("SET temp_directory = ?", [spill])
            con.execute("SET preserve_insertion_order = true")
            reader = _Reader(programme, name)
            if parquet:
                return _Engine(con, reader, name, None).run(as_of)
            handle = open_input(name, "measurements")
            if isinstance(handle, Diagnostic):
                return None  # the row reader reports it
            with handle:
                plain = _plain(handle)
            if plain is None:
                return None
            return _Engine(con, reader, name, plain).run(as_of)
    except (duckdb.Error, _NotPlain):
        return None
    finally:
        con.close()


class _Plain:
    """What the bytes pass told about a plain CSV file."""

    def __init__(self, header: str, lines: int, bom: bool) -> None:
        self.header = header
        self.lines = lines
        self.bom = bom


def _plain(handle: BinaryIO) -> _Plain | None:
    """One pass over the bytes: the header line and the number of lines of a CSV file in which
    every line is one row (UTF-8, no quotes, no carriage returns, no blank lines, no NUL, no
    byte-order mark but at the start); None for any other file."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0
    last = b"\n"
    bom = False
    chunk = handle.read(_CHUNK)
    if chunk.startswith(b"\xef\xbb\xbf"):
        chunk, bom = chunk[3:], True
    if chunk.startswith(b"\n"):
        return None  # a blank first line: the row reader looks further for the header
    first = chunk[: chunk.find(b"\n")] if b"\n" in chunk else chunk
    while chunk:
        edge = last + chunk[:1]
        if b'"' in chunk or b"\r" in chunk or b"\x00" in chunk or b"\n\n" in chunk or edge == b"\n\n":
            return None
        try:
            if "\ufeff" in decoder.decode(chunk):  # a byte-order mark inside: the row reader reports it
                return None
        except UnicodeDecodeError:
            return None
        lines += chunk.count(b"\n")
        last = chunk[-1:]
        chunk = handle.read(_CHUNK)
    try:
        decoder.decode(b"", final=True)  # a character cut off at the end
    except UnicodeDecodeError:
        return None
    if last != b"\n":
        lines += 1
    header = first.decode("utf-8")
    if not header.strip() or len(header) > _FIELD_LIMIT:
        return None
    return _Plain(header, lines, bom)


class _Engine:
    def __init__(self, con: duckdb.DuckDBPyConnection, reader: _Reader, name: str, plain: _Plain | None) -> None:
        self.con = con
        self.reader = reader
        self.name = name
        self.plain = plain
        self.scanned = False

    # --- the source, as a table of text columns c0, c1, ... with its row number k --------------
    def _source(self, header: Sequence[str]) -> str:
        if self.scanned:
            return "src"
        names = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(len(header)))
        path = _quote(self.name)
        if self.plain is None:
            cast = ", ".join(f"CAST({_ident(h)} AS VARCHAR) AS c{i}" for i, h in enumerate(header))
            return f"(SELECT file_row_number + 1 AS k, {cast} FROM read_parquet({path}, file_row_number = true))"
        delimiter = _quote(self.delimiter)
        return (
            f"(SELECT row_number() OVER () AS k, * FROM read_csv({path}, columns = {{{names}}}, header = true,"
            f" auto_detect = false, delim = {delimiter}, quote = '', escape = '', encoding = 'utf-8',"
            " store_rejects = true, rejects_table = 'rejected', rejects_scan = 'rejected_scan'))"
        )

    def run(self, as_of: date | None) -> MeasurementSet:
        reader = self.reader
        if self.plain is None:
            described = self.con.execute(f"DESCRIBE SELECT * FROM read_parquet({_quote(self.name)})").fetchall()
            header = [str(row[0]) for row in described]
            self.delimiter = ","

            def column(line: int, i: int) -> int:
                return i + 1
        else:
            self.delimiter = _delimiter(self.plain.header)
            header = next(csv.reader([self.plain.header], delimiter=self.delimiter))

            def column(line: int, i: int) -> int:
                starts = self._starts.get(line)
                if starts is None:
                    starts = _field_starts(self._texts.get(line, ""), self.delimiter)
                    self._starts[line] = starts
                return starts[i] if i < len(starts) else starts[-1]

        self._texts: dict[int, str] = {1: self.plain.header if self.plain is not None else ""}
        self._starts: dict[int, list[int]] = {}
        reader.dutch_numbers = self.delimiter == ";"
        index = reader.csv_header(header, 1, column)
        if index is None:
            return _finish(reader, as_of)
        stage("scan")
        # one scan of the file: the text columns and each row's number, spilled to disk when large
        self.con.execute(f"CREATE TEMP TABLE src AS SELECT * FROM {self._source(header)}")
        self.scanned = True
        self._lookups(header, index)
        stage("select")
        keep = self._keep(header, index, as_of)
        stage("rows")
        rejected = self._rejected()
        if self.plain is not None:
            table = "rows" if keep is not None else self._source(header)
            counted = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            if counted is None or int(counted[0]) + len(rejected) + 1 != self.plain.lines:
                raise _NotPlain  # a line DuckDB skipped or split: the lines cannot be told
        width = len(header)
        for line, row in self._rows(header, keep, rejected):
            reader.csv_row(line, row, width, index, column)
            self._texts.pop(line, None)
            self._starts.pop(line, None)
        return _finish(reader, as_of)

    # --- the texts of a few columns, judged by the row reader once per distinct text ------------
    def _lookups(self, header: Sequence[str], index: dict[str, int]) -> None:
        reader = self.reader
        source = self._source(header)
        cols = {col: f"c{index[col]}" for col in ("target", "date", "unit", "area") if col in index}
        sets = ", ".join(f"({c})" for c in cols.values())
        found: dict[str, set[str | None]] = {col: set() for col in cols}
        if cols:
            names = ", ".join(cols.values())
            flags = ", ".join(f"grouping({c})" for c in cols.values())
            query = f"SELECT {names}, {flags} FROM {source} GROUP BY GROUPING SETS ({sets})"
            for row in self.con.execute(query).fetchall():
                values, groups = row[: len(cols)], row[len(cols) :]
                for (col, _), value, grouped in zip(cols.items(), values, groups, strict=True):
                    if grouped == 0:
                        found[col].add(value)
        fast_targets: list[tuple[str, str, str | None, str | None]] = []
        for text in found.get("target", set()):
            if text is None:
                continue
            tid = text.strip()
            info = reader.targets.get(tid)
            if info is None or text != tid or info.scale is not None or info.milestone:
                continue
            fast_targets.append((text, tid, info.counted, info.unit))
        self._table("t_target", ["raw", "tid", "counted", "unit"], fast_targets)
        days: list[tuple[str, date]] = []
        for text in found.get("date", set()):
            if text is None or text != text.strip():
                continue
            day = reader._date(text)
            if day is not None and reader.start <= day.year <= reader.end:
                days.append((text, day))
        self._table("t_date", ["raw", "day"], days, types=["VARCHAR", "DATE"])
        areas: list[tuple[str, str, str | None]] = []
        for text in found.get("area", set()):
            if text is None:
                continue
            stripped = text.strip()
            if not stripped:  # blank: the whole area, as the row reader reads it
                areas.append((text, "", None))
                continue
            if reader.areas.declared:
                ref = reader.areas.resolve(stripped)
                if ref is None:
                    continue
                whole = ref.role == "whole"  # the whole area, however written, is as if not given
                areas.append((text, "" if whole else f"a:{ref.id}", None if whole else ref.name))
            else:
                areas.append((text, f"t:{stripped}", stripped))
        self._table("t_area", ["raw", "akey", "area"], areas)

    def _table(self, name: str, columns: list[str], rows: list[Any], types: list[str] | None = None) -> None:
        kinds = types or ["VARCHAR"] * len(columns)
        spec = ", ".join(f"{c} {t}" for c, t in zip(columns, kinds, strict=True))
        self.con.execute(f"CREATE TEMP TABLE {name} ({spec})")
        for start in range(0, len(rows), _BATCH):  # as literals: executemany costs a round trip per row
            values = ", ".join("(" + ", ".join(_literal(v) for v in row) + ")" for row in rows[start : start + _BATCH])
            self.con.execute(f"INSERT INTO {name} VALUES {values}")

    # --- which rows reach Python ---------------------------------------------------------------
    def _keep(self, header: Sequence[str], index: dict[str, int], as_of: date | None) -> str | None:
        """The name of a table of the row numbers to hand to the row reader; None: every row."""
        if as_of is None:
            return None
        reader = self.reader
        dutch = reader.dutch_numbers

        def col(name: str) -> str:
            return f"s.c{index[name]}" if name in index else "NULL"

        value_checks = " ".join(
            f"WHEN t.counted IS NOT DISTINCT FROM {_quote(kind) if kind else 'NULL'}"
            f" THEN regexp_full_match({col('value')}, {_quote(pattern)})"
            for (style, kind), pattern in _VALUE.items()
            if style == dutch
        )
        area = col("area")
        unit = col("unit")
        fast = (
            f"t.tid IS NOT NULL AND d.day IS NOT NULL AND {col('value')} IS NOT NULL"
            f" AND (CASE {value_checks} ELSE false END)"
            f" AND ({unit} IS NULL OR {unit} = t.unit)"
            f" AND {col('numerator')} IS NULL AND {col('denominator')} IS NULL"
            f" AND ({area} IS NULL OR a.akey IS NOT NULL)"
        )
        # the row reader's duplicate key, read leniently: rows that may be one another's duplicate
        # all reach the row reader (a false alarm costs time only)
        strip = r"'^[\t\n\x0b\x0c\r\x1c-\x1f\x{85}\p{Z}]+|[\t\n\x0b\x0c\r\x1c-\x1f\x{85}\p{Z}]+$'"

        def lenient(expr: str) -> str:
            return f"coalesce(regexp_replace({expr}, {strip}, '', 'g'), '')"

        area_key = f"coalesce(a.akey, 'u:' || lower({lenient(area)}))" if area != "NULL" else "''"
        if area != "NULL":
            area_key = f"CASE WHEN {area} IS NULL OR a.akey IS NOT NULL THEN coalesce(a.akey, '') ELSE {area_key} END"
        # a fast row's texts are as the row reader keeps them; only the others need stripping
        key = (
            f"CASE WHEN {fast} THEN hash(t.tid, {col('date')}, coalesce(a.akey, ''))"
            f" ELSE hash({lenient(col('target'))}, {lenient(col('date'))}, {area_key}) END"
        )
        full = sorted(self._full())
        self._table("t_full", ["tid"], [(tid,) for tid in full])
        dates = sorted({as_of, *self._starts_of()})
        self._table("t_when", ["x", "j"], [(x, j) for j, x in enumerate(dates)], types=["DATE", "INTEGER"])
        joins = f" LEFT JOIN t_target t ON t.raw = {col('target')} LEFT JOIN t_date d ON d.raw = {col('date')}" + (
            f" LEFT JOIN t_area a ON a.raw = {area}" if area != "NULL" else " LEFT JOIN (SELECT NULL AS akey) a ON true"
        )
        self.con.execute(
            f"CREATE TEMP TABLE rows AS SELECT s.k AS k, ({fast}) AS fast, {key} AS h,"
            f" hash(t.tid, coalesce(a.akey, '')) AS g, d.day AS day, t.tid IN (SELECT tid FROM t_full) AS whole_series"
            f" FROM {self._source(header)} s {joins}"
        )
        self.con.execute("CREATE TEMP TABLE twice AS SELECT h FROM rows GROUP BY h HAVING count(*) > 1")
        self.con.execute(
            "CREATE TEMP TABLE latest AS SELECT r.g, w.j, max(r.day) AS day FROM rows r"
            " ASOF JOIN t_when w ON r.day <= w.x WHERE r.fast GROUP BY r.g, w.j"
        )
        self.con.execute(
            "CREATE TEMP TABLE keep AS SELECT k FROM rows r WHERE NOT coalesce(r.fast, false) OR r.whole_series"
            " OR r.h IN (SELECT h FROM twice)"
            " OR (r.g, r.day) IN (SELECT (g, day) FROM latest)"
        )
        return "keep"

    def _full(self) -> set[str]:
        """The row texts (target or indicator ids) whose every row progress may use: periodic
        counts, and targets whose indicator aggregates over declared areas."""
        from doelenboom.monitor.areas import _Areas
        from doelenboom.tree import index

        reader = self.reader
        areas = _Areas(reader.programme)
        full: set[str] = set()
        for entry in index(reader.programme).targets.values():
            target = entry.target
            periodic = isinstance(target, CountTarget | PartOfTarget) and target.measured == "periodic"
            aggregated = reader.areas.declared and areas.aggregation(target) != "none"
            if periodic or aggregated:
                full.add(target.id)
                if target.indicator is not None:
                    full.add(target.indicator)
        return full

    def _starts_of(self) -> set[date]:
        """Every baseline date a target's progress looks back to (the latest row on or before it)."""
        from doelenboom.areas import area_index, effective_target, indicators
        from doelenboom.monitor.progress import _start
        from doelenboom.tree import index

        programme = self.reader.programme
        known, areas = indicators(programme), area_index(programme)
        found: set[date] = set()
        for entry in index(programme).targets.values():
            target = effective_target(entry.target, known, areas, programme.reference_area)
            if target.baseline is not None:
                found.add(_start(target.baseline.date))
        return found

    def _rejected(self) -> list[tuple[int, str]]:
        """The lines DuckDB refused (a row of another width), with their text."""
        if self.plain is None:
            return []
        try:
            found = self.con.execute(
                "SELECT line, any_value(csv_line) FROM rejected GROUP BY line ORDER BY line"
            ).fetchall()
        except Exception:  # the table is made by the first scan; none when nothing was refused
            return []
        return [(int(line), str(text)) for line, text in found]

    def _rows(
        self, header: Sequence[str], keep: str | None, rejected: list[tuple[int, str]]
    ) -> Iterator[tuple[int, list[str]]]:
        """(line, fields) of the rows for the row reader, in file order: those kept and those
        DuckDB refused."""
        width = len(header)
        offsets = [line - i - 1 for i, (line, _) in enumerate(rejected, 1)]
        names = ", ".join(f"c{i}" for i in range(width))
        where = f" WHERE k IN (SELECT k FROM {keep})" if keep is not None else ""
        cursor = self.con.execute(f"SELECT k, {names} FROM {self._source(header)}{where} ORDER BY k")
        pending = iter(rejected)
        refused = next(pending, None)
        while batch := cursor.fetchmany(_BATCH):
            for k, *cells in batch:
                if self.plain is None:
                    yield int(k) + 1, ["" if cell is None else str(cell) for cell in cells]
                    continue
                line = int(k) + 1 + bisect.bisect_left(offsets, int(k))
                while refused is not None and refused[0] < line:
                    yield from self._line(*refused)
                    refused = next(pending, None)
                yield from self._line(line, self.delimiter.join("" if cell is None else cell for cell in cells))
        while refused is not None:
            yield from self._line(*refused)
            refused = next(pending, None)

    def _line(self, line: int, text: str) -> Iterator[tuple[int, list[str]]]:
        self._texts[line] = text
        for row in csv.reader([text], delimiter=self.delimiter):
            yield line, row


class _NotPlain(Exception):
    """The engine's rows do not line up with the file's lines."""


def _finish(reader: _Reader, as_of: date | None) -> MeasurementSet:
    diagnostics: list[Diagnostic] = sorted(reader.diagnostics, key=Diagnostic.sort_key)
    return MeasurementSet(reader.name, tuple(reader.rows), tuple(diagnostics), reader.shared, reduced_for=as_of)


def _literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, int):
        return str(value)
    return _quote(str(value))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _ident(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


__all__ = ["AUTO_BYTES", "MEMORY_LIMIT", "available", "is_parquet", "read_columnar", "takes"]
