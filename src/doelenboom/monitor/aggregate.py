"""Progress up the tree: a weighted mean per node, with its coverage and its missing targets.

A node's items are its own targets, the nodes it contains and the nodes that serve it. Weights:

- ``equal`` (default): every item weighs 1;
- ``budget``: a contained or serving node weighs the money it passes to this node (see
  `rollup.attribute`: a node serving without allocation passes none); the node's own targets
  that can be measured share its own amount equally, or, on a node without money of its own
  (outcome targets on a goal), the money that reaches the node from its items;
- ``explicit``: the ``weight`` written on the node or target (1 where none is written).

When every item of a node weighs 0 (e.g. no money anywhere below it), its items weigh equally.

A target counts once per node above it. Each node's aggregate is a share per target below it
(the shares add up to 1): an item passes on its targets' shares times its weight. A target can
reach a node through two items, e.g. a theme that sits under one goal and serves another goal of
the same leefgebied. With ``budget`` weights its shares then add up: the money flows are disjoint
parts of the theme's money (`rollup.attribute` passes every euro once), so adding them counts no
euro twice. With ``equal`` and ``explicit`` weights nothing is split, so adding would count the
theme twice; the target's share is then the largest any single item gives it (and the shares
are scaled to add up to 1 again). Without such a double path both rules give the same result.

Coverage is the share of the weight that has data as of the date: exactly 1 when every weighted
target has data. The mean is taken over the covered weight only, so a target without data is
never counted as 0 %; it is listed under ``missing`` instead. The expected progress is the mean
over the covered targets that have a trajectory.

A target that weighs nothing (an explicit weight of 0) is still listed under ``missing`` when it
has no data, and keeps the coverage below 1: a target without data is never dropped.

Status: the weighted mean's status (`Thresholds.status`), never better than the weighted median
status of the node's items (see `STATUS_ORDER`), so one reached milestone cannot lift a node
whose other items are off track; ``insufficient_data`` when the coverage is below
`Thresholds.min_coverage`. ``counts`` says how many items are in each status.

A target that cannot be measured (status ``not_measurable``, e.g. a qualitative target without a
scale) is not an item: it is neither covered nor missing, and is listed under ``unmeasurable``
instead. A node with nothing to measure (no targets below it, or only targets that cannot be
measured) is ``not_measurable``, has coverage None and does not count for the nodes above it.
Shares are computed with 60 digits and given rounded to the usual 28.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, localcontext
from typing import Any, Literal

from doelenboom.model import Node, Programme
from doelenboom.monitor.measurements import MeasurementSet
from doelenboom.monitor.progress import (
    STATUS_ORDER,
    Method,
    Missing,
    Status,
    TargetProgress,
    Thresholds,
    target_progress,
)
from doelenboom.rollup import Attribution, attribute
from doelenboom.tree import index, own_amount

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
    unmeasurable: tuple[str, ...] = ()
    """Ids of the targets below this node that cannot be measured (status ``not_measurable``), in
    file order. They weigh nothing: they are neither covered nor missing."""
    counts: Mapping[Status, int] = field(default_factory=dict)
    """How many of the node's items (its own targets, the nodes it contains and those serving it)
    are in each status; statuses no item has are left out."""
    targets: int = 0
    """How many targets below the node are weighed (those with data and those under ``missing``):
    the absolute figures next to ``coverage``, which is a share of the weight."""


@dataclass(frozen=True)
class ProgressReport:
    """Progress of every target and every node of a programme as of a date."""

    as_of: date
    weighting: Weighting
    targets: Mapping[str, TargetProgress]
    nodes: Mapping[str, NodeProgress]
    """Keyed by node id; the programme's own id holds the whole programme's aggregate."""
    programme_id: str
    method: Method = "line"
    """How target statuses were judged: ``line`` or ``trend`` (`progress.target_progress`)."""

    @property
    def overall(self) -> NodeProgress:
        """Progress of the whole programme (the ambition at the root)."""
        return self.nodes[self.programme_id]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: nodes and targets keyed by id, fractions as numbers rounded to 4 decimals,
        measured values as exact decimal strings."""
        return {
            "programme": self.programme_id,
            "as_of": self.as_of.isoformat(),
            "weighting": self.weighting,
            "method": self.method,
            "nodes": {
                ident: {
                    "progress": fraction(n.progress),
                    "expected": fraction(n.expected),
                    "coverage": fraction(n.coverage),
                    "status": n.status.value,
                    "missing": list(n.missing),
                    "unmeasurable": list(n.unmeasurable),
                    "counts": {status.value: count for status, count in n.counts.items()},
                    "targets": n.targets,
                    "targets_measured": n.targets - len(n.missing),
                }
                for ident, n in self.nodes.items()
            },
            "targets": {
                ident: {
                    "node": t.node,
                    "kind": t.kind,
                    "progress": fraction(t.progress),
                    "raw": fraction(t.raw),
                    "expected": fraction(t.expected),
                    "status": t.status.value,
                    "value": None if t.value is None else str(t.value),
                    "measured_on": None if t.measured_on is None else t.measured_on.isoformat(),
                    "band": None if t.band is None else t.band.value,
                    "missing": None if t.missing is None else t.missing.value,
                    "start": None if t.start is None else str(t.start),
                    "goal": None if t.goal is None else str(t.goal),
                    "unit": t.unit,
                    "trend": None if t.trend is None else t.trend.value,
                    "growth_ratio": fraction(t.growth_ratio),
                    "trend_missing": None if t.trend_missing is None else t.trend_missing.value,
                    "reference": None if t.reference is None else str(t.reference),
                }
                for ident, t in self.targets.items()
            },
        }

    def csv_rows(self) -> list[list[str | float | int | Decimal | None]]:
        """One row per node, then one per target, under `PROGRESS_CSV_COLUMNS` (no header)."""
        rows: list[list[str | float | int | Decimal | None]] = []
        for ident, n in self.nodes.items():
            figures = [fraction(n.progress), fraction(n.expected), fraction(n.coverage), n.status.value]
            rows.append(["node", ident, "", *figures, " ".join(n.missing), None, None, None, None, None])
        for ident, t in self.targets.items():
            figures = [fraction(t.progress), fraction(t.expected), 1 if t.has_data else 0, t.status.value]
            absolute = [t.value, t.start, t.goal, t.unit]  # exact: the CSV writers format Decimals
            trend = None if t.trend is None else t.trend.value
            reason = "" if t.missing is None else t.missing.value
            rows.append(["target", ident, t.node, *figures, reason, *absolute, trend])
        return rows


