"""Benchmark (not a test): progress over a synthetic 10,000-target programme with 1,000,000
measurement rows, compared with reading the same CSV with the csv module alone.

    .venv/bin/python benchmarks/progress_benchmark.py [--targets 10000] [--rows 1000000]

The programme has 10 leefgebieden × 10 goals × 10 themes × 10 interventions, one count target
per intervention; every theme has a budget. The CSV has the same number of rows per target,
spread over 2021–2025, in random order.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from doelenboom.model import Programme
from doelenboom.monitor import progress_report, read_measurements


def programme(fan: int) -> Programme:
    tree = []
    for a in range(fan):
        goals = []
        for b in range(fan):
            themes = []
            for c in range(fan):
                interventions = []
                for d in range(fan):
                    ident = f"i{a}-{b}-{c}-{d}"
                    target = {"id": f"t{a}-{b}-{c}-{d}", "name": "T", "kind": "count", "value": 100, "unit": "person"}
                    target["deadline"] = 2025
                    interventions.append({"id": ident, "name": ident, "targets": [target]})
                themes.append(
                    {"id": f"h{a}-{b}-{c}", "name": "H", "budget": {"amount": 1000 + c}, "children": interventions}
                )
            goals.append({"id": f"g{a}-{b}", "name": "G", "children": themes})
        tree.append({"id": f"l{a}", "name": "L", "children": goals})
    data: dict[str, Any] = {
        "doelenboom": 1,
        "id": "synthetic",
        "name": "Synthetic",
        "horizon": {"start": 2020, "end": 2045},
        "plan_period": {"start": 2021, "end": 2025},
        "tree": tree,
    }
    return Programme.model_validate(data)


def write_csv(path: Path, target_ids: list[str], rows: int) -> None:
    rng = random.Random(1)
    per_target = rows // len(target_ids)
    start = date(2021, 1, 1)
    lines = []
    for tid in target_ids:
        for k in range(per_target):
            day = start + timedelta(days=k * (5 * 365 // per_target))
            lines.append(f"{tid},{day.isoformat()},{k * 100 // per_target + rng.randint(0, 9)},person,,monitor,\n")
    rng.shuffle(lines)
    with path.open("w", encoding="utf-8") as out:
        out.write("target,date,value,unit,area,source,note\n")
        out.writelines(lines)


def timed(label: str, func: Any) -> tuple[float, Any]:
    began = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - began
    print(f"{label:<48} {seconds:8.2f} s")
    return seconds, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--targets", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    fan = round(args.targets**0.25)
    _, prog = timed(f"build programme ({fan**4} targets)", lambda: programme(fan))
    target_ids = [t.id for node, _d, _p in prog.walk() for t in node.targets]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "measurements.csv"
        timed(f"write CSV ({args.rows} rows)", lambda: write_csv(path, target_ids, args.rows))
        print(f"CSV size: {path.stat().st_size / 1e6:.1f} MB")

        def csv_only() -> int:
            with path.open(encoding="utf-8", newline="") as handle:
                return sum(1 for _row in csv.reader(handle))

        baseline, count = timed("csv module alone (read every row)", csv_only)
        read_s, found = timed("read_measurements (parse + check every row)", lambda: read_measurements(path, prog))
        assert len(found.rows) == count - 1 and not found.diagnostics
        as_of = date(2024, 12, 31)
        report_s, report = timed("progress_report (targets + aggregation)", lambda: progress_report(prog, found, as_of))
    total = read_s + report_s
    print(f"{'total read + progress':<48} {total:8.2f} s")
    print(f"ratio to csv module alone: read {read_s / baseline:.1f}×, read + progress {total / baseline:.1f}×")
    print(
        f"per row: {read_s / args.rows * 1e6:.2f} µs to read and check; csv alone {baseline / args.rows * 1e6:.2f} µs"
    )
    print(f"programme progress {report.overall.progress:.3f}, coverage {report.overall.coverage}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
