"""The one index of a programme's tree: every fact about the tree, worked out once.

Like beancount's ``realize()``, one builder that every other stage uses: the checks, the graph,
the rollup and attribution, the progress aggregation, the diff and the exports. A fact about the
tree (a node's parent, depth and level, the leaf and goal levels, which ``serves`` links are
valid contributions and what share of the money each passes) is decided here and nowhere else;
two derivations of one fact would sooner or later disagree.

    from doelenboom.tree import index
    tree = index(programme)            # built once per programme, then cached
    tree.nodes["werk"].parent          # 'onderwijs-werk'
    tree.contributions()               # every valid link, with the share of money it passes

A duplicate id (an error, DB301) keeps every occurrence in `ProgrammeIndex.entries`; wherever
one node per id is meant (`nodes`, `targets`, links, money) the first occurrence counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, TypeVar

from doelenboom.model import Budget, Derived, Level, Node, Programme, Target
from doelenboom.units import to_base_money

PathKey = tuple[str | int, ...]
T = TypeVar("T")
LinkKind = Literal["contains", "serves"]
ServesProblem = Literal["unknown", "wrong_level", "own_parent"]
AllocationProblem = Literal["keys", "sum"]


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    """One occurrence of a node in the tree, with what every stage needs to know about it."""

    node: Node
    depth: int
    """1 for the first level below the ambition, and so on."""
    path: PathKey
    """Where the node stands in the source data, e.g. ``("tree", 0, "children", 2)``."""
    parent: str
    """Id of the containing node, or the programme's id at the first level."""
    container: Entry | None
    """The containing occurrence (None at the first level): for a duplicated id, the exact one."""
    level: str | None
    """Id of the node's declared level; None when the tree is deeper than the declared levels."""
    level_name: str
    """The spec's word for the level (e.g. `thema`); see `level_words`."""

    @property
    def id(self) -> str:
        """The node's id."""
        return self.node.id


@dataclass(frozen=True, slots=True, eq=False)
class TargetEntry:
    """One occurrence of a target, with the node that holds it."""

    target: Target
    owner: Entry
    path: PathKey

    @property
    def node(self) -> str:
        """Id of the node that holds the target."""
        return self.owner.node.id


@dataclass(frozen=True, slots=True)
class Contribution:
    """A valid link along which a node contributes to another: ``giver`` is contained in
    ``recipient`` (``contains``) or serves it (``serves``). ``share`` is the fraction (0 to 1) of
    the giver's money that the link passes: the allocation's percentage, else everything to the
    containing node and nothing along ``serves`` (the rule DB318 states)."""

    giver: str
    recipient: str
    kind: LinkKind
    share: Decimal


def level_words(programme: Programme, depth: int) -> tuple[str | None, str]:
    """The level at ``depth`` as every output names it: its id (``level``, None when the tree is
    deeper than the declared levels) and the spec's word for it (``level_name``, e.g. `thema`).
    A level the spec does not declare (an error, DB314) has no word in any language: it is named
    by its number, counting the ambition as 1 as DB314 does (``#6``)."""
    level = programme.level_of(depth)
    return (level.id, level.name) if level is not None else (None, f"#{depth + 1}")


def root_level(programme: Programme) -> tuple[str, str]:
    """The programme's own level: id and name (``ambition`` when no levels are declared)."""
    level = programme.level_of(0)
    return (level.id, level.name) if level is not None else ("ambition", "#1")


def own_amount(budget: Budget | None) -> Decimal | None:
    """A node's own amount in EUR, or None when it declares none (missing is not zero)."""
    if budget is None or budget.amount is None:
        return None
    return to_base_money(budget.amount, budget.unit)


def goal_depths(levels: tuple[Level, ...]) -> frozenset[int]:
    """The depths whose nodes are the programme's goals, as the spec declares them: the levels
    marked ``goal: true``; without a mark, the level with id ``goal`` or ``doel`` (the default
    levels' and Heerlen-Noord's); without either, the first level below the ambition."""
    marked = frozenset(depth for depth, level in enumerate(levels) if level.goal)
    if marked:
        return marked
    named = frozenset(depth for depth, level in enumerate(levels) if level.id in _GOAL_IDS)
    return named or frozenset({1})


