"""`doelenboom diff OLD NEW`: what a change to a spec means. Each side is a file or REV:path.

Text output is one line ("No changes in meaning.") when nothing changed in meaning.
Exit 0 (also when there are changes, unless --exit-code), 1 with --exit-code when the diff is not
empty, 2 when the sides could not be compared because one cannot be read (no such file, a folder,
no such revision or path, not UTF-8: DB101/DB102 on standard error, nothing on standard output)
and on usage errors. So a CI step can tell "changed" (1) from "could not compare" (2).
"""

from __future__ import annotations

import click

from doelenboom.cli._common import LANGUAGE
from doelenboom.cli._worded import Choice, WordedCommand
from doelenboom.language import Language

FORMATS = ("text", "json", "markdown")


@click.command(cls=WordedCommand)
@click.argument("old")
@click.argument("new")
@click.option("--format", "fmt", type=Choice(FORMATS), default="text", show_default=True)
@click.option("--lang", type=LANGUAGE)
@click.option(
    "--exit-code",
    is_flag=True,
)
def diff(old: str, new: str, fmt: str, lang: Language | None, exit_code: bool) -> None:
    """Show what changed in meaning between two versions of a spec.

    OLD and NEW are files or git revisions with a path, e.g. main:specs/heerlen_noord.yaml
    (paths in a revision are relative to the repository's top folder, as in `git show`).
    """
    from doelenboom.compare import diff as semantic_diff
    from doelenboom.render.diagnostics import default_language
    from doelenboom.render.diff import RENDERERS, diagnostic_line

    language = lang or default_language()
    result, failures = semantic_diff(old, new)
    if failures:
        for d in failures:
            click.echo(diagnostic_line(d, language), err=True)
        raise SystemExit(2)
    click.echo(RENDERERS[fmt](result, language), nl=False)
    raise SystemExit(1 if exit_code and not result.empty else 0)
