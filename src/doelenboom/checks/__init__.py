"""Stage 3: checks of meaning. Each is a pure function of a `Context` that yields diagnostics.

One module per family of rules; each module declares the codes it can emit in ``CODES``, so the
catalogue, the docs and the tests can see which check owns which code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from doelenboom.checks import areas, budget, coverage, dates, identity, meaning, money, targets
from doelenboom.checks.context import Context
from doelenboom.diagnostics import Diagnostic
from doelenboom.model import Programme

Check = Callable[[Context], Iterator[Diagnostic]]

MODULES = (identity, budget, money, targets, meaning, dates, coverage, areas)
ALL_CHECKS: tuple[Check, ...] = tuple(check for module in MODULES for check in module.CHECKS)


def run_checks(programme: Programme, checks: tuple[Check, ...] = ALL_CHECKS) -> list[Diagnostic]:
    """Run ``checks`` over a programme and return their diagnostics in file order."""
    ctx = Context.build(programme)
    found = [diag for check in checks for diag in check(ctx)]
    return sorted(found, key=Diagnostic.sort_key)


__all__ = ["ALL_CHECKS", "Check", "Context", "run_checks"]