_GOAL_IDS = frozenset({"goal", "doel"})  # level ids that mean "goal" without a `goal: true` mark


class ProgrammeIndex:
    """The tree of one programme, indexed once. Read-only; get it with `index`."""

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        self.leaf_depth: int = len(programme.levels) - 1
        """The depth of the last declared level (for Heerlen-Noord: the interventions)."""
        self.goal_depths: frozenset[int] = goal_depths(programme.levels)
        """The depths of the goals (see `goal_depths`)."""
        entries: list[Entry] = []
        targets: list[TargetEntry] = []
        # Pre-order without recursion: a deep tree must not hit Python's recursion limit.
        stack: list[tuple[Node, int, PathKey, Entry | None]] = [
            (node, 1, ("tree", i), None) for i, node in reversed(list(enumerate(programme.tree)))
        ]
        while stack:
            node, depth, path, container = stack.pop()
            parent = container.node.id if container is not None else programme.id
            entry = Entry(node, depth, path, parent, container, *level_words(programme, depth))
            entries.append(entry)
            targets.extend(TargetEntry(t, entry, (*path, "targets", i)) for i, t in enumerate(node.targets))
            for i in range(len(node.children) - 1, -1, -1):
                stack.append((node.children[i], depth + 1, (*path, "children", i), entry))
        self.entries: tuple[Entry, ...] = tuple(entries)
        """Every node occurrence in file order (pre-order), duplicated ids included."""
        self.target_entries: tuple[TargetEntry, ...] = tuple(targets)
        """Every target occurrence in file order, duplicated ids included."""
        nodes: dict[str, Entry] = {}
        for entry in entries:
            nodes.setdefault(entry.node.id, entry)
        self.nodes: Mapping[str, Entry] = nodes
        """The first occurrence of every node id, in file order."""
        found: dict[str, TargetEntry] = {}
        for target in targets:
            found.setdefault(target.target.id, target)
        self.targets: Mapping[str, TargetEntry] = found
        """The first occurrence of every target id, in file order."""
        children: dict[str, list[Entry]] = {programme.id: []}
        for entry in nodes.values():
            children.setdefault(entry.parent, []).append(entry)
        self._children = {ident: tuple(found) for ident, found in children.items()}
        self._contributions: tuple[Contribution, ...] | None = None
        self._memo: dict[str, object] = {}

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """What ``build`` derives from this programme, built once and kept with the index (the
        programme is immutable): the rollup's totals and attribution, which every command and
        several renderers ask for. The result is shared: treat it as read-only."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]  # type: ignore[return-value]  # each key is built by one function

    # --- single nodes -----------------------------------------------------------------------------
    def depth(self, ident: str) -> int:
        """0 for the programme's id, 1 for the first level below it, and so on; KeyError for an
        unknown id."""
        return 0 if ident == self.programme.id else self.nodes[ident].depth

    def children(self, ident: str) -> tuple[Entry, ...]:
        """The nodes directly contained in ``ident`` (the programme's id gives the first level),
        one per id, in file order."""
        return self._children.get(ident, ())

    def is_goal(self, ident: str) -> bool:
        """True when the node is at a goal level (see `goal_depths`)."""
        return self.depth(ident) in self.goal_depths

    # --- contribution -----------------------------------------------------------------------------
    def serves_problem(self, entry: Entry, ref: str) -> ServesProblem | None:
        """Why ``ref`` in ``entry``'s ``serves`` is no contribution (None when it is one): an
        unknown id (DB302), a node not one level up (DB315), or the node's own parent (DB323).
        The one place that decides it; the checks only word the answer."""
        served = self.nodes.get(ref)
        if served is None:
            return "unknown"
        if served.depth != entry.depth - 1:
            return "wrong_level"
        if ref == entry.parent:
            return "own_parent"
        return None

    def valid_serves(self, entry: Entry) -> tuple[str, ...]:
        """The ``serves`` references of ``entry`` that are contributions (see `serves_problem`),
        each once (a repeat is DB327), in the order written."""
        valid: dict[str, None] = {}  # in order, each once: a list would make a long list quadratic
        for ref in entry.node.serves:
            if ref not in valid and self.serves_problem(entry, ref) is None:
                valid[ref] = None
        return tuple(valid)

    def allocation_problem(self, entry: Entry) -> AllocationProblem | None:
        """Why ``entry``'s ``allocation`` is not used (None when it is, or when there is none): it
        names other nodes than its parent and the nodes it validly serves, or its shares do not add
        up to 100 (DB306). Without a usable allocation the money stays with the containing node."""
        allocation = entry.node.allocation
        if allocation is None:
            return None
        if set(allocation) != {entry.parent, *self.valid_serves(entry)}:
            return "keys"
        if sum(allocation.values(), Decimal(0)) != 100:
            return "sum"
        return None

    def shares(self, entry: Entry) -> dict[str, Decimal]:
        """How the node's money divides over its containing node and the nodes it validly serves:
        fractions by recipient, adding up to 1. A valid `allocation` (naming exactly those and
        adding up to 100) gives the split; without one, or with one that is wrong (DB306, DB320),
        everything stays with the containing node, so that every euro lands exactly once."""
        shares = {entry.parent: Decimal(1), **{ref: Decimal(0) for ref in self.valid_serves(entry)}}
        allocation = entry.node.allocation
        if allocation is None or self.allocation_problem(entry) is not None:
            return shares
        return {ref: allocation[ref] / 100 for ref in shares}

    def contributions(self) -> tuple[Contribution, ...]:
        """Every valid link of the tree, one node per id, in file order: each node's containment
        link first, then its valid ``serves`` links, with the share of money each passes."""
        if self._contributions is None:
            found: list[Contribution] = []
            for entry in self.nodes.values():
                for ref, share in self.shares(entry).items():
                    found.append(
                        Contribution(entry.node.id, ref, "contains" if ref == entry.parent else "serves", share)
                    )
            self._contributions = tuple(found)
        return self._contributions

    def givers(self) -> dict[str, list[Contribution]]:
        """`contributions` by recipient: what flows into each node (and into the programme's id)."""
        found: dict[str, list[Contribution]] = {}
        for link in self.contributions():
            found.setdefault(link.recipient, []).append(link)
        return found

    def unserved(self) -> list[Entry]:
        """Node occurrences above the leaf level that no leaf reaches along containment and valid
        ``serves`` links: what warning DB311 reports. Walks occurrences, not ids, so that a
        duplicated id (DB301) does not hide a subtree; linear in nodes plus links."""
        reached: set[int] = set()
        frontier = [e for e in self.entries if e.depth == self.leaf_depth]
        while frontier:
            entry = frontier.pop()
            ups = [entry.container] if entry.container is not None else []
            ups += [self.nodes[ref] for ref in self.valid_serves(entry)]
            for up in ups:
                if id(up) not in reached:
                    reached.add(id(up))
                    frontier.append(up)
        return [e for e in self.entries if e.depth < self.leaf_depth and id(e) not in reached]

    # --- walks ------------------------------------------------------------------------------------
    def subtree(self, ident: str) -> Iterator[Entry]:
        """``ident``'s entry and every node it contains, in pre-order, one per id."""
        stack = [self.nodes[ident]]
        while stack:
            entry = stack.pop()
            yield entry
            stack.extend(reversed(self.children(entry.node.id)))


def index(programme: Programme) -> ProgrammeIndex:
    """The index of ``programme``, built on first use and cached on the programme (outside its
    equality; a copy of the programme builds its own)."""
    cached = programme._derived.value
    if isinstance(cached, ProgrammeIndex) and cached.programme is programme:
        return cached
    built = ProgrammeIndex(programme)
    programme._derived = Derived(built)
    return built
