"""One meaning, proven: the row reader and the columnar engine read every file alike.

Over generated and mutated measurements files (three programmes of different shapes: declared
areas with ratio, weighted and summed indicators; Heerlen-Noord without declared areas; the
`pijlers` shape), both paths give the same accepted rows, the same diagnostics (code, file, line,
column and arguments) and the same progress figures (`progress_report` and `area_progress`), and
the rows the engine hands on for a date are a subset of the row reader's.

The example count follows ``DOELENBOOM_COLUMNAR_EXAMPLES`` (100 by default)::

    DOELENBOOM_COLUMNAR_EXAMPLES=20000 .venv/bin/pytest tests/test_columnar_differential.py -p no:cacheprovider
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import doelenboom
from conftest import HEERLEN, ROOT
from doelenboom.areas import area_index
from doelenboom.model import Programme
from doelenboom.monitor.aggregate import progress_report
from doelenboom.monitor.areas import area_progress
from doelenboom.monitor.columnar import read_columnar
from doelenboom.monitor.measurements import MeasurementSet, read_measurements
from doelenboom.tree import index

EXAMPLES = int(os.environ.get("DOELENBOOM_COLUMNAR_EXAMPLES", "100"))
DIFFERENTIAL = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None if EXAMPLES > 1000 else settings.default.database,
)

SPECS = {
    "areas": doelenboom.load(ROOT / "examples" / "heerlen_noord_gebieden.yaml"),
    "heerlen": doelenboom.load(HEERLEN),
    "pijlers": doelenboom.load(ROOT / "tests" / "data" / "pijlers.yaml"),
}
COLUMNS = ("target", "date", "value", "unit", "area", "source", "note", "numerator", "denominator")
DUTCH = ("streefdoel", "datum", "waarde", "eenheid", "gebied", "bron", "toelichting", "teller", "noemer")


def _ids(programme: Programme) -> list[str]:
    targets = [entry.target.id for entry in index(programme).targets.values()]
    return [*targets, *(indicator.id for indicator in programme.indicators)]


def _areas(programme: Programme) -> list[str]:
    found = area_index(programme)
    names = [name for ref in found.areas.values() for name in (ref.name, ref.id, ref.code) if name]
    return names or ["Meezenbroek", "Heerlen-Zuid"]


def _area_spellings(programme: Programme) -> list[tuple[list[str], bool]]:
    """Per declared area (or, without any, per made-up buurt) the ways a row may name it, and
    whether other areas lie in it."""
    found = area_index(programme)
    if not found.declared:
        return [(["Meezenbroek"], False), (["Heerlen-Zuid"], False), ([""], False)]
    return [
        ([name for name in (ref.name, ref.id, ref.code) if name], bool(found.children.get(ident)))
        for ident, ref in found.areas.items()
    ]


def _units(programme: Programme) -> list[str]:
    found = {getattr(entry.target, "unit", None) for entry in index(programme).targets.values()}
    return sorted(unit for unit in found if isinstance(unit, str))


@st.composite
def files(draw: st.DrawFn) -> tuple[str, str, date]:
    """(spec key, file text, as-of date): mostly well-formed rows, with mutations."""
    key = draw(st.sampled_from(sorted(SPECS)))
    programme = SPECS[key]
    dutch = draw(st.booleans())
    sep = ";" if dutch else ","
    header_words = DUTCH if draw(st.booleans()) else COLUMNS
    width = draw(st.integers(min_value=3, max_value=len(COLUMNS)))
    order = draw(st.permutations(range(width)))
    header = [header_words[i] for i in order]
    if draw(st.integers(0, 30)) == 0:
        header.append(draw(st.sampled_from(["waarde", "value", "extra", "doel"])))
    ids = _ids(programme)
    start, end = programme.horizon.start, programme.horizon.end
    decimal = "," if dutch else "."

    def number() -> str:
        whole = draw(st.integers(min_value=0, max_value=2000))
        shape = draw(st.integers(0, 12))
        if shape == 0:
            return f"{whole}{decimal}{draw(st.integers(0, 999))}"
        if shape == 1:
            return f"-{whole}"
        if shape == 2:
            return f"1.234{',5' if dutch else ''}"
        if shape == 3:
            return draw(st.sampled_from(["", " 12 ", "x", "1e3", "10000000000000000", "+7", "1.000", "0"]))
        return str(whole)

    def day() -> str:
        shape = draw(st.integers(0, 20))
        if shape == 0:
            return draw(
                st.sampled_from(["2024-02-30", "2024-W01-1", "20240101", "", " 2024-01-01", f"{end + 1}-01-01"])
            )
        year = draw(st.integers(min_value=start, max_value=min(end, start + 8)))
        return f"{year}-{draw(st.integers(1, 12)):02d}-{draw(st.sampled_from([1, 15, 28, 31])):02d}"

    # a clean file: every row certainly accepted, so the engine's own work (the latest rows, the
    # dates an area's value is aggregated on) decides, not the row reader's; rows come per target
    # and date for most areas, so that areas get values aggregated from the areas in them
    clean = draw(st.integers(0, 2)) == 0 and len(header) == width
    parted = clean and draw(st.booleans())  # rows that give a ratio's parts instead of a value
    for col in ("area", "numerator", "denominator") if parted else ("area",):
        if clean and COLUMNS.index(col) not in order:
            header.append(header_words[COLUMNS.index(col)])
            order = [*order, COLUMNS.index(col)]
    planned: list[dict[str, str]] = []
    if clean:
        areas = _area_spellings(programme)
        silent = [parent and draw(st.booleans()) for _, parent in areas]  # values only from the areas in it
        # rows name either the indicators or the targets on them (both at once: one series of two
        # texts, which the engine leaves whole)
        targets = {entry.target.id: entry.target for entry in index(programme).targets.values()}
        on = {ident: target.indicator for ident, target in targets.items()}
        by_indicator = draw(st.booleans())
        texts = [i for i in ids if (i not in on and by_indicator) or (i in on and (on[i] is None or not by_indicator))]
        # targets whose values add up over time (periodic) are drawn often: the engine adds up
        # their rows itself
        summed = [i for i in texts if getattr(targets.get(i), "measured", None) == "periodic"]
        pick = st.one_of(st.sampled_from(summed), st.sampled_from(texts)) if summed else st.sampled_from(texts)
        chosen = draw(st.lists(pick, min_size=1, max_size=2, unique=True)) if texts else ["x"]
        dates = [f"{year}-{month:02d}-01" for year in range(start, min(end, start + 5) + 1) for month in (1, 7)]
        for target in chosen:  # each date once per target: a date twice is the mutations' business
            for when in draw(st.lists(st.sampled_from(dates), max_size=8, unique=True)):
                for (spellings, _), quiet in zip(areas, silent, strict=True):
                    if not quiet and draw(st.integers(0, 5)):
                        given = {"target": target, "date": when, "area": draw(st.sampled_from(spellings))}
                        if parted and draw(st.integers(0, 3)):
                            given["numerator"] = str(draw(st.integers(0, 5000)))
                            given["denominator"] = str(draw(st.integers(1, 9000)))
                        else:
                            given["value"] = str(draw(st.integers(0, 500)))
                        planned.append(given)
    lines = [sep.join(header)]
    for n in range(len(planned) if clean else draw(st.integers(min_value=0, max_value=40))):
        if clean:
            cells = {col: planned[n].get(col, "") for col in COLUMNS}
        else:
            cells = {
                "target": draw(st.sampled_from([*ids, "onbekend", " " + ids[0], ""])) if ids else "x",
                "date": day(),
                "value": number(),
                "unit": draw(st.sampled_from(["", "", "", *_units(programme), "percent", "EUR", "bogus"])),
                "area": draw(
                    st.sampled_from(["", "", "", *_areas(programme), "nergens", " heerlerheide ", "HOENSBROEK"])
                ),
                "source": draw(st.sampled_from(["", "cbs", "monitor 2024"])),
                "note": draw(st.sampled_from(["", "x", "é"])),
                "numerator": draw(st.sampled_from(["", "", "", "3920", "-1", "x"])),
                "denominator": draw(st.sampled_from(["", "", "", "7000", "0"])),
            }
            cells = {k: (v if not (dutch and k == "note" and v == "x") else "a.b") for k, v in cells.items()}
        row = [cells[COLUMNS[i]] for i in order]
        mutation = draw(st.integers(0, 25)) if not clean else 99
        if mutation == 0:
            row = row[:-1]  # a short row
        elif mutation == 1:
            row = [*row, "extra"]  # a wide row
        elif mutation == 2:
            row = [*row, ""]  # a trailing separator
        text = sep.join(row)
        if mutation == 3 and lines:
            text = lines[-1] if len(lines) > 1 else text  # a duplicate row
        elif mutation == 4:
            text = "   "  # a line of spaces
        lines.append(text)
    if draw(st.integers(0, 40)) == 0:
        lines.insert(1, "")  # a blank line: the engine hands the file to the row reader
    if draw(st.integers(0, 40)) == 0:
        lines.append('"quoted"' + sep + "2024-01-01" + sep + "1")
    as_of = date(draw(st.integers(min_value=start, max_value=min(end, start + 9))), 12, 31)
    ending = "\n" if draw(st.booleans()) else ""
    return key, "\n".join(lines) + ending, as_of


def _same(rows: MeasurementSet, engine: MeasurementSet) -> None:
    assert engine.diagnostics == rows.diagnostics
    assert engine.shared == rows.shared


@DIFFERENTIAL
@given(files())
def test_row_reader_and_engine_agree(tmp_path_factory: object, case: tuple[str, str, date]) -> None:
    key, text, as_of = case
    programme = SPECS[key]
    folder = Path(os.environ.get("TMPDIR", "/tmp"))
    path = folder / f"doelenboom-differential-{os.getpid()}.csv"
    path.write_text(text, encoding="utf-8")
    try:
        rows = read_measurements(path, programme)
        full = read_columnar(path, programme)
        reduced = read_columnar(path, programme, as_of)
    finally:
        path.unlink()
    plain = '"' not in text and "\n\n" not in text and not text.startswith("\n")
    assert (full is not None) == plain and (reduced is not None) == plain
    if full is None or reduced is None:
        return
    assert full.rows == rows.rows
    _same(rows, full)
    _same(rows, reduced)
    assert reduced.reduced_for == as_of
    real = [row for row in reduced.rows if row.rows == 1]
    assert set(real) <= set(rows.rows)
    for added in (row for row in reduced.rows if row.rows > 1):  # a periodic target's rows, added up
        same = [r for r in rows.rows if (r.target, r.area) == (added.target, added.area) and r.date <= added.date]
        assert added.rows <= len(same) and added.date in {r.date for r in same}
    expected = progress_report(programme, rows, as_of)
    assert progress_report(programme, reduced, as_of).to_dict() == expected.to_dict()
    assert area_progress(programme, reduced, as_of).to_dict() == area_progress(programme, rows, as_of).to_dict()
