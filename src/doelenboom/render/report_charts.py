"""The charts of the HTML report (`render.report`) as Vega-Lite and Vega specifications, drawn to
static SVG by vl-convert (the `report` extra): no script and no request when the report is
opened. Plain dicts, not Altair: Altair's import alone costs more than a whole `progress` run
(docs/benchmarks.md, "Library choices").

Every chart is a figure of data the library computed; nothing here decides a status or a
figure. Words come in as arguments (the renderer asks `doelenboom.words` for them).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from typing import Any

# Colours with at least 4.5:1 contrast on white (WCAG 2.1 AA for text and 3:1 for graphics).
INK = "#1a1a1a"
MEASURED = "#0b5394"
EXPECTED = "#595959"
REFERENCE = "#8a4500"
FONT = "sans-serif"

_CONFIG: dict[str, Any] = {
    # no ARIA of Vega's own (English role descriptions per mark): the report labels each chart
    # as one image, with its figures in a table beside it
    "aria": False,
    "mark": {"aria": False},
    "font": FONT,
    "axis": {
        "aria": False,
        "grid": False,
        "labelColor": INK,
        "titleColor": INK,
        "domainColor": INK,
        "tickColor": INK,
        "labelFontSize": 11,
    },
    "legend": {"aria": False, "labelColor": INK, "titleColor": INK, "labelFontSize": 11, "orient": "bottom"},
    "view": {"stroke": None},
    "background": "white",
}


class MissingChartsError(ImportError):
    """vl-convert (the ``report`` extra) is not installed."""


def to_svg(spec: Mapping[str, Any], *, vega: bool = False) -> str:
    """A Vega-Lite (or, with ``vega``, a Vega) spec drawn as one SVG element, without the XML
    prolog, ready to stand inside HTML."""
    try:
        import vl_convert
    except ImportError as exc:  # the `report` extra
        raise MissingChartsError("vl-convert-python") from exc
    # Compiling to Vega first, then drawing, takes half the time of vegalite_to_svg in one call
    # (vl-convert 1.9: 4 + 14 ms against 35 ms per chart; docs/benchmarks.md).
    compiled = dict(spec) if vega else vl_convert.vegalite_to_vega(dict(spec))
    svg = vl_convert.vega_to_svg(compiled)
    return _ROLE_WORDS.sub("", _PROLOG.sub("", svg))


_PROLOG = re.compile(r"^<\?xml[^>]*>\s*")
# Vega's English role descriptions of its group containers ("group mark container"): the report
# labels each chart as one image in the reader's language instead
_ROLE_WORDS = re.compile(r' aria-roledescription="[^"]*"')


def warm_up() -> threading.Thread | None:
    """Start vl-convert's JavaScript engine in the background (it takes longer than the rest of
    a report; the engine releases the GIL, so reading the spec and the measurements go on
    meanwhile). None when vl-convert is not installed: `to_svg` says so when it is needed."""
    try:
        import vl_convert
    except ImportError:
        return None

    def start() -> None:
        vl_convert.vega_to_svg({"width": 1, "height": 1})

    thread = threading.Thread(target=start, daemon=True)
    thread.start()
    return thread


SERIES_COLOURS = (MEASURED, EXPECTED, REFERENCE, "#6a3d9a", "#1b7837")


def series_styles(points: Sequence[Mapping[str, Any]]) -> list[tuple[str, str, bool]]:
    """Each series of `series_chart`'s rows in order of appearance: its name, its colour and
    whether it is dotted."""
    names: list[str] = []
    dotted: set[str] = set()
    for point in points:
        if point["series"] not in names:
            names.append(point["series"])
        if point.get("dash"):
            dotted.add(point["series"])
    return [(n, SERIES_COLOURS[i % len(SERIES_COLOURS)], n in dotted) for i, n in enumerate(names)]


def series_chart(
    points: Sequence[Mapping[str, Any]],
    *,
    description: str,
    date_title: str,
    value_title: str,
    width: int = 520,
    height: int = 220,
) -> dict[str, Any]:
    """One target over time, as a Vega spec: rows ``{"date", "value", "series", "dash"}``;
    ``dash`` series (the expected trajectory, the interim and final targets) are dotted, the
    others solid, each with its points; the colours follow the series names in order of
    appearance. Written in Vega rather than Vega-Lite: the report draws one per target, and
    compiling each from Vega-Lite took a third of its time. No legend in the SVG: the page
    writes `series_styles` as text beside it (a legend drawn in the SVG costs a third of a
    chart's drawing time)."""
    styles = series_styles(points)
    names = [name for name, _, _ in styles]
    axis = {"aria": False, "labelColor": INK, "titleColor": INK, "domainColor": INK, "tickColor": INK}
    at = {"x": {"scale": "x", "field": "date"}, "y": {"scale": "y", "field": "value"}}
    return {
        "$schema": "https://vega.github.io/schema/vega/v5.json",
        "description": description,
        "width": width,
        "height": height,
        "padding": 5,
        "background": "white",
        "config": {"text": {"font": FONT}, "axis": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 11}},
        "data": [{"name": "points", "values": [dict(p) for p in points], "format": {"parse": {"date": "date"}}}],
        "scales": [
            {"name": "x", "type": "time", "domain": {"data": "points", "field": "date"}, "range": "width"},
            {
                "name": "y",
                "type": "linear",
                "domain": {"data": "points", "field": "value"},
                "range": "height",
                "zero": False,
                "nice": True,
            },
            {"name": "colour", "type": "ordinal", "domain": names, "range": [c for _, c, _ in styles]},
            {
                "name": "dash",
                "type": "ordinal",
                "domain": names,
                "range": [[4, 3] if d else [1, 0] for *_, d in styles],
            },
        ],
        "axes": [
            {"orient": "bottom", "scale": "x", "title": date_title, "format": "%Y", "tickCount": "year", **axis},
            {"orient": "left", "scale": "y", "title": value_title, "tickCount": 5, **axis},
        ],
        "marks": [
            {
                "type": "group",
                "aria": False,
                "from": {"facet": {"name": "series", "data": "points", "groupby": "series"}},
                "marks": [
                    {
                        "type": "line",
                        "aria": False,
                        "from": {"data": "series"},
                        "sort": {"field": "datum.date"},
                        "encode": {
                            "enter": {
                                **at,
                                "stroke": {"scale": "colour", "field": "series"},
                                "strokeDash": {"scale": "dash", "field": "series"},
                                "strokeWidth": {"value": 2},
                            }
                        },
                    }
                ],
            },
            {
                "type": "symbol",
                "aria": False,
                "from": {"data": "points"},
                "encode": {"enter": {**at, "fill": {"scale": "colour", "field": "series"}, "size": {"value": 40}}},
            },
        ],
    }


