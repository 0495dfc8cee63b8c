"""Every goal (every node above the leaf level) is served by at least one intervention."""

from __future__ import annotations

from collections.abc import Iterator

from doelenboom.checks.context import Context
from doelenboom.diagnostics import Diagnostic

CODES = ("DB311",)


def served(ctx: Context) -> Iterator[Diagnostic]:
    # Walk upward from every leaf along containment and 'serves' links; linear in nodes + links.
    # Walks node infos, not ids, so that a duplicated id (DB301) does not hide a subtree.
    reached: set[int] = set()
    frontier = [info for info in ctx.node_infos if info.depth == ctx.leaf_depth]
    while frontier:
        info = frontier.pop()
        ups = [info.parent] if info.parent is not None else []
        ups += [ctx.nodes[ref] for ref in info.node.serves if ref in ctx.nodes]
        for up in ups:
            if id(up) not in reached:
                reached.add(id(up))
                frontier.append(up)
    leaf_level = ctx.level_name(ctx.leaf_depth)
    for info in ctx.node_infos:
        if info.depth < ctx.leaf_depth and id(info) not in reached:
            yield ctx.diag(
                "DB311", (*info.path, "id"), level=ctx.level_name(info.depth), id=info.node.id, leaf_level=leaf_level
            )


CHECKS = (served,)
