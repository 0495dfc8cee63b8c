"""Benchmark (not a test): building the HTML report of Heerlen-Noord against `doelenboom
progress` on the same input, whole process (start, imports, work, output), and the report's size.

    .venv/bin/python benchmarks/report_benchmark.py [--runs 9]

The two commands run in turn, so a busy machine slows both alike; the ratio of the medians is
the figure that counts (issue 14: at most 3).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "heerlen_noord.yaml"
MEASUREMENTS = ROOT / "examples" / "heerlen_noord_metingen.yaml"
DOELENBOOM = Path(sys.executable).with_name("doelenboom")


def _wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    common = [str(SPEC), "-m", str(MEASUREMENTS), "--as-of", "2025-01-01"]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "report.html"
        progress = [str(DOELENBOOM), "progress", *common]
        report = [str(DOELENBOOM), "report", *common, "-o", str(out)]
        _wall(progress), _wall(report)  # warm the file cache
        times: dict[str, list[float]] = {"progress": [], "report": []}
        for _ in range(runs):
            times["progress"].append(_wall(progress))
            times["report"].append(_wall(report))
        size = out.stat().st_size
        charts = out.read_text(encoding="utf-8").count("<figure")
    p, r = statistics.median(times["progress"]), statistics.median(times["report"])
    print(f"| `doelenboom progress` | {p:.3f} |")
    print(f"| `doelenboom report -o report.html` | {r:.3f} |")
    print(f"ratio report / progress: {r / p:.2f} (median of {runs}); report {size:,} bytes, {charts} charts")


if __name__ == "__main__":
    main()
