"""What the exploring commands share: their output formats, and loading a spec (or exiting with
its diagnostics). Formatting lives in `doelenboom.render`; the library decides everything."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from doelenboom.language import Language, UnknownLanguage, as_language, known_languages

if TYPE_CHECKING:  # the models are loaded by the commands that need them, not by `--help`
    from doelenboom.model import Programme

FORMATS = ("text", "json", "csv", "csv-excel")
"""``csv`` is for tools (``,``, decimal point, column ids); ``csv-excel`` opens right in an Excel
with Dutch regional settings (``;``, decimal comma, UTF-8 with BOM, headers in ``--lang``)."""


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
            from doelenboom.cli._worded import context_language
            from doelenboom.words import word

            known = ", ".join(known_languages())
            self.fail(word("cli.unknown_language", context_language(ctx), value=value, known=known), param, ctx)


LANGUAGE = LanguageType()


def check_output(output: str | None, lang: Language) -> None:
    """Refuse an ``-o`` that names no regular file (a folder, a FIFO, a device, a symlink, an empty
    name) with a usage error (exit 2) in ``lang``, before any work is done. ``-`` and no ``-o``
    are standard output."""
    from doelenboom.atomic import OutputRefused, check_target
    from doelenboom.words import word

    if output is None or output == "-":
        return
    try:
        check_target(output)
    except OutputRefused as exc:
        raise click.UsageError(word(f"output.{exc.reason}", lang, path=output)) from exc


def write_output(output: str, data: bytes | str, lang: Language) -> None:
    """Write ``data`` to the regular file ``output`` atomically, making missing folders: a path
    that names no regular file is a usage error (exit 2), a failure to write (no permission, a
    file where a folder should be, a full disk) exit 1; both in ``lang``, without a traceback."""
    from doelenboom.atomic import OutputRefused, write_atomic
    from doelenboom.words import WORDS, word

    try:
        write_atomic(output, data, parents=True)
    except OutputRefused as exc:
        raise click.UsageError(word(f"output.{exc.reason}", lang, path=output)) from exc
    except OSError as exc:
        import errno

        # The OS's reason in the catalogue's words where it has them; the OS's own text otherwise.
        key = f"oserror.{errno.errorcode.get(exc.errno or 0, '')}"
        reason = word(key, lang) if key in WORDS else (exc.strerror or str(exc))
        raise click.ClickException(word("output.cannot_write", lang, path=output, reason=reason)) from exc


def write_stdout(data: bytes) -> None:
    """Bytes to standard output as they are (a CSV for Excel keeps its byte order mark)."""
    import sys

    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


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
