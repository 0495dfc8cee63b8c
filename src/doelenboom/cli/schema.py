"""`doelenboom schema [-o FILE]`: print or write the JSON Schema of the spec format."""

from __future__ import annotations

import click


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the schema to FILE (atomically) instead of printing it.",
)
def schema(output: str | None) -> None:
    """Print the JSON Schema (draft 2020-12) of the spec format, for editors and CI."""
    from doelenboom.atomic import write_atomic
    from doelenboom.jsonschema import render_schema

    text = render_schema()
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_atomic(output, text, parents=True)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
