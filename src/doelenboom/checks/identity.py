"""Ids are unique, references resolve, the tree fits its levels, and nothing refers in a circle."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from doelenboom.checks.context import Context
from doelenboom.codes import NO_SUGGESTION
from doelenboom.diagnostics import Diagnostic
from doelenboom.source import PathKey

CODES = ("DB301", "DB302", "DB303", "DB314", "DB315", "DB323")


def _suggest(ref: str, known: list[str]) -> dict[str, str]:
    close = difflib.get_close_matches(ref, known, n=1)
    return {"suggestion": close[0] if close else NO_SUGGESTION}


def unique_ids(ctx: Context) -> Iterator[Diagnostic]:
    # Where an id first stands is looked up only when it comes back: most ids come once.
    first: dict[str, PathKey] = {}
    for ident, _kind, path in ctx.all_ids:
        if ident in first:
            yield ctx.diag("DB301", path, id=ident, first_line=ctx.loc(first[ident]).line)
        else:
            first[ident] = path


def references(ctx: Context) -> Iterator[Diagnostic]:
    node_ids = list(ctx.nodes)
    target_ids = list(ctx.targets)
    source_ids = sorted(ctx.source_ids)
    suggestions: dict[tuple[str, str], dict[str, str]] = {}
    for ident, info in ctx.nodes.items():
        node, path = info.node, info.path
        if node.source is not None and node.source not in ctx.source_ids:
            yield _unknown(ctx, (*path, "source"), node.source, "source", source_ids, suggestions)
        for i, ref in enumerate(node.serves):
            served = ctx.nodes.get(ref)
            if served is None:
                yield _unknown(ctx, (*path, "serves", i), ref, "node", node_ids, suggestions)
            elif served.depth != info.depth - 1:
                yield ctx.diag(
                    "DB315",
                    (*path, "serves", i),
                    id=ident,
                    level=ctx.level_name(info.depth),
                    expected=ctx.level_name(info.depth - 1),
                    ref=ref,
                    found=ctx.level_name(served.depth),
                )
            elif info.container is not None and ref == info.parent:
                yield ctx.diag("DB323", (*path, "serves", i), id=ident, ref=ref)
    for tinfo in ctx.targets.values():
        target = tinfo.target
        if target.source is not None and target.source not in ctx.source_ids:
            yield _unknown(ctx, (*tinfo.path, "source"), target.source, "source", source_ids, suggestions)
        of = getattr(target, "of", None)
        if of is not None and of not in ctx.targets:
            yield _unknown(ctx, (*tinfo.path, "of"), of, "target", target_ids, suggestions)
    for i, benefit in enumerate(ctx.programme.benefits):
        if benefit.source is not None and benefit.source not in ctx.source_ids:
            yield _unknown(ctx, ("benefits", i, "source"), benefit.source, "source", source_ids, suggestions)
    if ctx.programme.budget is not None:
        for i, item in enumerate(ctx.programme.budget.overhead):
            if item.source is not None and item.source not in ctx.source_ids:
                path = ("budget", "overhead", i, "source")
                yield _unknown(ctx, path, item.source, "source", source_ids, suggestions)


def _unknown(
    ctx: Context,
    path: tuple[str | int, ...],
    ref: str,
    kind: str,
    known: list[str],
    cache: dict[tuple[str, str], dict[str, str]],
) -> Diagnostic:
    # A suggestion compares the reference with every known id of its kind; one misspelt id is
    # often used many times (a renamed goal that many themes serve), so each is looked up once.
    more = cache.get((ref, kind))
    if more is None:
        more = cache[(ref, kind)] = _suggest(ref, known)
    return ctx.diag("DB302", path, ref=ref, kind=kind, more=more)


def levels(ctx: Context) -> Iterator[Diagnostic]:
    count = len(ctx.programme.levels)
    for ident, info in ctx.nodes.items():
        if info.depth >= count:
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
        yield ctx.diag("DB303", (*first.path, "serves"), cycle=" → ".join([*component, component[0]]))
    wholes: dict[str, list[str]] = {}
    for tid, tinfo in ctx.targets.items():
        of = getattr(tinfo.target, "of", None)
        wholes[tid] = [of] if isinstance(of, str) and of in ctx.targets else []
    for component in _cycles(wholes):
        first_t = ctx.targets[component[0]]
        yield ctx.diag("DB303", (*first_t.path, "of"), cycle=" → ".join([*component, component[0]]))


CHECKS = (unique_ids, references, levels, cycles)
