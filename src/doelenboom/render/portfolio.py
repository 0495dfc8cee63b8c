"""`doelenboom portfolio report`'s outputs: money per programme × theme × year × funder and the
core indicators per programme next to the reference, as text, JSON or CSV."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from doelenboom.language import EN, Language
from doelenboom.monitor.aggregate import fraction
from doelenboom.portfolio.model import Portfolio
from doelenboom.portfolio.report import CoreComparison, PortfolioMoney
from doelenboom.render import dump_json
from doelenboom.text import csv_bytes, format_eur, format_number, one_line, plain_decimal, write_csv
from doelenboom.words import column_words, unit_word, word

MONEY_COLUMNS = ("programme", "theme", "year", "funder", "amount_eur")
CORE_COLUMNS = (
    "indicator",
    "programme",
    "area",
    "target",
    "value",
    "measured_on",
    "trend",
    "missing",
    "reference",
    "reference_value",
)

Row = list[str | int | Decimal | None]


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else plain_decimal(value)


def to_dict(portfolio: Portfolio, money: PortfolioMoney, core: CoreComparison) -> dict[str, Any]:
    """JSON-ready: money rows (exact decimal strings), the total, what was left out, and each core
    indicator per programme with the reference and coverage; missing values are null with a reason."""
    return {
        "portfolio": portfolio.id,
        "as_of": core.as_of.isoformat(),
        "left_out": list(money.left_out),
        "money_total_eur": plain_decimal(money.total),
        "money": [
            {
                "programme": r.programme,
                "theme": r.theme,
                "year": r.year,
                "funder": r.funder,
                "amount_eur": plain_decimal(r.amount),
            }
            for r in money.rows
        ],
        "core": [
            {
                "indicator": ind.id,
                "unit": ind.unit,
                "reference": ind.reference,
                "reference_value": _dec(ind.reference_value),
                "reference_date": None if ind.reference_date is None else ind.reference_date.isoformat(),
                "coverage": {"with_value": ind.coverage[0], "programmes": ind.coverage[1]},
                "coverage_share": fraction(Decimal(ind.coverage[0]) / ind.coverage[1]) if ind.coverage[1] else None,
                "programmes": [
                    {
                        "programme": v.programme,
                        "target": v.target,
                        "value": _dec(v.value),
                        "measured_on": None if v.measured_on is None else v.measured_on.isoformat(),
                        "trend": v.trend,
                        "missing": v.missing,
                        "areas": [
                            {
                                "area": a.area,
                                "value": _dec(a.value),
                                "measured_on": None if a.measured_on is None else a.measured_on.isoformat(),
                            }
                            for a in v.areas
                        ],
                    }
                    for v in ind.values
                ],
            }
            for ind in core.indicators
        ],
    }


def render_json(portfolio: Portfolio, money: PortfolioMoney, core: CoreComparison) -> str:
    return dump_json(to_dict(portfolio, money, core))


def money_rows(money: PortfolioMoney) -> list[Row]:
    return [[r.programme, r.theme, r.year, r.funder, r.amount] for r in money.rows]


def core_rows(core: CoreComparison) -> list[Row]:
    """One row per core indicator and programme (``area`` empty), then one per sub-area it
    measures (the programme's trend and reason are its own, not the area's)."""
    rows: list[Row] = []
    for ind in core.indicators:
        for v in ind.values:
            measured = None if v.measured_on is None else v.measured_on.isoformat()
            row: Row = [ind.id, v.programme, None, v.target, v.value, measured, v.trend, v.missing]
            rows.append([*row, ind.reference, ind.reference_value])
            for a in v.areas:
                on = None if a.measured_on is None else a.measured_on.isoformat()
                rows.append(
                    [ind.id, v.programme, a.area, v.target, a.value, on, None, None, ind.reference, ind.reference_value]
                )
    return rows


def render_csv(money: PortfolioMoney, core: CoreComparison, table: str) -> str:
    """One table: the money rows or the core indicator rows; ids and exact decimals."""
    if table == "core":
        return write_csv(CORE_COLUMNS, core_rows(core))
    return write_csv(MONEY_COLUMNS, money_rows(money))


def render_excel_csv(money: PortfolioMoney, core: CoreComparison, table: str, lang: Language = EN) -> bytes:
    """`render_csv` for a Dutch Excel: headers in ``lang``, ``;``, decimal comma, BOM."""
    if table == "core":
        document = write_csv(column_words(CORE_COLUMNS, lang), core_rows(core), excel=True)
    else:
        document = write_csv(column_words(MONEY_COLUMNS, lang), money_rows(money), excel=True)
    return csv_bytes(document, excel=True)


def render_text(portfolio: Portfolio, money: PortfolioMoney, core: CoreComparison, lang: Language = EN) -> str:
    """The money per programme, theme, year and funder; then each core indicator per programme
    next to the reference, with coverage; missing values with their reason."""
    unsplit = word("portfolio.unsplit", lang)
    lines = [word("portfolio.heading", lang, name=one_line(portfolio.name), id=portfolio.id), ""]
    lines.append(word("portfolio.money", lang))
    if money.rows:  # the header names the columns of the rows below it, in their layout
        *keys, amount = column_words(MONEY_COLUMNS, lang)
        lines.append(f"  {' · '.join(keys)}: {amount}")
    for r in money.rows:
        theme = r.theme if r.theme is not None else word("portfolio.overhead", lang)
        year = str(r.year) if r.year is not None else unsplit
        funder = r.funder if r.funder is not None else unsplit
        lines.append(f"  {r.programme} · {theme} · {year} · {funder}: {format_eur(r.amount, lang)}")
    lines.append(word("portfolio.money_total", lang, amount=format_eur(money.total, lang)))
    if money.left_out:
        lines.append(word("portfolio.left_out", lang, paths=", ".join(money.left_out)))
    lines += ["", word("portfolio.core", lang, date=core.as_of.isoformat())]
    for ind in core.indicators:
        if ind.reference_value is not None and ind.reference_date is not None:
            ref = word(
                "portfolio.reference",
                lang,
                name=ind.reference or "",
                value=format_number(ind.reference_value, lang),
                date=ind.reference_date.isoformat(),
            )
        else:
            ref = word("portfolio.no_reference", lang)
        count, total = ind.coverage
        cover = word("portfolio.coverage", lang, count=count, total=total)
        lines.append(f"  {one_line(ind.name)} ({ind.id}, {unit_word(ind.unit, lang)}) — {ref}; {cover}")
        for v in ind.values:
            if v.value is not None and v.measured_on is not None:
                shown = word(
                    "portfolio.value", lang, value=format_number(v.value, lang), date=v.measured_on.isoformat()
                )
                if v.trend is not None:
                    shown += f"; {word(f'trend.{v.trend}', lang)}"
            else:
                shown = word("portfolio.missing", lang, reason=word(f"missing.{v.missing or 'no_data'}", lang))
            lines.append(f"    {v.programme}: {shown}")
            for a in v.areas:
                if a.value is not None and a.measured_on is not None:
                    at = word(
                        "portfolio.value", lang, value=format_number(a.value, lang), date=a.measured_on.isoformat()
                    )
                    lines.append(f"      {one_line(a.name)}: {at}")
    return "\n".join(lines) + "\n"
