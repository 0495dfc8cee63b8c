"""`doelenboom budget`'s outputs: own, rolled-up and attributed money per node as text, JSON or CSV."""

from __future__ import annotations

from decimal import Decimal

from doelenboom.language import EN, Language
from doelenboom.model import Programme
from doelenboom.monitor.spending import EXECUTION_CSV_COLUMNS, Execution, ExecutionReport
from doelenboom.render import dump_json
from doelenboom.render.diagnostics import diagnostic_json
from doelenboom.rollup import BUDGET_CSV_COLUMNS, BudgetReport
from doelenboom.text import csv_bytes, format_eur, one_line, write_csv
from doelenboom.words import column_words, word


def render_json(report: BudgetReport) -> str:
    """Every node keyed by its id; money as exact decimal strings (see `BudgetReport.to_dict`)."""
    return dump_json(report.to_dict())


def render_csv(report: BudgetReport) -> str:
    """One row per node under `rollup.BUDGET_CSV_COLUMNS`."""
    return write_csv(BUDGET_CSV_COLUMNS, report.csv_rows())


def render_excel_csv(report: BudgetReport, lang: Language = EN) -> bytes:
    """`render_csv` for a Dutch Excel (`doelenboom.text.CSV_EXCEL`): headers in ``lang``, ``;``,
    decimal comma, UTF-8 with BOM."""
    document = write_csv(column_words(BUDGET_CSV_COLUMNS, lang), report.table_rows(), excel=True)
    return csv_bytes(document, excel=True)


def render_text(programme: Programme, report: BudgetReport, lang: Language = EN) -> str:
    """The tree indented, each node with its own / rolled-up / attributed amount, then the totals."""
    head = [word(f"budget.{key}", lang) for key in ("own", "rolled_up", "attributed")]
    lines = [f"{one_line(programme.name)} ({programme.id})  EUR  [{' / '.join(head)}]"]
    for r in report.rows:
        figures = " / ".join(format_eur(amount, lang) for amount in (r.own, r.rolled_up, r.attributed))
        lines.append(f"{'  ' * r.depth}{one_line(r.name)} ({r.id}): {figures}")
    totals = report.totals
    label = [word(f"budget.{key}", lang) for key in ("tree", "overhead", "total")]
    lines.append(
        f"{label[0]} {format_eur(totals.tree_total_or_none, lang)}; "
        f"{label[1]} {format_eur(totals.overhead_or_none, lang)}; "
        f"{label[2]} {format_eur(totals.programme_total_or_none, lang)}"
    )
    return "\n".join(lines) + "\n"


# --- `budget --spending`: budget execution ---------------------------------------------------------


def render_execution_json(report: ExecutionReport, lang: Language = EN) -> str:
    """The execution report (`ExecutionReport.to_dict`) with the spending file's diagnostics under
    ``diagnostics``."""
    payload = {**report.to_dict(), "diagnostics": [diagnostic_json(d, lang) for d in report.diagnostics]}
    return dump_json(payload)


def render_execution_csv(report: ExecutionReport) -> str:
    """One row per node × scope under `EXECUTION_CSV_COLUMNS`."""
    return write_csv(EXECUTION_CSV_COLUMNS, report.csv_rows())


def render_execution_excel_csv(report: ExecutionReport, lang: Language = EN) -> bytes:
    """`render_execution_csv` for a Dutch Excel: headers in ``lang``, ``;``, decimal comma, BOM."""
    document = write_csv(column_words(EXECUTION_CSV_COLUMNS, lang), report.table_rows(), excel=True)
    return csv_bytes(document, excel=True)


def _share(value: Decimal | None) -> str:
    return "-" if value is None else f"{value * 100:.0f} %"


def _figures(e: Execution, lang: Language) -> str:
    money = " / ".join(format_eur(x, lang) for x in (e.planned, e.spent, e.remaining))
    return f"{money} / {_share(e.share_spent)}"


def render_execution_text(programme: Programme, report: ExecutionReport, lang: Language = EN) -> str:
    """Per node: planned / spent / remaining / share spent (and progress), in all, then per year,
    per funder and per funder per year, indented under the node. A scope whose figures are not
    known is shown as '-', never left out: the years and funders shown are all there are, so a
    reader adding them up sees what is missing rather than a smaller sum."""
    keys = ("planned", "spent", "remaining", "share_spent")
    head = " / ".join(word(f"execution.{key}", lang) for key in keys)
    lines = [f"{one_line(programme.name)} ({programme.id})  EUR  [{head}]"]
    for node in (report.programme, *report.nodes):
        indent = "  " * node.depth
        progress = ""
        if node.progress is not None:
            progress = f"; {word('execution.progress', lang)} {_share(node.progress)}"
        name = word("budget.total", lang) if node is report.programme else f"{one_line(node.name)} ({node.id})"
        lines.append(f"{indent}{name}: {_figures(node.total, lang)}{progress}")
        scopes = [
            *((str(year), e) for year, e in node.by_year.items()),
            *((funder, e) for funder, e in node.by_funder.items()),
            *((f"{funder} {year}", e) for (funder, year), e in node.by_funder_year.items()),
        ]
        for label, e in scopes:
            lines.append(f"{indent}    {label}: {_figures(e, lang)}")
    lines.append(word("execution.no_data", lang))
    return "\n".join(lines) + "\n"
