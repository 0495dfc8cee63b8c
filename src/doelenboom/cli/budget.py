"""`doelenboom budget SPEC`: own, rolled-up and attributed budget of every node; with
``--spending FILE``, budget execution: planned, spent, remaining and share spent per node, year and
funder (and, with ``--measurements``, the progress made next to it).

With ``--spending``, exit 0 when the spending file is clean and 1 when rows were refused (they
are reported with file, line and column on stderr, or under "diagnostics" in JSON; the good rows
still count).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

import click

from doelenboom.cli._common import FORMATS, LANGUAGE, load_or_exit, write_stdout
from doelenboom.cli._worded import Choice, WordedCommand
from doelenboom.cli.progress import _day
from doelenboom.language import Language

if TYPE_CHECKING:
    from doelenboom.model import Programme


@click.command(cls=WordedCommand)
@click.argument("spec", type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=Choice(FORMATS),
    default="text",
    show_default=True,
)
@click.option("--spending", "-s", type=click.Path())
@click.option("--measurements", "-m", type=click.Path())
@click.option("--as-of", callback=_day)
@click.option("--lang", type=LANGUAGE)
def budget(
    spec: str, fmt: str, spending: str | None, measurements: str | None, as_of: date | None, lang: Language | None
) -> None:
    """Show the budget per node: own money, rolled up along containment, and attributed
    (including what nodes pass on through 'serves' with their allocation). Amounts in EUR.
    With --spending: planned, spent, remaining and share spent per node, year and funder."""
    from doelenboom.render import budget as render
    from doelenboom.render.diagnostics import default_language
    from doelenboom.rollup import budget_report

    lang = lang or default_language()
    if spending is None and (measurements is not None or as_of is not None):
        from doelenboom.words import word

        raise click.UsageError(word("execution.needs_spending", lang))
    programme = load_or_exit(spec, lang)
    if spending is not None:
        _execution(programme, spending, measurements, as_of, fmt, lang)
        return
    report = budget_report(programme)
    if fmt == "json":
        click.echo(render.render_json(report), nl=False)
    elif fmt == "csv":
        click.echo(render.render_csv(report), nl=False)
    elif fmt == "csv-excel":
        write_stdout(render.render_excel_csv(report, lang))
    else:
        click.echo(render.render_text(programme, report, lang), nl=False)


def _execution(
    programme: Programme, spending: str, measurements: str | None, as_of: date | None, fmt: str, lang: Language
) -> None:
    from doelenboom.diagnostics import has_errors
    from doelenboom.inputs import NOT_READ
    from doelenboom.monitor import progress_report, read_measurements
    from doelenboom.monitor.spending import budget_execution, read_spending
    from doelenboom.render import budget as render
    from doelenboom.render.diagnostics import render_text
    from doelenboom.validation import Validation

    found = read_spending(spending, programme)
    results = [Validation(found.file, None, found.diagnostics)]
    report_progress = None
    if measurements is not None:
        measured = read_measurements(measurements, programme)
        results.append(Validation(measured.file, None, measured.diagnostics))
        when = as_of or datetime.now().date()
        report_progress = progress_report(programme, measured, when)
    if any(d.code in NOT_READ for r in results for d in r.diagnostics):
        # No report from a file that was not read: every figure would be 'no data' for no reason.
        click.echo(render_text([r for r in results if r.diagnostics], lang), err=True, nl=False)
        raise SystemExit(1)
    report = budget_execution(programme, found, report_progress)
    if fmt == "json":
        click.echo(render.render_execution_json(report, lang), nl=False)
    elif fmt == "csv":
        click.echo(render.render_execution_csv(report), nl=False)
    elif fmt == "csv-excel":
        write_stdout(render.render_execution_excel_csv(report, lang))
    else:
        click.echo(render.render_execution_text(programme, report, lang), nl=False)
    shown = [r for r in results if r.diagnostics and (fmt != "json" or r.file != found.file)]
    if shown:  # JSON carries the spending file's diagnostics in its payload
        click.echo(render_text(shown, lang), err=True, nl=False)
    raise SystemExit(1 if any(has_errors(r.diagnostics) for r in results) else 0)
