"""Three questions the Heerlen-Noord alliance asks, each answered with one call.

Run from the repository root:  .venv/bin/python examples/three_questions.py
The measurements are INVENTED (see examples/heerlen_noord_metingen.yaml); the spec is real.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import doelenboom
from doelenboom.graph import goal_graph
from doelenboom.monitor import progress_report, read_measurements
from doelenboom.rollup import cost_per_unit

HERE = Path(__file__).resolve().parent
programme = doelenboom.load(HERE.parent / "specs" / "heerlen_noord.yaml")
measurements = read_measurements(HERE / "heerlen_noord_metingen.yaml", programme)

# 1. How far is each leefgebied at the end of 2024, weighing themes by their budget,
#    and how much of it do we actually know?
report = progress_report(programme, measurements, as_of=date(2024, 12, 31), weighting="budget")
print("1. Progress per leefgebied on 2024-12-31 (budget-weighted):")
for leefgebied in programme.tree:
    node = report.nodes[leefgebied.id]
    progress = "-" if node.progress is None else f"{node.progress:.0%}"
    coverage = "-" if node.coverage is None else f"{node.coverage:.0%}"
    print(f"   {leefgebied.id}: {progress} (coverage {coverage}, {node.status.value}, missing {len(node.missing)})")

# 2. Which interventions serve the goal 'Minder armoede' (it has none of its own)?
serving = goal_graph(programme).interventions_for("minder-armoede")
print("2. Interventions serving minder-armoede:", ", ".join(n.id for n in serving))

# 3. What does one extra participant in a work-oriented training cost?
cost = cost_per_unit(programme, "deelnemers-opleidingstraject")
assert cost is not None
shared = f", budget shared with {len(cost.shared_with)} other targets" if cost.shared_with else ""
print(f"3. EUR {cost.per_unit} per {cost.unit} (budget of '{cost.basis}': EUR {cost.budget}{shared})")
