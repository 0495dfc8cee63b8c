"""`doelenboom budget SPEC`: own, rolled-up and attributed budget of every node."""

from __future__ import annotations

import csv
import io

import click

from doelenboom.cli._common import FORMATS, dump_json, load_or_exit
from doelenboom.text import format_eur, one_line


@click.command()
@click.argument("spec", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["en", "nl"]), help="Language (default: from the locale).")
def budget(spec: str, fmt: str, lang: str | None) -> None:
    """Show the budget per node: own money, rolled up along containment, and attributed
    (including what nodes pass on through 'serves' with their allocation). Amounts in EUR."""
    from doelenboom.render import default_language
    from doelenboom.rollup import BUDGET_CSV_COLUMNS, budget_report
    from doelenboom.words import word

    lang = lang or default_language()
    programme = load_or_exit(spec, lang)
    report = budget_report(programme)
    if fmt == "json":
        click.echo(dump_json(report.to_dict()), nl=False)
        return
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(BUDGET_CSV_COLUMNS)
        writer.writerows(report.csv_rows())
        click.echo(out.getvalue(), nl=False)
        return
    head = [word(f"budget.{key}", lang) for key in ("own", "rolled_up", "attributed")]
    click.echo(f"{one_line(programme.name)} ({programme.id})  EUR  [{' / '.join(head)}]")
    for r in report.rows:
        figures = " / ".join(format_eur(amount, lang) for amount in (r.own, r.rolled_up, r.attributed))
        click.echo(f"{'  ' * r.depth}{one_line(r.name)} ({r.id}): {figures}")
    totals = report.totals
    label = [word(f"budget.{key}", lang) for key in ("tree", "overhead", "total")]
    click.echo(
        f"{label[0]} {format_eur(totals.tree_total, lang)}; {label[1]} {format_eur(totals.overhead_total, lang)}; "
        f"{label[2]} {format_eur(totals.programme_total, lang)}"
    )
