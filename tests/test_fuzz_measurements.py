"""Fuzzing the measurements reader: whatever text or bytes come in, reading ends in rows and located
diagnostics, and progress can always be reported on what was read.

Seeds are the Heerlen-Noord example measurements as YAML, as CSV separated by ``,``, by ``;``
(Dutch numbers) and by tabs. Mutations delete, duplicate and swap lines, splice odd characters in,
put byte-order marks inside the text, name a column twice in the header (or a key twice in a YAML
row), replace single fields by odd text, odd numbers (`test_fuzz.NUMBER_TEXT`), tagged values,
``<<``, ISO week dates and date-times (`test_fuzz.TRAP_TEXT`), dates and target ids, and overwrite
bytes (invalid UTF-8, Windows-1252, byte order marks).

The invariant (`check_read`): no exception escapes; every diagnostic has a catalogue code, the
file's name and a 1-based position, and renders in English and Dutch to a bounded size; every row
names a target of the spec and holds a value below `MAX_VALUE`; and ``progress_report(...)``'s
``to_dict()`` (as strict JSON) and ``csv_rows()`` never raise, for any weighting and date.

The example count follows ``DOELENBOOM_FUZZ_EXAMPLES`` (see tests/test_fuzz.py)::

    DOELENBOOM_FUZZ_EXAMPLES=20000 .venv/bin/pytest tests/test_fuzz_measurements.py -p no:cacheprovider
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from string import Formatter
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

import doelenboom
from conftest import HEERLEN, ROOT
from doelenboom.codes import CATALOGUE
from doelenboom.monitor.aggregate import WEIGHTINGS, progress_report
from doelenboom.monitor.measurements import (
    MAX_VALUE,
    Format,
    MeasurementSet,
    read_measurements_bytes,
    read_measurements_text,
)
from doelenboom.monitor.progress import word
from test_fuzz import FUZZ, LINE_ACTIONS, NUMBER_TEXT, ODD_TEXT, TRAP_TEXT, mutate_line

PROGRAMME = doelenboom.load(HEERLEN)
TARGET_IDS = sorted({t.id for node, _depth, _path in PROGRAMME.walk() for t in node.targets})
EXAMPLE_TEXT = (ROOT / "examples" / "heerlen_noord_metingen.yaml").read_text(encoding="utf-8")
COLUMNS = ("target", "date", "value", "unit", "area", "source", "note")
DUTCH_COLUMNS = ("streefdoel", "datum", "waarde", "eenheid", "gebied", "bron", "toelichting")
EXTRA_ROWS = [  # beyond the example: sub-areas, the reference area, notes with separators
    {"target": "kamerwoningen", "date": date(2024, 6, 30), "value": 12, "area": "Meezenbroek"},
    {"target": "kamerwoningen", "date": date(2024, 6, 30), "value": 9, "area": "Heerlerheide"},
    {"target": "woningen-verduurzamen", "date": date(2023, 12, 31), "value": 120, "note": 'a, b; "c"'},
]


def _csv(delimiter: str, header: tuple[str, ...], dutch: bool) -> str:
    rows = [*yaml.safe_load(EXAMPLE_TEXT)["measurements"], *EXTRA_ROWS]
    lines = [delimiter.join(header)]
    for row in rows:
        cells = []
        for col in COLUMNS:
            value = row.get(col)
            text = "" if value is None else str(value)
            if dutch and col == "value":
                text = text.replace(".", ",")
            if delimiter in text or '"' in text:
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(delimiter.join(cells))
    return "\n".join(lines) + "\n"


SEEDS: list[tuple[Format, str]] = [
    ("yaml", EXAMPLE_TEXT),
    ("csv", _csv(",", COLUMNS, dutch=False)),
    ("csv", _csv(";", DUTCH_COLUMNS, dutch=True)),
    ("csv", _csv("\t", COLUMNS, dutch=False)),
]
FIELD_TEXT = st.one_of(
    ODD_TEXT,
    NUMBER_TEXT,
    TRAP_TEXT,
    st.sampled_from(["2024-W01-1", "2024W011", "20240101", "2024-W52", "2024-12-31T00:00:00"]),
    st.sampled_from(TARGET_IDS),
    st.dates(date(1990, 1, 1), date(2060, 12, 31)).map(date.isoformat),
    st.sampled_from(["1.234,5", "12,5", "1.000", "-3", "", " ", '"', '""', "1e15", "-.inf", "klaar", "EUR", "kEUR"]),
    st.integers(-(10**40), 10**40).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[Format, str]:
    """A seed with lines deleted, duplicated or swapped, odd text spliced in, or fields replaced."""
    fmt, text = draw(st.sampled_from(SEEDS))
    lines = text.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from([*LINE_ACTIONS, "field", "field", "column"]))
        if action == "column":  # a column named twice in the header, or a key twice in a row
            if fmt == "csv":
                lines[0] = _column_twice(draw, lines[0])
            else:
                lines[i] = lines[i].replace("value:", "waarde: 1, value:")
        elif not mutate_line(draw, lines, i, action):
            lines[i] = _replace_field(draw, fmt, lines[i])
    return fmt, "".join(lines)


def _column_twice(draw: st.DrawFn, header: str) -> str:
    body = header.rstrip("\n")
    separator = next((s for s in (",", ";", "\t") if s in body), ",")
    cells = body.split(separator)
    cells.insert(draw(st.integers(0, len(cells))), draw(st.sampled_from([*cells, *COLUMNS, *DUTCH_COLUMNS])))
    return separator.join(cells) + "\n"


def _replace_field(draw: st.DrawFn, fmt: Format, line: str) -> str:
    new = draw(FIELD_TEXT)
    if fmt == "yaml":
        key = draw(st.sampled_from([*COLUMNS, *DUTCH_COLUMNS, "measurements"]))
        return line.replace(f"{key}: ", f"{key}: {new}, x{key}: ", 1) if f"{key}: " in line else line
    body = line.rstrip("\n")
    separator = next((s for s in (",", ";", "\t") if s in body), ",")
    cells = body.split(separator)
    cells[draw(st.integers(0, len(cells) - 1))] = new
    return separator.join(cells) + "\n"


@st.composite
def mutated_bytes(draw: st.DrawFn) -> tuple[Format, bytes]:
    """Seed bytes with bytes overwritten or inserted: invalid UTF-8, Windows-1252, BOMs, NULs."""
    fmt, text = draw(mutated())
    raw = bytearray(text.encode("utf-8", "surrogatepass"))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(raw)))
        junk = draw(
            st.binary(min_size=1, max_size=6)
            | st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xe9", b"\x80", b"\x81", b"\x00", b"\r"])
        )
        if draw(st.booleans()):
            raw[at:at] = junk
        else:
            raw[at : at + len(junk)] = junk
    return fmt, bytes(raw)


def check_read(found: MeasurementSet, size: int, name: str, as_of: date, weighting: Any) -> None:
    """Rows and located, renderable diagnostics; progress reports on whatever was read."""
    assert isinstance(found, MeasurementSet)
    bound = 4 * size + 4000
    for d in found.diagnostics:
        assert d.code in CATALOGUE
        assert (d.file, d.line >= 1, d.column >= 1) == (name, True, True)
        for lang in ("en", "nl"):
            assert len(d.message_in(lang)) <= bound
            assert len(d.hint_in(lang)) <= bound
            for template in (CATALOGUE[d.code].message[lang], CATALOGUE[d.code].hint[lang]):
                fields = {f for _text, f, _spec, _conv in Formatter().parse(template) if f}
                assert fields <= set(d.args), (d.code, lang, fields - set(d.args))  # no unfilled template
    for row in found.rows:
        assert row.target in TARGET_IDS
        assert row.value.is_finite() and abs(row.value) < MAX_VALUE
        assert row.line >= 1
    report = progress_report(PROGRAMME, found, as_of, weighting)
    json.dumps(report.to_dict(), allow_nan=False)
    report.csv_rows()
    for item in [*report.targets.values(), *report.nodes.values()]:
        assert word(item.status, "nl") and word(item.status, "en")


AS_OF = st.dates(date(2019, 1, 1), date(2051, 12, 31))


@FUZZ
@given(mutated(), AS_OF, st.sampled_from(WEIGHTINGS))
def test_mutated_measurement_text_ends_in_rows_and_diagnostics(
    case: tuple[Format, str], as_of: date, weighting: Any
) -> None:
    fmt, text = case
    name = f"fuzz.{fmt}"
    check_read(read_measurements_text(text, PROGRAMME, name, fmt), len(text), name, as_of, weighting)


@FUZZ
@given(mutated_bytes(), AS_OF, st.sampled_from(WEIGHTINGS))
def test_mutated_measurement_bytes_end_in_rows_and_diagnostics(
    case: tuple[Format, bytes], as_of: date, weighting: Any
) -> None:
    fmt, raw = case
    name = f"fuzz.{fmt}"
    check_read(read_measurements_bytes(raw, PROGRAMME, name, fmt), len(raw), name, as_of, weighting)


def test_seeds_read_cleanly() -> None:
    # The seeds are clean, so mutations start from files that read without a diagnostic.
    for fmt, text in SEEDS:
        found = read_measurements_text(text, PROGRAMME, f"seed.{fmt}", fmt)
        assert found.diagnostics == (), (fmt, text[:40], found.diagnostics[:3])
        assert len(found.rows) >= 16
    dutch = read_measurements_text(SEEDS[2][1], PROGRAMME, "seed.csv", "csv")
    assert (
        sum(r.value for r in dutch.rows)
        == sum(r.value for r in read_measurements_text(SEEDS[1][1], PROGRAMME, "seed.csv", "csv").rows)
        != Decimal(0)
    )
