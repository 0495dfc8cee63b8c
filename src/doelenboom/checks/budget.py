"""Budgets add up: declared totals and shares against the figures they sum, allocations to 100 %.

Each declared figure is checked against the row directly below it, as the source table adds up:
a leefgebied total against its themes, the subtotal against the leefgebied totals, the grand total
against subtotal plus overhead. So one wrong figure is reported once, at the total it breaks,
with the figures that make up that total as related locations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from doelenboom.checks.context import Context
from doelenboom.diagnostics import Diagnostic, Money, Related, cut_related, listing
from doelenboom.model import Discrepancy, Node
from doelenboom.source import PathKey
from doelenboom.tree import Entry
from doelenboom.units import to_base_money

CODES = ("DB304", "DB305", "DB306", "DB317", "DB318", "DB319", "DB320", "DB326")


def _parts(ctx: Context, node: Node, path: PathKey) -> list[Related]:
    """The figures a node's total is made of: its own amount and each child's total or parts."""
    parts: list[Related] = []
    if node.budget is not None and node.budget.amount is not None:
        parts.append(ctx.related((*path, "budget", "amount"), f"{node.id}: amount"))
    for i, child in enumerate(node.children):
        child_path = (*path, "children", i)
        if child.budget is not None and child.budget.declared_total is not None:
            parts.append(ctx.related((*child_path, "budget", "declared_total"), f"{child.id}: declared_total"))
        else:
            parts.extend(_parts(ctx, child, child_path))
    return parts


def _row_value(ctx: Context, node: Node) -> Decimal:
    """What a node adds to the row above it: its declared total where it states one (that total
    is checked against its own parts separately), else the sum of everything it contains."""
    budget = node.budget
    if budget is not None and budget.declared_total is not None:
        return to_base_money(budget.declared_total, budget.unit)
    return ctx.totals.rolled_up[node.id]


def _row_sum(ctx: Context, node: Node) -> Decimal:
    own = ctx.totals.own.get(node.id) or Decimal(0)
    return own + sum((_row_value(ctx, child) for child in node.children), Decimal(0))


def _compare(
    ctx: Context,
    what: str,
    declared: Decimal,
    computed: Decimal,
    path: PathKey,
    accepted: Discrepancy | None,
    accepted_path: PathKey,
    unit: str,
    parts: Callable[[], list[Related]],
) -> Iterator[Diagnostic]:
    # ``parts`` is called only when a diagnostic is made: most totals add up, and collecting the
    # figures of a subtree (with their locations) costs more than the comparison itself.
    names = {"what": what, "key": str(accepted_path[-1])}
    if accepted is not None:
        a_declared = to_base_money(accepted.declared, unit)
        a_computed = to_base_money(accepted.computed, unit)
        if a_declared != declared or a_computed != computed:
            yield ctx.diag(
                "DB319",
                path,
                related=[
                    *parts(),
                    ctx.related((*accepted_path, "declared"), "accept_discrepancy: declared"),
                    ctx.related((*accepted_path, "computed"), "accept_discrepancy: computed"),
                ],
                accepted_declared=Money(a_declared),
                accepted_computed=Money(a_computed),
                declared=Money(declared),
                computed=Money(computed),
                more=names,
            )
            return
    if declared != computed:
        # An accepted (pinned) discrepancy is a warning; any other mismatch is an error.
        yield ctx.diag(
            "DB317" if accepted is not None else "DB304",
            path,
            related=parts(),
            declared=Money(declared),
            computed=Money(computed),
            difference=Money(declared - computed),
            more=names,
        )


def totals(ctx: Context) -> Iterator[Diagnostic]:
    sums = ctx.totals
    for info in ctx.nodes.values():
        budget = info.node.budget
        if budget is None or budget.declared_total is None:
            continue
        bpath = (*info.path, "budget")
        yield from _compare(
            ctx,
            "total",
            to_base_money(budget.declared_total, budget.unit),
            _row_sum(ctx, info.node),
            (*bpath, "declared_total"),
            budget.accept_discrepancy,
            (*bpath, "accept_discrepancy"),
            budget.unit,
            partial(_parts, ctx, info.node, info.path),
        )
    pbudget = ctx.programme.budget
    if pbudget is None:
        return

    def top_parts() -> list[Related]:
        return [
            part
            for i, node in enumerate(ctx.programme.tree)
            for part in (
                [ctx.related(("tree", i, "budget", "declared_total"), f"{node.id}: declared_total")]
                if node.budget is not None and node.budget.declared_total is not None
                else _parts(ctx, node, ("tree", i))
            )
        ]

    total_parts: Callable[[], list[Related]] = top_parts
    subtotal = sum((_row_value(ctx, node) for node in ctx.programme.tree), Decimal(0))
    if pbudget.declared_subtotal is not None:
        declared_subtotal = to_base_money(pbudget.declared_subtotal, pbudget.unit)
        yield from _compare(
            ctx,
            "subtotal",
            declared_subtotal,
            subtotal,
            ("budget", "declared_subtotal"),
            pbudget.accept_subtotal_discrepancy,
            ("budget", "accept_subtotal_discrepancy"),
            pbudget.unit,
            top_parts,
        )
        # The grand total is checked against the subtotal as declared: one discrepancy, one report.
        subtotal = declared_subtotal

        def subtotal_part() -> list[Related]:
            return [ctx.related(("budget", "declared_subtotal"), "declared_subtotal")]

        total_parts = subtotal_part

    if pbudget.declared_total is not None:

        def grand_parts() -> list[Related]:
            overhead_parts = [
                ctx.related(("budget", "overhead", i, "amount"), f"{item.id}: amount")
                for i, item in enumerate(pbudget.overhead)
            ]
            return total_parts() + overhead_parts

        yield from _compare(
            ctx,
            "total",
            to_base_money(pbudget.declared_total, pbudget.unit),
            subtotal + sums.overhead_total,
            ("budget", "declared_total"),
            pbudget.accept_total_discrepancy,
            ("budget", "accept_total_discrepancy"),
            pbudget.unit,
            grand_parts,
        )


def _rounded(share: Decimal, decimals: int) -> Decimal:
    return share.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def shares(ctx: Context) -> Iterator[Diagnostic]:
    sums = ctx.totals
    # The siblings' figures, once per parent: each wrong share among n siblings relates to all n,
    # and one shared tuple keeps that linear instead of n lists of n.
    siblings: dict[PathKey | None, tuple[Related, ...]] = {}
    decimals = ctx.programme.budget.share_decimals if ctx.programme.budget is not None else 0
    for info in ctx.nodes.values():
        budget = info.node.budget
        if budget is None or budget.declared_share is None:
            continue
        whole = sums.rolled_up[info.parent] if info.container is not None else sums.tree_total
        computed = Decimal(0) if whole == 0 else sums.rolled_up[info.node.id] * 100 / whole
        if _rounded(computed, decimals) != _rounded(budget.declared_share, decimals):
            yield ctx.diag(
                "DB305",
                (*info.path, "budget", "declared_share"),
                related=_cached_siblings(ctx, info, siblings),
                id=info.node.id,
                declared=budget.declared_share,
                computed=_rounded(computed, max(decimals, 1)),
            )


def _cached_siblings(
    ctx: Context, info: Entry, cache: dict[PathKey | None, tuple[Related, ...]]
) -> tuple[Related, ...]:
    key = info.container.path if info.container is not None else None
    found = cache.get(key)
    if found is None:
        # cut after RELATED_LIMIT: n wrong shares among n siblings must not print n * n lines
        where = ctx.loc((*key, "children") if key is not None else ("tree",), key=True)
        found = cache[key] = cut_related(tuple(_siblings(ctx, info)), where)
    return found


def _siblings(ctx: Context, info: Entry) -> list[Related]:
    siblings = info.container.node.children if info.container is not None else ctx.programme.tree
    base = (*info.container.path, "children") if info.container is not None else ("tree",)
    return [
        part
        for i, node in enumerate(siblings)
        for part in (
            _parts(ctx, node, (*base, i))
            if node.budget is None or node.budget.declared_total is None
            else [ctx.related((*base, i, "budget", "declared_total"), f"{node.id}: declared_total")]
        )
    ]


def allocations(ctx: Context) -> Iterator[Diagnostic]:
    sums = ctx.totals
    for ident, info in ctx.nodes.items():
        node = info.node
        parent_id = info.parent
        if node.allocation is None:
            served = ctx.tree.valid_serves(info)  # the others are errors (DB302, DB315, DB323)
            if served and sums.has_money.get(ident, False):
                yield ctx.diag(
                    "DB318",
                    (*info.path, "serves"),
                    key=True,
                    id=ident,
                    others=listing(served, quoted=True),
                    parent=parent_id,
                )
            continue
        expected = {parent_id, *node.serves}
        apath = (*info.path, "allocation")
        for key in node.allocation:
            if key not in expected:
                yield ctx.diag(
                    "DB320",
                    (*apath, key),
                    key=True,
                    id=ident,
                    ref=key,
                    problem="not_served",
                )
        for ref in sorted(expected - set(node.allocation)):
            yield ctx.diag(
                "DB320",
                apath,
                key=True,
                id=ident,
                ref=ref,
                problem="left_out",
            )
        total = sum(node.allocation.values(), Decimal(0))
        if total != 100:
            yield ctx.diag("DB306", apath, key=True, id=ident, total=total)


_CENT = Decimal("0.01")


def _money_figures(ctx: Context) -> Iterator[tuple[PathKey, Decimal, str]]:
    """Every money figure in the spec with its path and unit."""

    def block(
        path: PathKey, budget: object, unit: str, names: tuple[str, ...]
    ) -> Iterator[tuple[PathKey, Decimal, str]]:
        for name in names:
            value = getattr(budget, name, None)
            if isinstance(value, Decimal):
                yield (*path, name), value, unit
        for name in ("accept_discrepancy", "accept_subtotal_discrepancy", "accept_total_discrepancy"):
            accepted = getattr(budget, name, None)
            if accepted is not None:
                yield (*path, name, "declared"), accepted.declared, unit
                yield (*path, name, "computed"), accepted.computed, unit

    for info in ctx.node_infos:
        if info.node.budget is not None:
            budget = info.node.budget
            yield from block((*info.path, "budget"), budget, budget.unit, ("amount", "declared_total"))
    pbudget = ctx.programme.budget
    if pbudget is not None:
        yield from block(("budget",), pbudget, pbudget.unit, ("declared_subtotal", "declared_total"))
        for i, item in enumerate(pbudget.overhead):
            yield ("budget", "overhead", i, "amount"), item.amount, pbudget.unit


def whole_cents(ctx: Context) -> Iterator[Diagnostic]:
    for path, value, unit in _money_figures(ctx):
        eur = to_base_money(value, unit)
        if eur != eur.quantize(_CENT):
            yield ctx.diag("DB326", path, text=str(value), unit=unit, eur=Money(eur.normalize()))


CHECKS = (totals, shares, allocations, whole_cents)
