"""Budgets add up: declared totals and shares against the figures they sum, allocations to 100 %.

Each declared figure is checked against the row directly below it, as the source table adds up:
a leefgebied total against its themes, the subtotal against the leefgebied totals, the grand total
against subtotal plus overhead. So one wrong figure is reported once, at the total it breaks,
with the figures that make up that total as related locations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from typing import Any

from doelenboom.checks.context import Context
from doelenboom.checks.money import money_paths, money_sum
from doelenboom.diagnostics import ArgValue, Diagnostic, Money, Related, cut_related, listing
from doelenboom.model import Discrepancy, Node
from doelenboom.rollup import PlannedMoney, Split, planned
from doelenboom.source import PathKey
from doelenboom.tree import Entry
from doelenboom.units import to_base_money

CODES = ("DB304", "DB305", "DB306", "DB317", "DB318", "DB319", "DB320", "DB326", "DB345", "DB346")


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


def compare_declared(
    ctx: Context,
    what: str,
    declared: Decimal,
    computed: Decimal,
    path: PathKey,
    accepted: Discrepancy | None,
    accepted_path: PathKey,
    unit: str,
    parts: Callable[[], list[Related]],
    names: Mapping[str, ArgValue] | None = None,
) -> Iterator[Diagnostic]:
    """DB304 when a declared figure is not what its parts add up to; DB317 when it is accepted as
    published (``accepted``), DB319 when that acceptance no longer describes the figures. Shared
    by every declared total: of a node, of the programme, per year and per funder (format 1.1).
    ``names`` fills the words of ``what`` (the year, the funder)."""
    # ``parts`` is called only when a diagnostic is made: most totals add up, and collecting the
    # figures of a subtree (with their locations) costs more than the comparison itself.
    # the key to update or remove: 'accept_discrepancy', or 'accept_year_discrepancies' above '2024'
    key = accepted_path[-2] if names else accepted_path[-1]
    names = {**(names or {}), "what": what, "key": str(key)}
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
        yield from compare_declared(
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
        yield from compare_declared(
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

        yield from compare_declared(
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
            yield from _split_figures((*info.path, "budget"), budget, budget.unit)
    pbudget = ctx.programme.budget
    if pbudget is not None:
        yield from block(("budget",), pbudget, pbudget.unit, ("declared_subtotal", "declared_total"))
        yield from _split_figures(("budget",), pbudget, pbudget.unit)
        for i, item in enumerate(pbudget.overhead):
            yield ("budget", "overhead", i, "amount"), item.amount, pbudget.unit
            yield from _split_figures(("budget", "overhead", i), item, pbudget.unit)


def _split_figures(path: PathKey, block: object, unit: str) -> Iterator[tuple[PathKey, Decimal, str]]:
    """The money figures of format 1.1 in a budget block (per year, per funder, both, declared)
    that may be finer than a cent: a figure with at most two decimals is whole cents in every
    money unit (each unit is a whole number of euros), and a spec holds thousands of them."""
    for name in ("per_year", "funding", "declared_per_year", "declared_per_funder"):
        for key, value in (getattr(block, name, None) or {}).items():
            if _may_be_finer_than_a_cent(value):
                yield (*path, name, str(key)), value, unit
    for funder, row in (getattr(block, "funding_per_year", None) or {}).items():
        for year, value in row.items():
            if _may_be_finer_than_a_cent(value):
                yield (*path, "funding_per_year", funder, str(year)), value, unit
    for name in ("accept_year_discrepancies", "accept_funder_discrepancies"):
        for key, accepted in (getattr(block, name, None) or {}).items():
            yield (*path, name, str(key), "declared"), accepted.declared, unit
            yield (*path, name, str(key), "computed"), accepted.computed, unit


def _may_be_finer_than_a_cent(value: Decimal) -> bool:
    exponent = value.as_tuple().exponent
    return not isinstance(exponent, int) or exponent < -2


def whole_cents(ctx: Context) -> Iterator[Diagnostic]:
    for path, value, unit in _money_figures(ctx):
        eur = to_base_money(value, unit)
        if eur != eur.quantize(_CENT):
            yield ctx.diag("DB326", path, text=str(value), unit=unit, eur=Money(eur.normalize()))


# --- format 1.1: declared totals per year and per funder, co-financing -----------------------------

_Known = tuple[Decimal | None, str | None]
"""A computed figure, or None with the node that holds money without the split needed for it."""


@dataclass(frozen=True)
class _Row:
    """What one part adds to a declared total per year (or per funder), key by key: ``values``;
    ``missing`` names a node holding money without that split (then only the keys in ``values``
    are known)."""

    values: dict[Any, Decimal]
    missing: str | None


def _split_values(split: Split, by: str) -> _Row:
    if split.amount is None:
        return _Row({}, None)
    known = split.by_year if by == "year" else split.by_funder
    if known is None:
        return _Row({}, split.missing_year if by == "year" else split.missing_funder)
    return _Row(known, None)


def _split_row(money: PlannedMoney, node: Node, by: str) -> _Row:
    """What a node adds to the row above it: its declared figures where it states them (checked
    against its own parts separately), else its subtree's planned figures."""
    row = _split_values(money.rolled[node.id], by)
    budget = node.budget
    declared = None if budget is None else (budget.declared_per_year if by == "year" else budget.declared_per_funder)
    if declared:
        assert budget is not None
        row = _Row({**row.values, **{k: to_base_money(v, budget.unit) for k, v in declared.items()}}, row.missing)
    return row


