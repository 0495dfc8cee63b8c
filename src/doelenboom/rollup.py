"""Budget sums along containment, in EUR, exact.

Shared by the budget checks and the aggregate stage. Money sits where the spec puts it
(containment); contribution links never move it here, so nothing is counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal, localcontext
from typing import Any, TypeVar

from doelenboom.model import Node, Programme
from doelenboom.text import Cell, Money, csv_cell, plain_decimal, plain_number
from doelenboom.tree import Entry, index, own_amount
from doelenboom.units import to_base_money


@dataclass(frozen=True)
class BudgetTotals:
    """Per node id: own amount and rolled-up amount (own plus everything contained), in EUR.

    ``has_money`` tells apart a subtree whose amounts add up to zero from one that declares none.
    """

    own: dict[str, Decimal | None]
    rolled_up: dict[str, Decimal]
    has_money: dict[str, bool]
    tree_total: Decimal
    overhead_total: Decimal
    has_overhead: bool = False
    """Whether the programme declares overhead at all (``overhead_total`` is 0 when it does not)."""

    @property
    def programme_total(self) -> Decimal:
        """The whole programme in EUR: the tree's total plus the overhead outside the tree."""
        return self.tree_total + self.overhead_total

    @property
    def tree_total_or_none(self) -> Decimal | None:
        """``tree_total``, or None when no node declares money (missing, not zero)."""
        return self.tree_total if any(amount is not None for amount in self.own.values()) else None

    @property
    def overhead_or_none(self) -> Decimal | None:
        """``overhead_total``, or None when the programme declares no overhead."""
        return self.overhead_total if self.has_overhead else None

    @property
    def programme_total_or_none(self) -> Decimal | None:
        """``programme_total``, or None when neither the tree nor the overhead holds money."""
        if self.tree_total_or_none is None and not self.has_overhead:
            return None
        return self.programme_total


def budget_totals(programme: Programme) -> BudgetTotals:
    """Roll budgets up the containment tree (post-order, no recursion). Sums are taken per
    occurrence, so every amount written is counted once; per id, the first occurrence counts, as
    everywhere (a duplicated id is an error, DB301). Computed once per programme."""
    return index(programme).memo("budget_totals", lambda: _budget_totals(programme))


def _budget_totals(programme: Programme) -> BudgetTotals:
    tree = index(programme)
    contained: dict[int, list[Entry]] = {}
    for entry in tree.entries:
        if entry.container is not None:
            contained.setdefault(id(entry.container), []).append(entry)
    sums: dict[int, tuple[Decimal, bool]] = {}  # per occurrence: rolled-up amount, has money
    for entry in reversed(tree.entries):  # children before parents
        amount = own_amount(entry.node.budget)
        total, money = amount or Decimal(0), amount is not None
        for child in contained.get(id(entry), ()):
            child_total, child_money = sums[id(child)]
            total, money = total + child_total, money or child_money
        sums[id(entry)] = (total, money)
    own = {ident: own_amount(entry.node.budget) for ident, entry in tree.nodes.items()}
    rolled = {ident: sums[id(entry)][0] for ident, entry in tree.nodes.items()}
    has_money = {ident: sums[id(entry)][1] for ident, entry in tree.nodes.items()}
    tree_total = sum((sums[id(e)][0] for e in tree.entries if e.container is None), Decimal(0))
    overhead = Decimal(0)
    has_overhead = programme.budget is not None and bool(programme.budget.overhead)
    if programme.budget is not None:
        for item in programme.budget.overhead:
            overhead += to_base_money(item.amount, programme.budget.unit)
    return BudgetTotals(own, rolled, has_money, tree_total, overhead, has_overhead)


@dataclass(frozen=True)
class Attribution:
    """Budget attributed through containment and contribution ('serves') links, in EUR.

    ``attributed[id]`` is the node's own money plus what each node below it or serving it passes
    up: all of a contained node's attributed money without an allocation, its allocation share to
    each recipient with one. ``flows[recipient][giver]`` is each passed amount. Money is conserved:
    the attributed amounts of the first level add up to the tree total, whatever the DAG.

    `attribute` gives the exact figures (a 33.33 % share of 85,433.07 is 28,474.8422...);
    `attribute_to_cents` the same money split to the cent, which is what every output shows.
    ``has_money[id]`` is False when no money reaches the node at all (missing, not zero).
    """

    attributed: dict[str, Decimal]
    flows: dict[str, dict[str, Decimal]]
    tree_total: Decimal
    has_money: dict[str, bool] = field(default_factory=dict)


