"""`doelenboom show SPEC`: the goal tree with levels, budgets and targets."""

from __future__ import annotations

import click

from doelenboom.cli._common import dump_json, load_or_exit
from doelenboom.text import format_eur


@click.command()
@click.argument("spec", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["en", "nl"]), help="Language (default: from the locale).")
def show(spec: str, fmt: str, lang: str | None) -> None:
    """Print the goal tree."""
    from doelenboom.graph import goal_graph
    from doelenboom.render import default_language
    from doelenboom.rollup import own_amount

    lang = lang or default_language()
    programme = load_or_exit(spec, lang)
    graph = goal_graph(programme)
    if fmt == "json":
        click.echo(dump_json(graph.to_dict()), nl=False)
        return
    click.echo(f"{programme.name} ({programme.id})")
    for node in graph.walk():
        indent = "  " * graph.depth(node.id)
        level = graph.level(node.id)
        extra = f" — EUR {format_eur(own_amount(node.budget), lang)}" if own_amount(node.budget) is not None else ""
        serves = f" (+ {', '.join(node.serves)})" if node.serves else ""
        click.echo(f"{indent}[{level.name if level else '?'}] {node.name} ({node.id}){serves}{extra}")
        for target in node.targets:
            quantity = getattr(target, "value", None)
            unit = getattr(target, "unit", "")
            what = f" {quantity} {unit}" if quantity is not None else ""
            click.echo(f"{indent}  · {target.id} ({target.kind}){what}")