def multiples_chart(
    points: Sequence[Mapping[str, Any]],
    *,
    description: str,
    date_title: str,
    value_title: str,
    columns: int = 3,
) -> dict[str, Any]:
    """Small multiples: one small panel per area (rows ``{"date", "value", "area"}``), on one
    shared scale so the areas compare at a glance."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "description": description,
        "config": _CONFIG,
        "data": {"values": [dict(p) for p in points]},
        "facet": {"field": "area", "type": "nominal", "title": None, "sort": None},
        "columns": columns,
        "spec": {
            "width": 150,
            "height": 90,
            "mark": {"type": "line", "point": {"filled": True, "size": 30}, "color": MEASURED},
            "encoding": {
                "x": {
                    "field": "date",
                    "type": "temporal",
                    "title": date_title,
                    "axis": {"format": "%Y", "tickCount": "year"},
                },
                "y": {"field": "value", "type": "quantitative", "title": value_title},
            },
        },
    }


MONEY_COLOURS = ("#767676", MEASURED)  # planned, spent


def money_chart(
    rows: Sequence[Mapping[str, Any]], *, description: str, x_title: str, money_title: str, across: bool = False
) -> dict[str, Any]:
    """Planned against spent: rows ``{"group", "kind", "amount"}`` as bars side by side per
    group (a year or a funder), planned grey and spent blue (`MONEY_COLOURS`); ``across``: bars
    left to right with the groups' names in full on the left (funders' long names). The amounts
    are drawn only, the table beside the chart gives them exactly. No legend in the SVG: the
    page writes one beside it."""
    kinds: list[str] = []
    for row in rows:
        if row["kind"] not in kinds:
            kinds.append(row["kind"])
    axis = {"aria": False, "labelColor": INK, "titleColor": INK, "domainColor": INK, "tickColor": INK}
    group: dict[str, Any] = {"field": "group", "type": "nominal", "title": x_title, "sort": None}
    amount: dict[str, Any] = {"field": "amount", "type": "quantitative", "title": money_title}
    amount["axis"] = {"format": "~s"}
    if across:
        group["axis"] = {"labelLimit": 0}
        group["title"] = None  # the caption names the groups; a title would cover long names
        places = {"y": group, "yOffset": {"field": "kind", "sort": kinds}, "x": amount}
        # room on the left: the browser's sans-serif may be wider than the one vl-convert measures
        size = {"width": 420, "height": {"step": 14}, "padding": {"left": 60, "top": 5, "right": 5, "bottom": 5}}
    else:
        group["axis"] = {"labelAngle": 0}
        places = {"x": group, "xOffset": {"field": "kind", "sort": kinds}, "y": amount}
        size = {"width": {"step": 44}, "height": 200}
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "description": description,
        **size,
        "config": {**_CONFIG, "axis": {**_CONFIG["axis"], **axis}},
        "data": {"values": [dict(r) for r in rows]},
        "mark": {"type": "bar"},
        "encoding": {
            **places,
            "color": {
                "field": "kind",
                "type": "nominal",
                "legend": None,
                "scale": {"domain": kinds, "range": list(MONEY_COLOURS[: len(kinds)])},
            },
        },
    }


def tree_chart(nodes: Sequence[Mapping[str, Any]], *, description: str, leaves: int) -> dict[str, Any]:
    """The goal tree as a Vega tree layout, left to right: rows ``{"id", "parent", "label",
    "depth"}`` (the root's parent is None); each node a dot with its name, links as curves. Each
    level's column is as far right as the longest name of the level before it needs, so that no
    name runs into another (an estimate of 6.2 px per character at 11 px)."""
    per_char, gap = 6.2, 24.0
    longest: dict[int, int] = {}
    for node in nodes:
        longest[node["depth"]] = max(longest.get(node["depth"], 0), len(str(node["label"])))
    deepest = max(longest) if longest else 0
    columns = [longest.get(0, 0) * per_char + 10]  # the root's name stands left of its dot
    for depth in range(1, deepest + 1):
        columns.append(columns[-1] + longest.get(depth - 1, 0) * per_char * (depth > 1) + gap + 40 * (depth == 1))
    width = int(columns[-1] + longest.get(deepest, 0) * per_char + 20)
    height = max(120, 18 * leaves)
    return {
        "$schema": "https://vega.github.io/schema/vega/v5.json",
        "description": description,
        "width": width,
        "height": height,
        "padding": 10,
        "background": "white",
        "config": {"text": {"font": FONT}},
        "signals": [{"name": "columns", "value": columns}],
        "data": [
            {
                "name": "tree",
                "values": [dict(n) for n in nodes],
                "transform": [
                    {"type": "stratify", "key": "id", "parentKey": "parent"},
                    {
                        "type": "tree",
                        "method": "tidy",
                        "size": [{"signal": "height"}, 1],
                        "separation": True,
                        "as": ["y", "x0", "level", "children"],
                    },
                    {"type": "formula", "expr": "columns[datum.level]", "as": "x"},
                ],
            },
            {
                "name": "links",
                "source": "tree",
                "transform": [
                    {"type": "treelinks"},
                    {"type": "linkpath", "orient": "horizontal", "shape": "diagonal"},
                ],
            },
        ],
        "marks": [
            {
                "type": "path",
                "aria": False,  # the figure is labelled as a whole, with the tree as a list beside it
                "from": {"data": "links"},
                "encode": {"update": {"path": {"field": "path"}, "stroke": {"value": "#767676"}}},
            },
            {
                "type": "symbol",
                "aria": False,
                "from": {"data": "tree"},
                "encode": {
                    "enter": {"size": {"value": 60}, "stroke": {"value": "#fff"}},
                    "update": {"x": {"field": "x"}, "y": {"field": "y"}, "fill": {"value": MEASURED}},
                },
            },
            {
                "type": "text",
                "aria": False,
                "from": {"data": "tree"},
                "encode": {
                    "enter": {
                        "text": {"field": "label"},
                        "fontSize": {"value": 11},
                        "baseline": {"value": "middle"},
                        "fill": {"value": INK},
                    },
                    "update": {
                        "x": {"field": "x"},
                        "y": {"field": "y"},
                        # names right of their dot, the root's left of it
                        "dx": {"signal": "datum.level === 0 ? -7 : 7"},
                        "align": {"signal": "datum.level === 0 ? 'right' : 'left'"},
                    },
                },
            },
        ],
    }
