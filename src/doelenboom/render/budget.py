"""`doelenboom budget`'s outputs: own, rolled-up and attributed money per node as text, JSON or CSV."""

from __future__ import annotations

from doelenboom.language import EN, Language
from doelenboom.model import Programme
from doelenboom.render import dump_json
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
