"""`doelenboom validate SPEC...`: exit 0 when clean, 1 on errors (or warnings with --strict)."""

from __future__ import annotations

import os

import click

from doelenboom.cli._common import LANGUAGE
from doelenboom.cli._worded import Choice, WordedCommand
from doelenboom.language import Language
from doelenboom.render.diagnostics import FORMATS


@click.command(cls=WordedCommand)
@click.argument("specs", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=Choice(FORMATS),
)
@click.option("--lang", type=LANGUAGE)
@click.option("--strict", is_flag=True)
@click.option(
    "--errors-only",
    is_flag=True,
)
def validate(specs: tuple[str, ...], fmt: str | None, lang: Language | None, strict: bool, errors_only: bool) -> None:
    """Validate one or more spec files."""
    from doelenboom import feedback
    from doelenboom.render import diagnostics as render
    from doelenboom.validation import validate as validate_file

    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    language = lang or render.default_language()
    results = []
    for spec in specs:
        with feedback.reporting(spec, _size(spec), language):  # a bar only on a terminal, for a large spec
            results.append(validate_file(spec))
    exit_code = 1 if any(r.failed(strict=strict) for r in results) else 0
    shown, warnings, infos = render.errors_only(results) if errors_only else (results, 0, 0)
    if fmt == "github":
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        written = bool(summary) and render.github_capped(shown)
        if written:
            written = _append_summary(str(summary), render.render_github_summary(shown, language), language)
        click.echo(render.render_github(shown, language, summary=written), nl=False)
    elif fmt == "text":  # each file's summary counts everything, also what --errors-only leaves out
        click.echo(render.render_text(shown, language, counted=results), nl=False)
    else:
        click.echo(render.RENDERERS[fmt](shown, language), nl=False)
    if errors_only:  # for people after the text; beside JSON, SARIF and annotations, on standard error
        click.echo(render.left_out_line(warnings, infos, language), err=fmt != "text", nl=False)
    raise SystemExit(exit_code)


def _append_summary(path: str, markdown: str, lang: Language) -> bool:
    """Append to GitHub's job summary file (`doelenboom.atomic.append_to`: other steps' summaries
    may already be in it). A failure is not fatal: the annotations still say what is wrong (and
    then no longer point at the summary)."""
    from doelenboom.atomic import OutputRefused, append_to
    from doelenboom.words import word

    try:
        append_to(path, markdown)
    except OutputRefused as exc:
        click.echo(word(f"output.{exc.reason}", lang, path=path), err=True)
        return False
    except OSError as exc:
        click.echo(word("output.cannot_write", lang, path=path, reason=exc.strerror or str(exc)), err=True)
        return False
    return True


def _size(spec: str) -> int:
    """The size of ``spec`` for deciding on a progress bar; 0 when it cannot be read (the
    reader then says why, as a diagnostic)."""
    try:
        return os.stat(spec).st_size
    except (OSError, ValueError):
        return 0
