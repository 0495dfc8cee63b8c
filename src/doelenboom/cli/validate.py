"""`doelenboom validate SPEC...`: exit 0 when clean, 1 on errors (or warnings with --strict)."""

from __future__ import annotations

import os

import click

from doelenboom.cli._common import LANGUAGE
from doelenboom.language import Language
from doelenboom.render.diagnostics import FORMATS


@click.command()
@click.argument("specs", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format; 'github' is the default when GITHUB_ACTIONS=true, else 'text'.",
)
@click.option("--lang", type=LANGUAGE, help="Language of messages (default: from the locale).")
@click.option("--strict", is_flag=True, help="Also fail (exit 1) on warnings.")
def validate(specs: tuple[str, ...], fmt: str | None, lang: Language | None, strict: bool) -> None:
    """Validate one or more spec files."""
    from doelenboom.render.diagnostics import RENDERERS, default_language
    from doelenboom.validation import validate as validate_file

    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    results = [validate_file(spec) for spec in specs]
    click.echo(RENDERERS[fmt](results, lang or default_language()), nl=False)
    raise SystemExit(1 if any(r.failed(strict=strict) for r in results) else 0)
