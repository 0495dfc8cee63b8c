"""`doelenboom budget SPEC`: own, rolled-up and attributed budget of every node."""

from __future__ import annotations

import click

from doelenboom.cli._common import FORMATS, LANGUAGE, load_or_exit, write_stdout
from doelenboom.cli._worded import Choice, WordedCommand
from doelenboom.language import Language


@click.command(cls=WordedCommand)
@click.argument("spec", type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=Choice(FORMATS),
    default="text",
    show_default=True,
)
@click.option("--lang", type=LANGUAGE)
def budget(spec: str, fmt: str, lang: Language | None) -> None:
    """Show the budget per node: own money, rolled up along containment, and attributed
    (including what nodes pass on through 'serves' with their allocation). Amounts in EUR."""
    from doelenboom.render import budget as render
    from doelenboom.render.diagnostics import default_language
    from doelenboom.rollup import budget_report

    lang = lang or default_language()
    programme = load_or_exit(spec, lang)
    report = budget_report(programme)
    if fmt == "json":
        click.echo(render.render_json(report), nl=False)
    elif fmt == "csv":
        click.echo(render.render_csv(report), nl=False)
    elif fmt == "csv-excel":
        write_stdout(render.render_excel_csv(report, lang))
    else:
        click.echo(render.render_text(programme, report, lang), nl=False)
