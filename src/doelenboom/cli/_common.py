"""What the exploring commands share: their output formats, and loading a spec (or exiting with
its diagnostics). Formatting lives in `doelenboom.render`; the library decides everything."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from doelenboom.language import Language, UnknownLanguage, as_language, known_languages

if TYPE_CHECKING:  # the models are loaded by the commands that need them, not by `--help`
    from doelenboom.model import Programme

FORMATS = ("text", "json", "csv")


if TYPE_CHECKING:
    _ParamType = click.ParamType[Language]
else:  # ParamType is generic only in newer click; the project supports 8.1 too
    _ParamType = click.ParamType


class LanguageType(_ParamType):
    """``--lang``: a language doelenboom has words for (`doelenboom.language`); any other is a
    usage error (exit 2), never silent English."""

    name = "language"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "[" + "|".join(known_languages()) + "]"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Language:
        try:
            return as_language(str(value))
        except UnknownLanguage:
            self.fail(f"{value!r}: {', '.join(known_languages())}", param, ctx)


LANGUAGE = LanguageType()


def load_or_exit(spec: str, lang: Language) -> Programme:
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
