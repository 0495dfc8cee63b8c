"""Exports: the goal tree as a diagram (Mermaid, DOT), a graph (GraphML), data (JSON, CSV, XLSX)
or a document (Markdown).

Every exporter is built on `Programme.walk` and `doelenboom.rollup.budget_totals`, and every piece
of spec text goes through the escaping its format needs: Mermaid entity codes, DOT string escapes,
XML for GraphML, HTML and Markdown escapes, and a guard against spreadsheet formula injection in
CSV and XLSX. Money stays exact: strings of `Decimal` in JSON, GraphML and CSV.

    from doelenboom import export   # or: from doelenboom.render.export import export
    data = export(programme, "mermaid")   # bytes, UTF-8 for the text formats
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any, assert_never, get_args

from pydantic import BaseModel

from doelenboom import model
from doelenboom.language import EN, Language
from doelenboom.model import (
    CountTarget,
    GapTarget,
    MilestoneTarget,
    PartOfTarget,
    Programme,
    QualitativeTarget,
    RangeTarget,
    ShareTarget,
    Target,
)
from doelenboom.monitor.spending import EXECUTION_CSV_COLUMNS, ExecutionReport
from doelenboom.render.cells import worded_rows
from doelenboom.rollup import BudgetTotals, Split, budget_totals, planned, split_dict
from doelenboom.text import (
    CSV_EXCEL,
    Cell,
    Money,
    csv_bytes,
    dot_string,
    format_eur,
    format_number,
    is_formula_like,
    markdown_text,
    mermaid_label,
    write_csv,
    xml_text,
)
from doelenboom.text import plain_decimal as _plain
from doelenboom.tree import Contribution, Entry, index, root_level
from doelenboom.words import column_words, unit_word, word, words

FORMATS = ("mermaid", "dot", "graphml", "json", "csv", "csv-excel", "xlsx", "markdown")
BINARY_FORMATS = frozenset({"xlsx"})

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


class MissingExtraError(RuntimeError):
    """An export needs an optional dependency that is not installed."""


# --- the tree, flattened ------------------------------------------------------------------------


def _entries(programme: Programme) -> list[Entry]:
    return list(index(programme).nodes.values())


def _serves(programme: Programme) -> list[Contribution]:
    """The valid 'serves' links (the index's contributions), drawn as dotted or dashed edges."""
    return [link for link in index(programme).contributions() if link.kind == "serves"]


def _target_models() -> dict[str, type[BaseModel]]:
    union = get_args(model.Target)[0]  # Target is Annotated[A | B | ..., Field(discriminator="kind")]
    return {get_args(cls.model_fields["kind"].annotation)[0]: cls for cls in get_args(union)}


TARGET_KINDS: dict[str, type[BaseModel]] = _target_models()
"""Every target kind (the value of `kind:`) and its model, in the order of `model.Target`; taken
from the model so that the docs and the tests cannot miss a kind."""


def describe_target(target: Target, lang: Language = EN) -> str:
    """What a target aims at, in one short line, in ``lang`` (words from `doelenboom.words`):
    units in the singular or the plural as the figure asks ("1 woning", "365 woningen")."""
    if isinstance(target, CountTarget):
        unit = unit_word(target.unit, lang, target.value)
        return word("target.count", lang, value=_figure(target.value, lang), unit=unit)
    if isinstance(target, PartOfTarget):
        unit = unit_word(target.unit, lang, target.value)
        return word("target.part_of", lang, value=_figure(target.value, lang), unit=unit, of=target.of)
    if isinstance(target, RangeTarget):
        unit = unit_word(target.unit, lang, target.high)
        band = {"low": _figure(target.low, lang), "high": _figure(target.high, lang), "unit": unit}
        if target.measure:
            return word("target.range_measure", lang, measure=target.measure, **band)
        return word("target.range", lang, **band)
    if isinstance(target, ShareTarget):
        if target.population:
            return word("target.share_of", lang, value=_figure(target.value, lang), population=target.population)
        return word("target.share", lang, value=_figure(target.value, lang))
    if isinstance(target, MilestoneTarget):
        if target.deadline is None:
            return word("target.milestone_undated", lang, what=target.name)
        return word("target.milestone", lang, what=target.name, deadline=str(target.deadline))
    if isinstance(target, QualitativeTarget):
        return (
            word("target.scale", lang, scale=" → ".join(target.scale))
            if target.scale
            else word("target.qualitative", lang)
        )
    if isinstance(target, GapTarget):
        unit = unit_word(target.unit, lang, Decimal(2))  # the gap is measured in the unit: many of it
        if target.reference_area is None:
            return word("target.gap_default_area", lang, close=_figure(target.close, lang), unit=unit)
        return word("target.gap", lang, close=_figure(target.close, lang), area=target.reference_area, unit=unit)
    assert_never(target)  # mypy fails here when a target kind is not handled above


def _figure(value: Decimal, lang: Language) -> str:
    """A target's figure as people write it in ``lang`` (1.234,5 in Dutch); never rounded."""
    return format_number(value, lang)


def kind_word(kind: str, lang: Language = EN) -> str:
    """A target kind (the value of ``kind:``) for people, in ``lang``."""
    return word(f"kind.{kind}", lang)


def _deadline(target: Target) -> str:
    return "" if target.deadline is None else str(target.deadline)


# --- diagrams -----------------------------------------------------------------------------------


def _label_lines(name: str, totals: BudgetTotals, ident: str | None) -> tuple[str, str | None]:
    money = None
    if ident is not None and totals.has_money.get(ident, False):
        money = f"EUR {format_eur(totals.rolled_up[ident])}"
    return name, money


def to_mermaid(programme: Programme) -> str:
    """A Mermaid flowchart: containment as arrows, `serves` as dotted arrows, budgets in labels."""
    totals = budget_totals(programme)
    tree = _entries(programme)
    # Mermaid node ids are generated: spec ids such as 'end' or 'o-x' have meaning in Mermaid.
    key = {programme.id: "n0"} | {e.node.id: f"n{i}" for i, e in enumerate(tree, start=1)}
    lines = ["flowchart LR"]
    programme_total = totals.programme_total_or_none
    root_money = None if programme_total is None else f"EUR {format_eur(programme_total)}"
    lines.append(f'    n0["{_mermaid_node(programme.name, root_money)}"]')
    for e in tree:
        name, money = _label_lines(e.node.name, totals, e.node.id)
        lines.append(f'    {key[e.node.id]}["{_mermaid_node(name, money)}"]')
    for e in tree:
        lines.append(f"    {key[e.parent]} --> {key[e.node.id]}")
    for link in _serves(programme):
        lines.append(f"    {key[link.giver]} -.-> {key[link.recipient]}")
    return "\n".join(lines) + "\n"


def _mermaid_node(name: str, money: str | None) -> str:
    label = mermaid_label(name)
    return f"{label}<br/>{mermaid_label(money)}" if money else label


def to_dot(programme: Programme) -> str:
    """A Graphviz digraph: containment as solid edges, `serves` as dashed ones."""
    totals = budget_totals(programme)
    tree = _entries(programme)
    lines = [
        f"digraph {dot_string(programme.id)} {{",
        "    rankdir=LR;",
        "    node [shape=box];",
    ]
    root = programme.name
    if totals.programme_total_or_none is not None:
        root += f"\nEUR {format_eur(totals.programme_total)}"
    lines.append(f"    {dot_string(programme.id)} [label={dot_string(root)}];")
    for e in tree:
        name, money = _label_lines(e.node.name, totals, e.node.id)
        label = f"{name}\n{money}" if money else name
        lines.append(f"    {dot_string(e.node.id)} [label={dot_string(label)}];")
    for e in tree:
        lines.append(f"    {dot_string(e.parent)} -> {dot_string(e.node.id)};")
    for link in _serves(programme):
        lines.append(f"    {dot_string(link.giver)} -> {dot_string(link.recipient)} [style=dashed];")
    lines.append("}")
    return "\n".join(lines) + "\n"


# --- graph and data -----------------------------------------------------------------------------


def to_graphml(programme: Programme) -> str:
    """GraphML, written by networkx (imported here: only this export needs it). Node attributes
    ``name``, ``level``, ``level_name``, ``depth`` (int), ``own_eur``, ``rolled_up_eur`` (strings
    holding the exact decimal amount in EUR; absent where there is no money: missing is not zero)
    and ``targets`` (int); edges ``contains`` and ``serves`` by their ``relation``. Key ids are the
    attribute names."""
    import networkx as nx

    totals = budget_totals(programme)
    tree = _entries(programme)
    # a multigraph: a 'contains' and a 'serves' edge may join the same pair
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(id=xml_text(programme.id))

    def node(ident: str, data: dict[str, str | int]) -> None:
        kept = {k: xml_text(v) if isinstance(v, str) else v for k, v in data.items() if v != ""}
        graph.add_node(xml_text(ident), **kept)

    level, level_name = root_level(programme)
    node(
        programme.id,
        {
            "name": programme.name,
            "level": level,
            "level_name": level_name,
            "depth": 0,
            "own_eur": _plain(totals.overhead_or_none),
            "rolled_up_eur": _plain(totals.programme_total_or_none),
            "targets": 0,
        },
    )
    for e in tree:
        ident = e.node.id
        node(
            ident,
            {
                "name": e.node.name,
                "level": e.level or "",
                "level_name": e.level_name,
                "depth": e.depth,
                "own_eur": _plain(totals.own.get(ident)),
                "rolled_up_eur": _plain(totals.rolled_up[ident]) if totals.has_money.get(ident) else "",
                "targets": len(e.node.targets),
            },
        )
    pairs = [("contains", e.parent, e.node.id) for e in tree]
    pairs += [("serves", link.giver, link.recipient) for link in _serves(programme)]
    for count, (relation, source, target) in enumerate(pairs):
        graph.add_edge(xml_text(source), xml_text(target), id=f"e{count}", relation=relation)
    buffer = io.BytesIO()  # not nx.generate_graphml: it splits lines, and so a CR in a name
    nx.write_graphml(graph, buffer, encoding="utf-8", named_key_ids=True, edge_id_from_attribute="id")
    # ElementTree writes a CR in text as it is, and every XML reader turns it into LF (line-end
    # normalisation); as a character reference it survives. Attributes are escaped already, and the
    # indentation holds no CR, so every CR left is spec text.
    return buffer.getvalue().decode("utf-8").replace("\r", "&#13;")


def to_json(programme: Programme) -> str:
    """The tree with rolled-up budgets; amounts are strings so that no reader turns them into floats.
    Each node's ``planned`` (and the programme's) is its money per year, per
    funder and per funder per year (format 1.1; see `rollup.split_dict`)."""
    totals = budget_totals(programme)
    money = planned(programme)
    by_id: dict[str, dict[str, Any]] = {}
    top: list[dict[str, Any]] = []
    for e in _entries(programme):
        ident = e.node.id
        item: dict[str, Any] = {
            "id": ident,
            "name": e.node.name,
            "level": e.level,
            "level_name": e.level_name,
            "depth": e.depth,
            "serves": list(e.node.serves),
            "own_eur": _plain(totals.own.get(ident)) or None,
            "rolled_up_eur": _plain(totals.rolled_up[ident]) if totals.has_money.get(ident) else None,
            "planned": split_dict(money.rolled[ident]),
            "targets": [t.model_dump(mode="json", exclude_none=True) for t in e.node.targets],
            "children": [],
        }
        if e.node.no_target_reason is not None:
            item["no_target_reason"] = e.node.no_target_reason
        (by_id[e.parent]["children"] if e.depth > 1 else top).append(item)
        by_id.setdefault(ident, item)
    payload = {
        "doelenboom_export": 2,
        "id": programme.id,
        "name": programme.name,
        "ambition": programme.ambition,
        "levels": [{"level": level.id, "level_name": level.name} for level in programme.levels],
        "currency": "EUR",
        "budget": {
            "tree_total_eur": _plain(totals.tree_total_or_none) or None,
            "overhead_eur": _plain(totals.overhead_or_none) or None,
            "programme_total_eur": _plain(totals.programme_total_or_none) or None,
        },
        "planned": split_dict(money.total),
        "funders": [f.model_dump(mode="json", exclude_none=True) for f in programme.funders],
        "indicators": [i.model_dump(mode="json", exclude_none=True) for i in programme.indicators],
        "tree": top,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


TABLE_COLUMNS = (
    "record",
    "id",
    "parent",
    "level",
    "level_name",
    "depth",
    "name",
    "kind",
    "value",
    "low",
    "high",
    "unit",
    "deadline",
    "indicator",
    "own_eur",
    "rolled_up_eur",
    "year",
    "funder",
    "planned_eur",
)


def _planned_rows(ident: str, split: Split) -> Iterator[tuple[Cell, ...]]:
    """A node's or overhead item's own money split (format 1.1), one ``planned`` row per year,
    per funder and per funder per year: the last three columns of `TABLE_COLUMNS`."""
    blank = (None,) * (len(TABLE_COLUMNS) - 4)
    for year, amount in sorted((split.by_year or {}).items()):
        yield ("planned", ident, *blank[1:], year, None, Money(amount))
    for funder, amount in (split.by_funder or {}).items():
        yield ("planned", ident, *blank[1:], None, funder, Money(amount))
    for (year, funder), amount in sorted((split.cells or {}).items()):
        yield ("planned", ident, *blank[1:], year, funder, Money(amount))


def table_rows(programme: Programme) -> Iterator[tuple[Cell, ...]]:
    """One row per programme, node, target and overhead item, in `TABLE_COLUMNS` order, and
    (format 1.1) a ``planned`` row per year, funder and funder per year of a node's or overhead
    item's own money. The own amounts of all rows add up to the programme total; so do the
    ``planned`` rows of each year (of each funder), to the programme's money in that year."""
    totals = budget_totals(programme)
    money = planned(programme)
    extra = (None, None, None)  # year, funder, planned_eur: only on planned rows
    yield (
        "programme",
        programme.id,
        None,
        *root_level(programme),
        0,
        programme.name,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        _money(totals.programme_total_or_none),
        *extra,
    )
    for e in _entries(programme):
        ident = e.node.id
        total = _money(totals.rolled_up[ident]) if totals.has_money.get(ident) else None
        yield (
            "node",
            ident,
            e.parent,
            e.level,
            e.level_name,
            e.depth,
            e.node.name,
            *(None,) * 7,
            _money(totals.own.get(ident)),
            total,
            *extra,
        )
        yield from _planned_rows(ident, money.own[ident])
        for t in e.node.targets:
            value = getattr(t, "value", None)
            yield (
                "target",
                t.id,
                ident,
                None,
                None,
                e.depth + 1,
                t.name,
                t.kind,
                value,
                getattr(t, "low", None),
                getattr(t, "high", None),
                getattr(t, "unit", None),
                t.deadline,
                t.indicator,
                None,
                None,
                *extra,
            )
    if programme.budget is not None:
        from doelenboom.units import to_base_money

        for item in programme.budget.overhead:
            amount = Money(to_base_money(item.amount, programme.budget.unit))
            yield ("overhead", item.id, programme.id, None, None, 1, item.name, *(None,) * 7, amount, amount, *extra)
            if item.id in money.overhead_items:
                yield from _planned_rows(item.id, money.overhead_items[item.id])


def _money(amount: Decimal | None) -> Money | None:
    return None if amount is None else Money(amount)


def to_csv(programme: Programme) -> str:
    """CSV of `table_rows`; text cells that a spreadsheet would run as a formula get a leading ``'``."""
    return write_csv(TABLE_COLUMNS, table_rows(programme))


def to_excel_csv(programme: Programme, lang: Language = EN) -> bytes:
    """`to_csv` for a Dutch Excel (`doelenboom.text.CSV_EXCEL`): headers in ``lang``, ``;``,
    money with a decimal comma, UTF-8 with BOM."""
    rows = worded_rows(TABLE_COLUMNS, table_rows(programme), lang)
    return csv_bytes(write_csv(column_words(TABLE_COLUMNS, lang), rows, excel=True), excel=True)


EURO_FORMAT = '"€" #,##0.00'
"""The number format of every money cell of the XLSX export (Excel shows it in its own locale:
``€ 179.025.132,00`` in a Dutch Excel)."""
DATE_FORMAT = "yyyy-mm-dd"
XLSX_SHEETS = {
    "nodes": ("id", "parent", "level", "level_name", "depth", "name", "own_eur", "rolled_up_eur", "declared_eur"),
    "targets": ("id", "node", "name", "kind", "value", "low", "high", "unit", "deadline", "indicator"),
    "overhead": ("id", "name", "own_eur"),
    "totals": ("figure", "rolled_up_eur", "declared_eur", "difference_eur"),
    "funders": ("id", "name", "funder_kind", "scheme"),
    "planned": ("id", "year", "funder", "planned_eur"),
    "indicators": (
        "id",
        "name",
        "unit",
        "direction",
        "aggregation",
        "baseline",
        "baseline_date",
        "frequency",
        "source",
    ),
}
"""The sheets of the XLSX export, each with its columns (headers: `doelenboom.words.column_words`).
``funders`` and ``planned`` are format 1.1's: the declared funders, and each node's and overhead
item's own money per year, per funder and per funder per year (empty for a spec without them);
``indicators`` (format 1.1) the declared indicators, which a target's ``indicator`` names."""
_MONEY_COLUMNS = frozenset(
    {"own_eur", "rolled_up_eur", "declared_eur", "difference_eur", "attributed_eur", "planned_eur"}
    | {"spent_eur", "remaining_eur"}  # the execution sheet (`export --spending`)
)
_MAX_WIDTH = 60
_MONEY_WIDTH = len("€ 999,999,999.00")


def xlsx_rows(programme: Programme, lang: Language = EN) -> dict[str, list[tuple[Cell, ...]]]:
    """The rows of each sheet of `to_xlsx` (keys and columns of `XLSX_SHEETS`): money as exact
    `Decimal`, None where there is none (missing is not zero)."""
    from doelenboom.units import to_base_money

    totals = budget_totals(programme)
    pbudget = programme.budget

    def declared(budget: model.Budget | model.ProgrammeBudget | None, subtotal: bool = False) -> Decimal | None:
        if budget is None:
            return None
        figure = getattr(budget, "declared_subtotal" if subtotal else "declared_total", None)
        return None if figure is None else to_base_money(figure, budget.unit)

    programme_declared = declared(pbudget)
    own_overhead = totals.overhead_or_none
    nodes: list[tuple[Cell, ...]] = [
        (
            programme.id,
            None,
            *root_level(programme),
            0,
            programme.name,
            own_overhead,
            totals.programme_total_or_none,
            programme_declared,
        )
    ]
    targets: list[tuple[Cell, ...]] = []
    for e in _entries(programme):
        ident = e.node.id
        total = totals.rolled_up[ident] if totals.has_money.get(ident) else None
        nodes.append(
            (
                ident,
                e.parent,
                e.level,
                e.level_name,
                e.depth,
                e.node.name,
                totals.own.get(ident),
                total,
                declared(e.node.budget),
            )
        )
        for t in e.node.targets:
            targets.append(
                (
                    t.id,
                    ident,
                    t.name,
                    t.kind,
                    getattr(t, "value", None),
                    getattr(t, "low", None),
                    getattr(t, "high", None),
                    getattr(t, "unit", None),
                    t.deadline,
                    t.indicator,
                )
            )
    overhead: list[tuple[Cell, ...]] = []
    if pbudget is not None:
        overhead = [(item.id, item.name, to_base_money(item.amount, pbudget.unit)) for item in pbudget.overhead]
    figures = (
        ("tree", totals.tree_total_or_none, declared(pbudget, subtotal=True)),
        ("overhead", totals.overhead_or_none, None),
        ("programme", totals.programme_total_or_none, programme_declared),
    )
    sums: list[tuple[Cell, ...]] = [
        (word(f"totals.{key}", lang), amount, stated, None if stated is None or amount is None else stated - amount)
        for key, amount, stated in figures
    ]
    funders: list[tuple[Cell, ...]] = [(f.id, f.name, f.kind, f.scheme) for f in programme.funders]
    money = [(row[1], *row[-3:]) for row in table_rows(programme) if row[0] == "planned"]
    indicators: list[tuple[Cell, ...]] = [
        (
            i.id,
            i.name,
            i.unit,
            i.direction,
            i.aggregation,
            None if i.baseline is None else i.baseline.value,
            None if i.baseline is None else i.baseline.date,
            i.frequency,
            i.source,
        )
        for i in programme.indicators
    ]
    return {
        "nodes": nodes,
        "targets": targets,
        "overhead": overhead,
        "totals": sums,
        "funders": funders,
        "planned": money,
        "indicators": indicators,
    }


def to_xlsx(programme: Programme, lang: Language = EN, execution: ExecutionReport | None = None) -> bytes:
    """An Excel workbook a policy officer can hand on (needs the ``xlsx`` extra: openpyxl): a
    sheet per kind of record (`XLSX_SHEETS`: the programme and its nodes, the targets, the
    overhead, the totals next to the declared figures), headers in ``lang``, bold, with an
    auto-filter and a frozen header row, columns fitted to their content, money as numbers in
    `EURO_FORMAT` and deadlines as dates.

    Text is stored as text, never as a formula: a name beginning with ``=`` keeps its exact
    content and is marked with Excel's quote prefix, so editing the cell does not run it either.

    With ``execution`` (budget execution from a spending file) a further sheet holds its rows
    (`EXECUTION_CSV_COLUMNS`)."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
    except ImportError as exc:
        raise MissingExtraError(
            "the xlsx export needs openpyxl; install it with: pip install openpyxl (the 'xlsx' extra of doelenboom)"
        ) from exc
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    bold = Font(bold=True)
    sheets, layout = xlsx_rows(programme, lang), dict(XLSX_SHEETS)
    if execution is not None:
        sheets["execution"], layout["execution"] = execution.table_rows(), EXECUTION_CSV_COLUMNS
    for key, rows in sheets.items():
        columns = layout[key]
        sheet = workbook.create_sheet(word(f"sheet.{key}", lang))
        header = column_words(columns, lang)
        # a money column is wide enough for nine-digit euros even when the sheet is empty
        widths = [
            max(len(text), _MONEY_WIDTH if column in _MONEY_COLUMNS else 0)
            for text, column in zip(header, columns, strict=True)
        ]
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = bold
        for r, row in enumerate(worded_rows(columns, rows, lang), start=2):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c)
                cell.value = xml_text(value) if isinstance(value, str) else value
                shown = str(value)
                if isinstance(value, str):
                    cell.data_type = "s"
                    if is_formula_like(value):
                        cell.quotePrefix = True
                    shown = max(value.splitlines() or [""], key=len)
                elif columns[c - 1] in _MONEY_COLUMNS:
                    cell.number_format = EURO_FORMAT
                    shown = f"€ {Decimal(str(value)):,.2f}"  # as EURO_FORMAT shows it
                elif isinstance(value, date):
                    cell.number_format = DATE_FORMAT
                widths[c - 1] = max(widths[c - 1], len(shown))
        for c, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(c)].width = min(width + 2, _MAX_WIDTH)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- a document ---------------------------------------------------------------------------------


def _budget_rows(programme: Programme, totals: BudgetTotals, lang: Language) -> list[str]:
    w = words(lang, "markdown")
    head = (w["level"], w["own_eur"], w["total_eur"], w["declared_total_eur"])
    rows = ["| | " + " | ".join(head) + " |", "|---|---|--:|--:|--:|"]
    from doelenboom.units import to_base_money

    for e in _entries(programme):
        ident = e.node.id
        if not totals.has_money.get(ident):
            continue
        own = totals.own.get(ident)
        budget = e.node.budget
        declared = ""
        if budget is not None and budget.declared_total is not None:
            declared = format_eur(to_base_money(budget.declared_total, budget.unit), lang)
        indent = "&emsp;" * (e.depth - 1)
        own_text = format_eur(own, lang) if own is not None else ""
        rows.append(
            f"| {indent}{markdown_text(e.node.name)} | {markdown_text(e.level_name)} | "
            f"{own_text} | {format_eur(totals.rolled_up[ident], lang)} | {declared} |"
        )
    pbudget = programme.budget
    declared_sub = declared_total = ""
    if pbudget is not None:
        if pbudget.declared_subtotal is not None:
            declared_sub = format_eur(to_base_money(pbudget.declared_subtotal, pbudget.unit), lang)
        if pbudget.declared_total is not None:
            declared_total = format_eur(to_base_money(pbudget.declared_total, pbudget.unit), lang)
    rows.append(f"| **{w['subtotal']}** | | | **{format_eur(totals.tree_total_or_none, lang)}** | {declared_sub} |")
    if pbudget is not None:
        for item in pbudget.overhead:
            amount = format_eur(to_base_money(item.amount, pbudget.unit), lang)
            rows.append(f"| {markdown_text(item.name)} | {w['overhead']} | {amount} | {amount} | |")
    rows.append(f"| **{w['total']}** | | | **{format_eur(totals.programme_total_or_none, lang)}** | {declared_total} |")
    return rows


def _planned_table(programme: Programme, lang: Language) -> list[str]:
    """Format 1.1: each node's money (own plus contained) per year, then per funder, one column
    each; an empty cell where the split is not known (some money below has none), never 0.
    Nothing for a spec without money by year or funder."""
    money = planned(programme)
    funder_names = {f.id: f.name for f in programme.funders}
    funders = [f for f in money.funders if money.total.by_funder is None or f in money.total.by_funder]
    if not money.years and not funders:
        return []
    w = words(lang, "markdown")
    head = [*(str(year) for year in money.years), *(markdown_text(funder_names[f]) for f in funders)]
    rows = ["| | " + " | ".join([w["total_eur"], *head]) + " |", "|---|" + "--:|" * (len(head) + 1)]

    def cells(split: Split) -> str:
        figures: list[Decimal | None] = [split.amount]
        figures += [None if split.by_year is None else split.by_year.get(y, Decimal(0)) for y in money.years]
        figures += [None if split.by_funder is None else split.by_funder.get(f, Decimal(0)) for f in funders]
        return " | ".join("" if value is None else format_eur(value, lang) for value in figures)

    for e in _entries(programme):
        split = money.rolled[e.node.id]
        if split.amount is not None:
            indent = "&emsp;" * (e.depth - 1)
            rows.append(f"| {indent}{markdown_text(e.node.name)} | {cells(split)} |")
    for ident, split in money.overhead_items.items():
        rows.append(f"| {markdown_text(ident)} ({w['overhead']}) | {cells(split)} |")
    rows.append(f"| **{w['total']}** | {cells(money.total)} |")
    return rows


def target_groups(programme: Programme) -> list[tuple[Entry, list[tuple[Entry, Target | None]]]]:
    """Targets grouped by the node above the one that holds them (for Heerlen-Noord: per theme).
    Leaf-level nodes without a target appear with ``None`` so that their reason can be shown."""
    tree = _entries(programme)
    by_id = {e.node.id: e for e in tree}
    leaf_depth = index(programme).leaf_depth
    groups: dict[str, list[tuple[Entry, Target | None]]] = {}
    for e in tree:
        if not e.node.targets and e.depth != leaf_depth:
            continue
        group = by_id.get(e.parent, e)
        bucket = groups.setdefault(group.node.id, [])
        if e.node.targets:
            bucket.extend((e, t) for t in e.node.targets)
        else:
            bucket.append((e, None))
    return [(by_id[ident], items) for ident, items in groups.items()]


def markdown_body(programme: Programme, heading: str = "##", lang: Language = EN) -> str:
    """The budget table with rollups and the targets per group, as Markdown sections in ``lang``."""
    totals = budget_totals(programme)
    w = words(lang, "markdown")
    lines = [f"{heading} {w['budget']}", "", *_budget_rows(programme, totals, lang), ""]
    by_year_and_funder = _planned_table(programme, lang)
    if by_year_and_funder:
        lines += [f"{heading} {w['by_year_and_funder']}", "", *by_year_and_funder, ""]
    if programme.indicators:
        lines += [f"{heading} {w['indicators']}", "", *_indicator_rows(programme, lang), ""]
    lines += [f"{heading} {w['targets']}", ""]
    # The indicator column only where a target names one (format 1.1), so older specs keep their table.
    names = {i.id: i.name for i in programme.indicators}
    with_indicator = any(t.indicator for e in _entries(programme) for t in e.node.targets)
    head = (w["node"], w["target"], w["kind"], w["aim"], w["deadline"], *((w["indicator"],) if with_indicator else ()))
    for group, items in target_groups(programme):
        lines += [f"{heading}# {markdown_text(group.node.name)}", ""]
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for e, target in items:
            if target is None:
                reason = e.node.no_target_reason or w["no_target"]
                lines.append(f"| {markdown_text(e.node.name)} | *{markdown_text(reason)}* |" + " |" * (len(head) - 2))
                continue
            indicator = ""
            if target.indicator is not None:  # its name; the id where the spec declares no such indicator
                indicator = f" {markdown_text(names.get(target.indicator, target.indicator))} |"
            lines.append(
                f"| {markdown_text(e.node.name)} | {markdown_text(target.name)} | {kind_word(target.kind, lang)} | "
                f"{markdown_text(describe_target(target, lang))} | {_deadline(target)} |"
                + (indicator or (" |" if with_indicator else ""))
            )
        lines.append("")
    return "\n".join(lines)


def _indicator_rows(programme: Programme, lang: Language) -> list[str]:
    """Format 1.1: the declared indicators, one row each: name, unit, direction, how sub-areas add
    up and the baseline (empty where the spec gives none)."""
    w = words(lang, "markdown")
    head = (w["indicator"], w["unit"], w["direction"], w["aggregation"], w["baseline"])
    rows = ["| " + " | ".join(head) + " |", "|---|---|---|---|--:|"]
    for i in programme.indicators:
        direction = "" if i.direction is None else word(f"direction.{i.direction}", lang)
        baseline = "" if i.baseline is None else f"{_figure(i.baseline.value, lang)} ({i.baseline.date})"
        rows.append(
            f"| {markdown_text(i.name)} | {markdown_text(unit_word(i.unit, lang, Decimal(2)))} | {direction} | "
            f"{word(f'aggregation.{i.aggregation}', lang)} | {baseline} |"
        )
    return rows


def to_markdown(programme: Programme, lang: Language = EN) -> str:
    """A Markdown document: the programme, a Mermaid diagram, the budget table and the targets,
    worded in ``lang``."""
    lines = [f"# {markdown_text(programme.name)}", ""]
    if programme.ambition:
        lines += [markdown_text(programme.ambition), ""]
    lines += ["```mermaid", to_mermaid(programme).rstrip("\n"), "```", ""]
    return "\n".join(lines) + markdown_body(programme, lang=lang)


# --- entry points -------------------------------------------------------------------------------

_TEXT_EXPORTERS: dict[str, Callable[[Programme], str]] = {
    "mermaid": to_mermaid,
    "dot": to_dot,
    "graphml": to_graphml,
    "json": to_json,
    "csv": to_csv,
    "markdown": to_markdown,
}


EXECUTION_FORMATS = ("json", "xlsx")
"""The formats that can carry budget execution (`export(..., execution=...)`)."""


def export(programme: Programme, fmt: str, lang: Language = EN, execution: ExecutionReport | None = None) -> bytes:
    """The programme in format ``fmt`` (one of `FORMATS`) as bytes; text formats are UTF-8.
    ``lang`` words what people read: the Markdown document and the office formats (``csv-excel``,
    ``xlsx``: headers, kinds of row and of target, units); the machine formats keep their ids.
    ``execution`` (from `doelenboom.monitor.spending.budget_execution`) adds the budget execution:
    under ``execution`` in JSON, on a sheet of its own in XLSX; other formats raise `ValueError`."""
    if execution is not None and fmt not in EXECUTION_FORMATS:
        raise ValueError(f"budget execution is exported as {' or '.join(EXECUTION_FORMATS)}, not {fmt!r}")
    if fmt == "xlsx":
        return to_xlsx(programme, lang, execution)
    if fmt == "json" and execution is not None:
        payload = {**json.loads(to_json(programme)), "execution": execution.to_dict()}
        return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == CSV_EXCEL:
        return to_excel_csv(programme, lang)
    if fmt == "markdown":
        return to_markdown(programme, lang).encode("utf-8")
    if fmt not in _TEXT_EXPORTERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return _TEXT_EXPORTERS[fmt](programme).encode("utf-8")
