"""`doelenboom schema [--lang en|nl] [-o FILE]`: print or write the JSON Schema of the spec format."""

from __future__ import annotations

import click

from doelenboom.cli._worded import Choice, WordedCommand


@click.command(cls=WordedCommand)
@click.option(
    "-o",
    "--output",
)
@click.option(
    "--lang",
    "schema_lang",
    type=Choice(["en", "nl"], case_sensitive=False),
    default="en",
    show_default=True,
)
def schema(output: str | None, schema_lang: str) -> None:
    """Print the JSON Schema (draft 2020-12) of the spec format, for editors and CI.

    The hovers are English unless --lang nl (not the locale: the committed schema files must not
    depend on who generates them). Exit 2 when -o names no regular file (a folder, a FIFO, a
    device, a symlink), 1 when the file cannot be written."""
    from doelenboom.cli._common import check_output, write_output
    from doelenboom.jsonschema import render_schema
    from doelenboom.language import as_language
    from doelenboom.render.diagnostics import default_language

    language = default_language()
    check_output(output, language)
    text = render_schema(as_language(schema_lang))
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    write_output(output, text, language)
