"""Measurements: what was measured, per target and date, kept apart from the spec.

A measurements file is CSV (a header line, then one measurement per line) or YAML (a list under
``measurements:``), in UTF-8; lines that are not are read as Windows-1252 with a warning (as Excel
saves CSV on Dutch Windows; see `read_measurements_bytes`).

Columns: ``target``, ``date`` (YYYY-MM-DD) and ``value`` are required;
``unit``, ``area`` (e.g. a buurt, or the reference area), ``source``, ``note``, ``numerator`` and
``denominator`` are optional. A row with ``numerator`` and ``denominator`` needs no ``value``: it
is their ratio (times 100 for a target in percent), and a value given with them must agree
(DB431). ``target`` may name an indicator: the row then measures every target on it. When the
spec declares areas (`doelenboom.areas`), ``area`` must name one of them by id, CBS code or name
in any case (DB430); the row keeps the declared name (None for the whole area).
Dutch headers (streefdoel, datum, waarde, eenheid, gebied or buurt, bron, toelichting or opmerking,
teller, noemer) are accepted too ("doel" is not: it is the goal level's word), and a
CSV whose header is separated by ``;`` (as Dutch spreadsheets save it) is read with ``;``, and one
separated by tabs with tabs.

Numbers: a decimal point and no thousands separators (``1234.5``), except in a CSV file separated
by ``;`` (a Dutch spreadsheet's export), where ``,`` is the decimal mark and ``.`` groups
thousands (``1.234,5``; a ``.`` that does not group three digits is refused as not a number).

Every row is checked against the spec; each problem is a located diagnostic (file, line, column)
and the row is left out, never silently: good rows are always read. Values are converted to the
target's unit through the programme's `UnitTable`. A qualitative target is measured by naming a
status on its scale; a milestone by 0 (not yet) or 1 (reached).

A count in a counting unit (anything but percent and money: persons, dwellings, a spec's own
units unless declared with ``kind: measure``) is a whole number: a value with decimals, or with
exactly three digits after the decimal mark (``1.234`` is a Dutch 1234 read the English way, and
``1.000`` is the same trap), is refused (DB413), and so is a negative one for count, part-of and
gap targets (a range target's measurements are changes, which may be negative).

A value of `MAX_VALUE` (10^15) or more in the target's unit is refused (DB415): no real figure is
that large, and stray digits should not pass as progress.
"""

from __future__ import annotations

import bisect
import csv
import io
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, NamedTuple

from doelenboom.areas import area_index
from doelenboom.codes import CATALOGUE, NO_SUGGESTION
from doelenboom.diagnostics import ArgValue, Diagnostic, Listing, Location, Related, has_errors, listing
from doelenboom.inputs import PathArg, input_name, read_input
from doelenboom.loader import load_text
from doelenboom.model import (
    CountTarget,
    GapTarget,
    MilestoneTarget,
    PartOfTarget,
    Programme,
    QualitativeTarget,
    RangeTarget,
    Target,
)
from doelenboom.monitor.columns import ALIASES, FIELDS, RATIO, REQUIRED, _delimiter
from doelenboom.source import SourceMap
from doelenboom.suggest import Suggester
from doelenboom.tree import index
from doelenboom.units import UnitTable

Format = Literal["csv", "yaml"]
_NUMBER = re.compile(r"[-+]?[0-9]+(\.[0-9]+)?")
_DUTCH_NUMBER = re.compile(r"[-+]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?")
MAX_VALUE = Decimal(10) ** 15
"""Measured values (in the target's unit) are below this in size; larger ones are refused (DB415)."""
_BEFORE_COMMA = re.compile(r"([-+]?[0-9][0-9.]*),$")
_DIGITS = re.compile(r"[0-9]+")  # the digits after a decimal comma in a YAML flow mapping (92,5)
# A date as the format says it: YYYY-MM-DD. `date.fromisoformat` also takes ISO week dates
# (2024-W01-1) and 20240101, which are no dates to a reader of the file (nor to YAML).
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Measurement(NamedTuple):
    """One accepted measurement. ``value`` is in the target's unit (converted when the row gave
    another unit); for a qualitative target it is the status's position on the scale."""

    target: str
    date: date
    value: Decimal
    unit: str | None
    """The unit as the row wrote it (None: the target's unit)."""
    area: str | None
    """The area measured (None: the programme's whole area)."""
    source: str | None
    note: str | None
    status: str | None
    """For a qualitative target: the status as written."""
    line: int
    """Line of the row in its file."""
    numerator: Decimal | None = None
    """For a ratio: the numerator the value was computed from (or checked against)."""
    denominator: Decimal | None = None
    """For a ratio: the denominator."""
    rows: int = 1
    """How many rows of the file this one stands for: the columnar engine adds up the rows of a
    target measured ``periodic`` that progress only sums (`doelenboom.monitor.columnar`); its
    ``date`` and ``line`` are then those of the last of them, and it has no unit, source or note."""