def attribute(programme: Programme) -> Attribution:
    """Attribute every node's money to the nodes it belongs to and serves (exact decimals).
    Computed once per programme."""
    return index(programme).memo("attribution", lambda: _attribute(programme))


def _attribute(programme: Programme, *, cents: bool = False) -> Attribution:
    tree = index(programme)
    attributed: dict[str, Decimal] = {}
    flows: dict[str, dict[str, Decimal]] = {}
    has_money: dict[str, bool] = {}
    # Deepest first: every giver (a contained node or one that serves, one level down) is done
    # before its recipients. The index decides which links are valid and what share each passes.
    with localcontext() as context:
        context.prec = 80  # shares multiply along paths; keep every cent exact
        for entry in sorted(tree.nodes.values(), key=lambda item: -item.depth):
            ident = entry.node.id
            own = own_amount(entry.node.budget)
            received = flows.get(ident, {})
            total = (own or Decimal(0)) + sum(received.values(), Decimal(0))
            attributed[ident] = total
            has_money[ident] = own is not None or any(has_money.get(giver, False) for giver in received)
            shares = {recipient: share for recipient, share in tree.shares(entry).items() if share}
            parts = split_to_cents(total, shares) if cents else {r: total * share for r, share in shares.items()}
            for recipient, part in parts.items():
                flows.setdefault(recipient, {})[ident] = part
        tree_total = sum(flows.get(programme.id, {}).values(), Decimal(0))
    return Attribution(attributed, flows, tree_total, has_money)


def attribute_to_cents(programme: Programme) -> Attribution:
    """`attribute`, with every passed amount rounded to the cent so that the parts of one giver's
    money add up exactly to it (`split_to_cents`); a node's attributed amount is its own money plus
    what it receives, so it is whole cents whenever the declared amounts are. What every output
    shows. Computed once per programme."""
    return index(programme).memo("attribution_cents", lambda: _attribute(programme, cents=True))


CENT = Decimal("0.01")


def split_to_cents(amount: Decimal, shares: dict[str, Decimal]) -> dict[str, Decimal]:
    """Split ``amount`` by ``shares`` (fractions adding up to 1) into parts in whole cents that add
    up exactly to ``amount`` (largest remainder): every part is first rounded down to the cent,
    then the cents left over go one each to the parts that lost most, the earlier one on a tie.
    An amount that is not itself whole cents leaves its fraction of a cent with the first of
    those parts, so that nothing is lost."""
    exact = {recipient: amount * share for recipient, share in shares.items()}
    parts = {recipient: value.quantize(CENT, rounding=ROUND_FLOOR) for recipient, value in exact.items()}
    left = amount - sum(parts.values(), Decimal(0))
    order = sorted(exact, key=lambda recipient: parts[recipient] - exact[recipient])  # stable: ties in order
    for recipient in order:
        if left < CENT:
            break
        parts[recipient] += CENT
        left -= CENT
    if left and order:
        parts[order[0]] += left
    return parts


@dataclass(frozen=True)
class CostPerUnit:
    """What one unit of a target costs: the budget that pays for it divided by the quantity.

    ``basis`` is the node whose attributed budget is used: the target's own node, or the nearest
    node above it that holds money. ``shared_with`` lists the other targets that budget also pays
    for; when it is not empty the figure is an upper bound per target, not a price.
    """

    target: str
    basis: str
    budget: Decimal
    quantity: Decimal
    unit: str
    per_unit: Decimal
    shared_with: tuple[str, ...]


def cost_per_unit(programme: Programme, target_id: str, attribution: Attribution | None = None) -> CostPerUnit | None:
    """EUR per unit of a count target (e.g. per extra participant), rounded to cents; None when
    the target has no quantity or no budget pays for it, and for a part-of target (see
    `COST_MISSING`: the budget pays for the whole, and no figure says what the part costs of
    it; dividing it by the part would charge the whole's money to the part). For every target at once, use
    `costs_per_unit` (one pass over the programme instead of one per target)."""
    return costs_per_unit(programme, attribution, only=target_id).get(target_id)


