"""`doelenboom show`'s outputs: the goal tree with levels, budgets and targets, as text or JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

from doelenboom.language import EN, Language
from doelenboom.model import Programme
from doelenboom.render import dump_json
from doelenboom.render.export import describe_target, kind_word
from doelenboom.text import format_eur, one_line
from doelenboom.tree import index, own_amount

if TYPE_CHECKING:
    from doelenboom.graph import GoalGraph


def render_json(graph: GoalGraph) -> str:
    """The tree as `GoalGraph.to_dict` gives it."""
    return dump_json(graph.to_dict())


def render_text(programme: Programme, lang: Language = EN) -> str:
    """One line per node (level, name, id, what it serves, own money), one per target below it:
    the tree from the index, in file order (no graph, so no networkx)."""
    lines = [f"{one_line(programme.name)} ({programme.id})"]
    for entry in index(programme).nodes.values():
        node, indent, level_name = entry.node, "  " * entry.depth, entry.level_name
        amount = own_amount(node.budget)
        extra = f" — EUR {format_eur(amount, lang)}" if amount is not None else ""
        serves = f" (+ {', '.join(node.serves)})" if node.serves else ""
        lines.append(f"{indent}[{one_line(level_name)}] {one_line(node.name)} ({node.id}){serves}{extra}")
        for target in node.targets:
            kind, aim = kind_word(target.kind, lang), one_line(describe_target(target, lang))
            lines.append(f"{indent}  · {target.id} ({kind}): {aim}")
    return "\n".join(lines) + "\n"