PROGRESS_CSV_COLUMNS = (
    "type",
    "id",
    "node",
    "progress",
    "expected",
    "coverage",
    "status",
    "missing",
    "value",
    "start",
    "goal",
    "unit",
    "trend",
)


def fraction(value: Decimal | None) -> float | None:
    """A fraction for JSON and CSV: a number rounded to 4 decimals (None stays None). Safe for any
    size: beyond 10^20 it is not rounded (4 decimals mean nothing there), beyond a float's range
    it is the largest float with its sign, and a NaN is None."""
    if value is None or value.is_nan():
        return None
    if abs(value) < _ROUNDED_BELOW:
        return float(round(value, 4))
    return math.copysign(sys.float_info.max, value) if value.is_infinite() else _float(value)


_ROUNDED_BELOW = Decimal(10) ** 20  # round(value, 4) needs at most 25 of the 28 digits


def _float(value: Decimal) -> float:
    number = float(value)
    return math.copysign(sys.float_info.max, number) if math.isinf(number) else number


Shares = dict[str, Decimal]
_PRECISION = 60  # shares are computed with more digits than they are given with


@dataclass
class _Item:
    id: str
    weight: Decimal
    shares: Shares
    """Share of each target in the item (adding up to 1): the target itself, or a node's shares."""


