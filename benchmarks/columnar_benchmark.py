"""Benchmark (not a test): `doelenboom progress` on large measurements files, whole process, side
by side with a plain `csv.reader` loop over the same file, with time and peak memory.

    .venv/bin/python benchmarks/columnar_benchmark.py [--rows 1000000 10000000 30000000] [--rows-engine]

The programme is the 10,000-target synthetic one of `progress_benchmark.py` (one count target per
intervention). The CSV (generated in a temporary folder and deleted afterwards, never committed)
has the same number of rows per target, one per day from 2020 on for each of 13 buurten (an
undeclared `area`), targets interleaved. Each run is
its own process; peak memory is the process's maximum resident set (``wait4``'s ``ru_maxrss``).
``--rows-engine`` also times ``--engine rows`` (the row reader) at the smallest size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from progress_benchmark import programme

CSV_LOOP = (
    "import csv, sys\n"
    "n = 0\n"
    "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
    "    for row in csv.reader(f):\n"
    "        n += 1\n"
    "print(n)\n"
)


def write_spec(path: Path, fan: int) -> list[str]:
    """The synthetic programme of `progress_benchmark.programme`, as a spec file."""
    data = programme(fan).model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data = {"doelenboom": 1, **{k: v for k, v in data.items() if k != "doelenboom"}}
    data = _numbers(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    ids: list[str] = []

    def walk(nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            ids.extend(target["id"] for target in node.get("targets", []))
            walk(node.get("children", []))

    walk(data["tree"])
    return ids


def _numbers(value: Any) -> Any:
    """Decimals that the model dumps as text, back to numbers (a spec writes them as numbers)."""
    if isinstance(value, dict):
        return {k: _numbers(v) if k not in ("id", "name") else v for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return value
    return value


AREAS = 13
"""Rows per target and day: one per buurt, so 30M rows over 256 targets stay within the horizon."""


def write_csv(path: Path, target_ids: list[str], rows: int) -> None:
    per_target = max(1, rows // len(target_ids))
    start = date(2020, 1, 1)
    areas = [f"buurt-{n}" for n in range(AREAS)]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("target,date,value,area\n")
        for j in range(per_target):
            day = (start + timedelta(days=j // AREAS)).isoformat()
            tail = f",{day},{j % 100},{areas[j % AREAS]}\n"
            out.write("".join(tid + tail for tid in target_ids))


def run(args: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MB, exit code) of one process."""
    begin = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - begin, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--fan", type=int, default=4, help="targets: fan ** 4 (4: 256, 10: 10,000)")
    parser.add_argument("--rows-engine", action="store_true")
    options = parser.parse_args()
    binary = str(Path(sys.executable).with_name("doelenboom"))
    print("| rows | file | csv.reader loop | progress --engine columnar | ratio | peak memory (csv / columnar) |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="doelenboom-bench-") as folder:
        spec = Path(folder) / "spec.yaml"
        ids = write_spec(spec, options.fan)
        for rows in options.rows:
            data = Path(folder) / f"m{rows}.csv"
            write_csv(data, ids, rows)
            size = data.stat().st_size / 1e6
            plain, plain_mb, _ = run([sys.executable, "-c", CSV_LOOP, str(data)])
            command = [binary, "progress", str(spec), "-m", str(data), "--as-of", "2045-12-31", "--format", "json"]
            engine, engine_mb, code = run([*command, "--engine", "columnar"])
            assert code == 0, f"progress exited {code}"
            print(
                f"| {rows:,} | {size:,.0f} MB | {plain:.2f} s | {engine:.2f} s | {engine / plain:.2f}× |"
                f" {plain_mb:,.0f} MB / {engine_mb:,.0f} MB |",
                flush=True,
            )
            if options.rows_engine and rows == min(options.rows):
                slow, slow_mb, _ = run([*command, "--engine", "rows"])
                print(f"|   | (row reader) |  | {slow:.2f} s | {slow / plain:.2f}× | {slow_mb:,.0f} MB |", flush=True)
            data.unlink()


if __name__ == "__main__":
    main()