def costs_per_unit(
    programme: Programme, attribution: Attribution | None = None, *, only: str | None = None
) -> dict[str, CostPerUnit]:
    """`cost_per_unit` of every count target that a budget pays for, keyed by target id in file
    order, in one pass over the programme (``only``: just that target)."""
    from decimal import ROUND_HALF_EVEN

    from doelenboom.model import CountTarget

    att = attribution or attribute(programme)
    owners: dict[str, tuple[CountTarget, list[Node]]] = {}
    tree = index(programme)
    for found in tree.targets.values():  # the first target with an id counts, as everywhere
        target = found.target
        if (only is None or target.id == only) and isinstance(target, CountTarget):
            chain: list[Node] = []
            up: Entry | None = found.owner
            while up is not None:  # the target's own node first, then up
                chain.append(up.node)
                up = up.container
            owners[target.id] = (target, chain)
    below: dict[str, tuple[str, ...]] = {}  # measurable targets in a node's subtree

    def measurable_below(node: Node) -> tuple[str, ...]:
        found = below.get(node.id)
        if found is None:
            subtree = tree.subtree(node.id)
            found = below[node.id] = tuple(t.id for e in subtree for t in e.node.targets if t.measurable)
        return found

    costs: dict[str, CostPerUnit] = {}
    for target_id, (target, owner) in owners.items():
        quantity = abs(target.value - (target.baseline.value if target.baseline is not None else Decimal(0)))
        for node in owner:
            budget = att.attributed.get(node.id, Decimal(0))
            if budget > 0 and quantity > 0:
                others = tuple(t for t in measurable_below(node) if t != target_id)
                per_unit = (budget / quantity).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
                costs[target_id] = CostPerUnit(target_id, node.id, budget, quantity, target.unit, per_unit, others)
                break
    return costs


COST_MISSING = "part_of"
"""Why a part-of target has no cost per unit: a part of a whole that one budget pays for."""


def costs_missing(programme: Programme) -> dict[str, str]:
    """The count-like targets without a cost per unit for a reason, keyed by target id in file
    order: every part-of target (`COST_MISSING`)."""
    from doelenboom.model import PartOfTarget

    return {t.target.id: COST_MISSING for t in index(programme).targets.values() if isinstance(t.target, PartOfTarget)}


@dataclass(frozen=True)
class BudgetRow:
    """One node in a `BudgetReport`, in EUR."""

    id: str
    name: str
    level: str | None
    """Id of the node's declared level (None when the tree is deeper than the levels)."""
    level_name: str
    """The spec's word for the level (see `tree.level_words`)."""
    parent: str
    """Id of the containing node, or the programme's id at the first level."""
    depth: int
    own: Decimal | None
    rolled_up: Decimal | None
    """Own plus everything contained; None when no node in the subtree declares money."""
    attributed: Decimal | None
    """Rolled up through containment and 'serves', to the cent (`attribute_to_cents`); None when
    no money reaches the node."""
    received_from: dict[str, Decimal]
    """What each giver passes to this node, to the cent (non-zero amounts only)."""


BUDGET_CSV_COLUMNS = ("id", "parent", "level", "level_name", "name", "own_eur", "rolled_up_eur", "attributed_eur")


