"""`doelenboom show SPEC`: the goal tree with levels, budgets and targets."""

from __future__ import annotations

import click

from doelenboom.cli._common import LANGUAGE, load_or_exit
from doelenboom.cli._worded import Choice, WordedCommand
from doelenboom.language import Language


@click.command(cls=WordedCommand)
@click.argument("spec", type=click.Path())
@click.option("--format", "fmt", type=Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=LANGUAGE)
def show(spec: str, fmt: str, lang: Language | None) -> None:
    """Print the goal tree."""
    from doelenboom.graph import goal_graph
    from doelenboom.render import show as render
    from doelenboom.render.diagnostics import default_language

    lang = lang or default_language()
    programme = load_or_exit(spec, lang)
    if fmt == "json":
        click.echo(render.render_json(goal_graph(programme)), nl=False)
    else:
        click.echo(render.render_text(programme, lang), nl=False)
