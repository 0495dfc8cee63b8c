"""The goal tree as a graph: containment and contribution ('serves') edges, told apart.

`GoalGraph` wraps a `networkx.DiGraph` (available as ``.digraph`` for whoever knows networkx) and
answers the usual questions without it. Every edge ``u → v`` means "v contributes to u" and has
an attribute ``kind``: ``"contains"`` (u contains v) or ``"serves"`` (v serves u). The root is the
programme itself, under its id, with level index 0 (the ambition).

Traversals follow containment only unless ``via`` names other kinds; the one-call questions
(`interventions_for`, `goals_for`, `unserved`) follow both, as policy staff mean them.
networkx is imported here only, so `doelenboom validate` never pays for it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Collection, Iterator
from typing import TYPE_CHECKING, Any, Literal

from doelenboom.model import Level, Node, Programme
from doelenboom.tree import index, own_amount

if TYPE_CHECKING:
    import networkx as nx

EdgeKind = Literal["contains", "serves"]
CONTAINS: tuple[EdgeKind, ...] = ("contains",)
ALL_EDGES: tuple[EdgeKind, ...] = ("contains", "serves")
GOALS = ":goals"
"""`GoalGraph.goals_for`'s default level: the goal depth, whatever the spec names it (no level id
can take this value)."""


class GoalGraph:
    """A read-only graph view of one programme (or of a subtree of one)."""

    def __init__(self, programme: Programme, *, root: str | None = None) -> None:
        import networkx as nx

        self.programme = programme
        self.tree = index(programme)
        """The programme's tree index (`doelenboom.tree`), which decides every link here."""
        self._nodes: dict[str, Node] = {ident: entry.node for ident, entry in self.tree.nodes.items()}
        self._depth: dict[str, int] = {programme.id: 0} | {i: e.depth for i, e in self.tree.nodes.items()}
        graph: nx.DiGraph[str] = nx.DiGraph()
        graph.add_node(programme.id, depth=0)
        for ident, entry in self.tree.nodes.items():
            graph.add_node(ident, depth=entry.depth)
        for link in self.tree.contributions():
            graph.add_edge(link.recipient, link.giver, kind=link.kind)
        self.root = programme.id
        self.digraph: nx.DiGraph[str] = graph
        """The underlying networkx graph; node keys are ids, edges carry ``kind``."""
        if root is not None and root != programme.id:
            keep = {root, *self._reach(root, CONTAINS, down=True)}
            self.digraph = graph.subgraph(keep).copy()
            self._nodes = {k: v for k, v in self._nodes.items() if k in keep}
            self.root = root

    # --- single nodes -----------------------------------------------------------------------------
    def __contains__(self, ident: object) -> bool:
        return ident in self._nodes

    def __len__(self) -> int:
        return len(self._nodes)

    def __iter__(self) -> Iterator[Node]:
        return self.walk()

    def node(self, ident: str) -> Node:
        """The node with this id; KeyError when there is none."""
        return self._nodes[ident]

    def depth(self, ident: str) -> int:
        """0 for the programme, 1 for the first level below it, and so on."""
        return self._depth[ident]

    def level(self, ident: str) -> Level | None:
        """The level the node is at (None when the tree is deeper than the declared levels)."""
        return self.programme.level_of(self._depth[ident])

    # --- neighbours -------------------------------------------------------------------------------
    def children(self, ident: str, *, via: Collection[EdgeKind] = CONTAINS) -> list[Node]:
        """The nodes directly below ``ident`` (the programme id gives the first level)."""
        return [
            self._nodes[v] for v, data in self.digraph.succ[ident].items() if data["kind"] in via and v in self._nodes
        ]

    def parents(self, ident: str, *, via: Collection[EdgeKind] = CONTAINS) -> list[Node]:
        """The nodes directly above ``ident`` (the programme root itself is not a `Node`)."""
        return [
            self._nodes[u] for u, data in self.digraph.pred[ident].items() if data["kind"] in via and u in self._nodes
        ]

    def parent(self, ident: str) -> Node | None:
        """The containing node, or None at the first level."""
        found = self.parents(ident)
        return found[0] if found else None

    def _reach(self, ident: str, via: Collection[EdgeKind], *, down: bool) -> list[str]:
        seen: set[str] = set()
        order: list[str] = []
        queue = deque([ident])
        adjacency = self.digraph.succ if down else self.digraph.pred
        while queue:
            current = queue.popleft()
            for other, data in adjacency[current].items():
                if data["kind"] in via and other not in seen:
                    seen.add(other)
                    order.append(other)
                    queue.append(other)
        return order

    def ancestors(self, ident: str, *, via: Collection[EdgeKind] = CONTAINS) -> list[Node]:
        """Every node above ``ident``, nearest first (breadth-first)."""
        found = self._reach(ident, via, down=False)
        return [self._nodes[i] for i in found if i in self._nodes]

    def descendants(self, ident: str, *, via: Collection[EdgeKind] = CONTAINS) -> list[Node]:
        """Every node below ``ident``, nearest first (breadth-first)."""
        return [self._nodes[i] for i in self._reach(ident, via, down=True) if i in self._nodes]

    def path_to_root(self, ident: str) -> list[Node]:
        """``ident`` and its containing nodes up to the first level, nearest first."""
        path = [self._nodes[ident]]
        parent = self.parent(ident)
        while parent is not None:
            path.append(parent)
            parent = self.parent(parent.id)
        return path

    # --- walks and filters ------------------------------------------------------------------------
    def walk(self, order: Literal["pre", "post"] = "pre", start: str | None = None) -> Iterator[Node]:
        """Every node below ``start`` (default: the root) along containment, in file order."""
        begin = self.root if start is None else start
        stack: list[tuple[str, bool]] = [(begin, False)]
        while stack:
            ident, expanded = stack.pop()
            node = self._nodes.get(ident)
            if expanded:
                if node is not None:
                    yield node
                continue
            if order == "pre" and node is not None:
                yield node
            else:
                stack.append((ident, True))
            for child in reversed(self.children(ident)):
                stack.append((child.id, False))

    def filter(self, level: str | None = None, predicate: Callable[[Node], bool] | None = None) -> list[Node]:
        """Nodes at the level with id (or name) ``level`` for which ``predicate`` holds, in pre-order."""
        found = []
        for node in self.walk():
            lev = self.level(node.id)
            if level is not None and (lev is None or level not in (lev.id, lev.name)):
                continue
            if predicate is None or predicate(node):
                found.append(node)
        return found

    def leaves(self, start: str | None = None) -> list[Node]:
        """Nodes without children below ``start`` (default: everywhere), in pre-order."""
        return [n for n in self.walk(start=start) if not self.children(n.id)]

    def subtree(self, ident: str) -> GoalGraph:
        """A graph of ``ident`` and everything it contains (and the 'serves' links among them)."""
        return GoalGraph(self.programme, root=ident)

    # --- one-call questions -----------------------------------------------------------------------
    @property
    def leaf_depth(self) -> int:
        """The depth of the last declared level (for Heerlen-Noord: the interventions)."""
        return self.tree.leaf_depth

    def _level_matches(self, ident: str, level: str | None) -> bool:
        if level is None:
            return self._depth[ident] == self.leaf_depth
        lev = self.level(ident)
        return lev is not None and level in (lev.id, lev.name)

    def interventions_for(self, ident: str, *, level: str | None = None) -> list[Node]:
        """Which interventions (or nodes at ``level``) serve this node, directly or through the
        nodes they belong to or serve?"""
        return [n for n in self.descendants(ident, via=ALL_EDGES) if self._level_matches(n.id, level)]

    @property
    def goal_depths(self) -> frozenset[int]:
        """The depths of the goals, as the spec declares them (`tree.goal_depths`: the levels
        marked ``goal: true``, else the level with id ``goal``, else the first level)."""
        return self.tree.goal_depths

    def goals_for(self, ident: str, *, level: str | None = GOALS) -> list[Node]:
        """Which goals does this node serve, directly or through the nodes it belongs to or serves?

        ``level``: by default the goals (`goal_depths`), whatever the spec calls their level; a
        level id or name for the nodes at that level; None for the nodes at every level."""
        found = self.ancestors(ident, via=ALL_EDGES)
        if level is None:
            return found
        if level == GOALS:
            return [n for n in found if self._depth[n.id] in self.goal_depths]
        return [n for n in found if self._level_matches(n.id, level)]

    def unserved(self) -> list[Node]:
        """Nodes above the leaf level that no leaf serves: exactly what warning DB311 reports
        (both come from `ProgrammeIndex.unserved`), within this graph's root."""
        return [entry.node for entry in self.tree.unserved() if entry.node.id in self._nodes]

    # --- data -------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: every node (name, ``level`` id and ``level_name``, parent, children, serves,
        ``own_eur`` as an exact decimal string, target ids) and every target (its node and its
        fields), keyed by id."""
        from doelenboom.text import plain_decimal

        nodes: dict[str, Any] = {}
        targets: dict[str, Any] = {}
        for node in self.walk():
            entry = self.tree.nodes[node.id]
            nodes[node.id] = {
                "name": node.name,
                "level": entry.level,
                "level_name": entry.level_name,
                "parent": entry.parent,
                "children": [c.id for c in self.children(node.id)],
                "serves": list(node.serves),
                "own_eur": plain_decimal(own_amount(node.budget)) or None,
                "targets": [t.id for t in node.targets],
            }
            for target in node.targets:
                targets[target.id] = {"node": node.id, **target.model_dump(mode="json", exclude_none=True)}
        return {"programme": self.programme.id, "name": self.programme.name, "nodes": nodes, "targets": targets}


def goal_graph(programme: Programme) -> GoalGraph:
    """The graph view of a loaded programme."""
    return GoalGraph(programme)
