"""Benchmark: validating a portfolio against validating each of its programmes alone (issue 15).

    .venv/bin/python benchmarks/portfolio_benchmark.py                     # 20 × 1,000, 3 repeats
    .venv/bin/python benchmarks/portfolio_benchmark.py --programmes 5 10 20 --interventions 1000

For each number of programmes, that many generated specs (benchmarks/generate.py, format 1.1 with
money by year and by funder on every intervention, each with its own id) and a portfolio file
listing them, with a core indicator set, a shared funder on a scheme with an envelope per year
(so that the envelope check runs over every programme's money). Measured in the same run:

- whole process: ``doelenboom portfolio validate pf.yaml`` against the sum of
  ``doelenboom validate p<i>.yaml`` for every programme (wall time, median of the repeats);
- in process: ``validate_portfolio(keep=False)`` (as the command runs it) against the sum of
  ``validate`` of each programme, each in a
  fresh Python process after the imports (CPU time), so that interpreter start-up is left out.

The ratio must stay at or below 1.2, and the time per programme must stay flat as the number of
programmes grows (no work grows faster than linearly in the number of programmes).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

DOELENBOOM = str(Path(sys.executable).with_name("doelenboom"))

WORKER = r"""
import json, sys, time
from doelenboom.loader import gc_paused
from doelenboom.validation import validate
from doelenboom.portfolio import validate_portfolio
import doelenboom.checks, doelenboom.parse
what, paths = sys.argv[1], sys.argv[2:]
start = time.process_time()
if what == "portfolio":
    result = validate_portfolio(paths[0], keep=False)
    assert not result.failed(), [str(d) for d in result.diagnostics if d.severity.value == "error"][:3]
else:
    for path in paths:
        assert not validate(path).failed()
print(json.dumps({"cpu": time.process_time() - start}))
"""


def write_portfolio(folder: Path, programmes: int, interventions: int) -> Path:
    text = generate(interventions, money="interventions")
    lines = ["portfolio: 1", "id: benchmark", "name: Benchmark", "programmes:"]
    for i in range(programmes):
        own = text.replace(f"id: synthetisch-{interventions}", f"id: synthetisch-{i}", 1)
        (folder / f"p{i}.yaml").write_text(own, encoding="utf-8")
        lines.append(f"  - path: p{i}.yaml")
    lines += [
        "indicators:",
        "  - {id: werkzaam, name: Werkzaam, unit: percent, direction: higher, aggregation: ratio}",
        "funders:",
        "  - {id: rijk, name: Rijk, kind: rijk, scheme: regeling}",
        "schemes:",
        "  - id: regeling",
        "    name: Regeling",
        "    envelope: {" + ", ".join(f"{y}: 100000000000" for y in range(2020, 2046)) + "}",
    ]
    path = folder / "pf.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True)
    return time.perf_counter() - start


def cpu(what: str, paths: list[str]) -> float:
    out = subprocess.run([sys.executable, "-c", WORKER, what, *paths], check=True, capture_output=True, text=True)
    return float(json.loads(out.stdout)["cpu"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--programmes", type=int, nargs="+", default=[20])
    parser.add_argument("--interventions", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(
        "| programmes | alone, whole process (s) | portfolio, whole process (s) | ratio "
        "| alone, CPU (s) | portfolio, CPU (s) | ratio | portfolio CPU per programme (s) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.programmes:
        with tempfile.TemporaryDirectory() as folder:
            pf = write_portfolio(Path(folder), n, args.interventions)
            files = [str(Path(folder, f"p{i}.yaml")) for i in range(n)]
            alone_wall, whole_wall, alone_cpu, whole_cpu = [], [], [], []
            for _ in range(args.repeat):
                alone_wall.append(sum(wall([DOELENBOOM, "validate", f]) for f in files))
                whole_wall.append(wall([DOELENBOOM, "portfolio", "validate", str(pf)]))
                alone_cpu.append(sum(cpu("alone", [f]) for f in files))
                whole_cpu.append(cpu("portfolio", [str(pf)]))
            aw, ww = statistics.median(alone_wall), statistics.median(whole_wall)
            ac, wc = statistics.median(alone_cpu), statistics.median(whole_cpu)
            print(f"| {n} | {aw:.2f} | {ww:.2f} | {ww / aw:.2f} | {ac:.2f} | {wc:.2f} | {wc / ac:.2f} | {wc / n:.3f} |")


if __name__ == "__main__":
    main()
