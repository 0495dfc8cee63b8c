"""Ids are unique, references resolve, the tree fits its levels, and nothing refers in a circle."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from doelenboom.checks.context import Context
from doelenboom.checks.money import blocks, money_paths
from doelenboom.codes import NO_SUGGESTION
from doelenboom.diagnostics import Diagnostic, listing
from doelenboom.source import PathKey
from doelenboom.suggest import Suggester

CODES = ("DB301", "DB302", "DB303", "DB314", "DB315", "DB323", "DB327")


def unique_ids(ctx: Context) -> Iterator[Diagnostic]:
    # Where an id first stands is looked up only when it comes back: most ids come once.
    first: dict[str, PathKey] = {}
    for ident, _kind, path in ctx.all_ids:
        if ident in first:
            yield ctx.diag("DB301", path, id=ident, first_line=ctx.loc(first[ident]).line)
        else:
            first[ident] = path


def references(ctx: Context) -> Iterator[Diagnostic]:
    # One suggester per kind of id: each distinct unknown value is looked up once, against a
    # bounded number of known ids (`doelenboom.suggest`), so that the check stays linear.
    suggesters = {
        "node": Suggester(ctx.nodes),
        "target": Suggester(ctx.targets),
        "source": Suggester(sorted(ctx.source_ids)),
    }

    def unknown(path: tuple[str | int, ...], ref: str, kind: str) -> Diagnostic:
        close = suggesters[kind].suggest(ref)
        more = {"suggestion": close if close is not None else NO_SUGGESTION}
        return ctx.diag("DB302", path, ref=ref, kind=kind, more=more)

    for ident, info in ctx.nodes.items():
        node, path = info.node, info.path
        if node.source is not None and node.source not in ctx.source_ids:
            yield unknown((*path, "source"), node.source, "source")
        seen: set[str] = set()
        for i, ref in enumerate(node.serves):
            if ref in seen:
                continue  # a repeat is reported once per id (DB327), and checked only once
            seen.add(ref)
            problem = ctx.tree.serves_problem(info, ref)  # the index decides; this words it
            if problem == "unknown":
                yield unknown((*path, "serves", i), ref, "node")
            elif problem == "wrong_level":
                yield ctx.diag(
                    "DB315",
                    (*path, "serves", i),
                    id=ident,
                    level=ctx.level_name(info.depth),
                    expected=ctx.level_name(info.depth - 1),
                    ref=ref,
                    found=ctx.level_name(ctx.nodes[ref].depth),
                )
            elif problem == "own_parent":
                yield ctx.diag("DB323", (*path, "serves", i), id=ident, ref=ref)
        if len(seen) < len(node.serves):
            yield from _repeated_serves(ctx, ident, path, node.serves)
    for tinfo in ctx.targets.values():
        target = tinfo.target
        if target.source is not None and target.source not in ctx.source_ids:
            yield unknown((*tinfo.path, "source"), target.source, "source")
        of = getattr(target, "of", None)
        if of is not None and of not in ctx.targets:
            yield unknown((*tinfo.path, "of"), of, "target")
    for i, benefit in enumerate(ctx.programme.benefits):
        if benefit.source is not None and benefit.source not in ctx.source_ids:
            yield unknown(("benefits", i, "source"), benefit.source, "source")
    if ctx.programme.budget is not None:
        for i, item in enumerate(ctx.programme.budget.overhead):
            if item.source is not None and item.source not in ctx.source_ids:
                yield unknown(("budget", "overhead", i, "source"), item.source, "source")


def _repeated_serves(ctx: Context, ident: str, path: PathKey, serves: tuple[str, ...]) -> Iterator[Diagnostic]:
    """DB327 once per id that a ``serves`` list names more than once: at its second mention,
    with how often it stands there and where it first does."""
    counts = Counter(serves)
    first: dict[str, int] = {}
    reported: set[str] = set()
    for i, ref in enumerate(serves):
        if ref not in first:
            first[ref] = i
        elif ref not in reported:
            reported.add(ref)
            yield ctx.diag(
                "DB327",
                (*path, "serves", i),
                related=(ctx.related((*path, "serves", first[ref]), ref),),
                id=ident,
                ref=ref,
                count=Decimal(counts[ref]),  # worded with grouped thousands: 1,000,000
            )


def levels(ctx: Context) -> Iterator[Diagnostic]:
    count = ctx.leaf_depth + 1  # the declared levels, the ambition's included
    for ident, info in ctx.nodes.items():
        if info.level is None:  # deeper than the declared levels (tree.level_words names it #N)
            yield ctx.diag("DB314", (*info.path, "id"), id=ident, depth=info.depth + 1, count=count)


def _cycles(edges: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components with a cycle (Tarjan, iterative: linear time, no recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, successors = work[-1]
            advanced = False
            for w in successors:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(edges.get(w, ()))))
                    advanced = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == v:
                        break
                if len(component) > 1 or v in edges.get(v, ()):
                    found.append(component[::-1])
    return found


def cycles(ctx: Context) -> Iterator[Diagnostic]:
    # Upward links: a node to its parent and to what it serves; a target to its whole.
    upward: dict[str, list[str]] = {}
    for ident, info in ctx.nodes.items():
        links = [info.parent] if info.container is not None else []
        links += [ref for ref in info.node.serves if ref in ctx.nodes]
        upward[ident] = links
    for component in _cycles(upward):
        # Report at a 'serves' that is part of the cycle (containment alone cannot form one).
        members = set(component)
        start = next((n for n in component if any(ref in members for ref in ctx.nodes[n].node.serves)), component[0])
        component = component[component.index(start) :] + component[: component.index(start)]
        first = ctx.nodes[start]
        yield ctx.diag("DB303", (*first.path, "serves"), cycle=listing([*component, component[0]], joiner=" → "))
    wholes: dict[str, list[str]] = {}
    for tid, tinfo in ctx.targets.items():
        of = getattr(tinfo.target, "of", None)
        wholes[tid] = [of] if isinstance(of, str) and of in ctx.targets else []
    for component in _cycles(wholes):
        first_t = ctx.targets[component[0]]
        yield ctx.diag("DB303", (*first_t.path, "of"), cycle=listing([*component, component[0]], joiner=" → "))


# --- format 1.1: funders ---------------------------------------------------------------------------


def funder_references(ctx: Context) -> Iterator[Diagnostic]:
    """DB302: every funder id that a split, a declared total or a rule names is declared, with
    'did you mean'; a funder's or rule's source is declared."""
    if not money_paths(ctx):  # a spec without money by year or funder (format 1.1) names none
        return
    declared = {funder.id for funder in ctx.programme.funders}
    suggester = Suggester(sorted(declared))
    sources = Suggester(sorted(ctx.source_ids))

    def unknown_funder(path: PathKey, ref: str, key: bool) -> Diagnostic:
        close = suggester.suggest(ref)
        more = {"suggestion": close if close is not None else NO_SUGGESTION}
        return ctx.diag("DB302", path, key=key, ref=ref, kind="funder", more=more)

    for _ident, path, block, _unit in blocks(ctx):
        for key in ("funding", "funding_per_year", "declared_per_funder", "accept_funder_discrepancies"):
            for ref in getattr(block, key, None) or ():
                if ref not in declared:
                    yield unknown_funder((*path, key, ref), ref, True)
    pbudget = ctx.programme.budget
    if pbudget is not None:
        for key in ("declared_per_funder", "accept_funder_discrepancies"):
            for ref in getattr(pbudget, key) or ():
                if ref not in declared:
                    yield unknown_funder(("budget", key, ref), ref, True)
    for i, rule in enumerate(ctx.programme.co_financing):
        for key in ("funders", "matches"):
            for j, ref in enumerate(getattr(rule, key)):
                if ref not in declared:
                    yield unknown_funder(("co_financing", i, key, j), ref, False)
        if rule.source is not None and rule.source not in ctx.source_ids:
            yield _unknown_source(ctx, ("co_financing", i, "source"), rule.source, sources)
    for i, funder in enumerate(ctx.programme.funders):
        if funder.source is not None and funder.source not in ctx.source_ids:
            yield _unknown_source(ctx, ("funders", i, "source"), funder.source, sources)


def _unknown_source(ctx: Context, path: PathKey, ref: str, sources: Suggester) -> Diagnostic:
    close = sources.suggest(ref)
    more = {"suggestion": close if close is not None else NO_SUGGESTION}
    return ctx.diag("DB302", path, ref=ref, kind="source", more=more)


CHECKS = (unique_ids, references, levels, cycles, funder_references)
