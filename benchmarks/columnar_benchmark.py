"""Benchmark (not a test): `doelenboom progress` on large measurements files, whole process, side
by side with a plain `csv.reader` loop over the same file, with time and peak memory.

    .venv/bin/python benchmarks/columnar_benchmark.py [--rows 1000000 10000000 30000000] [--rows-engine]

The programme is the synthetic one of `progress_benchmark.py` (one count target per
intervention; ``--fan 4``: 256 targets). The CSV (generated in a temporary folder and deleted
afterwards, never committed) has the same number of rows per target, one per day from 2020 on for
each of 13 buurten, targets interleaved, in one of three shapes (``--shapes``):

- ``narrow``: ``target,date,value,area``, the fewest columns a file can have (the area a name
  the spec does not declare);
- ``wide``: all seven columns, as a national extract carries them
  (``target,date,value,unit,area,source,note``; the area a CBS-style buurt code);
- ``areas``: the wide file, with the 13 buurten declared as the programme's parts and every
  target on an indicator that sums over them, so each day's value of the whole area is
  aggregated from the buurten (the engine's work per area).

Each run is its own process; peak memory is the process's maximum resident set (``wait4``'s
``ru_maxrss``). ``--rows-engine`` also times ``--engine rows`` (the row reader) at the smallest
size.
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


def write_spec(path: Path, fan: int, areas: bool = False) -> list[str]:
    """The synthetic programme of `progress_benchmark.programme`, as a spec file; the row texts.
    ``areas``: the buurten declared, every target on an indicator that sums over them (the row
    texts are then the indicators)."""
    data = programme(fan).model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data = {"doelenboom": 1.1 if areas else 1, **{k: v for k, v in data.items() if k != "doelenboom"}}
    data = _numbers(data)
    targets: list[dict[str, Any]] = []

    def walk(nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            targets.extend(node.get("targets", []))
            walk(node.get("children", []))

    walk(data["tree"])
    if not areas:
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return [target["id"] for target in targets]
    data["area"] = {
        "id": "programmagebied",
        "name": "Programmagebied",
        "parts": [{"id": f"buurt-{n}", "name": f"Buurt {n}", "code": _code(n)} for n in range(AREAS)],
    }
    data["indicators"] = []
    for target in targets:
        ident = f"i-{target['id']}"
        data["indicators"].append({"id": ident, "name": ident, "unit": target["unit"], "aggregation": "sum"})
        target["indicator"] = ident
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return [f"i-{target['id']}" for target in targets]


def _code(n: int) -> str:
    """A CBS-style buurt code (BU + 8 digits), made up for the benchmark."""
    return f"BU0917{n:04d}"


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


def write_csv(path: Path, target_ids: list[str], rows: int, shape: str) -> None:
    per_target = max(1, rows // len(target_ids))
    start = date(2020, 1, 1)
    narrow = shape == "narrow"
    areas = [f"buurt-{n}" if narrow else _code(n) for n in range(AREAS)]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("target,date,value,area\n" if narrow else "target,date,value,unit,area,source,note\n")
        for j in range(per_target):
            day = (start + timedelta(days=j // AREAS)).isoformat()
            if narrow:
                tail = f",{day},{j % 100},{areas[j % AREAS]}\n"
            else:
                tail = f",{day},{j % 100},person,{areas[j % AREAS]},CBS Kerncijfers wijken en buurten,\n"
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
    parser.add_argument("--shapes", nargs="+", choices=["narrow", "wide", "areas"], default=["narrow", "wide", "areas"])
    parser.add_argument("--repeat", type=int, default=1, help="runs per size and shape (the table shows each)")
    parser.add_argument("--rows-engine", action="store_true")
    options = parser.parse_args()
    binary = str(Path(sys.executable).with_name("doelenboom"))
    print(f"load average at the start: {os.getloadavg()[0]:.2f}")
    print(
        "| rows | shape | file | csv.reader loop | progress --engine columnar | ratio | peak memory (csv / progress) |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="doelenboom-bench-") as folder:
        for rows in options.rows:
            for shape in options.shapes:
                spec = Path(folder) / f"spec-{shape}.yaml"
                ids = write_spec(spec, options.fan, areas=shape == "areas")
                data = Path(folder) / f"m{rows}-{shape}.csv"
                write_csv(data, ids, rows, shape)
                size = data.stat().st_size / 1e6
                command = [binary, "progress", str(spec), "-m", str(data), "--as-of", "2045-12-31", "--format", "json"]
                for _ in range(options.repeat):
                    plain, plain_mb, _ = run([sys.executable, "-c", CSV_LOOP, str(data)])
                    engine, engine_mb, code = run([*command, "--engine", "columnar"])
                    assert code == 0, f"progress exited {code}"
                    print(
                        f"| {rows:,} | {shape} | {size:,.0f} MB | {plain:.2f} s | {engine:.2f} s |"
                        f" {engine / plain:.2f}× | {plain_mb:,.0f} MB / {engine_mb:,.0f} MB |",
                        flush=True,
                    )
                if options.rows_engine and rows == min(options.rows):
                    slow, slow_mb, _ = run([*command, "--engine", "rows"])
                    print(
                        f"|   | {shape} (row reader) | |  | {slow:.2f} s | {slow / plain:.2f}× | {slow_mb:,.0f} MB |",
                        flush=True,
                    )
                data.unlink()


if __name__ == "__main__":
    main()
