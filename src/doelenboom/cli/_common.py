"""What the exploring commands share: their output formats, and loading a spec (or exiting with
its diagnostics). Formatting lives in `doelenboom.render`; the library decides everything."""

from __future__ import annotations

import click

from doelenboom.model import Programme

FORMATS = ("text", "json", "csv")


def load_or_exit(spec: str, lang: str) -> Programme:
    """The validated programme. When the spec has errors, print its errors only (warnings and
    notes belong to `doelenboom validate`) to standard error, worded as `validate` words them,
    and exit 1. Every command that needs a valid spec goes through here."""
    from doelenboom.diagnostics import Severity
    from doelenboom.render.diagnostics import render_text
    from doelenboom.validation import Validation, validate

    result = validate(spec)
    if result.programme is None or result.failed():
        errors = tuple(d for d in result.diagnostics if d.severity is Severity.ERROR)
        click.echo(render_text([Validation(result.file, result.programme, errors)], lang), err=True, nl=False)
        raise SystemExit(1)
    return result.programme
