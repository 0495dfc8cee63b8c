"""Measurements through an embedded columnar engine (DuckDB, the optional ``scale`` extra).

The row reader (`doelenboom.monitor.measurements`) keeps every row as a Python object: about
850 MB per million rows. This module lets DuckDB do the bulk work and hands Python only the rows
it needs, so memory stays bounded whatever the number of rows (DuckDB spills to disk past its
``memory_limit``):

1. **One meaning.** Whether a row is accepted, and every diagnostic, is still decided by the row
   reader's own functions (`_Reader.csv_header`, `_Reader.csv_row` and so `_Reader.accept`).
   The engine only decides which rows it may leave out: rows that are *certainly* accepted
   (a quantity target, a number written plainly or a ratio's plain parts, no unit or the
   target's own, a date in the horizon, a known area) and that progress as of the date does not
   need. The texts of dates and areas are judged by the row reader's functions once per distinct
   text; only the syntax of a plain number is written again, in SQL (`_VALUE`, `_PARTS`), and
   the differential test (tests/test_columnar_differential.py) proves both readers agree.
2. **What progress needs,** in one pass over the table (`_Engine._keep`): per target (or
   indicator) and area, the latest row on or before the as-of date, on or before every baseline
   date, and the latest of all. For a row text that aggregates over declared areas, the dates on
   which an area without rows of its own gets a value are worked out in SQL, level by level
   (`_Engine._series`, the rule of `doelenboom.monitor.areas`), and the rows on the dates
   progress reads are kept. The rows of a target measured ``periodic`` that progress only adds
   up are summed in SQL into one row per area (`Measurement.rows`, `_Engine._sums`) when no
   sub-area is declared; otherwise it keeps every row, and so does an aggregated row text with
   a row not certainly accepted.
3. **Lines.** Every row reaching Python keeps its line: for a CSV file the engine takes, every
   line is one row (no quotes, carriage returns or blank lines; `scan._plain` and the line count
   check this), so a row's line is its position plus the header plus the rows DuckDB
   refused (kept with their line and text by ``store_rejects``) before it. Any other CSV file
   returns None: the caller reads it with the row reader (same result, more memory).

A Parquet file has no lines: "line" is the row's number counting the column names as line 1 (as
in the CSV it was exported from), "column" the column's position.
"""

from __future__ import annotations

import bisect
import csv
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from doelenboom.diagnostics import Diagnostic
from doelenboom.feedback import stage
from doelenboom.inputs import PathArg
from doelenboom.model import CountTarget, PartOfTarget, Programme
from doelenboom.monitor.measurements import Measurement, MeasurementSet, _field_starts, _Reader
from doelenboom.monitor.scan import (
    AUTO_BYTES,
    MEMORY_LIMIT,
    Prefetch,
    _NotPlain,
    _quote,
    available,
    is_parquet,
    prefetch,
    takes,
)

if TYPE_CHECKING:
    import duckdb

_BATCH = 65_536

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
# A ratio's parts written plainly (`measurements._Reader._ratio`): not negative, the denominator at
# least 1, the numerator below 10 ** 12, so that the value (times 100 for a percent) stays below
# `MAX_VALUE`; per number style.
_PARTS = {
    False: ("[+]?[0-9]{1,12}([.][0-9]+)?", "[+]?0*[1-9][0-9]{0,11}([.][0-9]+)?"),
    True: ("[+]?[0-9]{1,12}(,[0-9]+)?", "[+]?0*[1-9][0-9]{0,11}(,[0-9]+)?"),
}


def read_columnar(
    path: PathArg,
    programme: Programme,
    as_of: date | None = None,
    *,
    memory_limit: str = MEMORY_LIMIT,
    prefetched: Prefetch | None = None,
) -> MeasurementSet | None:
    """Read a measurements file (CSV or Parquet) with the engine; see the module docstring.

    With ``as_of``, the rows are only those progress as of that date needs (the set's
    ``reduced_for`` says so); without, every accepted row. Returns None when the engine cannot
    take the file the row reader's way (the caller then uses `read_measurements`): a CSV file that
    is not plain, one that cannot be read at all (the row reader reports why), or a file DuckDB
    refuses. ``prefetched``: the file's first step, started by `prefetch` (closed here)."""
    import duckdb

    fetch = prefetched if prefetched is not None else Prefetch(path, memory_limit)
    try:
        stage("scan")
        fetch.wait()
        if fetch.con is None or not fetch.taken:
            return None
        return _Engine(fetch, _Reader(programme, fetch.name)).run(as_of)
    except (duckdb.Error, _NotPlain):
        return None
    finally:
        fetch.close()


