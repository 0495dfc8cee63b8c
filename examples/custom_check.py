"""How do I add a check of my own? Flag every theme none of whose targets can be measured.

    python examples/custom_check.py [SPEC]

A check is a function of a `Context` that yields `Diagnostic`s; `run_checks` runs any tuple of
checks, the built-in ones (`ALL_CHECKS`) and yours alike, and sorts what they find by position.
Register your code with `codes.register` so that every output format (text, JSON, GitHub, both
languages) can word it like a built-in one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import doelenboom
from doelenboom import Diagnostic, Severity
from doelenboom.checks import ALL_CHECKS, run_checks
from doelenboom.checks.context import Context
from doelenboom.codes import Code, register

SPEC = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"

# Your own codes: keep them out of doelenboom's DBnnn range.
X001 = register(
    Code(
        code="X001",
        name="theme-without-measurable-target",
        severity=Severity.WARNING,
        phase="custom",
        message={
            "en": "theme '{id}' has {targets} targets, none measurable",
            "nl": "thema '{id}' heeft {targets} streefdoelen, geen enkele meetbaar",
        },
        hint={
            "en": "Make at least one of its targets measurable.",
            "nl": "Maak ten minste één van de streefdoelen meetbaar.",
        },
        summary="A theme none of whose targets can be measured.",
    )
)


def theme_has_a_measurable_target(ctx: Context) -> Iterator[Diagnostic]:
    """Every node one level above the leaves has at least one measurable target below it."""
    for ident, info in ctx.nodes.items():
        if info.depth != ctx.leaf_depth - 1:
            continue
        targets = [t for child in info.node.children for t in child.targets]
        if targets and not any(t.measurable for t in targets):
            yield Diagnostic(
                code=X001.code,
                severity=X001.severity,
                location=ctx.loc((*info.path, "id")),
                args={"id": ident, "targets": len(targets)},
            )


def main(spec: Path) -> None:
    programme = doelenboom.load(spec)
    found = run_checks(programme, (*ALL_CHECKS, theme_has_a_measurable_target))
    mine = [d for d in found if d.code == X001.code]
    for d in mine:
        print(f"{d.file}:{d.line}:{d.column}: {d.severity.value} {d.code} {d.message}")
    print(f"{len(mine)} of {len(found)} diagnostics come from the custom check")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SPEC)
