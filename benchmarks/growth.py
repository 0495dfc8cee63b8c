"""Growth benchmark: each hostile input shape (benchmarks/shapes.py) at 1×, 2× and 4× a base size,
timed in fresh processes; prints the factor per doubling. Linear work doubles (factor ~2);
quadratic work quadruples (~4). Done when every factor is at most ~2.2.

    .venv/bin/python benchmarks/growth.py                         # every shape (a few minutes)
    .venv/bin/python benchmarks/growth.py --shapes unknown_serves --scale 0.5
    .venv/bin/python benchmarks/growth.py --src /tmp/old/src      # measure another checkout's src/

Each figure is the CPU time (`time.process_time`) of `shapes.run` — validate the spec, read the
measurements against it, word every diagnostic in English and Dutch — in the fastest of
``--repeat`` fresh Python processes (the figure least disturbed by other work on the machine);
making the input and importing the modules happen before the clock.
Operation counts over small sizes are in tests/test_linear.py (no test is timed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

BASE = {
    "unknown_areas": 2_000,
    "area_cycle": 2_000,
    "unknown_serves": 2_000,
    "unknown_of": 2_000,
    "unknown_columns": 5_000,
    "repeated_serves": 100_000,
    "distinct_serves": 2_000,
    "unknown_units": 2_000,
    "long_scale": 2_000,
    "unknown_targets": 2_000,
    "decimal_commas": 2_000,
    "wrong_shares": 2_000,
    "unknown_funders": 2_000,
    "years_not_adding_up": 500,
}
"""The 1× size of each shape: large enough that a run takes a good tenth of a second."""

WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[3]) if sys.argv[3] else None
sys.path.insert(0, sys.argv[4])
import shapes
import doelenboom.checks, doelenboom.parse, doelenboom.validation, doelenboom.monitor.measurements  # not timed
made = shapes.SHAPES[sys.argv[1]](int(sys.argv[2]))
cpu = time.process_time()
count = shapes.run(made)
cpu = time.process_time() - cpu
print(json.dumps({"cpu": cpu, "diagnostics": count}))
"""


def measure(shape: str, size: int, repeat: int, src: str) -> tuple[float, int]:
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", WORKER, shape, str(size), src, str(HERE)], check=True, capture_output=True, text=True
        ).stdout
        runs.append(json.loads(out))
    return min(run["cpu"] for run in runs), runs[0]["diagnostics"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", nargs="+", default=list(BASE), choices=list(BASE))
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every base size")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per figure (the fastest counts)")
    parser.add_argument("--src", default="", help="import doelenboom from this src/ directory instead")
    args = parser.parse_args()

    print(
        "| shape | 1× size | 1× (CPU s) | 2× (CPU s) | 4× (CPU s) | factor 1×→2× | factor 2×→4× | diagnostics at 4× |"
    )
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    worst = 0.0
    for shape in args.shapes:
        base = max(1, int(BASE[shape] * args.scale))
        times = []
        count = 0
        for multiple in (1, 2, 4):
            cpu, count = measure(shape, base * multiple, args.repeat, args.src)
            times.append(cpu)
        factors = [times[1] / times[0], times[2] / times[1]]
        worst = max(worst, *factors)
        print(
            f"| {shape} | {base:,} | {times[0]:.3f} | {times[1]:.3f} | {times[2]:.3f} "
            f"| {factors[0]:.2f} | {factors[1]:.2f} | {count:,} |",
            flush=True,
        )
    print(f"\nlargest factor per doubling: {worst:.2f} ({'linear' if worst <= 2.2 else 'NOT linear'}: at most ~2.2)")


if __name__ == "__main__":
    main()
