"""`doelenboom show SPEC`: the goal tree with levels, budgets and targets."""

from __future__ import annotations

import click

from doelenboom.cli._common import dump_json, load_or_exit
from doelenboom.text import format_eur, one_line


@click.command()
@click.argument("spec", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["en", "nl"]), help="Language (default: from the locale).")
def show(spec: str, fmt: str, lang: str | None) -> None:
    """Print the goal tree."""
    from doelenboom.export import describe_target
    from doelenboom.graph import goal_graph
    from doelenboom.render import default_language
    from doelenboom.tree import level_words, own_amount

    lang = lang or default_language()
    programme = load_or_exit(spec, lang)
    graph = goal_graph(programme)
    if fmt == "json":
        click.echo(dump_json(graph.to_dict()), nl=False)
        return
    click.echo(f"{one_line(programme.name)} ({programme.id})")
    for node in graph.walk():
        indent = "  " * graph.depth(node.id)
        _level, level_name = level_words(programme, graph.depth(node.id))
        amount = own_amount(node.budget)
        extra = f" — EUR {format_eur(amount, lang)}" if amount is not None else ""
        serves = f" (+ {', '.join(node.serves)})" if node.serves else ""
        click.echo(f"{indent}[{one_line(level_name)}] {one_line(node.name)} ({node.id}){serves}{extra}")
        for target in node.targets:
            click.echo(f"{indent}  · {target.id} ({target.kind}): {one_line(describe_target(target, lang))}")
