"""The tree in file order with each node's parent: the one place that works out containment
from `Programme.walk`'s paths.

A duplicate id (an error, DB301) is yielded every time it occurs; its children name it as
their parent. Callers that keep one node per id keep the first (`first_per_id`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from doelenboom.model import Node, Programme


class Step(NamedTuple):
    """One node of the walk: the node, its depth (1 = first level), its path in the source data
    and the id of the node that contains it (the programme's id at the first level)."""

    node: Node
    depth: int
    path: tuple[str | int, ...]
    parent: str


def steps(programme: Programme) -> Iterator[Step]:
    """Every node in pre-order (as `Programme.walk`), with its parent's id."""
    ids: dict[tuple[str | int, ...], str] = {}
    for node, depth, path in programme.walk():
        ids[path] = node.id
        yield Step(node, depth, path, ids[path[:-2]] if depth > 1 else programme.id)


def first_per_id(programme: Programme) -> Iterator[Step]:
    """`steps`, keeping only the first node of every id (a duplicate id is reported by
    validation; everywhere else the first one counts)."""
    seen: set[str] = set()
    for step in steps(programme):
        if step.node.id not in seen:
            seen.add(step.node.id)
            yield step
