"""How much money sits under each leefgebied, and does it add up to the programme total?

    python examples/budget_rollup.py [SPEC]

Amounts are exact `Decimal` euros: own amounts roll up along containment, never along `serves`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import doelenboom
from doelenboom.rollup import budget_totals

SPEC = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"


def main(spec: Path) -> None:
    programme = doelenboom.load(spec)
    totals = budget_totals(programme)
    for node in programme.tree:
        share = totals.rolled_up[node.id] * 100 / totals.tree_total
        print(f"{node.name:<24} EUR {totals.rolled_up[node.id]:>14,}  {share:5.1f} %")
    print(f"{'tree':<24} EUR {totals.tree_total:>14,}")
    print(f"{'overhead':<24} EUR {totals.overhead_total:>14,}")
    print(f"{'programme':<24} EUR {totals.programme_total:>14,}")
    # A node with no money anywhere below it is 'missing', not zero:
    without = [node.id for node, _depth, _path in programme.walk() if not totals.has_money[node.id]]
    print(f"nodes without any budget: {len(without)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SPEC)
