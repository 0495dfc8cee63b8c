"""`doelenboom export SPEC --format FORMAT [-o FILE]`: the goal tree as a diagram, graph, table or document."""

from __future__ import annotations

import sys

import click

from doelenboom.cli._common import LANGUAGE
from doelenboom.cli._worded import Choice, WordedCommand
from doelenboom.language import Language

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
    "--lang",
    type=LANGUAGE,
)
def export(spec: str, fmt: str, output: str | None, lang: Language | None) -> None:
    """Export a valid spec; exit 1 (with its errors on stderr) when the spec has errors or the
    output file cannot be written, 2 when -o names no regular file (a folder, a FIFO, a device, a
    symlink). Missing folders of the output file are made, as `schema -o` does."""
    from doelenboom.cli._common import check_output, load_or_exit, write_output
    from doelenboom.render.diagnostics import default_language
    from doelenboom.render.export import BINARY_FORMATS, MissingExtraError
    from doelenboom.render.export import export as export_programme
    from doelenboom.words import word

    language = lang or default_language()
    check_output(output, language)
    programme = load_or_exit(spec, language)
    try:
        data = export_programme(programme, fmt, language)
    except MissingExtraError as exc:
        raise click.ClickException(word("export.needs_openpyxl", language)) from exc
    if output is None or output == "-":
        if fmt in BINARY_FORMATS and sys.stdout.isatty():
            raise click.UsageError(word("export.binary", language, format=fmt))
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_output(output, data, language)
