"""What has been spent of each Regio Deal, per funder, and how much is left?

    python examples/budget_execution.py [SPEC] [SPENDING]

By default the bundled NPRZ spec (published figures) with examples/nprz_bestedingen.yaml, whose
spending is INVENTED. Every figure is an exact `Decimal`; None (shown as '-') is 'not known',
never zero: no split in the spec, or no spending data.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import doelenboom

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "nprz.yaml"
SPENDING = ROOT / "examples" / "nprz_bestedingen.yaml"


def eur(amount: Decimal | None) -> str:
    return "-" if amount is None else f"{amount:,.2f}"


def main(spec: Path, spending: Path) -> None:
    programme = doelenboom.load(spec)
    found = doelenboom.read_spending(spending, programme)
    for d in found.diagnostics:  # refused rows are left out; the others count
        print(f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}")
    report = doelenboom.budget_execution(programme, found)
    for node in report.nodes:
        if node.depth != 1:
            continue
        share = node.total.share_spent
        print(f"{node.name}: spent {eur(node.total.spent)} of {eur(node.total.planned)}", end="")
        print("" if share is None else f" ({share:.0%})")
        for funder, figures in node.by_funder.items():
            print(f"  {funder:<24} spent {eur(figures.spent):>16}  left {eur(figures.remaining):>16}")
    print(f"programme: spent {eur(report.programme.total.spent)} of {eur(report.programme.total.planned)}")


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else SPEC,
        Path(sys.argv[2]) if len(sys.argv) > 2 else SPENDING,
    )
