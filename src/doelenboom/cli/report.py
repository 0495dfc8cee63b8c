"""`doelenboom report SPEC --measurements FILE -o report.html`: the progress report as one
self-contained HTML file (`doelenboom.render.report`).

Exit 1 with nothing written when the spec has errors or the measurements (or ``--spending``)
file cannot be read; exit 1 with the report written when rows were refused (they are listed in its data-quality
section and on stderr, as `progress` does); exit 2 when -o names no regular file.
"""

from __future__ import annotations

from datetime import date, datetime

import click

from doelenboom.cli._common import LANGUAGE
from doelenboom.cli._worded import WordedCommand
from doelenboom.cli.progress import _day
from doelenboom.language import Language


@click.command(cls=WordedCommand)
@click.argument("spec", type=click.Path())
@click.option("--measurements", "-m", required=True, type=click.Path())
@click.option("--spending", type=click.Path())
@click.option("--as-of", callback=_day)
@click.option("-o", "--output", required=True)
@click.option("--lang", type=LANGUAGE)
def report(
    spec: str, measurements: str, spending: str | None, as_of: date | None, output: str, lang: Language | None
) -> None:
    """Write a progress report as one self-contained HTML file that opens offline."""
    from doelenboom.cli._common import check_output, load_or_exit, write_output
    from doelenboom.diagnostics import has_errors
    from doelenboom.inputs import NOT_READ
    from doelenboom.monitor import read_measurements
    from doelenboom.render.diagnostics import default_language, render_text
    from doelenboom.render.report import build_report, render_html
    from doelenboom.render.report_charts import MissingChartsError, warm_up
    from doelenboom.validation import Validation
    from doelenboom.words import word

    lang = lang or default_language()
    check_output(output, lang)
    warm_up()
    programme = load_or_exit(spec, lang)
    found = read_measurements(measurements, programme)
    results = [Validation(found.file, None, found.diagnostics)]
    spent = None
    if spending is not None:
        from doelenboom.monitor.spending import read_spending

        spent = read_spending(spending, programme)
        results.append(Validation(spent.file, None, spent.diagnostics))
    if any(d.code in NOT_READ for r in results for d in r.diagnostics):
        # no report from a file that was not read: every figure would be missing for no reason
        click.echo(render_text([r for r in results if r.diagnostics], lang), err=True, nl=False)
        raise SystemExit(1)
    when = as_of or datetime.now().date()
    data = build_report(programme, found, when, spending=spent)
    try:
        html = render_html(data, lang)
    except MissingChartsError as exc:
        raise click.ClickException(word("report.needs_extra", lang)) from exc
    write_output(output, html, lang)
    shown = [r for r in results if r.diagnostics]
    if shown:
        click.echo(render_text(shown, lang), err=True, nl=False)
    raise SystemExit(1 if any(has_errors(r.diagnostics) for r in results) else 0)