@dataclass(frozen=True)
class BudgetReport:
    """Own, rolled-up and attributed budget of every node, the totals and the cost per unit of
    every target a budget pays for: what `doelenboom budget` shows, in every format."""

    programme_id: str
    totals: BudgetTotals
    declared_total: Decimal | None
    """The programme's declared total in EUR, if it declares one."""
    rows: tuple[BudgetRow, ...]
    """Every node, in file order (pre-order)."""
    costs: dict[str, CostPerUnit]
    costs_missing: dict[str, str] = field(default_factory=dict)
    """Targets whose cost per unit is missing, with the reason (`costs_missing`)."""
    planned: PlannedMoney | None = None
    """Planned money by year and by funder (format 1.1); `budget_report` always fills it in."""
    funders: tuple[tuple[str, str, str, str | None], ...] = ()
    """The declared funders: id, name, kind, scheme."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: nodes keyed by id, money as exact decimal strings in keys ending in
        ``_eur`` (the vocabulary of docs/exports.md)."""
        return {
            "programme": self.programme_id,
            "currency": "EUR",
            "tree_total_eur": plain_decimal(self.totals.tree_total_or_none) or None,
            "overhead_eur": plain_decimal(self.totals.overhead_or_none) or None,
            "programme_total_eur": plain_decimal(self.totals.programme_total_or_none) or None,
            "declared_total_eur": plain_decimal(self.declared_total) or None,
            "funders": [
                {"id": ident, "name": name, "kind": kind, "scheme": scheme}
                for ident, name, kind, scheme in self.funders
            ],
            "planned": None if self.planned is None else split_dict(self.planned.total),
            "nodes": {
                r.id: {
                    "name": r.name,
                    "level": r.level,
                    "level_name": r.level_name,
                    "parent": r.parent,
                    "depth": r.depth,
                    "own_eur": plain_decimal(r.own) or None,
                    "rolled_up_eur": plain_decimal(r.rolled_up) or None,
                    "attributed_eur": plain_decimal(r.attributed) or None,
                    "received_from_eur": {k: plain_decimal(v) for k, v in r.received_from.items()},
                    "planned": None if self.planned is None else split_dict(self.planned.rolled[r.id]),
                }
                for r in self.rows
            },
            "cost_per_unit": {
                c.target: {
                    "basis": c.basis,
                    "budget_eur": plain_decimal(c.budget),
                    "quantity": plain_number(c.quantity),
                    "unit": c.unit,
                    "per_unit_eur": plain_decimal(c.per_unit),
                    "shared_with": list(c.shared_with),
                }
                for c in self.costs.values()
            },
            "cost_per_unit_missing": dict(self.costs_missing),
        }

    def csv_rows(self) -> list[list[str]]:
        """One row per node under `BUDGET_CSV_COLUMNS` (no header), each cell through
        `doelenboom.text.csv_cell`: text that a spreadsheet would run as a formula gets a
        leading ``'``, money is exact decimal text."""
        return [[csv_cell(cell) for cell in row] for row in self.table_rows()]

    def table_rows(self) -> list[tuple[Cell, ...]]:
        """One row per node under `BUDGET_CSV_COLUMNS`, money as exact `Decimal` (None when missing)."""
        return [
            (r.id, r.parent, r.level, r.level_name, r.name, *(_money(x) for x in (r.own, r.rolled_up, r.attributed)))
            for r in self.rows
        ]


def _money(amount: Decimal | None) -> Money | None:
    return None if amount is None else Money(amount)


def budget_report(programme: Programme) -> BudgetReport:
    """Everything `doelenboom budget` reports, computed once."""
    totals = budget_totals(programme)
    att = attribute_to_cents(programme)
    rows: list[BudgetRow] = []
    for entry in index(programme).nodes.values():
        node = entry.node
        rows.append(
            BudgetRow(
                node.id,
                node.name,
                entry.level,
                entry.level_name,
                entry.parent,
                entry.depth,
                own_amount(node.budget),
                totals.rolled_up[node.id] if totals.has_money[node.id] else None,
                att.attributed[node.id] if att.has_money[node.id] else None,
                {k: v for k, v in att.flows.get(node.id, {}).items() if v},
            )
        )
    declared = None
    if programme.budget is not None and programme.budget.declared_total is not None:
        declared = to_base_money(programme.budget.declared_total, programme.budget.unit)
    funders = tuple((f.id, f.name, f.kind, f.scheme) for f in programme.funders)
    costs = costs_per_unit(programme, att)
    return BudgetReport(
        programme.id, totals, declared, tuple(rows), costs, costs_missing(programme), planned(programme), funders
    )


# --- format 1.1: planned money per year and per funder --------------------------------------------


@dataclass(frozen=True)
class Split:
    """Planned money (EUR) of one node, one subtree or the whole programme, by year and by funder.

    ``amount`` is None when there is no money at all (missing, not zero); then every split is
    empty. A split is None when it is not known: some money in it has no split by year (or by
    funder, or by both), and ``missing_year`` (``missing_funder``, ``missing_cells``) names the
    first node or overhead item holding such money, the reason. Nothing is ever guessed: a split
    is the figures written, or their exact sums."""

    amount: Decimal | None
    by_year: dict[int, Decimal] | None
    by_funder: dict[str, Decimal] | None
    cells: dict[tuple[int, str], Decimal] | None
    """(year, funder) → amount."""
    missing_year: str | None = None
    missing_funder: str | None = None
    missing_cells: str | None = None

    def planned(self, year: int | None = None, funder: str | None = None) -> Decimal | None:
        """One figure: the whole amount, one year's, one funder's, or one funder's in one year;
        None when it is not known or there is no money. A year or funder without money in a
        known split is 0."""
        if self.amount is None:
            return None
        if year is None and funder is None:
            return self.amount
        if funder is None:
            return None if self.by_year is None else self.by_year.get(year or 0, Decimal(0))
        if year is None:
            return None if self.by_funder is None else self.by_funder.get(funder, Decimal(0))
        return None if self.cells is None else self.cells.get((year, funder), Decimal(0))


