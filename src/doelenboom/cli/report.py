"""`doelenboom report SPEC --measurements FILE -o report.html`: the progress report as one
self-contained HTML file (`doelenboom.render.report`).

Exit 1 with nothing written when the spec has errors or the measurements file cannot be read;
exit 1 with the report written when rows were refused (they are listed in its data-quality
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
@click.option("--as-of", callback=_day)
@click.option("-o", "--output", required=True)
@click.option("--lang", type=LANGUAGE)
def report(spec: str, measurements: str, as_of: date | None, output: str, lang: Language | None) -> None:
    """Write a progress report as one self-contained HTML file that opens offline."""
    from doelenboom.cli._common import check_output, load_or_exit, write_output
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
    if any(d.code in NOT_READ for d in found.diagnostics):
        click.echo(render_text([Validation(found.file, None, found.diagnostics)], lang), err=True, nl=False)
        raise SystemExit(1)
    when = as_of or datetime.now().date()
    data = build_report(programme, found, when)
    try:
        html = render_html(data, lang)
    except MissingChartsError as exc:
        raise click.ClickException(word("report.needs_extra", lang)) from exc
    write_output(output, html, lang)
    if found.diagnostics:
        click.echo(render_text([Validation(found.file, None, found.diagnostics)], lang), err=True, nl=False)
    raise SystemExit(1 if found.failed() else 0)