def _split_row_sum(money: PlannedMoney, own: Split, children: Iterable[Node], by: str) -> Callable[[Any], _Known]:
    """The computed figure for each key (year or funder) of a declared row, from the node's own
    money and what each child adds; None with the reason where a part does not know it. The
    rows are added up once per node, whichever keys are asked for."""
    total: dict[Any, Decimal] = {}
    partial: list[_Row] = []
    for row in (_split_values(own, by), *(_split_row(money, child, by) for child in children)):
        for key, value in row.values.items():
            total[key] = total.get(key, Decimal(0)) + value
        if row.missing is not None:
            partial.append(row)

    def computed(key: Any) -> _Known:
        for row in partial:
            if key not in row.values:
                return None, row.missing
        return total.get(key, Decimal(0)), None

    return computed


def _own_part(ctx: Context, block: Any, path: PathKey, by: str, key: Any) -> list[Related]:
    """Where a budget block's own figure for one year or funder stands, if it writes one."""
    text = str(key)
    if block is None:
        return []
    if by == "year" and block.per_year is not None and key in block.per_year:
        return [ctx.related((*path, "per_year", text), f"{text}")]
    if by == "funder" and block.funding is not None and key in block.funding:
        return [ctx.related((*path, "funding", text), f"{text}")]
    if block.funding_per_year is not None:
        if by == "funder" and key in block.funding_per_year:
            return [ctx.related((*path, "funding_per_year", text), text)]
        if by == "year":
            return [
                ctx.related((*path, "funding_per_year", f, text), f"{f}: {text}")
                for f, row in block.funding_per_year.items()
                if key in row
            ]
    return []


def _parts_by(ctx: Context, nodes: Iterable[tuple[Node, PathKey]], by: str, key: Any) -> list[Related]:
    """The figures a declared total for one year or funder is made of: each node's declared
    figure where it states one, else its own figure and those below it (called only for a report)."""
    parts: list[Related] = []
    text = str(key)
    for node, path in nodes:
        budget = node.budget
        dkey = "declared_per_year" if by == "year" else "declared_per_funder"
        declared = None if budget is None else getattr(budget, dkey)
        if declared is not None and key in declared:
            parts.append(ctx.related((*path, "budget", dkey, text), f"{node.id}: {dkey} {text}"))
            continue
        parts.extend(_own_part(ctx, budget, (*path, "budget"), by, key))
        parts.extend(_parts_by(ctx, ((c, (*path, "children", i)) for i, c in enumerate(node.children)), by, key))
    return parts


def declared_by_year_and_funder(ctx: Context) -> Iterator[Diagnostic]:
    """DB304, DB317, DB319 (and DB345 where not checkable) for every declared total per year and
    per funder, on nodes (own money plus everything contained) and on the programme (tree plus
    overhead), with the accept-a-published-discrepancy mechanism of `declared_total`."""
    if not money_paths(ctx):
        return
    money = planned(ctx.programme)
    for info in ctx.nodes.values():
        budget = info.node.budget
        if budget is None or (budget.declared_per_year is None and budget.declared_per_funder is None):
            continue
        own = money.own[info.node.id]
        node, path = info.node, info.path

        def node_parts(by: str, key: Any, node: Node = node, path: PathKey = path) -> list[Related]:
            own_part = _own_part(ctx, node.budget, (*path, "budget"), by, key)
            children = ((c, (*path, "children", i)) for i, c in enumerate(node.children))
            return own_part + _parts_by(ctx, children, by, key)

        yield from _declared(
            ctx,
            (*info.path, "budget"),
            budget,
            budget.unit,
            partial(_split_row_sum, money, own, node.children),
            node_parts,
        )
    pbudget = ctx.programme.budget
    if pbudget is not None and (pbudget.declared_per_year is not None or pbudget.declared_per_funder is not None):

        def programme_row(by: str) -> Callable[[Any], _Known]:
            return _split_row_sum(money, money.overhead, ctx.programme.tree, by)

        def programme_parts(by: str, key: Any) -> list[Related]:
            top = ((node, ("tree", i)) for i, node in enumerate(ctx.programme.tree))
            overhead = [
                part
                for i, item in enumerate(pbudget.overhead)
                for part in _own_part(ctx, item, ("budget", "overhead", i), by, key)
            ]
            return _parts_by(ctx, top, by, key) + overhead

        yield from _declared(ctx, ("budget",), pbudget, pbudget.unit, programme_row, programme_parts)