NO_MONEY = Split(None, {}, {}, {})
K = TypeVar("K")
"""The split of something that holds no money at all."""


def money_years(programme: Programme) -> range:
    """The years money may be planned (and spent) in: the plan period, else the horizon."""
    period = programme.plan_period or programme.horizon
    return range(period.start, period.end + 1)


def _split_of(ident: str, amount: Decimal | None, unit: str, block: Any) -> Split:
    """The split of the money written in one budget block (a node's budget or an overhead item)."""
    if amount is None:
        return NO_MONEY
    total = to_base_money(amount, unit)
    by_year: dict[int, Decimal] | None = None
    by_funder: dict[str, Decimal] | None = None
    cells: dict[tuple[int, str], Decimal] | None = None
    matrix = block.funding_per_year
    if matrix is not None:
        cells = {(year, funder): to_base_money(v, unit) for funder, row in matrix.items() for year, v in row.items()}
    if block.per_year is not None:
        # in EUR (most specs) the figures are the model's own: copied, not converted one by one
        by_year = dict(block.per_year) if unit == "EUR" else _in_eur(block.per_year, unit)
    elif cells is not None:
        by_year = {}
        for (year, _funder), value in cells.items():
            by_year[year] = by_year.get(year, Decimal(0)) + value
    if block.funding is not None:
        by_funder = dict(block.funding) if unit == "EUR" else _in_eur(block.funding, unit)
    elif cells is not None:
        by_funder = {}
        for (_year, funder), value in cells.items():
            by_funder[funder] = by_funder.get(funder, Decimal(0)) + value
    if cells is None and by_year is not None and by_funder is not None:
        # One funder pays every year, or all the money falls in one year: the cells are exact.
        if len(by_funder) == 1:
            (funder,) = by_funder
            cells = {(year, funder): value for year, value in by_year.items()}
        elif len(by_year) == 1:
            (year,) = by_year
            cells = {(year, funder): value for funder, value in by_funder.items()}
    return Split(
        total,
        by_year,
        by_funder,
        cells,
        None if by_year is not None else ident,
        None if by_funder is not None else ident,
        None if cells is not None else ident,
    )


def _in_eur(figures: dict[K, Decimal], unit: str) -> dict[K, Decimal]:
    return {key: to_base_money(value, unit) for key, value in figures.items()}


def _add_into(into: dict[Any, Decimal], more: dict[Any, Decimal]) -> None:
    for key, value in more.items():
        into[key] = into.get(key, Decimal(0)) + value


class _Sum:
    """A split being added up (children into their parent)."""

    __slots__ = ("amount", "by_funder", "by_year", "cells", "missing_cells", "missing_funder", "missing_year")

    def __init__(self) -> None:
        self.amount: Decimal | None = None
        self.by_year: dict[int, Decimal] | None = {}
        self.by_funder: dict[str, Decimal] | None = {}
        self.cells: dict[tuple[int, str], Decimal] | None = {}
        self.missing_year: str | None = None
        self.missing_funder: str | None = None
        self.missing_cells: str | None = None

    def add(self, split: Split) -> None:
        if split.amount is None:
            return
        self.amount = split.amount if self.amount is None else self.amount + split.amount
        if self.by_year is not None:
            if split.by_year is None:
                self.by_year, self.missing_year = None, split.missing_year
            else:
                _add_into(self.by_year, split.by_year)
        if self.by_funder is not None:
            if split.by_funder is None:
                self.by_funder, self.missing_funder = None, split.missing_funder
            else:
                _add_into(self.by_funder, split.by_funder)
        if self.cells is not None:
            if split.cells is None:
                self.cells, self.missing_cells = None, split.missing_cells
            else:
                _add_into(self.cells, split.cells)

    def done(self) -> Split:
        if self.amount is None:
            return NO_MONEY
        return Split(
            self.amount,
            self.by_year,
            self.by_funder,
            self.cells,
            self.missing_year,
            self.missing_funder,
            self.missing_cells,
        )