def aggregate(
    programme: Programme,
    targets: Mapping[str, TargetProgress],
    weighting: Weighting = "equal",
    thresholds: Thresholds | None = None,
    attribution: Attribution | None = None,
) -> dict[str, NodeProgress]:
    """Aggregate target progress up containment and 'serves' links; see the module docstring.
    Raises `ValueError` for a ``weighting`` that is not one of `WEIGHTINGS`."""
    if weighting not in WEIGHTINGS:  # a typo would otherwise weigh everything equally, silently
        raise ValueError(f"unknown weighting {weighting!r}; choose one of {', '.join(WEIGHTINGS)}")
    rules = thresholds or Thresholds()
    flows = (attribution or attribute(programme)).flows if weighting == "budget" else {}
    tree = index(programme)
    nodes: dict[str, Node] = {ident: entry.node for ident, entry in tree.nodes.items()}
    # A node's items: the nodes it contains and the nodes that validly serve it (the index's
    # contributions, which also feed the money flows, so both weightings see the same links).
    givers: dict[str, list[str]] = {ident: [link.giver for link in links] for ident, links in tree.givers().items()}
    adding = weighting == "budget"
    file_order = {t: i for i, t in enumerate(targets)}
    shares_of: dict[str, Shares] = {}
    unmeasurable_of: dict[str, set[str]] = {}
    done: dict[str, NodeProgress] = {}
    for ident in [*sorted(nodes, key=lambda i: -tree.nodes[i].depth), programme.id]:
        node_model = nodes.get(ident)
        items: list[_Item] = []
        own_targets = node_model.targets if node_model is not None else ()
        own_money = own_amount(node_model.budget) if node_model is not None else None
        unmeasurable: set[str] = set()
        measurable = []
        for target in own_targets:
            if target.id in targets:
                if targets[target.id].missing is Missing.NOT_MEASURABLE:
                    unmeasurable.add(target.id)  # weighs nothing: neither covered nor missing
                else:
                    measurable.append(target)
        # Without money of its own, a node's targets (outcome targets on a goal) weigh the money
        # that reaches the node: they measure what that money achieves. Never 0 for lack of money.
        reaching = sum((flows.get(ident, {}).values()), ZERO) if weighting == "budget" and not own_money else ZERO
        for target in measurable:
            if weighting == "explicit":
                weight = target.weight if target.weight is not None else ONE
            elif weighting == "budget":
                weight = (own_money or reaching) / len(measurable)  # the money is for what can be measured
            else:
                weight = ONE
            items.append(_Item(target.id, weight, {target.id: ONE}))
        for giver in givers.get(ident, []):
            unmeasurable |= unmeasurable_of.get(giver, set())
            sub = shares_of.get(giver)
            if not sub:
                continue
            if weighting == "explicit":
                explicit = nodes[giver].weight
                weight = explicit if explicit is not None else ONE
            elif weighting == "budget":
                weight = flows.get(ident, {}).get(giver, ZERO)
            else:
                weight = ONE
            items.append(_Item(giver, weight, sub))
        with localcontext() as context:
            context.prec = _PRECISION
            shares = _merge(items, adding=adding)
        shares_of[ident] = shares
        unmeasurable_of[ident] = unmeasurable
        combined = _combine(ident, items, shares, targets, file_order, rules, done)
        listed = tuple(sorted(unmeasurable, key=lambda t: file_order.get(t, len(file_order))))
        done[ident] = replace(combined, unmeasurable=listed)
    return done


def _merge(items: list[_Item], *, adding: bool) -> Shares:
    """The node's share per target: the items' shares times their weights, added (money) or
    the largest one (equal, explicit weights), scaled to add up to 1; {} when nothing weighs."""
    if all(item.weight == 0 for item in items):
        for item in items:
            item.weight = ONE
    raw: Shares = {}
    for item in items:
        weight = item.weight
        for target, share in item.shares.items():
            part = weight * share  # 0 for an item that weighs nothing: kept, to be listed if missing
            if adding:
                raw[target] = raw.get(target, ZERO) + part
            elif part >= raw.setdefault(target, ZERO):
                raw[target] = part
    total = sum(raw.values(), ZERO)
    return {t: share / total for t, share in raw.items()} if total else {}


def _decimal(value: Decimal) -> Decimal:
    return +value  # rounded to the caller's precision


