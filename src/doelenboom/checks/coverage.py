"""Every goal (every node above the leaf level) is served by at least one intervention."""

from __future__ import annotations

from collections.abc import Iterator

from doelenboom.checks.context import Context
from doelenboom.diagnostics import Diagnostic

CODES = ("DB311",)


def served(ctx: Context) -> Iterator[Diagnostic]:
    # What counts as served is the index's (`ProgrammeIndex.unserved`), so that the graph's
    # `unserved()` and this warning can never disagree.
    leaf_level = ctx.level_name(ctx.leaf_depth)
    for entry in ctx.tree.unserved():
        yield ctx.diag(
            "DB311", (*entry.path, "id"), level=ctx.level_name(entry.depth), id=entry.node.id, leaf_level=leaf_level
        )


CHECKS = (served,)