@dataclass(frozen=True)
class PlannedMoney:
    """Planned money by year and by funder (format 1.1), in EUR: per node its own money and its
    subtree's (containment only, like `BudgetTotals.rolled_up`), per overhead item, and in all."""

    own: dict[str, Split]
    """Money placed at each node itself, by node id (the first occurrence of an id counts)."""
    rolled: dict[str, Split]
    """Each node's own money plus everything it contains."""
    tree: Split
    """The tree: the first level together."""
    overhead_items: dict[str, Split]
    """Each overhead item, by id."""
    overhead: Split
    """The overhead items together."""
    total: Split
    """Tree plus overhead: the whole programme."""
    funders: tuple[str, ...]
    """The declared funders' ids, in the order of `funders:`."""
    years: tuple[int, ...]
    """Every year that some figure of the spec plans money in, sorted."""


def planned(programme: Programme) -> PlannedMoney:
    """Planned money of every node by year and by funder (see `PlannedMoney`). Computed once per
    programme; one pass over the tree, each figure added once per level above it."""
    return index(programme).memo("planned", lambda: _planned(programme))


def _planned(programme: Programme) -> PlannedMoney:
    tree = index(programme)
    own_by_entry: dict[int, Split] = {}
    sums: dict[int, _Sum] = {}
    top = _Sum()
    years: set[int] = set()
    for entry in reversed(tree.entries):  # children before parents
        budget = entry.node.budget
        split = NO_MONEY if budget is None else _split_of(entry.node.id, budget.amount, budget.unit, budget)
        own_by_entry[id(entry)] = split
        if split.by_year:
            years.update(split.by_year)
        acc = sums.pop(id(entry), None) or _Sum()
        acc.add(split)
        rolled = acc.done()
        sums[id(entry)] = acc  # kept for `rolled` below
        parent = sums.setdefault(id(entry.container), _Sum()) if entry.container is not None else top
        parent.add(rolled)
    own = {ident: own_by_entry[id(entry)] for ident, entry in tree.nodes.items()}
    rolled_splits = {ident: sums[id(entry)].done() for ident, entry in tree.nodes.items()}
    items: dict[str, Split] = {}
    overhead = _Sum()
    pbudget = programme.budget
    if pbudget is not None:
        for item in pbudget.overhead:
            split = _split_of(item.id, item.amount, pbudget.unit, item)
            items.setdefault(item.id, split)
            if split.by_year:
                years.update(split.by_year)
            overhead.add(split)
    tree_split = top.done()
    total = _Sum()
    total.add(tree_split)
    overhead_split = overhead.done()
    total.add(overhead_split)
    funders = tuple(dict.fromkeys(f.id for f in programme.funders))
    years_planned = tuple(sorted(years))
    return PlannedMoney(own, rolled_splits, tree_split, items, overhead_split, total.done(), funders, years_planned)


def split_dict(split: Split) -> dict[str, Any] | None:
    """A `Split` as JSON-ready data (the ``planned`` object of `BudgetReport.to_dict` and the
    exports): money per year, per funder and per funder per year as exact decimal strings, years
    and funders in order; a split that is not known is null, and ``unsplit`` names the node (or
    overhead item) whose money has no such split, the reason. None when there is no money."""
    if split.amount is None:
        return None
    cells: dict[str, dict[str, str]] | None = None
    if split.cells is not None:
        # funders in the order of the split by funder (the spec's), each one's years in order
        cells = {funder: {} for funder in split.by_funder or ()}
        for (year, funder), value in sorted(split.cells.items()):
            cells.setdefault(funder, {})[str(year)] = plain_decimal(value)
    return {
        "total_eur": plain_decimal(split.amount),
        "per_year_eur": None
        if split.by_year is None
        else {str(year): plain_decimal(value) for year, value in sorted(split.by_year.items())},
        "per_funder_eur": None
        if split.by_funder is None
        else {funder: plain_decimal(value) for funder, value in split.by_funder.items()},
        "per_funder_per_year_eur": cells,
        "unsplit": {"year": split.missing_year, "funder": split.missing_funder, "funder_year": split.missing_cells},
    }