@dataclass(frozen=True)
class MeasurementSet:
    """The accepted rows of one measurements file and every diagnostic about the others."""

    file: str
    rows: tuple[Measurement, ...]
    diagnostics: tuple[Diagnostic, ...]
    shared: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Per indicator id that rows were given for: the targets on it, each of which they measure."""
    reduced_for: date | None = None
    """Set by the columnar engine (`doelenboom.monitor.columnar`): ``rows`` are only those that
    progress as of this date needs (every refused row is still reported)."""

    def failed(self, *, strict: bool = False) -> bool:
        """True when any row was refused (or, with ``strict``, anything was warned about)."""
        return has_errors(self.diagnostics, strict=strict)

    @cached_property
    def by_target(self) -> Mapping[str, tuple[Measurement, ...]]:
        """Accepted rows per target id, in date order."""
        grouped: dict[str, list[Measurement]] = {}
        for row in self.rows:
            for target in self.shared.get(row.target, (row.target,)):
                grouped.setdefault(target, []).append(row if target == row.target else row._replace(target=target))
        return {k: tuple(sorted(v, key=lambda m: m.date)) for k, v in grouped.items()}


def read_measurements(path: PathArg, programme: Programme) -> MeasurementSet:
    """Read a measurements file (CSV, or YAML for .yaml/.yml; a path as text, bytes or
    `os.PathLike`) and check it against ``programme``. Never raises for bad input."""
    name = input_name(path)
    raw = read_input(name, "measurements")
    if isinstance(raw, Diagnostic):
        return MeasurementSet(name, (), (raw,))
    fmt: Format = "yaml" if Path(name).suffix.lower() in (".yaml", ".yml") else "csv"
    return read_measurements_bytes(raw, programme, name, fmt)


def read_measurements_bytes(
    raw: bytes, programme: Programme, name: str = "<bytes>", fmt: Format = "csv"
) -> MeasurementSet:
    """Read measurements from the bytes of a file; see `read_measurements`.

    UTF-8 (with or without a byte order mark) is read as it is. A line that is not UTF-8 is read
    as Windows-1252, the encoding Excel saves CSV in on Dutch Windows, with one warning for the
    file (DB416, at the first such byte); a line that is neither is refused (DB102) and the other
    lines are read. Columns count characters."""
    text, problems = _decode(raw, name)
    found = read_measurements_text(text, programme, name, fmt)
    if not problems:
        return found
    diagnostics = sorted([*problems, *found.diagnostics], key=Diagnostic.sort_key)
    return MeasurementSet(name, found.rows, tuple(diagnostics), found.shared)


_LINE_BREAK = re.compile(rb"\r\n|\r|\n")  # as the readers count lines: a lone CR ends one too


def _decode(raw: bytes, name: str) -> tuple[str, list[Diagnostic]]:
    try:
        return raw.decode("utf-8").removeprefix("\ufeff"), []
    except UnicodeDecodeError:
        pass
    lines: list[str] = []
    problems: list[Diagnostic] = []
    first: Location | None = None
    first_byte = count = 0
    for number, line in enumerate(_LINE_BREAK.split(raw), 1):
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        try:
            lines.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError as exc:
            where = Location(name, number, len(line[: exc.start].decode("utf-8")) + 1)
            byte = line[exc.start]
        try:
            lines.append(line.decode("cp1252"))
        except UnicodeDecodeError:
            lines.append("")  # refused: its row is left out, the others are read
            problems.append(Diagnostic("DB102", CATALOGUE["DB102"].severity, where, {"byte": f"0x{byte:02x}"}))
            continue
        count += 1
        if first is None:
            first, first_byte = where, byte
    if first is not None:
        args: dict[str, ArgValue] = {"byte": f"0x{first_byte:02x}", "count": count}
        problems.append(Diagnostic("DB416", CATALOGUE["DB416"].severity, first, args))
    return "\n".join(lines), problems


def read_measurements_text(
    text: str, programme: Programme, name: str = "<string>", fmt: Format = "csv"
) -> MeasurementSet:
    """Read measurements from text in the given format; see `read_measurements`."""
    reader = _Reader(programme, name)
    if fmt == "yaml":
        reader.read_yaml(text)
    else:
        reader.read_csv(text)
    diagnostics = sorted(reader.diagnostics, key=Diagnostic.sort_key)
    return MeasurementSet(name, tuple(reader.rows), tuple(diagnostics), reader.shared)


@dataclass(frozen=True, slots=True)
class _TargetInfo:
    target: Target
    unit: str | None  # canonical unit of a quantity target
    scale: dict[str, int] | None  # qualitative: status -> position
    milestone: bool
    counted: Literal["level", "change"] | None  # a count in whole units: a level (>= 0) or a change


_MAX_SUGGESTED = 50
"""Distinct unknown target ids that get a 'did you mean'; beyond that the file most likely belongs
to another spec (`doelenboom.suggest` bounds each lookup too)."""
_VALUE_KEYS = tuple(key for key in ("value", *ALIASES) if ALIASES.get(key, key) == "value")
_EVERY = 1 << 62  # a column name is compared with the 7 columns only: every one gets an answer


def _suggest(word: str, known: Suggester) -> dict[str, ArgValue]:
    close = known.suggest(word)
    return {"suggestion": close if close is not None else NO_SUGGESTION}


Locate = Callable[[str], Location]
Column = Callable[[int, int], int]
"""(line, field index) -> the 1-based column where that field of the line starts."""


class _Reader:
    # The table read: its columns in the order `accept` takes them, their other names, and the key
    # of the rows' list in YAML. `doelenboom.monitor.spending` reads its file with the same reader.
    fields: tuple[str, ...] = FIELDS
    required: tuple[str, ...] = REQUIRED
    aliases: Mapping[str, str] = ALIASES
    list_key = "measurements"
    value_keys: tuple[str, ...] = _VALUE_KEYS
    layout_code = "DB408"  # a file or row not laid out as this table
    # Columns whose absence changes what a row means (a buurt's value read as the whole area's, a
    # value in another unit read in the target's): a misspelling of one is refused (DB432), not
    # ignored with a warning (DB409).
    meaning_columns: frozenset[str] = frozenset({"area", "unit", "numerator", "denominator"})

    def __init__(self, programme: Programme, name: str) -> None:
        self._start_table(name)
        self.programme = programme
        self.units = UnitTable.of(programme.units)
        self.targets: dict[str, _TargetInfo] = {}
        for found in index(programme).targets.values():  # the first target with an id counts
            target = found.target
            unit = getattr(target, "unit", None)
            scale = None
            if isinstance(target, QualitativeTarget):
                scale = {status: i for i, status in enumerate(target.scale)}
            canonical = self.units.canonical(unit) if isinstance(unit, str) else None
            counted: Literal["level", "change"] | None = None
            if canonical is not None and self.units.counted(canonical):
                if isinstance(target, CountTarget | PartOfTarget | GapTarget):
                    counted = "level"
                elif isinstance(target, RangeTarget):
                    counted = "change"
            info = _TargetInfo(target, canonical, scale, isinstance(target, MilestoneTarget), counted)
            self.targets[target.id] = info
        # a row may name an indicator: it measures every target on it (checked as the first one)
        self.shared: dict[str, tuple[str, ...]] = {}
        on: dict[str, list[str]] = {}
        for found in index(programme).targets.values():
            if found.target.indicator is not None:
                on.setdefault(found.target.indicator, []).append(found.target.id)
        for indicator in programme.indicators:
            if indicator.id in on and indicator.id not in self.targets:
                self.shared[indicator.id] = tuple(on[indicator.id])
                self.targets[indicator.id] = self.targets[on[indicator.id][0]]
        self.start, self.end = programme.horizon.start, programme.horizon.end
        self.areas = area_index(programme)
        self._area_suggester = Suggester(self.areas.names(), max_lookups=_MAX_SUGGESTED)
        self.rows: list[Measurement] = []
        self._dates: dict[str, date | None] = {}
        self._factors: dict[tuple[str, str], Decimal | None] = {}
        self._seen: dict[tuple[str, date, str | None], int] = {}
        self._suggester = Suggester(self.targets, max_lookups=_MAX_SUGGESTED)
        self._scales: dict[str, Listing] = {}

    def _start_table(self, name: str) -> None:
        """What reading any table needs; the rest of ``__init__`` is the measurements' own."""
        self.name = name
        self.diagnostics: list[Diagnostic] = []
        self._columns = Suggester(self.fields, max_lookups=_EVERY)
        self.dutch_numbers = False  # set for a ';'-separated CSV: 1.234,5
        self._slots: list[int | None] = []  # per field of `self.fields`, its position in the CSV header

    def unknown_column(self, key: str, where: Location, lookup: str | None = None) -> bool:
        """Report a column (or YAML key) ``key`` the table does not know (``lookup``: its name as
        compared, lower case): DB432 and True (refuse what it is in) when it is a misspelling of a
        column that changes a row's meaning, else DB409 and False."""
        more = _suggest(key if lookup is None else lookup, self._columns)
        if more["suggestion"] in self.meaning_columns:
            self.emit("DB432", where, key=key, more=more)
            return True
        self.emit("DB409", where, key=key, more=more)
        return False

    def emit(
        self,
        code: str,
        location: Location,
        related: tuple[Related, ...] = (),
        more: Mapping[str, ArgValue] | None = None,
        **args: ArgValue,
    ) -> None:
        merged = {**(more or {}), **args}
        self.diagnostics.append(Diagnostic(code, CATALOGUE[code].severity, location, merged, related))

    # --- one row, whatever the format -------------------------------------------------------------
    def accept(self, fields: Sequence[Any], line: int, locate: Locate) -> None:
        """Check one row, given as values in `FIELDS` order (None where absent or blank; text
        already stripped)."""
        target, when, value, unit, area, source, note, numerator, denominator = fields
        ratio_given = numerator is not None and denominator is not None
        if target is None or when is None or (value is None and not ratio_given):
            for key, given in (("target", target), ("date", when), ("value", value)):
                if given is None and (key != "value" or (numerator is None and denominator is None)):
                    self.emit("DB407", locate(key), key=key)
            if value is None and (numerator is None) != (denominator is None) and target is not None:
                missing = "numerator" if numerator is None else "denominator"
                self.emit("DB431", locate(missing), id=str(target), problem="half")
            return
        tid = str(target)
        info = self.targets.get(tid)
        if info is None:
            self.emit("DB401", locate("target"), ref=tid, more=_suggest(tid, self._suggester))
            return
        parts = self._ratio(tid, info, value, numerator, denominator, locate)
        if parts is False:
            return
        if parts is not None and value is None:
            value = parts[2]
        area_text = None if area is None else str(area)
        if area_text is not None and self.areas.declared:
            found = self.areas.resolve(area_text)
            if found is None:
                more = _suggest(area_text, self._area_suggester)
                self.emit("DB430", locate("area"), id=tid, ref=area_text, more=more)
                return
            area_text = None if found.role == "whole" else found.name  # the whole area: as if not given
        day = self._date(when)
        if day is None:
            self.emit("DB406", locate("date"), text=str(when))
            return
        if not self.start <= day.year <= self.end:
            self.emit("DB403", locate("date"), value=day.isoformat(), id=tid, start=self.start, end=self.end)
            return
        unit_text = None if unit is None else str(unit)
        status = None
        number: Decimal | None
        if unit_text is not None and (info.scale is not None or info.milestone):
            kind = "qualitative" if info.scale is not None else "milestone"
            self.emit("DB414", locate("unit"), id=tid, unit=unit_text, kind=kind)
            unit_text = None
        if info.scale is not None:
            if not info.scale:
                self.emit("DB412", locate("value"), id=tid)
                return
            status = str(value)
            position = info.scale.get(status)
            if position is None:
                if tid not in self._scales:  # once per target, not once per row
                    self._scales[tid] = listing(info.scale)
                self.emit("DB410", locate("value"), text=status, id=tid, scale=self._scales[tid])
                return
            number = Decimal(position)
        elif info.milestone:
            number = Decimal(int(value)) if isinstance(value, bool) else _number(value, self.dutch_numbers)
            if number is None or number not in (0, 1):
                self.emit("DB411", locate("value"), id=tid, text=str(value))
                return
        else:
            number = _number(value, self.dutch_numbers)
            if number is None:
                self.emit("DB405", locate("value"), text=str(value))
                return
            if abs(number) >= MAX_VALUE:
                self.emit("DB415", locate("value"), text=str(value), id=tid, limit=MAX_VALUE)
                return
            if info.counted is not None and not _is_count(number, negative=info.counted == "change"):
                self.emit("DB413", locate("value"), text=str(value), id=tid, unit=unit_text or info.unit or "")
                return
            if unit_text is not None and info.unit is not None and unit_text != info.unit:
                factor = self._factor(unit_text, info.unit)
                if factor is None:
                    self.emit("DB402", locate("unit"), unit=unit_text, id=tid, target_unit=info.unit)
                    return
                number *= factor
                if abs(number) >= MAX_VALUE:  # e.g. a large figure in MEUR for a target in EUR
                    self.emit("DB415", locate("value"), text=str(value), id=tid, limit=MAX_VALUE)
                    return
        dedup = (tid, day, area_text)
        first = self._seen.get(dedup)
        if first is not None:
            self.emit(
                "DB404",
                locate("target"),
                related=(Related(Location(self.name, first, 1), f"{tid} {day.isoformat()}"),),  # data, no words
                id=tid,
                date=day.isoformat(),
                first_line=first,
            )
            return
        self._seen[dedup] = line
        self.rows.append(
            Measurement(
                tid,
                day,
                number,
                unit_text,
                area_text,
                None if source is None else str(source),
                None if note is None else str(note),
                status,
                line,
                None if parts is None else parts[0],
                None if parts is None else parts[1],
            )
        )

    def _ratio(
        self, tid: str, info: _TargetInfo, value: Any, numerator: Any, denominator: Any, locate: Locate
    ) -> tuple[Decimal, Decimal, Decimal] | Literal[False] | None:
        """(numerator, denominator, value) of a row that gives a ratio's parts; None when it gives
        none; False when the row is refused (reported)."""
        if numerator is None and denominator is None:
            return None
        if numerator is None or denominator is None:
            self.emit("DB431", locate("numerator" if numerator is None else "denominator"), id=tid, problem="half")
            return False
        parts: list[Decimal] = []
        for key, given in (("numerator", numerator), ("denominator", denominator)):
            number = _number(given, self.dutch_numbers)
            if number is None:
                self.emit("DB431", locate(key), id=tid, problem="not_number", text=str(given))
                return False
            if number < 0 or abs(number) >= MAX_VALUE:
                problem = "negative" if number < 0 else "not_number"
                self.emit("DB431", locate(key), id=tid, problem=problem, text=str(given))
                return False
            parts.append(number)
        top, bottom = parts
        if bottom == 0:
            self.emit("DB431", locate("denominator"), id=tid, problem="zero_denominator")
            return False
        computed = top / bottom * (100 if info.unit == "percent" else 1)
        if value is not None:
            written = _number(value, self.dutch_numbers)
            if written is not None and written.is_finite():
                exponent = min(int(written.as_tuple().exponent), 0)
                if computed.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_EVEN) != written and (
                    computed.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP) != written
                ):
                    shown = computed.quantize(Decimal(1).scaleb(min(exponent, -2)), rounding=ROUND_HALF_UP)
                    self.emit(
                        "DB431", locate("value"), id=tid, problem="disagrees", text=str(value), computed=str(shown)
                    )
                    return False
        return top, bottom, computed

    def _date(self, when: Any) -> date | None:
        if isinstance(when, date):
            return when
        text = str(when).strip()
        if text not in self._dates:
            try:
                parsed: date | None = date.fromisoformat(text) if _ISO_DATE.fullmatch(text) else None
            except ValueError:
                parsed = None
            self._dates[text] = parsed
        return self._dates[text]

    def _factor(self, unit: str, target_unit: str) -> Decimal | None:
        key = (unit, target_unit)
        if key not in self._factors:
            ok = self.units.canonical(unit) is not None and self.units.compatible(unit, target_unit)
            self._factors[key] = self.units.convert(Decimal(1), unit, target_unit) if ok else None
        return self._factors[key]

    # --- CSV --------------------------------------------------------------------------------------
    def read_csv(self, text: str) -> None:
        text = text.removeprefix("\ufeff")  # the byte-order mark (`_decode` drops it from bytes)
        if "\r" in text:  # a lone CR ends a line, as in YAML and in old Mac files
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        delimiter = _delimiter(text)
        self.dutch_numbers = delimiter == ";"
        rows = self._csv_rows(csv.reader(io.StringIO(text), delimiter=delimiter))
        lines: list[str] = []
        starts: dict[int, list[int]] = {}  # line -> where each field starts, worked out once per line

        def column(line: int, index: int) -> int:
            if not lines:
                lines.extend(text.split("\n"))
            found = starts.get(line)
            if found is None:
                if len(starts) > 1:
                    starts.clear()  # the header's and the current row's: memory stays bounded
                found = starts[line] = _field_starts(lines[line - 1] if line <= len(lines) else "", delimiter)
            return found[index] if index < len(found) else found[-1]

        header: list[str] | None = None
        header_line = 1
        for start, row in rows:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            header, header_line = row, start
            break
        if header is None:
            self.emit(self.layout_code, Location(self.name, 1, 1), problem="empty")
            return

        has_bom = "\ufeff" in text

        def bom(line: int, row: list[str]) -> bool:
            """Report a byte-order mark inside the row (where two files were pasted together)."""
            if not has_bom or not any("\ufeff" in cell for cell in row):
                return False
            if not lines:
                lines.extend(text.split("\n"))
            at = next((n for n in range(line, len(lines) + 1) if "\ufeff" in lines[n - 1]), line)
            where = Location(self.name, at, lines[at - 1].find("\ufeff") + 1 if at <= len(lines) else 1)
            self.emit(self.layout_code, where, problem="bom_inside")
            return True

        if bom(header_line, header):
            return  # a header the columns cannot be told from
        index = self.csv_header(header, header_line, column)
        if index is None:
            return
        width = len(header)
        for start, row in rows:
            if bom(start, row):
                continue
            self.csv_row(start, row, width, index, column)

    def csv_header(self, header: list[str], header_line: int, column: Column) -> dict[str, int] | None:
        """The position of each known column in ``header``; None (reported) when the rows cannot be
        read with it. ``column(line, i)``: the 1-based column where field ``i`` of a line starts."""
        names = [self.aliases.get(h.strip().lower(), h.strip().lower()) for h in header]
        index: dict[str, int] = {}
        twice = misspelt = False
        for i, col in enumerate(names):
            if col in self.fields and col not in index:
                index[col] = i
            elif col in self.fields:  # value,value or waarde,value: which one is meant cannot be told
                twice = True
                where = Location(self.name, header_line, column(header_line, i))
                first, second = header[index[col]].strip(), header[i].strip()
                self.emit(self.layout_code, where, problem="column_twice", column=col, first=first, second=second)
            elif col:
                where = Location(self.name, header_line, column(header_line, i))
                misspelt = self.unknown_column(header[i].strip(), where, col) or misspelt
        if twice or misspelt:
            return None
        ratio_columns = all(col in index for col in RATIO)
        absent = [col for col in self.required if col not in index and not (col == "value" and ratio_columns)]
        if absent:
            self.emit(
                self.layout_code,
                Location(self.name, header_line, 1),
                problem="no_column",
                columns=", ".join(absent),
            )
            return None
        self._slots = [index.get(col) for col in self.fields]
        return index

    def csv_row(self, start: int, row: list[str], width: int, index: Mapping[str, int], column: Column) -> None:
        """Check one CSV row (its fields as the csv module splits them) that starts on line ``start``
        of a file whose header has ``width`` fields and the columns ``index``."""
        n = len(row)
        if n != width:
            if n == 0 or (n == 1 and not row[0].strip()):
                return
            if n > width and any(cell.strip() for cell in row[width:]):
                self.emit(
                    self.layout_code,
                    Location(self.name, start, column(start, width)),
                    problem="row_width",
                    fields=n,
                    width=width,
                )
                return
        values = [(row[i].strip() or None) if i is not None and i < n else None for i in self._slots]

        def locate(col: str, line: int = start) -> Location:
            i = index.get(col)
            return Location(self.name, line, column(line, i) if i is not None else 1)

        self.accept(values, start, locate)

    def _csv_rows(self, reader: Any) -> Iterator[tuple[int, list[str]]]:
        """(first line, fields) per CSV row; a row the csv module cannot read (a field beyond its
        size limit) is reported (DB408) and skipped."""
        previous = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                start, previous, moved = previous + 1, reader.line_num, reader.line_num != previous
                too_long = "field limit" in str(exc)
                problem = "field_too_long" if too_long else "not_csv"
                self.emit(self.layout_code, Location(self.name, start, 1), problem=problem)
                if not moved:  # pragma: no cover - the csv module always moves on past a bad row
                    return
                continue
            start, previous = previous + 1, reader.line_num
            yield start, row

    # --- YAML -------------------------------------------------------------------------------------
    def read_yaml(self, text: str) -> None:
        document = load_text(text, self.name)
        self.diagnostics.extend(document.diagnostics)
        if document.fatal:
            return
        source: SourceMap = document.source
        data = document.data
        rows = data.get(self.list_key) if isinstance(data, dict) else None
        if not isinstance(rows, list):
            at: tuple[str, ...] = (self.list_key,) if isinstance(data, dict) and self.list_key in data else ()
            self.emit(
                self.layout_code,
                source.location(at),
                problem="no_list",
            )
            return
        top = Suggester([self.list_key], max_lookups=_EVERY)
        for key in data:
            if key != self.list_key:
                self.emit("DB409", source.location((key,), key=True), key=key, more=_suggest(key, top))
        lines = text.split("\n")
        troubled = self._yaml_problems_per_row(lines, source, document.diagnostics, len(rows))
        for i, row in enumerate(rows):
            path = (self.list_key, i)
            if i in troubled:
                continue  # the YAML problem is reported; the row is refused, not half read
            if not isinstance(row, dict):
                self.emit(
                    self.layout_code,
                    source.location(path),
                    problem="row_not_mapping",
                )
                continue
            fields: dict[str, Any] = {}
            given: dict[str, str] = {}
            twice = False
            for key, value in row.items():
                col = self.aliases.get(key, key)
                if col in given:
                    twice = True
                    self.emit(
                        self.layout_code,
                        source.location((*path, key), key=True),
                        problem="given_twice",
                        column=col,
                        first=given[col],
                        second=key,
                    )
                elif col in self.fields:
                    given[col] = key
                    if isinstance(value, str):
                        value = value.strip() or None
                    elif isinstance(value, Decimal) and not value.is_finite():  # .inf, .nan
                        value = _written(lines, source.location((*path, key)), value)
                    fields[col] = value
                else:
                    twice = self.unknown_column(key, source.location((*path, key), key=True)) or twice
            if twice:  # a column given twice or misspelt: which value is meant cannot be told
                continue

            def locate(col: str, path: tuple[str | int, ...] = path, row: dict[str, Any] = row) -> Location:
                key = next((k for k in row if self.aliases.get(k, k) == col), None)
                if key is None:
                    return source.location(path)
                return source.location((*path, key))

            line = source.location(path).line
            self.accept([fields.get(col) for col in self.fields], line, locate)

    def _yaml_problems_per_row(
        self, lines: list[str], source: SourceMap, problems: Sequence[Diagnostic], count: int
    ) -> set[int]:
        """The rows (by index) in whose text a YAML problem (DB1xx) was reported. A decimal comma
        in a flow mapping (``value: 92,5`` reads as value 92 and a key 5) is reported as the
        number it is not (DB405 '92,5' at the value) instead of a strange key."""
        starts = [source.location((self.list_key, i)) for i in range(count)]
        bounds = [(loc.line, loc.column) for loc in starts]
        tops = sorted(pos for path, pos in source.keys.items() if len(path) == 1)
        troubled: set[int] = set()
        replaced: list[Diagnostic] = []
        for problem in problems:
            if not problem.code.startswith("DB1"):
                continue
            where = (problem.line, problem.column)
            i = bisect.bisect_right(bounds, where) - 1
            if i < 0:
                continue  # before the first row
            after = bisect.bisect_right(tops, bounds[i])  # the first top-level key after the row starts
            if after < len(tops) and tops[after] <= where:
                continue  # after the list has ended
            troubled.add(i)
            if problem.code == "DB111":
                replaced.extend(self._decimal_comma(problem, lines, source, i))
        if replaced:  # one pass: removing each from the list would be quadratic
            gone = {id(problem) for problem in replaced}
            self.diagnostics[:] = [d for d in self.diagnostics if id(d) not in gone]
        return troubled

    def _decimal_comma(self, problem: Diagnostic, lines: list[str], source: SourceMap, row: int) -> list[Diagnostic]:
        """DB405 for ``value: 92,5`` in a flow mapping; returns the DB111 it replaces (if any).
        Looks up the row's value keys directly: scanning every value per problem is quadratic."""
        line = lines[problem.line - 1] if problem.line <= len(lines) else ""
        before = _BEFORE_COMMA.search(line[: problem.column - 1])
        after = _DIGITS.match(line[problem.column - 1 :])
        if before is None or after is None:
            return []
        for key in self.value_keys:
            pos = source.values.get((self.list_key, row, key))
            if pos == (problem.line, before.start() + 1):
                where = Location(self.name, pos[0], pos[1])
                self.emit("DB405", where, text=before.group(1) + "," + after.group(0))
                return [problem]
        return []


