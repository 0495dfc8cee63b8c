"""How do I add a check of my own? Flag every theme none of whose targets can be measured.

    python examples/custom_check.py [SPEC]

A check is a function of a `Context` that yields `Diagnostic`s; `run_checks` runs any tuple of
checks, the built-in ones (`ALL_CHECKS`) and yours alike, and sorts what they find by position.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import doelenboom
from doelenboom import Diagnostic, Severity
from doelenboom.checks import ALL_CHECKS, run_checks
from doelenboom.checks.context import Context

SPEC = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"


def theme_has_a_measurable_target(ctx: Context) -> Iterator[Diagnostic]:
    """Every node one level above the leaves has at least one measurable target below it."""
    for ident, info in ctx.nodes.items():
        if info.depth != ctx.leaf_depth - 1:
            continue
        targets = [t for child in info.node.children for t in child.targets]
        if targets and not any(t.measurable for t in targets):
            yield Diagnostic(
                code="X001",  # your own codes: keep them out of doelenboom's DBnnn range
                severity=Severity.WARNING,
                location=ctx.loc((*info.path, "id")),
                args={"id": ident, "targets": len(targets)},
            )


def main(spec: Path) -> None:
    programme = doelenboom.load(spec)
    found = run_checks(programme, (*ALL_CHECKS, theme_has_a_measurable_target))
    mine = [d for d in found if d.code == "X001"]
    for d in mine:
        print(
            f"{d.file}:{d.line}:{d.column}: {d.severity.value} {d.code} theme '{d.args['id']}'"
            f" has {d.args['targets']} targets, none measurable"
        )
    print(f"{len(mine)} of {len(found)} diagnostics come from the custom check")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SPEC)
