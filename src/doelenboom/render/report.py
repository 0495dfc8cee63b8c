"""`doelenboom report`: one self-contained HTML file for a council or a ministry.

Top to bottom: the programme, the headline, progress per node (a bar, the status in words and as
a symbol, the counts per status), per target a chart of its measurements with the expected
trajectory and its interim and final targets dotted (and small multiples per area), money, the
goal tree as a diagram, and the data quality. Every figure is read from the library's results
(`progress_report`, `area_progress`, `budget_report`); this module only lays them out. The
charts are static SVG (`render.report_charts`): the file makes no request when it is opened.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Any

from doelenboom.language import EN, Language
from doelenboom.model import GapTarget, Programme
from doelenboom.monitor.progress import Status, TargetProgress, Thresholds, _end, _start
from doelenboom.monitor.progress import word as status_word
from doelenboom.render import report_charts as charts
from doelenboom.render.progress import node_text, percent, percent_down, target_text
from doelenboom.text import format_eur, format_number
from doelenboom.tree import index
from doelenboom.words import word

if TYPE_CHECKING:
    from doelenboom.monitor.aggregate import ProgressReport, Weighting
    from doelenboom.monitor.areas import AreaReport
    from doelenboom.monitor.measurements import Measurement, MeasurementSet
    from doelenboom.monitor.spending import ExecutionReport, SpendingSet
    from doelenboom.rollup import BudgetReport

# A status is never told by colour alone: a symbol and the word stand beside it.
SYMBOLS: dict[Status, str] = {
    Status.REACHED: "✔",
    Status.ON_TRACK: "●",
    Status.AT_RISK: "▲",
    Status.OFF_TRACK: "✖",
    Status.NO_TRAJECTORY: "◇",
    Status.NO_DATA: "○",
    Status.NOT_MEASURABLE: "–",
    Status.INSUFFICIENT_DATA: "◌",
}
# Bar colours; each has at least 3:1 contrast on white (WCAG 2.1 non-text contrast).
COLOURS: dict[Status, str] = {
    Status.REACHED: "#1b6e20",
    Status.ON_TRACK: "#1b6e20",
    Status.AT_RISK: "#8a5300",
    Status.OFF_TRACK: "#b00020",
    Status.NO_TRAJECTORY: "#595959",
    Status.NO_DATA: "#595959",
    Status.NOT_MEASURABLE: "#595959",
    Status.INSUFFICIENT_DATA: "#595959",
}

CSS = """
:root { color: #1a1a1a; background: #fff; font-family: system-ui, sans-serif; line-height: 1.45; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; }
h2 { border-bottom: 2px solid #0b5394; padding-bottom: .2rem; margin-top: 2.2rem; }
.meta, .note { color: #4a4a4a; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.headline { border: 2px solid #0b5394; border-radius: 6px; padding: .8rem 1rem; font-size: 1.1rem; }
.node { margin: .6rem 0 .9rem; }
.node h3, .node h4, .node h5, .node h6 { margin: .2rem 0; font-size: 1.05rem; }
.node p { margin: .2rem 0; }
.bar { position: relative; height: .9rem; background: #e6e6e6; border: 1px solid #767676; max-width: 30rem; }
.bar .done { position: absolute; left: 0; top: 0; bottom: 0; }
.bar .expected { position: absolute; top: -3px; bottom: -3px; border-left: 2px dashed #1a1a1a; }
.status { font-weight: 600; }
.sym { display: inline-block; min-width: 1.2em; }
figure { margin: 1rem 0 1.6rem; break-inside: avoid; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
table { border-collapse: collapse; margin: .4rem 0; }
th, td { border: 1px solid #b3b3b3; padding: .2rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
ul.legend { list-style: none; padding: 0; margin: .2rem 0 .4rem; display: flex; flex-wrap: wrap; gap: 0 1.2rem; }
ul.legend .swatch { display: inline-block; width: 2rem; margin-right: .4rem; vertical-align: middle; }
details summary { cursor: pointer; color: #0b5394; }
a { color: #0b5394; }
@media print {
  @page { size: A4; margin: 15mm; }
  :root { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  details > summary { display: none; }
  details { display: block; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .node, tr { break-inside: avoid; page-break-inside: avoid; }
  .bar, .bar .done { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


@dataclass(frozen=True)
class ReportData:
    """Everything a report shows, as the library computed it."""

    programme: Programme
    measurements: MeasurementSet
    progress: ProgressReport
    areas: AreaReport
    budget: BudgetReport
    money: ExecutionReport | None = None
    """Planned against spent per node, year and funder (`budget_execution`), with a spending file."""
    spending: SpendingSet | None = None
    """The spending file read, for its refused rows."""


def build_report(
    programme: Programme,
    measurements: MeasurementSet,
    as_of: date,
    *,
    weights: Weighting = "equal",
    thresholds: Thresholds | None = None,
    method: str = "line",
    spending: SpendingSet | None = None,
) -> ReportData:
    """The library's results a report is made of: `progress_report`, `area_progress` and
    `budget_report` of ``programme`` as of ``as_of``; with ``spending``, `budget_execution`."""
    from doelenboom.monitor.aggregate import progress_report
    from doelenboom.monitor.areas import area_progress
    from doelenboom.rollup import budget_report

    rules = thresholds or Thresholds()
    report = progress_report(programme, measurements, as_of, weights, rules, method=method)  # type: ignore[arg-type]
    areas = area_progress(programme, measurements, as_of, rules)
    money = None
    if spending is not None:
        from doelenboom.monitor.spending import budget_execution

        money = budget_execution(programme, spending, report)
    return ReportData(programme, measurements, report, areas, budget_report(programme), money, spending)


def report_html(
    programme: Programme,
    measurements: MeasurementSet,
    as_of: date,
    lang: Language = EN,
    **options: Any,
) -> str:
    """The report as one self-contained HTML document (`build_report`, then `render_html`)."""
    return render_html(build_report(programme, measurements, as_of, **options), lang)


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def render_html(data: ReportData, lang: Language = EN) -> str:
    """The HTML document of ``data`` in ``lang``."""
    p = data.programme
    w = _Words(lang)
    body: list[str] = []
    title = w("report.title", name=p.name)
    body.append(f"<header><h1>{_e(title)}</h1>")
    body.append(f'<p class="meta">{_e(w("report.as_of", date=data.progress.as_of.isoformat()))}</p></header>')
    body.append('<nav aria-label="' + _e(w("report.contents")) + '"><ul>')
    sections = [
        ("programme", "report.programme"),
        ("headline", "report.headline"),
        ("progress", "report.progress"),
        ("targets", "report.targets"),
        ("money", "report.money"),
        ("tree", "report.tree"),
        ("quality", "report.quality"),
    ]
    body.extend(f'<li><a href="#{anchor}">{_e(w(key))}</a></li>' for anchor, key in sections)
    body.append("</ul></nav><main>")
    body.append(_programme(data, w))
    body.append(_headline(data, w))
    body.append(_nodes(data, w))
    body.append(_targets(data, w))
    body.append(_money(data, w))
    body.append(_tree(data, w))
    body.append(_quality(data, w))
    body.append("</main>")
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        # nothing may be fetched: no scripts, styles, fonts or images from anywhere
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


class _Words:
    def __init__(self, lang: Language) -> None:
        self.lang = lang

    def __call__(self, key: str, **args: object) -> str:
        return word(key, self.lang, **args)


def _programme(data: ReportData, w: _Words) -> str:
    p, lang = data.programme, w.lang
    rows: list[tuple[str, str]] = [(w("report.name"), p.name)]
    if p.ambition:
        rows.append((w("report.ambition"), p.ambition))
    rows.append((w("report.horizon"), f"{p.horizon.start}–{p.horizon.end}"))
    if p.plan_period is not None:
        rows.append((w("report.plan_period"), f"{p.plan_period.start}–{p.plan_period.end}"))
    if p.area is not None and p.area.name:
        rows.append((w("report.area"), p.area.name))
    if p.reference_area:
        rows.append((w("report.reference_area"), p.reference_area))
    total = data.budget.totals.tree_total if any(data.budget.totals.has_money.values()) else None
    rows.append((w("report.total_money"), format_eur(total, lang) if total is not None else w("report.none")))
    items = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows)
    return f'<section id="programme"><h2>{_e(w("report.programme"))}</h2><dl class="facts">{items}</dl></section>'


def _symbol(status: Status) -> str:
    """The status's symbol before its words (which the text beside it holds)."""
    return f'<span class="sym" aria-hidden="true">{SYMBOLS[status]}</span>'


def _status(status: Status, w: _Words) -> str:
    return (
        f'<span class="status"><span class="sym" aria-hidden="true">{SYMBOLS[status]}</span>'
        f"{_e(status_word(status, w.lang))}</span>"
    )


def _bar(progress: Decimal | None, expected: Decimal | None, status: Status, w: _Words) -> str:
    """A bar of the progress with the expected progress as a dashed mark; hidden from screen
    readers, which read the same figures in the text beside it."""
    if progress is None:
        return ""
    done = min(max(progress, Decimal(0)), Decimal(1)) * 100
    mark = ""
    if expected is not None:
        at = min(max(expected, Decimal(0)), Decimal(1)) * 100
        mark = f'<span class="expected" style="left:{at:.1f}%"></span>'
    colour = COLOURS[status]
    return (
        f'<div class="bar" aria-hidden="true"><span class="done" style="width:{done:.1f}%;'
        f'background:{colour}"></span>{mark}</div>'
    )


def _headline(data: ReportData, w: _Words) -> str:
    overall = data.progress.overall
    figures = node_text(overall, w.lang)
    lines = [
        f'<section id="headline"><h2>{_e(w("report.headline"))}</h2><div class="headline">',
        f"<p>{_status(overall.status, w)}</p>",
        _bar(overall.progress, overall.expected, overall.status, w),
        f"<p>{_e(figures)}</p>",
    ]
    if overall.status is Status.INSUFFICIENT_DATA:
        lines.append(f'<p class="note">{_e(w("report.insufficient", coverage=percent_down(overall.coverage)))}</p>')
    lines.append(f'<p class="note">{_e(w("report.legend_bar"))}</p></div></section>')
    return "".join(lines)


def _nodes(data: ReportData, w: _Words) -> str:
    parts = [f'<section id="progress"><h2>{_e(w("report.progress"))}</h2>']
    for entry in index(data.programme).nodes.values():
        node = entry.node
        found = data.progress.nodes.get(node.id)
        if found is None:
            continue
        level = min(2 + entry.depth, 6)  # depth 1 under the section's h2
        parts.append(
            f'<div class="node" style="margin-left:{entry.depth * 1.2:.1f}rem">'
            f"<h{level}>{_e(entry.level_name)}: {_e(node.name)}</h{level}>"
            f"<p>{_symbol(found.status)}{_e(node_text(found, w.lang))}</p>"
            f"{_bar(found.progress, found.expected, found.status, w)}</div>"
        )
    parts.append("</section>")
    return "".join(parts)


def _targets(data: ReportData, w: _Words) -> str:
    from doelenboom.areas import area_index, effective_target, indicators, interim_targets

    p, lang = data.programme, w.lang
    rows = data.measurements.by_target  # rows given for an indicator count for each target on it
    whole = p.area.name if p.area is not None else None
    known = indicators(p)
    areas = area_index(p)
    interim = interim_targets(p)
    by_indicator: dict[str, list[Any]] = {}
    for entry in index(p).targets.values():
        if entry.target.indicator is not None:
            by_indicator.setdefault(entry.target.indicator, []).append(entry.target)
    parts = [f'<section id="targets"><h2>{_e(w("report.targets"))}</h2>']
    nodes = index(p).nodes
    for tid, entry in index(p).targets.items():
        found: TargetProgress | None = data.progress.targets.get(tid)
        if found is None:
            continue
        target = effective_target(entry.target, known, areas, p.reference_area)
        node = nodes[found.node].node if found.node in nodes else None
        heading = f"{target.name} ({tid})" + (f" — {node.name}" if node is not None else "")
        role = w("report.interim") if tid in interim else ""
        parts.append(f'<article class="target" id="t-{_e(tid)}"><h3>{_e(heading)}</h3>')
        if target.description:
            parts.append(f"<p>{_e(target.description)}</p>")
        status = f"{_symbol(found.status)}{_e(target_text(found, lang))}{_e(' ' + role) if role else ''}"
        own = [r for r in rows.get(tid, []) if r.area is None or r.area == whole]
        reference = None
        if isinstance(target, GapTarget):
            reference = target.reference_area or p.reference_area
        ref_rows = [r for r in rows.get(tid, []) if reference is not None and r.area == reference]
        if own or ref_rows:  # the status line describes the chart, under its caption
            parts.append(
                _series_figure(status, tid, target, found, own, ref_rows, by_indicator, data.progress.targets, w)
            )
        else:
            parts.append(f'<p>{status}</p><p class="note">{_e(w("report.no_chart"))}</p>')
        split = data.areas.targets.get(tid)
        if split is not None and split.parts:
            names = {a.name for a in split.parts}
            area_rows = [r for r in rows.get(tid, []) if r.area is not None and r.area in names]
            if area_rows:
                parts.append(_multiples_figure(tid, area_rows, split.unit, w))
        parts.append("</article>")
    parts.append("</section>")
    return "".join(parts)


def _value_title(unit: str | None, w: _Words) -> str:
    from doelenboom.render.progress import unit_word

    return unit_word(unit, w.lang) or w("report.value")


def _series_figure(
    status: str,
    tid: str,
    target: Any,
    found: TargetProgress,
    own: Sequence[Measurement],
    reference: Sequence[Measurement],
    by_indicator: Mapping[str, Sequence[Any]],
    goals: Mapping[str, TargetProgress],
    w: _Words,
) -> str:
    lang = w.lang
    measured, expected, goal_name, ref_name = (
        w("report.series.measured"),
        w("report.series.expected"),
        w("report.series.targets"),
        w("report.series.reference"),
    )
    points: list[dict[str, Any]] = [
        {"date": r.date.isoformat(), "value": float(r.value), "series": measured} for r in own
    ]
    table: list[tuple[str, str, str]] = [(r.date.isoformat(), measured, format_number(r.value, lang)) for r in own]
    points += [{"date": r.date.isoformat(), "value": float(r.value), "series": ref_name} for r in reference]
    table += [(r.date.isoformat(), ref_name, format_number(r.value, lang)) for r in reference]
    baseline = getattr(target, "baseline", None)
    deadline = getattr(target, "deadline", None)
    # The expected trajectory: the straight line from the start to the goal by the deadline, as
    # the library measured them (TargetProgress.start and .goal).
    if found.start is not None and found.goal is not None and baseline is not None and deadline is not None:
        for day, value in ((_start(baseline.date), found.start), (_end(deadline), found.goal)):
            points.append({"date": day.isoformat(), "value": float(value), "series": expected, "dash": True})
            table.append((day.isoformat(), expected, format_number(value, lang)))
    # The final target and the interim ones on the way to it (same indicator): each goal as the
    # library measured it, at its deadline.
    siblings = by_indicator.get(target.indicator, ()) if target.indicator is not None else ()
    for other in siblings or (target,):
        other_found = goals.get(other.id)
        if other_found is None or other_found.goal is None or other.deadline is None:
            continue
        day = _end(other.deadline)
        goal = other_found.goal
        points.append({"date": day.isoformat(), "value": float(goal), "series": goal_name, "dash": True})
        table.append((day.isoformat(), goal_name, format_number(goal, lang)))
    title = w("report.chart_title", target=tid)
    summary = target_text(found, lang)
    spec = charts.series_chart(
        points,
        description=f"{title}: {summary}",
        date_title=w("report.date"),
        value_title=_value_title(found.unit, w),
    )
    # the legend as text beside the chart (cheaper than drawn in it); the table names the series too
    legend = "".join(
        f'<li><span class="swatch" style="border-top:3px {"dashed" if dotted else "solid"} {colour}"></span>'
        f"{_e(name)}</li>"
        for name, colour, dotted in charts.series_styles(points)
    )
    svg = charts.to_svg(spec, vega=True) + f'<ul class="legend" aria-hidden="true">{legend}</ul>'
    return _figure(tid, title, status, svg, (w("report.date"), w("report.series"), w("report.value")), table, w)


def _multiples_figure(tid: str, rows: Sequence[Measurement], unit: str | None, w: _Words) -> str:
    lang = w.lang
    points = [{"date": r.date.isoformat(), "value": float(r.value), "area": r.area} for r in rows]
    table = [(r.area or "", r.date.isoformat(), format_number(r.value, lang)) for r in rows]
    title = w("report.multiples_title", target=tid)
    spec = charts.multiples_chart(
        points, description=title, date_title=w("report.date"), value_title=_value_title(unit, w)
    )
    return _figure(
        f"{tid}-areas",
        title,
        _e(w("report.multiples_note")),
        charts.to_svg(spec),
        (w("report.area"), w("report.date"), w("report.value")),
        table,
        w,
    )


def _figure(
    ident: str,
    title: str,
    summary_html: str,
    svg: str,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    w: _Words,
) -> str:
    """A chart with its text alternative: the SVG is an image labelled by the caption and
    described by a summary (``summary_html``, escaped already), and the figures it draws stand
    in a table below it."""
    cap = f"cap-{_e(ident)}"
    desc = f"desc-{_e(ident)}"
    svg = svg.replace("<svg ", f'<svg role="img" aria-labelledby="{cap}" aria-describedby="{desc}" ', 1)
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in header)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="num">{_e(c)}</td>' if i == len(r) - 1 else f"<td>{_e(c)}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return (
        f'<figure class="chart"><figcaption id="{cap}">{_e(title)}</figcaption>'
        f'<p id="{desc}">{summary_html}</p>{svg}'
        f"<details><summary>{_e(w('report.data_table'))}</summary>"
        f"<table><caption>{_e(title)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</details></figure>"
    )


def _money(data: ReportData, w: _Words) -> str:
    lang = w.lang
    parts = [f'<section id="money"><h2>{_e(w("report.money"))}</h2>']
    rows = [r for r in data.budget.rows if r.own is not None or r.rolled_up is not None]
    if not rows:
        parts.append(f"<p>{_e(w('report.no_money'))}</p></section>")
        return "".join(parts)
    parts.append(
        f"<table><caption>{_e(w('report.money_by_node'))}</caption><thead><tr>"
        f'<th scope="col">{_e(w("report.node"))}</th><th scope="col" class="num">{_e(w("report.own"))}</th>'
        f'<th scope="col" class="num">{_e(w("report.rolled_up"))}</th></tr></thead><tbody>'
    )
    for r in rows:
        parts.append(
            f'<tr><th scope="row" style="padding-left:{0.5 + r.depth:.1f}rem">{_e(r.name)}</th>'
            f'<td class="num">{_e(format_eur(r.own, lang))}</td>'
            f'<td class="num">{_e(format_eur(r.rolled_up, lang))}</td></tr>'
        )
    parts.append("</tbody></table>")
    parts.append(_execution(data, w))
    parts.append("</section>")
    return "".join(parts)


def _execution(data: ReportData, w: _Words) -> str:
    """Planned against spent per year and per funder for the whole programme: from the spending
    file's execution report (`budget_execution`) when there is one, else planned money alone
    (`BudgetReport.planned`); a chart and a table each. A figure the library leaves missing stays
    missing ("-"), never 0."""
    lang = w.lang
    planned_word, spent_word = w("report.planned"), w("report.spent")
    names = {ident: name for ident, name, _, _ in data.budget.funders}
    years: list[tuple[str, Decimal | None, Decimal | None]] = []
    funders: list[tuple[str, Decimal | None, Decimal | None]] = []
    execution = data.money
    if execution is not None:
        whole = execution.programme
        years = [(str(y), e.planned, e.spent) for y, e in sorted(whole.by_year.items())]
        funders = [(names.get(f, f), e.planned, e.spent) for f, e in whole.by_funder.items()]
    elif data.budget.planned is not None:
        total = data.budget.planned.total
        if total.by_year:
            years = [(str(y), a, None) for y, a in sorted(total.by_year.items())]
        if total.by_funder:
            funders = [(names.get(f, f), a, None) for f, a in total.by_funder.items()]
    parts: list[str] = []
    if execution is None:
        parts.append(f'<p class="note">{_e(w("report.no_spending"))}</p>')
    for key, rows, head in (
        ("report.money_by_year", years, w("report.year")),
        ("report.money_by_funder", funders, w("report.funder")),
    ):
        if not rows:
            continue
        title = w(key)
        bars = [{"group": g, "kind": planned_word, "amount": float(p)} for g, p, _ in rows if p is not None]
        bars += [{"group": g, "kind": spent_word, "amount": float(x)} for g, _, x in rows if x is not None]
        table = [
            (g, format_eur(p, lang), *((format_eur(x, lang),) if execution is not None else ())) for g, p, x in rows
        ]
        header = (head, planned_word, *((spent_word,) if execution is not None else ()))
        across = key == "report.money_by_funder"
        spec = charts.money_chart(bars, description=title, x_title=head, money_title=w("report.eur"), across=across)
        kinds = [planned_word, *([spent_word] if execution is not None else [])]
        legend = "".join(
            f'<li><span class="swatch" style="border-top:10px solid {colour}"></span>{_e(kind)}</li>'
            for kind, colour in zip(kinds, charts.MONEY_COLOURS, strict=False)
        )
        svg = charts.to_svg(spec) + f'<ul class="legend" aria-hidden="true">{legend}</ul>'
        parts.append(_figure(key.replace(".", "-"), title, _e(w("report.money_note")), svg, header, table, w))
    return "".join(parts)


def _tree(data: ReportData, w: _Words) -> str:
    p = data.programme
    nodes: list[dict[str, Any]] = [{"id": "\x00root", "parent": None, "label": p.name, "depth": 0}]
    children: set[str] = set()
    for entry in index(p).nodes.values():
        parent = entry.parent if entry.container is not None else "\x00root"
        nodes.append({"id": entry.node.id, "parent": parent, "label": entry.node.name, "depth": entry.depth})
        children.add(parent)
    leaves = sum(1 for n in nodes if n["id"] not in children)
    title = w("report.tree")
    spec = charts.tree_chart(nodes, description=w("report.tree_description", name=p.name), leaves=leaves)
    svg = charts.to_svg(spec, vega=True)
    listing = _tree_list(data, w)
    cap = "cap-tree"
    svg = svg.replace("<svg ", f'<svg role="img" aria-labelledby="{cap}" aria-describedby="desc-tree" ', 1)
    return (
        f'<section id="tree"><h2>{_e(title)}</h2><figure class="chart tree">'
        f'<figcaption id="{cap}">{_e(w("report.tree_description", name=p.name))}</figcaption>'
        f'<p id="desc-tree" class="note">{_e(w("report.tree_alt"))}</p>{svg}'
        f"<details><summary>{_e(w('report.tree_list'))}</summary>{listing}</details></figure></section>"
    )


def _tree_list(data: ReportData, w: _Words) -> str:
    """The tree as nested lists: the diagram's text alternative."""
    out: list[str] = ["<ul>"]
    depth = 0
    first = True
    for entry in index(data.programme).nodes.values():
        if entry.depth > depth:
            out.append("<ul>" * (entry.depth - depth))
        elif entry.depth < depth:
            out.append("</li>" + "</ul></li>" * (depth - entry.depth))
        elif not first:
            out.append("</li>")
        out.append(f"<li>{_e(entry.level_name)}: {_e(entry.node.name)}")
        depth, first = entry.depth, False
    if not first:
        out.append("</li>" + "</ul></li>" * depth)
    out.append("</ul>")
    return "".join(out)


def _quality(data: ReportData, w: _Words) -> str:
    lang = w.lang
    parts = [f'<section id="quality"><h2>{_e(w("report.quality"))}</h2>']
    parts.append(f"<h3>{_e(w('report.refused'))}</h3>")
    files = [(data.measurements.file, data.measurements.diagnostics)]
    if data.spending is not None:
        files.append((data.spending.file, data.spending.diagnostics))
    for file, refused in files:
        if not refused:
            continue
        parts.append(
            f"<table><caption>{_e(w('report.refused_rows', count=len(refused), file=file))}</caption>"
            f'<thead><tr><th scope="col">{_e(w("report.where"))}</th><th scope="col">{_e(w("report.code"))}</th>'
            f'<th scope="col">{_e(w("report.message"))}</th></tr></thead><tbody>'
        )
        for d in refused:
            where = f"{d.file}:{d.line}:{d.column}"
            parts.append(f"<tr><td>{_e(where)}</td><td>{_e(d.code)}</td><td>{_e(d.message_in(lang))}</td></tr>")
        parts.append("</tbody></table>")
    if not any(refused for _, refused in files):
        parts.append(f"<p>{_e(w('report.none_refused'))}</p>")
    missing = [t for t in data.progress.targets.values() if t.missing is not None]
    parts.append(f"<h3>{_e(w('report.missing'))}</h3>")
    if missing:
        parts.append(
            f"<table><caption>{_e(w('report.missing_caption', count=len(missing)))}</caption><thead><tr>"
            f'<th scope="col">{_e(w("report.target"))}</th>'
            f'<th scope="col">{_e(w("report.reason"))}</th></tr></thead><tbody>'
        )
        for t in missing:
            reason = status_word(t.missing, lang) if t.missing is not None else ""
            parts.append(f"<tr><td>{_e(t.target)}</td><td>{_e(reason)}</td></tr>")
        parts.append("</tbody></table>")
    else:
        parts.append(f"<p>{_e(w('report.none_missing'))}</p>")
    overall = data.progress.overall
    line = w("report.coverage_line", coverage=percent_down(overall.coverage), progress=percent(overall.progress))
    parts.append(f"<p>{_e(line)}</p>")
    parts.append("</section>")
    return "".join(parts)
