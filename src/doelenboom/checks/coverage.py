"""Every goal (every node above the leaf level) is served by at least one intervention."""

from __future__ import annotations

from collections.abc import Iterator

from doelenboom.checks.context import Context
from doelenboom.diagnostics import Diagnostic

CODES = ("DB311",)


def served(ctx: Context) -> Iterator[Diagnostic]:
    # Walk upward from every leaf along containment and 'serves' links; linear in nodes + links.
    reached: set[str] = set()
    frontier = [ident for ident, info in ctx.nodes.items() if info.depth == ctx.leaf_depth]
    while frontier:
        ident = frontier.pop()
        info = ctx.nodes[ident]
        ups = [info.parent.node.id] if info.parent is not None else []
        ups += [ref for ref in info.node.serves if ref in ctx.nodes]
        for up in ups:
            if up not in reached:
                reached.add(up)
                frontier.append(up)
    leaf_level = ctx.level_name(ctx.leaf_depth)
    for ident, info in ctx.nodes.items():
        if info.depth < ctx.leaf_depth and ident not in reached:
            yield ctx.diag(
                "DB311", (*info.path, "id"), level=ctx.level_name(info.depth), id=ident, leaf_level=leaf_level
            )


CHECKS = (served,)
