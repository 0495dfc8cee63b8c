"""`doelenboom progress`'s outputs: progress, coverage and status per node and target, as text,
JSON or CSV."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal

from doelenboom.diagnostics import Diagnostic
from doelenboom.language import EN, Language
from doelenboom.model import Programme
from doelenboom.monitor.aggregate import PROGRESS_CSV_COLUMNS, NodeProgress, ProgressReport
from doelenboom.monitor.areas import AREA_CSV_COLUMNS, AreaProgress, AreaReport
from doelenboom.monitor.progress import STATUS_ORDER, Status, TargetProgress, word
from doelenboom.render import dump_json
from doelenboom.render.cells import worded_rows
from doelenboom.render.diagnostics import diagnostic_json
from doelenboom.text import csv_bytes, format_number, one_line, write_csv
from doelenboom.tree import index
from doelenboom.units import UnitTable
from doelenboom.words import column_words
from doelenboom.words import unit_word as words_unit_word
from doelenboom.words import word as catalogue_word


def percent(value: Decimal | None) -> str:
    """A fraction as a whole percentage ('59 %'), or '-' when there is none."""
    if value is None:
        return "-"
    return f"{value * 100:.0f} %"


def percent_down(value: Decimal | None) -> str:
    """`percent` rounded down: a coverage short of whole never reads '100 %'."""
    if value is None:
        return "-"
    return f"{(value * 100).to_integral_value(rounding=ROUND_FLOOR)} %"


def unit_word(unit: str | None, lang: Language, amount: Decimal | None = None) -> str:
    """A unit after an amount of it (`doelenboom.words.unit_word`: "150 initiatives"); nothing
    for a target without a unit."""
    return "" if unit is None else words_unit_word(unit, lang, amount)


def figure(value: Decimal, lang: Language = EN) -> str:
    """A measured figure for people: at most two decimals, no trailing zeros. A ratio of sums or a
    mean weighted by inhabitants has as many decimals as the division gives (55.0566037…); JSON
    and CSV keep the exact figure."""
    if value.as_tuple().exponent < -2:  # type: ignore[operator]  # an int for a finite Decimal
        value = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    if value != value.to_integral_value():
        value = value.normalize()
    return format_number(value, lang)


def render_json(
    report: ProgressReport, diagnostics: Sequence[Diagnostic], lang: Language = EN, areas: AreaReport | None = None
) -> str:
    """The report (`ProgressReport.to_dict`) with the refused rows under ``diagnostics``, and the
    progress per area (`AreaReport.to_dict`) under ``areas`` when there is any."""
    extra = {"areas": areas.to_dict()} if areas is not None and areas.targets else {}
    return dump_json({**report.to_dict(), **extra, "diagnostics": [diagnostic_json(d, lang) for d in diagnostics]})


def render_area_csv(areas: AreaReport) -> str:
    """One row per target and area, under `AREA_CSV_COLUMNS` (``progress --by-area``)."""
    return write_csv(AREA_CSV_COLUMNS, areas.csv_rows())


def render_area_excel_csv(areas: AreaReport, lang: Language = EN) -> bytes:
    """`render_area_csv` for a Dutch Excel, as `render_excel_csv` (statuses in words, not ids)."""
    rows = worded_rows(AREA_CSV_COLUMNS, areas.csv_rows(), lang)
    return csv_bytes(write_csv(column_words(AREA_CSV_COLUMNS, lang), rows, excel=True), excel=True)


def area_text(areas: AreaReport, lang: Language = EN) -> str:
    """Per target: the whole area, then each sub-area with data indented under the area it lies
    in: its value (and numerator/denominator), then its progress."""
    if not areas.targets:
        return ""
    lines = [catalogue_word("areas.heading", lang)]
    for tid, found in areas.targets.items():
        how = catalogue_word(f"aggregation.{found.aggregation}", lang)
        lines.append(f"  {tid} ({how}):")
        depth: dict[str, int] = {}
        for area in [*([found.whole] if found.whole is not None else []), *found.parts]:
            depth[area.area] = depth.get(area.parent or "", 0) + 1 if area.parent is not None else 1
            line = _area_line(area, _unit_suffix(found.unit), lang)
            lines.append(f"{'  ' * (depth[area.area] + 1)}{one_line(area.name)}: {line}")
    return "\n".join(lines) + "\n"


def _unit_suffix(unit: str | None) -> str:
    """' %' for a share; a spec's own unit as the spec writes it (data); nothing for the other
    built-in units, whose names are ids, not words."""
    if unit is None:
        return ""
    canonical = UnitTable().canonical(unit)
    if canonical is None:
        return f" {one_line(unit)}"
    return " %" if canonical == "percent" else ""


def _area_line(area: AreaProgress, unit: str, lang: Language) -> str:
    parts = []
    if area.value is None:
        parts.append(catalogue_word("status.no_data", lang))
    else:
        shown = figure(area.value, lang) + unit
        if area.numerator is not None and area.denominator is not None:
            shown += f" ({format_number(area.numerator, lang)}/{format_number(area.denominator, lang)})"
        if area.derived:
            shown += f" [{catalogue_word('areas.derived', lang)}]"
        parts.append(shown)
    if area.progress is not None:
        parts.append(target_text(area.progress, lang))
    elif area.value is not None:
        parts.append(catalogue_word("areas.part_of_sum", lang))
    return " — ".join(parts)


def render_csv(report: ProgressReport) -> str:
    """One row per node, then one per target, under `PROGRESS_CSV_COLUMNS`."""
    return write_csv(PROGRESS_CSV_COLUMNS, report.csv_rows())


def render_excel_csv(report: ProgressReport, lang: Language = EN) -> bytes:
    """`render_csv` for a Dutch Excel (`doelenboom.text.CSV_EXCEL`): headers in ``lang``, ``;``,
    fractions with a decimal comma, UTF-8 with BOM."""
    rows = worded_rows(PROGRESS_CSV_COLUMNS, report.csv_rows(), lang)  # statuses in words, not ids
    return csv_bytes(write_csv(column_words(PROGRESS_CSV_COLUMNS, lang), rows, excel=True), excel=True)


def render_text(
    programme: Programme, report: ProgressReport, when: date, lang: Language = EN, areas: AreaReport | None = None
) -> str:
    """The programme's line, then the tree indented: each node, and each target below it; then
    the progress per area (`area_text`), when there is any."""
    lines = [f"{one_line(programme.name)} ({when.isoformat()}): {node_text(report.overall, lang)}"]
    for entry in index(programme).nodes.values():  # the tree in file order, without networkx
        node, indent = entry.node, "  " * entry.depth
        lines.append(f"{indent}{one_line(node.name)} ({node.id}): {node_text(report.nodes[node.id], lang)}")
        for target in node.targets:
            shown = target_text(report.targets[target.id], lang, trend=report.method == "trend")
            lines.append(f"{indent}  - {target.id}: {shown}")
    return "\n".join(lines) + "\n" + (area_text(areas, lang) if areas is not None else "")


def node_text(node: NodeProgress, lang: Language) -> str:
    """'59 % (expected 74 %), coverage 72 % (5 of 7 targets), at risk; 2 off track, 1 on track,
    1 reached'; 'coverage 0 % (0 of 2 targets), no data' without progress; the status alone
    without coverage. The counts say how many of the node's items are in each status, worst
    first."""
    if node.coverage is None:
        return word(node.status, lang)
    expected, coverage = catalogue_word("progress.expected", lang), catalogue_word("progress.coverage", lang)
    measured = catalogue_word("progress.measured", lang, measured=node.targets - len(node.missing), total=node.targets)
    if node.progress is None:
        return f"{coverage} {percent_down(node.coverage)} ({measured}), {word(node.status, lang)}"
    text = (
        f"{percent(node.progress)} ({expected} {percent(node.expected)}), {coverage} "
        f"{percent_down(node.coverage)} ({measured}), {word(node.status, lang)}"
    )
    counts = status_counts(node, lang)
    return f"{text}; {counts}" if counts else text


def status_counts(node: NodeProgress, lang: Language) -> str:
    """'2 off track, 1 on track, 1 reached': the node's items per status, ranked statuses worst
    first, then the others in `Status` order."""
    order = [*STATUS_ORDER, *(s for s in Status if s not in STATUS_ORDER)]
    return ", ".join(f"{node.counts[s]} {word(s, lang)}" for s in order if node.counts.get(s))


def target_text(target: TargetProgress, lang: Language, *, trend: bool = False) -> str:
    """'92 of 150 initiatives (61 %) on track'; '100 persons, from 150 to 50 (50 %) off track';
    '100 % (in the band) reached' where there are no two values to go between; without progress
    the status, and the reason when it says more ('no data: no baseline'), never the same fact
    twice. With ``trend`` the growth-rate category follows ('trend: acceleration needed')."""
    if target.progress is None:
        status = word(target.status, lang)
        reason = word(target.missing, lang) if target.missing is not None else status
        return status if reason == status else f"{status}: {reason}"
    band = f" ({word(target.band, lang)})" if target.band is not None else ""
    figures = percent(target.progress)
    if target.value is not None and target.start is not None and target.goal is not None:
        numbers = {
            "value": figure(target.value, lang),
            "start": figure(target.start, lang),
            "goal": figure(target.goal, lang),
            "unit": unit_word(target.unit, lang, target.goal if target.start == 0 else target.value),
            "percent": figures,
        }
        figures = catalogue_word("progress.of" if target.start == 0 else "progress.from_to", lang, **numbers)
    elif target.value is not None and target.reference is not None:
        figures = catalogue_word(
            "progress.against",
            lang,
            value=figure(target.value, lang),
            reference=figure(target.reference, lang),
            unit=unit_word(target.unit, lang, target.value),
            percent=figures,
        )
    text = f"{figures}{band} {word(target.status, lang)}"
    if trend:
        label = catalogue_word("progress.trend", lang)
        if target.trend is not None:
            text += f" ({label}: {word(target.trend, lang)})"
        elif target.trend_missing is not None:
            text += f" ({label}: {word(target.trend_missing, lang)})"
    return text
