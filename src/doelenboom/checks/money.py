"""Money by year and by funder (format 1.1): the version says so, each split adds up to the amount
it splits, and every year lies in the plan. Declared totals per year and per funder and the
co-financing rules are checked with the other totals (`checks.budget`); funder references with
the other references (`checks.identity`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from doelenboom.checks.context import Context
from doelenboom.diagnostics import Diagnostic, Money, Related, cut_related, listing
from doelenboom.model import Budget, Overhead
from doelenboom.rollup import money_years
from doelenboom.source import PathKey
from doelenboom.units import to_base_money

CODES = ("DB340", "DB341", "DB342", "DB343", "DB344")

SPLIT_KEYS = ("per_year", "funding", "funding_per_year")
DECLARED_KEYS = ("declared_per_year", "accept_year_discrepancies", "declared_per_funder", "accept_funder_discrepancies")
TOP_KEYS = ("funders", "co_financing")
AREA_KEYS = ("id", "code", "parts", "references")


def money_paths(ctx: Context) -> list[PathKey]:
    """Where the spec writes money by year or by funder (computed once; empty for most specs,
    and then the money checks have nothing to do)."""
    return ctx.tree.memo("money_1_1_paths", lambda: _money_paths(ctx))


def _money_paths(ctx: Context) -> list[PathKey]:
    programme = ctx.programme
    found: list[PathKey] = [(key,) for key in TOP_KEYS if getattr(programme, key)]
    for info in ctx.node_infos:
        budget = info.node.budget
        if budget is not None:
            found.extend((*info.path, "budget", key) for key in (*SPLIT_KEYS, *DECLARED_KEYS) if getattr(budget, key))
    pbudget = programme.budget
    if pbudget is not None:
        found.extend(("budget", key) for key in DECLARED_KEYS if getattr(pbudget, key))
        for i, item in enumerate(pbudget.overhead):
            found.extend(("budget", "overhead", i, key) for key in SPLIT_KEYS if getattr(item, key))
    return found


def format_paths(ctx: Context) -> list[PathKey]:
    """Where the spec writes any key of format 1.1: money by year or funder (`money_paths`), and
    the areas and indicators of issue 12, since the version names every new feature."""
    programme = ctx.programme
    found = list(money_paths(ctx))
    if programme.indicators:
        found.append(("indicators",))
    if programme.area is not None:
        found.extend(("area", key) for key in AREA_KEYS if key in programme.area.model_fields_set)
    found.extend(("units", i, "kind") for i, unit in enumerate(programme.units) if "kind" in unit.model_fields_set)
    found.extend((*info.path, "indicator") for info in ctx.targets.values() if info.target.indicator is not None)
    return found


def format_version(ctx: Context) -> Iterator[Diagnostic]:
    """DB340: a key of format 1.1 in a spec that says 'doelenboom: 1', once, at its first such key."""
    paths = format_paths(ctx)
    if ctx.programme.format_version != "1" or not paths:
        return
    first = min(paths, key=lambda path: (ctx.loc(path, key=True).line, ctx.loc(path, key=True).column))
    yield ctx.diag("DB340", first, key=True, more={"key": str(first[-1])})


def money_sum(values: Iterable[Decimal]) -> Decimal:
    """The exact sum of ``values`` (0 for none)."""
    return sum(values, Decimal(0))


def _split_rules(ctx: Context, ident: str, path: PathKey, block: Budget | Overhead, unit: str) -> Iterator[Diagnostic]:
    """DB341, DB343 and DB344 for one budget block at ``path``: its splits add up."""
    amount = block.amount
    present = [key for key in SPLIT_KEYS if getattr(block, key) is not None]
    if not present:
        return
    if amount is None:
        yield ctx.diag("DB344", (*path, present[0]), key=True, id=ident, more={"key": present[0]})
        return
    total = to_base_money(amount, unit)

    def eur(value: Decimal) -> Decimal:
        return to_base_money(value, unit)

    per_year, funding, matrix = block.per_year, block.funding, block.funding_per_year
    if per_year is not None:
        computed = money_sum(eur(v) for v in per_year.values())
        if computed != total:
            related = [ctx.related((*path, "amount"), "amount")]
            related += [ctx.related((*path, "per_year", str(y)), str(y)) for y in per_year]
            yield _mismatch(ctx, "DB341", (*path, "per_year"), ident, computed, total, related, what="amount")
    if funding is not None:
        computed = money_sum(eur(v) for v in funding.values())
        if computed != total:
            related = [ctx.related((*path, "amount"), "amount")]
            related += [ctx.related((*path, "funding", f), f) for f in funding]
            yield _mismatch(ctx, "DB343", (*path, "funding"), ident, computed, total, related, what="amount")
    if matrix is None:
        return
    mpath = (*path, "funding_per_year")
    if funding is not None:
        for funder in dict.fromkeys([*matrix, *funding]):
            row = matrix.get(funder, {})
            computed = money_sum(eur(v) for v in row.values())
            expected = eur(funding[funder]) if funder in funding else Decimal(0)
            if computed != expected:
                related = [ctx.related((*path, "funding", funder), funder)] if funder in funding else []
                related += [ctx.related((*mpath, funder, str(y)), f"{funder}: {y}") for y in row]
                where = (*mpath, funder) if funder in matrix else mpath
                yield _mismatch(
                    ctx, "DB341", where, ident, computed, expected, related, what="funder", funder=funder, years=row
                )
    if per_year is not None:
        columns: dict[int, Decimal] = {}
        for row in matrix.values():
            for year, value in row.items():
                columns[year] = columns.get(year, Decimal(0)) + eur(value)
        for year in dict.fromkeys([*columns, *per_year]):
            computed = columns.get(year, Decimal(0))
            expected = eur(per_year[year]) if year in per_year else Decimal(0)
            if computed != expected:
                related = [ctx.related((*path, "per_year", str(year)), str(year))] if year in per_year else []
                related += [
                    ctx.related((*mpath, f, str(year)), f"{f}: {year}") for f, row in matrix.items() if year in row
                ]
                funders = [f for f, row in matrix.items() if year in row]
                yield _mismatch(
                    ctx, "DB343", mpath, ident, computed, expected, related, what="year", year=year, funders=funders
                )
    if per_year is None and funding is None:
        computed = money_sum(eur(v) for row in matrix.values() for v in row.values())
        if computed != total:
            related = [ctx.related((*path, "amount"), "amount")]
            yield _mismatch(ctx, "DB343", mpath, ident, computed, total, related, what="amount", funders=list(matrix))


def _mismatch(
    ctx: Context,
    code: str,
    path: PathKey,
    ident: str,
    computed: Decimal,
    expected: Decimal,
    related: list[Related],
    *,
    what: str,
    funder: str | None = None,
    year: int | None = None,
    years: Iterable[int] | None = None,
    funders: Iterable[str] | None = None,
) -> Diagnostic:
    args: dict[str, Any] = {"what": what}
    if funder is not None:
        args["funder"] = funder
    if year is not None:
        args["year"] = str(year)
    if code == "DB341":
        found = years if years is not None else (int(r.label) for r in related if r.label.isdigit())
        args["years"] = listing(str(year) for year in sorted(found))
    else:
        args["funders"] = listing(funders if funders is not None else (r.label for r in related if r.label != "amount"))
    return ctx.diag(
        code,
        path,
        key=True,
        related=cut_related(tuple(related), ctx.loc(path, key=True)),
        id=ident,
        computed=Money(computed),
        expected=Money(expected),
        difference=Money(computed - expected),
        more=args,
    )


def blocks(ctx: Context) -> Iterator[tuple[str, PathKey, Budget | Overhead, str]]:
    """Every budget block that may split money: each node's, each overhead item."""
    for info in ctx.node_infos:
        if info.node.budget is not None:
            yield info.node.id, (*info.path, "budget"), info.node.budget, info.node.budget.unit
    pbudget = ctx.programme.budget
    if pbudget is not None:
        for i, item in enumerate(pbudget.overhead):
            yield item.id, ("budget", "overhead", i), item, pbudget.unit


