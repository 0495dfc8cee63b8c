"""Budget sums along containment, in EUR, exact.

Shared by the budget checks and the aggregate stage. Money sits where the spec puts it
(containment); contribution links never move it here, so nothing is counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from doelenboom.model import Budget, Node, Programme
from doelenboom.units import to_base_money


def own_amount(budget: Budget | None) -> Decimal | None:
    """The node's own amount in EUR, or None when it declares none."""
    if budget is None or budget.amount is None:
        return None
    return to_base_money(budget.amount, budget.unit)


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

    @property
    def programme_total(self) -> Decimal:
        return self.tree_total + self.overhead_total


def budget_totals(programme: Programme) -> BudgetTotals:
    """Roll budgets up the containment tree (post-order, no recursion)."""
    own: dict[str, Decimal | None] = {}
    rolled: dict[str, Decimal] = {}
    has_money: dict[str, bool] = {}
    order: list[Node] = [node for node, _depth, _path in programme.walk()]
    for node in reversed(order):  # children before parents
        amount = own_amount(node.budget)
        own.setdefault(node.id, amount)
        total = amount or Decimal(0)
        money = amount is not None
        for child in node.children:
            total += rolled.get(child.id, Decimal(0))
            money = money or has_money.get(child.id, False)
        rolled.setdefault(node.id, total)
        has_money.setdefault(node.id, money)
    tree_total = sum((rolled[n.id] for n in programme.tree), Decimal(0))
    overhead = Decimal(0)
    if programme.budget is not None:
        for item in programme.budget.overhead:
            overhead += to_base_money(item.amount, programme.budget.unit)
    return BudgetTotals(own, rolled, has_money, tree_total, overhead)