class _Engine:
    def __init__(self, fetch: Prefetch, reader: _Reader) -> None:
        self.fetch = fetch
        self.reader = reader
        self.plain = fetch.plain
        self.delimiter = fetch.delimiter
        self.summed: dict[str, date] = {}
        self.sums: list[tuple[Any, ...]] = []

    def _execute(self, query: str) -> duckdb.DuckDBPyConnection:
        return self.fetch._execute(query)

    def run(self, as_of: date | None) -> MeasurementSet:
        reader = self.reader
        header = self.fetch.header
        if self.plain is None:

            def column(line: int, i: int) -> int:
                return i + 1
        else:

            def column(line: int, i: int) -> int:
                starts = self._starts.get(line)
                if starts is None:
                    starts = _field_starts(self._texts.get(line, ""), self.delimiter)
                    self._starts[line] = starts
                return starts[i] if i < len(starts) else starts[-1]

        self._texts: dict[int, str] = {1: self.plain.header if self.plain is not None else ""}
        self._starts: dict[int, list[int]] = {}
        rejected = self._rejected()
        if self.plain is not None:
            counted = self._execute("SELECT count(*) FROM src").fetchone()
            if counted is None or int(counted[0]) + len(rejected) + 1 != self.plain.lines:
                raise _NotPlain  # a line DuckDB skipped or split: the lines cannot be told
        reader.dutch_numbers = self.delimiter == ";"
        index = reader.csv_header(header, 1, column)
        if index is None:
            return _finish(reader, as_of)
        stage("select")
        self._lookups(index)
        keep = self._keep(index, as_of)
        stage("rows")
        width = len(header)
        for line, row in self._rows(width, keep, rejected):
            reader.csv_row(line, row, width, index, column)
            self._texts.pop(line, None)
            self._starts.pop(line, None)
        offsets = [line - i - 1 for i, (line, _) in enumerate(rejected, 1)]
        for tid, area, total, count, day, k in self.sums:  # rows added up (`_sums`), after the others
            line = int(k) + 1 + (bisect.bisect_left(offsets, int(k)) if self.plain is not None else 0)
            reader.rows.append(
                Measurement(str(tid), day, Decimal(int(total)), None, area, None, None, None, line, rows=int(count))
            )
        return _finish(reader, as_of)

    # --- the texts of targets, dates and areas, judged by the row reader ------------------------
    def _lookups(self, index: dict[str, int]) -> None:
        reader = self.reader
        fast_targets: list[tuple[str, str, str | None, str | None, bool]] = []
        self.periodic, self.aggregated, self.pairs = self._kinds()
        for tid, info in reader.targets.items():  # a row names a target by its id, exactly
            if info.scale is None and not info.milestone:
                whole = tid in self.periodic and tid not in self.summed
                fast_targets.append((tid, tid, info.counted, info.unit, whole))
        self._table(
            "t_target", ["raw", "tid", "counted", "unit", "whole"], fast_targets, types=[*["VARCHAR"] * 4, "BOOLEAN"]
        )
        wanted = [index[col] for col in ("date", "area") if col in index]
        found = dict(self.fetch.distinct)
        missing = [i for i in wanted if i not in found]
        if missing:  # the header read otherwise than the scan guessed
            found.update(self.fetch.distinct_texts(missing))
        days: list[tuple[str, date]] = []
        for text in found.get(index["date"], set()) if "date" in index else ():
            if text is None or text != text.strip():
                continue
            day = reader._date(text)
            if day is not None and reader.start <= day.year <= reader.end:
                days.append((text, day))
        self._table("t_date", ["raw", "day"], days, types=["VARCHAR", "DATE"])
        areas: list[tuple[str, str, str | None]] = []
        for text in found.get(index["area"], set()) if "area" in index else ():
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
        self._execute(f"CREATE TEMP TABLE {name} ({spec})")
        for start in range(0, len(rows), _BATCH):  # as literals: executemany costs a round trip per row
            values = ", ".join("(" + ", ".join(_literal(v) for v in row) + ")" for row in rows[start : start + _BATCH])
            self._execute(f"INSERT INTO {name} VALUES {values}")

    # --- which rows reach Python ---------------------------------------------------------------
    def _keep(self, index: dict[str, int], as_of: date | None) -> bool:
        """Fill the table ``keep`` with the numbers of the rows to hand to the row reader; False:
        every row (no date to reduce for)."""
        if as_of is None:
            return False
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
        # certainly accepted by the row reader, with the row reader's own key for duplicates
        numerator, denominator = col("numerator"), col("denominator")
        top, bottom = _PARTS[dutch]
        value = (
            f"{col('value')} IS NOT NULL AND (CASE {value_checks} ELSE false END)"
            f" AND {numerator} IS NULL AND {denominator} IS NULL"
        )
        # a ratio's parts without a value (a value beside them is checked against them: Python's)
        ratio = (
            f"{col('value')} IS NULL AND t.counted IS NULL"
            f" AND regexp_full_match({numerator}, {_quote(top)}) AND regexp_full_match({denominator}, {_quote(bottom)})"
        )
        fast = (
            f"coalesce(t.tid IS NOT NULL AND d.day IS NOT NULL AND (({value}) OR ({ratio}))"
            f" AND ({unit} IS NULL OR {unit} = t.unit) AND ({area} IS NULL OR a.akey IS NOT NULL), false)"
        )
        no_area = " LEFT JOIN (SELECT NULL AS akey, NULL AS area) a ON true"
        joins = f" LEFT JOIN t_target t ON t.raw = {col('target')} LEFT JOIN t_date d ON d.raw = {col('date')}" + (
            f" LEFT JOIN t_area a ON a.raw = {area}" if area != "NULL" else no_area
        )
        # the latest row on or before each baseline date and the as-of date, and the latest of
        # all (so every target and area with rows keeps one: the areas with data stay the same)
        windows = sorted({as_of, *self._starts_of(), date.max})
        self._table("t_when", ["x", "j"], [(x, j) for j, x in enumerate(windows)], types=["DATE", "INTEGER"])
        # One pass: per target and area (``g``; NULL for a row that is not certainly accepted, or
        # whose every row progress may use) the rows, the distinct dates (fewer: a duplicate) and
        # per window date the row of the latest date on or before it.
        group = f"CASE WHEN ({fast}) AND NOT t.whole THEN hash(t.tid, coalesce(a.akey, '')) END"
        rows = f"SELECT s.rowid + 1 AS k, {group} AS g, t.tid AS tid, d.day AS day, ({fast}) AS fast FROM src s{joins}"
        latest = ", ".join(
            f"arg_max(k, day) FILTER (WHERE day <= {_literal(when)}) AS l{j}" for j, when in enumerate(windows)
        )
        self._execute(
            "CREATE TEMP TABLE agg AS SELECT g, any_value(tid) AS tid, count(*) AS n, count(DISTINCT day) AS nd,"
            f" list(k) FILTER (WHERE g IS NULL) AS o, count(*) FILTER (WHERE NOT fast) AS odd, {latest}"
            f" FROM ({rows}) GROUP BY g"
        )
        every = ", ".join(f"l{j}" for j in range(len(windows)))
        self._execute(
            "CREATE TEMP TABLE keep AS SELECT k FROM (SELECT unnest(o) AS k FROM agg WHERE g IS NULL"
            f" UNION ALL SELECT unnest([{every}]) AS k FROM agg WHERE g IS NOT NULL AND n = nd) WHERE k IS NOT NULL"
        )
        # a target and area with a date twice: every row of it (the row reader reports them)
        twice = self._execute("SELECT count(*) FROM agg WHERE g IS NOT NULL AND n > nd").fetchone()
        if twice is not None and twice[0]:
            self._execute(
                f"INSERT INTO keep SELECT k FROM ({rows}) WHERE g IN (SELECT g FROM agg WHERE g IS NOT NULL AND n > nd)"
            )
        # a row not certainly accepted may still be, as a duplicate of one that is: the row
        # reader's duplicate key, read leniently (a false alarm costs time only)
        odd_rows = self._execute("SELECT coalesce(sum(odd), 0) FROM agg").fetchone()
        odd = bool(odd_rows is not None and odd_rows[0])
        strip = r"'^[\t\n\x0b\x0c\r\x1c-\x1f\x{85}\p{Z}]+|[\t\n\x0b\x0c\r\x1c-\x1f\x{85}\p{Z}]+$'"

        def lenient(expr: str) -> str:
            return f"coalesce(regexp_replace({expr}, {strip}, '', 'g'), '')"

        if odd:
            area_key = f"coalesce(a.akey, 'u:' || lower({lenient(area)}))" if area != "NULL" else "''"
            if area != "NULL":
                area_key = (
                    f"CASE WHEN {area} IS NULL OR a.akey IS NOT NULL THEN coalesce(a.akey, '') ELSE {area_key} END"
                )
            # a fast row's texts are as the row reader keeps them; only the others need stripping
            key = (
                f"CASE WHEN {fast} THEN hash(t.tid, {col('date')}, coalesce(a.akey, ''))"
                f" ELSE hash({lenient(col('target'))}, {lenient(col('date'))}, {area_key}) END"
            )
            self._execute(
                f"INSERT INTO keep WITH r AS (SELECT s.rowid + 1 AS k, ({fast}) AS fast, {key} AS h FROM src s{joins})"
                " SELECT k FROM r WHERE fast AND h IN (SELECT h FROM r WHERE NOT fast)"
            )
        if self.aggregated:
            # Values that aggregate over the declared areas: an area without rows of its own takes
            # its value on the dates on which every area in it has one, so the rows on those dates
            # are needed too. Worked out here for a row text whose every row is certainly
            # accepted, once; any other such text keeps all its rows.
            present = {
                str(tid) for (tid,) in self._execute("SELECT DISTINCT tid FROM agg WHERE g IS NOT NULL").fetchall()
            }
            unsure = {
                str(tid)
                for (tid,) in self._execute("SELECT DISTINCT tid FROM agg WHERE g IS NOT NULL AND n > nd").fetchall()
            }
            if odd:
                unsure |= {
                    str(text)
                    for (text,) in self._execute(
                        f"SELECT DISTINCT {lenient(col('target'))} FROM src s{joins} WHERE NOT ({fast})"
                    ).fetchall()
                }
            seen = present | unsure
            for tid, indicator in self.pairs:  # read as one series: both kept whole when both occur
                if tid in seen and indicator in seen:
                    unsure |= {tid, indicator}
            whole = sorted(tid for tid in self.aggregated if tid in unsure)
            if whole:
                texts = ", ".join(_quote(tid) for tid in whole)
                self._execute(f"INSERT INTO keep SELECT s.rowid + 1 FROM src s WHERE {col('target')} IN ({texts})")
            sure = {tid: how for tid, how in self.aggregated.items() if tid in present and tid not in unsure}
            if sure:
                self._series(sure, fast, joins, f"{numerator} IS NOT NULL")
        if self.summed:
            self._sums(as_of, fast, joins, col("value"))
        return True

    def _sums(self, as_of: date, fast: str, joins: str, value: str) -> None:
        """For each periodic row text in `summed` and area: add up its rows from its start date
        to ``as_of`` that progress only sums (not kept for another reason, whole numbers, in a
        target and area without a date twice) into one row (`Measurement.rows`), and keep the
        other rows of that span (a value with decimals, or a ratio's parts: Python reads those)."""
        dutch = self.reader.dutch_numbers
        whole = _VALUE[(dutch, "change")]
        number = f"replace({value}, '.', '')" if dutch else value
        self._table("t_sum", ["tid", "start"], sorted(self.summed.items()), types=["VARCHAR", "DATE"])
        span = (
            f"SELECT s.rowid + 1 AS k, hash(t.tid, coalesce(a.akey, '')) AS g, t.tid AS tid, a.area AS area,"
            f" d.day AS day, coalesce(regexp_full_match({value}, {_quote(whole)}), false) AS whole, {number} AS number"
            f" FROM src s{joins} JOIN t_sum x ON x.tid = t.tid"
            f" WHERE ({fast}) AND d.day >= x.start AND d.day <= {_literal(as_of)}"
        )
        self._execute(
            f"CREATE TEMP TABLE span AS SELECT * FROM ({span}) r"
            " WHERE r.g IN (SELECT g FROM agg WHERE g IS NOT NULL AND n = nd) AND r.k NOT IN (SELECT k FROM keep)"
        )
        self._execute("INSERT INTO keep SELECT k FROM span WHERE NOT whole")
        self.sums = self._execute(
            "SELECT any_value(tid), any_value(area), sum(CAST(number AS HUGEINT)), count(*), max(day), max(k)"
            " FROM span WHERE whole GROUP BY g HAVING count(*) > 1 ORDER BY max(k)"
        ).fetchall()
        self._execute(  # a single row stays itself
            "INSERT INTO keep SELECT k FROM span WHERE whole AND g IN"
            " (SELECT g FROM span WHERE whole GROUP BY g HAVING count(*) = 1)"
        )

    def _column(self, query: str) -> set[str]:
        return {str(value) for (value,) in self._execute(query).fetchall()}

    def _series(self, texts: dict[str, str], fast: str, joins: str, parts: str) -> None:
        """Add to ``keep`` the rows an area without rows of its own is aggregated from, on the dates
        progress reads (`doelenboom.monitor.areas`: the dates on which every area directly in it
        has a value, the areas in it handled first), for the row texts ``texts`` (with their
        aggregation), whose every row is certainly accepted."""
        from doelenboom.monitor.areas import _Areas

        engine = _Areas(self.reader.programme)
        index = engine.areas
        whole = index.whole
        if whole is None:
            return
        depth = {whole.id: 0}
        for ident in reversed(engine.order):  # parents before the areas in them
            for kid in index.children.get(ident, ()):
                depth[kid] = depth[ident] + 1
        links = [(kid, parent, depth[parent]) for parent, kids in index.children.items() for kid in kids]
        parents = [
            (
                parent,
                len(kids),
                all(kid in engine.inhabitants for kid in kids) and sum(engine.inhabitants.get(k, 0) for k in kids) > 0,
            )
            for parent, kids in index.children.items()
        ]
        self._table("t_link", ["child", "parent", "depth"], links, types=["VARCHAR", "VARCHAR", "INTEGER"])
        self._table("t_parent", ["parent", "kids", "weighted"], parents, types=["VARCHAR", "INTEGER", "BOOLEAN"])
        self._table("t_in", ["area"], [(ident,) for ident in depth])
        self._table("t_how", ["tid", "how"], sorted(texts.items()))
        area = f"CASE WHEN coalesce(a.akey, '') = '' THEN {_quote(whole.id)} ELSE substr(a.akey, 3) END"
        # a point serves a ratio only with its parts (``parts``: the row gives them); a row text
        # here has no date twice per area, so each row is one point (``k``: its number)
        self._execute(
            f"CREATE TEMP TABLE series AS SELECT t.tid AS t, {area} AS area, d.day AS day, ({parts}) AS parts,"
            f" s.rowid + 1 AS k FROM src s{joins} JOIN t_how x ON x.tid = t.tid"
            f" WHERE ({fast}) AND {area} IN (SELECT area FROM t_in)"
        )
        self._execute("CREATE TEMP TABLE own AS SELECT DISTINCT t, area FROM series")
        deepest = max(depth.values())
        for level in range(deepest - 1, -1, -1):  # the areas in an area first
            self._execute(
                "INSERT INTO series SELECT s.t, l.parent, s.day, true, NULL"
                " FROM series s JOIN t_link l ON l.child = s.area JOIN t_how x ON x.tid = s.t"
                " JOIN t_parent p ON p.parent = l.parent"
                f" WHERE l.depth = {level} AND (s.t, l.parent) NOT IN (SELECT (t, area) FROM own)"
                " AND (x.how <> 'weighted_mean' OR p.weighted)"
                " GROUP BY s.t, l.parent, s.day"
                " HAVING count(*) = any_value(p.kids) AND (any_value(x.how) <> 'ratio' OR bool_and(s.parts))"
            )
        self._execute(
            "CREATE TEMP TABLE need AS SELECT s.t, s.area, max(s.day) AS day FROM series s"
            " JOIN t_when w ON s.day <= w.x GROUP BY s.t, s.area, w.j"
        )
        for level in range(deepest):  # an aggregated area's dates, down to the areas with rows
            self._execute(
                "INSERT INTO need SELECT n.t, l.child, n.day FROM need n JOIN t_link l ON l.parent = n.area"
                f" WHERE l.depth = {level} AND (n.t, n.area) NOT IN (SELECT (t, area) FROM own)"
            )
        self._execute(
            "INSERT INTO keep SELECT s.k FROM series s JOIN need n ON n.t = s.t AND n.area = s.area AND n.day = s.day"
            " WHERE s.k IS NOT NULL"
        )

    def _kinds(self) -> tuple[set[str], dict[str, str], list[tuple[str, str]]]:
        """What the targets ask of their rows, per row text (a target's or an indicator's id):
        the texts whose every row progress may use (periodic counts: their values add up); the
        texts whose values aggregate over the declared areas, with the aggregation; and the pairs
        (target, its indicator) whose rows progress reads as one series."""
        from doelenboom.areas import effective_target, indicators
        from doelenboom.monitor.areas import _Areas
        from doelenboom.monitor.progress import Thresholds, _Progress, _start
        from doelenboom.tree import index

        reader = self.reader
        programme = reader.programme
        areas = _Areas(programme)
        plan_start = _Progress(programme, date.today(), Thresholds()).plan_start
        known = indicators(programme)
        periodic: set[str] = set()
        starts: dict[str, set[date]] = {}
        aggregated: dict[str, str] = {}
        pairs: list[tuple[str, str]] = []
        for entry in index(programme).targets.values():
            target = entry.target
            texts = [target.id] if target.indicator is None else [target.id, target.indicator]
            if target.indicator is not None:
                pairs.append((target.id, target.indicator))
            if isinstance(target, CountTarget | PartOfTarget) and target.measured == "periodic":
                periodic.update(texts)
                read = effective_target(target, known, areas.areas, programme.reference_area)
                start = _start(read.baseline.date) if read.baseline is not None else plan_start
                for text in texts:
                    starts.setdefault(text, set()).add(start)
            how = areas.aggregation(target)
            if reader.areas.declared and how != "none":
                for text in texts:
                    aggregated[text] = how
        # a periodic text's rows since its one start date are only added up: the engine sums them,
        # when no area is declared (an area's series needs every point) and its targets agree
        self.summed = {
            text: next(iter(found))
            for text, found in starts.items()
            if len(found) == 1 and not reader.areas.declared and text not in aggregated
        }
        return periodic, {text: how for text, how in aggregated.items() if text not in periodic}, pairs

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
        """The lines DuckDB refused (a row of another width), with their text. A line that is not
        UTF-8 makes the whole file the row reader's (it reads such a file as Windows-1252)."""
        if self.plain is None:
            return []
        try:
            found = self._execute(
                "SELECT line, any_value(csv_line), bool_or(error_type = 'INVALID ENCODING') FROM rejected"
                " GROUP BY line ORDER BY line"
            ).fetchall()
        except _NotPlain:
            raise
        except Exception:  # the table is made by the first scan; none when nothing was refused
            return []
        if any(bad for _, _, bad in found):
            raise _NotPlain
        return [(int(line), str(text)) for line, text, _ in found]

    def _rows(self, width: int, keep: bool, rejected: list[tuple[int, str]]) -> Iterator[tuple[int, list[str]]]:
        """(line, fields) of the rows for the row reader, in file order: those kept and those
        DuckDB refused."""
        offsets = [line - i - 1 for i, (line, _) in enumerate(rejected, 1)]
        names = ", ".join(f"c{i}" for i in range(width))
        where = " WHERE rowid + 1 IN (SELECT k FROM keep)" if keep else ""
        cursor = self._execute(f"SELECT rowid + 1 AS k, {names} FROM src{where} ORDER BY rowid")
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


__all__ = ["AUTO_BYTES", "MEMORY_LIMIT", "Prefetch", "available", "is_parquet", "prefetch", "read_columnar", "takes"]