def _declared(
    ctx: Context,
    path: PathKey,
    block: Any,
    unit: str,
    computed_of: Callable[[str], Callable[[Any], _Known]],
    parts_of: Callable[[str, Any], list[Related]],
) -> Iterator[Diagnostic]:
    for by, declared, accepted, dkey, akey in (
        (
            "year",
            block.declared_per_year,
            block.accept_year_discrepancies,
            "declared_per_year",
            "accept_year_discrepancies",
        ),
        (
            "funder",
            block.declared_per_funder,
            block.accept_funder_discrepancies,
            "declared_per_funder",
            "accept_funder_discrepancies",
        ),
    ):
        if declared is None:
            continue
        accepts: Mapping[Any, Discrepancy] = accepted or {}
        computed_for = computed_of(by)
        for key, value in declared.items():
            text = str(key)
            names: dict[str, ArgValue] = (
                {"what": "year_total", "by": "year", "year": text}
                if by == "year"
                else {"what": "funder_total", "by": "funder", "funder": text}
            )
            computed, missing = computed_for(key)
            if computed is None:
                yield ctx.diag("DB345", (*path, dkey, text), node=missing or "", more=names)
                continue
            yield from compare_declared(
                ctx,
                str(names["what"]),
                to_base_money(value, unit),
                computed,
                (*path, dkey, text),
                accepts.get(key),
                (*path, akey, text),
                unit,
                partial(parts_of, by, key),
                {k: v for k, v in names.items() if k != "by"},
            )


def co_financing(ctx: Context) -> Iterator[Diagnostic]:
    """DB346 (DB345 where not computable): each co-financing rule holds over all planned money
    (tree and overhead) in its period."""
    rules = ctx.programme.co_financing
    if not rules:
        return
    money = planned(ctx.programme)
    total = money.total
    for i, rule in enumerate(rules):
        path = ("co_financing", i)
        if rule.period is None:
            if total.amount is not None and total.by_funder is None:
                yield _not_checkable(ctx, path, rule.id, total.missing_funder, "funder")
                continue
            by_funder = total.by_funder or {}
            paid = money_sum(by_funder.get(f, Decimal(0)) for f in rule.funders)
            matched = money_sum(by_funder.get(f, Decimal(0)) for f in rule.matches)
            period: dict[str, Any] = {"period": "all"}
        else:
            years = range(rule.period.start, rule.period.end + 1)
            if total.amount is not None and total.cells is None:
                yield _not_checkable(ctx, path, rule.id, total.missing_cells, "funder_year")
                continue
            cells = total.cells or {}
            paid = money_sum(v for (y, f), v in cells.items() if y in years and f in rule.funders)
            matched = money_sum(v for (y, f), v in cells.items() if y in years and f in rule.matches)
            period = {"period": "years", "start": str(rule.period.start), "end": str(rule.period.end)}
        required = rule.ratio * matched
        if paid < required:
            yield ctx.diag(
                "DB346",
                path,
                rule=rule.id,
                funders=listing(rule.funders, quoted=True),
                matches=listing(rule.matches, quoted=True),
                paid=Money(paid),
                matched=Money(matched),
                ratio=rule.ratio,
                required=Money(required),
                more=period,
            )


def _not_checkable(ctx: Context, path: PathKey, rule: str, node: str | None, by: str) -> Diagnostic:
    return ctx.diag("DB345", path, node=node or "", by=by, more={"what": "co_financing", "rule": rule})


CHECKS = (totals, shares, allocations, whole_cents, declared_by_year_and_funder, co_financing)
