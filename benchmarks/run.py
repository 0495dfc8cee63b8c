"""Benchmarks: validate and roll up synthetic specs of growing size, beside the PyYAML floor.

    .venv/bin/python benchmarks/run.py                      # the table (a few minutes)
    .venv/bin/python benchmarks/run.py --sizes 100 1000     # quicker
    .venv/bin/python benchmarks/run.py --src /tmp/old/src   # measure another checkout's src/

Every figure is measured in a fresh Python process (one per measurement and repetition), so that
no run inherits another's heap, caches or garbage; the table gives the median. Time is CPU time
of the measured call (process_time; robust on a shared machine) and wall time; memory is the
growth of the process's peak resident set during the call (ru_maxrss).

Rows: for each size, a spec from benchmarks/generate.py (valid: budgets, declared totals and
shares, targets). Columns:

- floor: ``yaml.load(text, Loader=yaml.CSafeLoader)`` of the same text, as any PyYAML-based
  loader must at least do (C parser; Python construction; GC as it is by default);
- validate: ``doelenboom.validate(path)`` (read, load with positions, parse, every check);
- rollup: ``doelenboom.rollup.budget_totals(programme)`` on the validated programme;
- progress: reading a measurements CSV of three yearly rows per target (made from the validated
  programme) and ``doelenboom.monitor.progress_report`` over it, as `doelenboom progress` does.

Then, for ``--money-sizes``, the same spec in format 1.1 (``generate(n, money=...)``: money split
by year and by funder on the themes, and on every intervention and theme) beside the plain one:
file, floor and validate of each, and their ratios.

Then the whole-process comparison on the Heerlen-Noord spec: ``doelenboom validate`` against
``check-jsonschema`` with the JSON Schema of the model (install check-jsonschema into the venv for
this row; it is skipped otherwise).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import count_nodes, generate  # noqa: E402

WORKER = r"""
import gc, json, resource, sys, time
sys.path.insert(0, sys.argv[3]) if sys.argv[3] else None
what, path = sys.argv[1], sys.argv[2]
import yaml
import doelenboom
import doelenboom.checks, doelenboom.parse  # imported by the first validate; not part of its time
from doelenboom.rollup import budget_totals
from doelenboom.monitor.aggregate import progress_report
from doelenboom.monitor.measurements import read_measurements_text
text = open(path, encoding="utf-8").read()
if what in ("rollup", "progress"):
    programme = doelenboom.validate(path).programme
    assert programme is not None
if what == "progress":
    rows = ["target,date,value"]
    for node, _depth, _path in programme.walk():
        for t in node.targets:
            for step, year in enumerate((2022, 2023, 2024), start=1):
                if t.kind == "milestone":
                    value = "1" if year == 2024 else "0"
                elif t.kind in ("count", "part_of"):
                    value = str(int(t.value) * step // 4)
                else:
                    value = str(step * 3)
                rows.append(f"{t.id},{year}-12-31,{value}")
    csv_text = "\n".join(rows) + "\n"
if what == "floor-nogc":
    gc.disable()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
cpu, wall = time.process_time(), time.perf_counter()
if what in ("floor", "floor-nogc"):
    result = yaml.load(text, Loader=yaml.CSafeLoader)
elif what == "validate":
    result = doelenboom.validate(path)
    assert result.programme is not None and not result.failed(), result.diagnostics[:3]
elif what == "rollup":
    result = budget_totals(programme)
elif what == "progress":
    measured = read_measurements_text(csv_text, programme, "m.csv", "csv")
    assert not measured.failed(), measured.diagnostics[:3]
    result = progress_report(programme, measured)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"cpu": cpu, "wall": wall, "peak_mb": (peak - before) / 1024}))
