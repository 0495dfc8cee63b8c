"""`doelenboom show`'s outputs: the goal tree with levels, budgets and targets, as text or JSON."""

from __future__ import annotations

from doelenboom.graph import GoalGraph
from doelenboom.language import EN, Language
from doelenboom.model import Programme
from doelenboom.render import dump_json
from doelenboom.render.export import describe_target
from doelenboom.text import format_eur, one_line
from doelenboom.tree import level_words, own_amount


def render_json(graph: GoalGraph) -> str:
    """The tree as `GoalGraph.to_dict` gives it."""
    return dump_json(graph.to_dict())


def render_text(programme: Programme, graph: GoalGraph, lang: Language = EN) -> str:
    """One line per node (level, name, id, what it serves, own money), one per target below it."""
    lines = [f"{one_line(programme.name)} ({programme.id})"]
    for node in graph.walk():
        indent = "  " * graph.depth(node.id)
        _level, level_name = level_words(programme, graph.depth(node.id))
        amount = own_amount(node.budget)
        extra = f" — EUR {format_eur(amount, lang)}" if amount is not None else ""
        serves = f" (+ {', '.join(node.serves)})" if node.serves else ""
        lines.append(f"{indent}[{one_line(level_name)}] {one_line(node.name)} ({node.id}){serves}{extra}")
        for target in node.targets:
            lines.append(f"{indent}  · {target.id} ({target.kind}): {one_line(describe_target(target, lang))}")
    return "\n".join(lines) + "\n"
