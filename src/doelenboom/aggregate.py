"""Progress up the tree: a weighted mean per node, with its coverage and its missing targets.

A node's items are its own targets, the nodes it contains and the nodes that serve it. Weights:

- ``equal`` (default): every item weighs 1;
- ``budget``: a contained or serving node weighs the money it passes to this node (see
  `rollup.attribute`: a node serving without allocation passes none); the node's own targets
  share its own amount equally;
- ``explicit``: the ``weight`` written on the node or target (1 where none is written).

When every item of a node weighs 0 (e.g. no money anywhere below it), its items weigh equally.
Coverage is the share of the weight that has data as of the date: exactly 1 when every weighted
target has data. The mean is taken over the covered weight only, so a target without data is
never counted as 0 %; it is listed under ``missing`` instead. A node with nothing to measure at
all (no targets below it) has coverage None and does not count for the nodes above it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from doelenboom.measurements import MeasurementSet
from doelenboom.model import Node, Programme
from doelenboom.progress import Status, TargetProgress, Thresholds, target_progress
from doelenboom.rollup import Attribution, attribute, own_amount

Weighting = Literal["equal", "budget", "explicit"]
WEIGHTINGS: tuple[Weighting, ...] = ("equal", "budget", "explicit")
ZERO, ONE = Decimal(0), Decimal(1)


@dataclass(frozen=True)
class NodeProgress:
    """The aggregate of one node (or, under the programme's id, of the whole programme)."""

    id: str
    progress: Decimal | None
    """Weighted mean progress over the covered weight, in [0, 1]; None without any data."""
    expected: Decimal | None
    """Weighted mean expected progress of the covered items."""
    coverage: Decimal | None
    """Share of the weight that has data, in [0, 1]; None when there is nothing to measure."""
    status: Status
    missing: tuple[str, ...]
    """Ids of the weighted targets below this node without progress, in file order."""
    weights: Mapping[str, Decimal] = field(default_factory=dict)
    """The effective weight of each item (target or node id)."""


@dataclass(frozen=True)
class ProgressReport:
    """Progress of every target and every node of a programme as of a date."""

    as_of: date
    weighting: Weighting
    targets: Mapping[str, TargetProgress]
    nodes: Mapping[str, NodeProgress]
    """Keyed by node id; the programme's own id holds the whole programme's aggregate."""
    programme_id: str

    @property
    def overall(self) -> NodeProgress:
        return self.nodes[self.programme_id]


@dataclass
class _Item:
    id: str
    weight: Decimal
    progress: Decimal | None
    expected: Decimal | None
    coverage: Decimal
    missing: tuple[str, ...]


def aggregate(
    programme: Programme,
    targets: Mapping[str, TargetProgress],
    weighting: Weighting = "equal",
    thresholds: Thresholds | None = None,
    attribution: Attribution | None = None,
) -> dict[str, NodeProgress]:
    """Aggregate target progress up containment and 'serves' links; see the module docstring."""
    rules = thresholds or Thresholds()
    flows = (attribution or attribute(programme)).flows if weighting == "budget" else {}
    order = [(node, depth) for node, depth, _path in programme.walk()]
    depth_of: dict[str, int] = {}
    nodes: dict[str, Node] = {}
    for node, depth in order:
        if node.id not in nodes:
            nodes[node.id] = node
            depth_of[node.id] = depth
    givers: dict[str, list[str]] = {programme.id: [n.id for n in programme.tree]}
    for ident, node in nodes.items():
        givers.setdefault(ident, []).extend(c.id for c in node.children if c.id in nodes)
    for ident, node in nodes.items():
        for ref in node.serves:
            if depth_of.get(ref) == depth_of[ident] - 1 and ident not in givers.get(ref, []):
                givers.setdefault(ref, []).append(ident)
    done: dict[str, NodeProgress] = {}
    for ident in [*sorted(nodes, key=lambda i: -depth_of[i]), programme.id]:
        node_model = nodes.get(ident)
        items: list[_Item] = []
        own_targets = node_model.targets if node_model is not None else ()
        own_money = own_amount(node_model.budget) if node_model is not None else None
        for target in own_targets:
            tp = targets.get(target.id)
            if tp is None:
                continue
            if weighting == "explicit":
                weight = target.weight if target.weight is not None else ONE
            elif weighting == "budget":
                weight = (own_money or ZERO) / len(own_targets)
            else:
                weight = ONE
            has = tp.progress is not None
            items.append(
                _Item(target.id, weight, tp.progress, tp.expected, ONE if has else ZERO, () if has else (target.id,))
            )
        for giver in givers.get(ident, []):
            sub = done.get(giver)
            if sub is None or sub.coverage is None:
                continue
            if weighting == "explicit":
                explicit = nodes[giver].weight
                weight = explicit if explicit is not None else ONE
            elif weighting == "budget":
                weight = flows.get(ident, {}).get(giver, ZERO)
            else:
                weight = ONE
            items.append(_Item(giver, weight, sub.progress, sub.expected, sub.coverage, sub.missing))
        done[ident] = _combine(ident, items, rules)
    return done


def _combine(ident: str, items: list[_Item], rules: Thresholds) -> NodeProgress:
    if not items:
        return NodeProgress(ident, None, None, None, Status.NOT_MEASURABLE, ())
    if all(item.weight == 0 for item in items):
        for item in items:
            item.weight = ONE
    total = sum((item.weight for item in items), ZERO)
    covered = sum((item.weight * item.coverage for item in items), ZERO)
    coverage = covered / total
    incomplete = any(item.weight > 0 and item.coverage < 1 for item in items)
    if incomplete and coverage >= 1:
        coverage = Decimal(1).next_minus()  # rounding must not make partial coverage look whole
    elif not incomplete:
        coverage = ONE
    progress = expected = None
    if covered > 0:
        progress = sum((i.weight * i.coverage * i.progress for i in items if i.progress is not None), ZERO) / covered
        progress = min(ONE, max(ZERO, progress))
        timed = [i for i in items if i.progress is not None and i.expected is not None and i.weight * i.coverage > 0]
        timed_weight = sum((i.weight * i.coverage for i in timed), ZERO)
        if timed_weight > 0:
            expected = sum((i.weight * i.coverage * i.expected for i in timed if i.expected is not None), ZERO)
            expected = min(ONE, max(ZERO, expected / timed_weight))
    missing = tuple(dict.fromkeys(t for item in items if item.weight > 0 for t in item.missing))
    weights = {item.id: item.weight for item in items}
    return NodeProgress(ident, progress, expected, coverage, rules.status(progress, expected), missing, weights)


def progress_report(
    programme: Programme,
    measurements: MeasurementSet,
    as_of: date | None = None,
    weighting: Weighting = "equal",
    thresholds: Thresholds | None = None,
) -> ProgressReport:
    """Progress of every target and node as of ``as_of`` (default: today), in one call."""
    when = as_of or date.today()
    targets = target_progress(programme, measurements, when, thresholds)
    nodes = aggregate(programme, targets, weighting, thresholds)
    return ProgressReport(when, weighting, targets, nodes, programme.id)
