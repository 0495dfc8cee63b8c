"""`doelenboom export SPEC --format FORMAT [-o FILE]`: the goal tree as a diagram, graph, table or document."""

from __future__ import annotations

import sys

import click

# Kept here (not imported from doelenboom.export) so that `--help` does not load the models.
FORMATS = ("mermaid", "dot", "graphml", "json", "csv", "xlsx", "markdown")


@click.command()
@click.argument("spec", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="What to export to.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    help="File to write (atomically); '-' or none for standard output.",
)
@click.option("--lang", type=click.Choice(["en", "nl"]), help="Language of error messages (default: from the locale).")
def export(spec: str, fmt: str, output: str | None, lang: str | None) -> None:
    """Export a valid spec; exit 1 (with its errors on stderr) when the spec has errors or the
    output file cannot be written (e.g. its folder does not exist)."""
    from doelenboom.atomic import write_atomic
    from doelenboom.diagnostics import Severity
    from doelenboom.export import BINARY_FORMATS, MissingExtraError
    from doelenboom.export import export as export_programme
    from doelenboom.render import default_language, render_text
    from doelenboom.validate import Validation, validate

    result = validate(spec)
    if result.programme is None or result.failed():
        errors = tuple(d for d in result.diagnostics if d.severity is Severity.ERROR)
        shown = Validation(result.file, result.programme, errors)
        click.echo(render_text([shown], lang or default_language()), err=True, nl=False)
        raise SystemExit(1)
    try:
        data = export_programme(result.programme, fmt)
    except MissingExtraError as exc:
        raise click.ClickException(str(exc)) from exc
    if output is None or output == "-":
        if fmt in BINARY_FORMATS and sys.stdout.isatty():
            raise click.UsageError(f"{fmt} is binary; write it to a file with -o FILE")
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        write_atomic(output, data)
    except OSError as exc:  # no such folder, no permission, disk full: a message and exit 1, no traceback
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