"""


def measure(what: str, path: Path, repeat: int, src: str) -> dict[str, float]:
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", WORKER, what, str(path), src], check=True, capture_output=True, text=True
        ).stdout
        runs.append(json.loads(out))
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def whole_process(argv: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def money_table(sizes: list[int], repeat: int, src: str) -> None:
    """Money by year and by funder (format 1.1) against the plain spec of the same size."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            figures: dict[str, tuple[int, float, float]] = {}
            for money in ("", "themes", "interventions"):
                path = Path(tmp) / f"spec-{size}-{money or 'plain'}.yaml"
                path.write_text(generate(size, money=money), encoding="utf-8")
                floor_cpu = measure("floor", path, repeat, src)["cpu"]
                validate_cpu = measure("validate", path, repeat, src)["cpu"]
                figures[money] = (path.stat().st_size, floor_cpu, validate_cpu)
            rows.append((size, figures))
            print(f"measured {size} with money by year and funder", file=sys.stderr)
    print()
    print(
        "| interventions | money by year and funder on | file | floor (CPU s) | validate (CPU s) "
        "| floor / plain | validate / plain | validate / floor | validate µs per intervention |"
    )
    print("|" + "---|" * 9)
    for size, figures in rows:
        _, p_floor, p_val = figures[""]
        for money, (nbytes, m_floor, m_val) in figures.items():
            print(
                f"| {size:,} | {money or '(plain, format 1)'} | {nbytes / 1e6:.1f} MB | {m_floor:.3f} | {m_val:.3f} "
                f"| {m_floor / p_floor:.2f} | {m_val / p_val:.2f} | {m_val / m_floor:.2f} | {m_val / size * 1e6:.0f} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (fewer for 100,000: see --big-repeat)")
    parser.add_argument("--big-repeat", type=int, default=3, help="runs per figure for sizes of 100,000 and more")
    parser.add_argument("--src", default="", help="import doelenboom from this src/ directory instead")
    parser.add_argument("--no-process", action="store_true", help="skip the whole-process comparison")
    parser.add_argument(
        "--money-sizes", type=int, nargs="*", default=[1_000, 10_000], help="sizes of the format 1.1 comparison"
    )
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"spec-{size}.yaml"
            path.write_text(generate(size), encoding="utf-8")
            repeat = args.big_repeat if size >= 100_000 else args.repeat
            floor = measure("floor", path, repeat, args.src)
            floor_nogc = measure("floor-nogc", path, repeat, args.src)
            val = measure("validate", path, repeat, args.src)
            roll = measure("rollup", path, repeat, args.src)
            prog = measure("progress", path, repeat, args.src)
            rows.append((size, path.stat().st_size, floor, floor_nogc, val, roll, prog))
            print(f"measured {size}", file=sys.stderr)

    print(
        "| interventions | nodes | file | yaml.load floor (CPU s) | floor, GC off | validate (CPU s) "
        "| validate / floor | validate µs per intervention | wall: floor / validate (s) | rollup (ms) "
        "| progress (CPU s) | peak memory: floor / validate (MB) |"
    )
    print("|" + "---|" * 12)
    for size, nbytes, floor, nogc, val, roll, prog in rows:
        print(
            f"| {size:,} | {count_nodes(size):,} | {nbytes / 1e6:.1f} MB | {floor['cpu']:.3f} | {nogc['cpu']:.3f} "
            f"| {val['cpu']:.3f} | {val['cpu'] / floor['cpu']:.2f} | {val['cpu'] / size * 1e6:.0f} "
            f"| {floor['wall']:.3f} / {val['wall']:.3f} | {roll['cpu'] * 1000:.1f} "
            f"| {prog['cpu']:.3f} | {floor['peak_mb']:.0f} / {val['peak_mb']:.0f} |"
        )

    if args.money_sizes:
        money_table(args.money_sizes, args.repeat, args.src)

    if args.no_process:
        return
    bin_dir = Path(sys.executable).parent
    heerlen = ROOT / "specs" / "heerlen_noord.yaml"
    checker = shutil.which("check-jsonschema", path=str(bin_dir)) or shutil.which("check-jsonschema")
    doelenboom_cli = shutil.which("doelenboom", path=str(bin_dir))
    print()
    print("| whole process, specs/heerlen_noord.yaml | wall (s), median of 20 |")
    print("|---|---|")
    if doelenboom_cli:
        seconds = whole_process([doelenboom_cli, "validate", str(heerlen)], 20)
        print(f"| `doelenboom validate` (the installed one, whatever --src says) | {seconds:.3f} |")
    if checker:
        # the schema the project ships and docs/ci.md tells editors and CI to use
        argv = [checker, "--schemafile", str(ROOT / "schema" / "doelenboom.schema.json"), str(heerlen)]
        print(f"| `check-jsonschema --schemafile schema/doelenboom.schema.json` | {whole_process(argv, 20):.3f} |")
    else:
        print("| `check-jsonschema` | not installed (it is in the dev extra) |")
    print(f"| `python -c pass` (interpreter start) | {whole_process([sys.executable, '-c', 'pass'], 20):.3f} |")


if __name__ == "__main__":
    main()