def _number(value: Any, dutch: bool = False) -> Decimal | None:
    """The number written, or None. ``dutch``: '.' groups thousands and ',' is the decimal mark."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    text = str(value).strip()
    if dutch:
        if not _DUTCH_NUMBER.fullmatch(text):
            return None
        return Decimal(text.replace(".", "").replace(",", "."))
    if not _NUMBER.fullmatch(text):
        return None
    return Decimal(text)


_SPECIAL = re.compile(r"[-+]?\.(?:inf|nan)", re.IGNORECASE)


def _written(lines: list[str], where: Location, value: Decimal) -> str:
    """A YAML .inf or .nan as it was written at ``where`` (Decimal would say 'Infinity')."""
    line = lines[where.line - 1] if where.line <= len(lines) else ""
    found = _SPECIAL.match(line, where.column - 1)
    return found.group(0) if found else str(value)


def _is_count(number: Decimal, *, negative: bool) -> bool:
    """Whether ``number`` can be a count: whole, not written with exactly three decimals (the
    thousands trap: 1.000), and not below zero unless it is a change."""
    exponent = number.as_tuple().exponent
    if exponent == -3 or number != number.to_integral_value():
        return False
    return negative or number >= 0


def _field_starts(line: str, delimiter: str) -> list[int]:
    """The 1-based column where each field of a CSV line starts, and one past the line's end
    last: one pass over the line, however many fields ask."""
    found = [1]
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            found.append(i + 2)
    found.append(len(line) + 1)
    return found
