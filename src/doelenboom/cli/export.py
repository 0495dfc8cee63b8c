"""`doelenboom export SPEC --format FORMAT [-o FILE]`: the goal tree as a diagram, graph, table or document."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from doelenboom.cli._common import LANGUAGE
from doelenboom.cli._worded import Choice, WordedCommand
from doelenboom.language import Language

if TYPE_CHECKING:
    from doelenboom.model import Programme
    from doelenboom.monitor.spending import ExecutionReport

# Kept here (not imported from doelenboom.render.export) so that `--help` does not load the models.
FORMATS = ("mermaid", "dot", "graphml", "json", "csv", "csv-excel", "xlsx", "markdown")


@click.command(cls=WordedCommand)
@click.argument("spec", type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=Choice(FORMATS),
    required=True,
)
@click.option(
    "-o",
    "--output",
)
@click.option(
    "--spending",
    "-s",
    type=click.Path(),
)
@click.option(
    "--lang",
    type=LANGUAGE,
)
def export(spec: str, fmt: str, output: str | None, spending: str | None, lang: Language | None) -> None:
    """Export a valid spec; exit 1 (with its errors on stderr) when the spec has errors, the
    spending file has refused rows (the good rows are exported) or the output file cannot be
    written, 2 when -o names no regular file (a folder, a FIFO, a device, a symlink). Missing
    folders of the output file are made, as `schema -o` does."""
    from doelenboom.cli._common import check_output, load_or_exit, write_output
    from doelenboom.render.diagnostics import default_language
    from doelenboom.render.export import BINARY_FORMATS, EXECUTION_FORMATS, MissingExtraError
    from doelenboom.render.export import export as export_programme
    from doelenboom.words import word

    language = lang or default_language()
    if spending is not None and fmt not in EXECUTION_FORMATS:
        raise click.UsageError(word("export.spending_formats", language, format=fmt))
    check_output(output, language)
    programme = load_or_exit(spec, language)
    execution, refused = _execution(programme, spending, language)
    try:
        data = export_programme(programme, fmt, language, execution)
    except MissingExtraError as exc:
        raise click.ClickException(word("export.needs_openpyxl", language)) from exc
    if output is None or output == "-":
        if fmt in BINARY_FORMATS and sys.stdout.isatty():
            raise click.UsageError(word("export.binary", language, format=fmt))
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_output(output, data, language)
    if refused:
        raise SystemExit(1)


def _execution(programme: Programme, spending: str | None, lang: Language) -> tuple[ExecutionReport | None, bool]:
    """Budget execution from the spending file (None without one), and whether rows were refused;
    its diagnostics go to stderr. A file that cannot be read at all stops the export (exit 1)."""
    if spending is None:
        return None, False
    from doelenboom.inputs import NOT_READ
    from doelenboom.monitor.spending import budget_execution, read_spending
    from doelenboom.render.diagnostics import render_text
    from doelenboom.validation import Validation

    found = read_spending(spending, programme)
    if found.diagnostics:
        click.echo(render_text([Validation(found.file, None, found.diagnostics)], lang), err=True, nl=False)
    if any(d.code in NOT_READ for d in found.diagnostics):
        raise SystemExit(1)
    return budget_execution(programme, found), found.failed()