def splits(ctx: Context) -> Iterator[Diagnostic]:
    """DB341, DB343, DB344: every split adds up to what it splits."""
    if not money_paths(ctx):
        return
    for ident, path, block, unit in blocks(ctx):
        yield from _split_rules(ctx, ident, path, block, unit)


def years_in_plan(ctx: Context) -> Iterator[Diagnostic]:
    """DB342: every year that holds money or a declared figure lies in the plan period."""
    if not money_paths(ctx):
        return
    allowed = money_years(ctx.programme)
    period = "plan_period" if ctx.programme.plan_period is not None else "horizon"
    names = {"period": period, "start": str(allowed.start), "end": str(allowed.stop - 1)}

    def outside(path: PathKey, years: Iterable[int] | None) -> Iterator[Diagnostic]:
        for year in years or ():
            if year not in allowed:
                yield ctx.diag("DB342", (*path, str(year)), key=True, year=str(year), more=names)

    for _ident, path, block, _unit in blocks(ctx):
        yield from outside((*path, "per_year"), block.per_year)
        for funder, row in (block.funding_per_year or {}).items():
            yield from outside((*path, "funding_per_year", funder), row)
        if isinstance(block, Budget):
            yield from outside((*path, "declared_per_year"), block.declared_per_year)
    pbudget = ctx.programme.budget
    if pbudget is not None:
        yield from outside(("budget", "declared_per_year"), pbudget.declared_per_year)


CHECKS = (format_version, splits, years_in_plan)