def _combine(
    ident: str,
    items: list[_Item],
    shares: Shares,
    targets: Mapping[str, TargetProgress],
    order: Mapping[str, int],
    rules: Thresholds,
    done: Mapping[str, NodeProgress],
) -> NodeProgress:
    weights = {item.id: item.weight for item in items}
    if not shares:
        return NodeProgress(ident, None, None, None, Status.NOT_MEASURABLE, (), weights)
    statuses = [(item, targets[item.id].status if item.id in targets else done[item.id].status) for item in items]
    counts: dict[Status, int] = {}
    for _, status in statuses:
        counts[status] = counts.get(status, 0) + 1
    covered = progress_sum = timed = expected_sum = ZERO
    missing: list[str] = []
    with localcontext() as context:
        context.prec = _PRECISION
        for target, share in shares.items():
            tp = targets[target]
            if tp.progress is None:
                missing.append(target)
                continue
            covered += share
            progress_sum += share * tp.progress
            if tp.expected is not None:
                timed += share
                expected_sum += share * tp.expected
        mean = progress_sum / covered if covered > 0 else None
        mean_expected = expected_sum / timed if timed > 0 else None
    coverage = _decimal(covered)
    if missing and coverage >= 1:
        coverage = Decimal(1).next_minus()  # rounding must not make partial coverage look whole
    elif not missing:
        coverage = ONE
    progress = None if mean is None else min(ONE, max(ZERO, _decimal(mean)))
    expected = None if mean is None or mean_expected is None else min(ONE, max(ZERO, _decimal(mean_expected)))
    missing.sort(key=lambda t: order.get(t, len(order)))
    status = rules.status(progress, expected)
    if status in STATUS_ORDER:
        status = min(status, _median(statuses), key=_rank)
    if progress is not None and coverage < rules.min_coverage:
        status = Status.INSUFFICIENT_DATA  # too little measured to say where the node stands
    return NodeProgress(
        ident, progress, expected, coverage, status, tuple(missing), weights, counts=counts, targets=len(shares)
    )


def _rank(status: Status) -> int:
    return STATUS_ORDER.index(status)


def _median(statuses: list[tuple[_Item, Status]]) -> Status:
    """The weighted median status of the ranked items (`STATUS_ORDER`): the worst status that at
    least half of their weight has or is below. `Status.REACHED` when no item is ranked."""
    ranked = [(item.weight, status) for item, status in statuses if status in STATUS_ORDER]
    if ranked and all(weight == 0 for weight, _ in ranked):
        ranked = [(ONE, status) for _, status in ranked]
    total = sum((weight for weight, _ in ranked), ZERO)
    seen = ZERO
    for weight, status in sorted(ranked, key=lambda pair: _rank(pair[1])):
        seen += weight
        if seen * 2 >= total:
            return status
    return Status.REACHED


def progress_report(
    programme: Programme,
    measurements: MeasurementSet,
    as_of: date | None = None,
    weighting: Weighting = "equal",
    thresholds: Thresholds | None = None,
    *,
    method: Method = "line",
) -> ProgressReport:
    """Progress of every target and node as of ``as_of`` (default: today), in one call, with
    target statuses judged by ``method`` (``line`` or ``trend``, see `target_progress`). Raises
    `ValueError` for a ``weighting`` that is not one of `WEIGHTINGS`, or another method."""
    if weighting not in WEIGHTINGS:  # before any work, and never silently 'equal'
        raise ValueError(f"unknown weighting {weighting!r}; choose one of {', '.join(WEIGHTINGS)}")
    from doelenboom.areas import interim_targets
    from doelenboom.monitor.areas import with_aggregates

    when = as_of or date.today()
    # the whole area's value from its sub-areas where the file has none (`monitor.areas`)
    rows = with_aggregates(programme, measurements)
    targets = target_progress(programme, rows, when, thresholds, method=method)
    # an indicator counts once: its interim targets are reported, but only its final one weighs
    interim = interim_targets(programme)
    counted = {ident: found for ident, found in targets.items() if ident not in interim}
    nodes = aggregate(programme, counted, weighting, thresholds)
    return ProgressReport(when, weighting, targets, nodes, programme.id, method)
