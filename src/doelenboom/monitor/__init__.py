"""The monitoring stage: measurements checked against a spec, progress per target, and progress
up the tree with coverage.

- `measurements`: read a CSV or YAML measurements file (DB4xx diagnostics for refused rows);
- `columnar`: read a large CSV or a Parquet file with DuckDB (the ``scale`` extra), in bounded
  memory, with the same diagnostics;
- `progress`: progress, expected progress and status of one target as of a date;
- `aggregate`: weighted progress per node, with coverage and the missing targets;
- `spending`: read a spending file (realisatie) and set it against the plan: budget execution.

The usual entry points are here::

    from doelenboom.monitor import progress_report, read_measurements
    found = read_measurements("examples/heerlen_noord_metingen.yaml", programme)
    report = progress_report(programme, found, weighting="budget")
"""

from __future__ import annotations

from doelenboom.monitor.aggregate import NodeProgress, ProgressReport, progress_report
from doelenboom.monitor.measurements import Measurement, MeasurementSet, read_measurements
from doelenboom.monitor.progress import Status, TargetProgress, Thresholds, Trend
from doelenboom.monitor.spending import ExecutionReport, Payment, SpendingSet, budget_execution, read_spending

__all__ = [
    "ExecutionReport",
    "Measurement",
    "MeasurementSet",
    "NodeProgress",
    "Payment",
    "ProgressReport",
    "SpendingSet",
    "Status",
    "TargetProgress",
    "Thresholds",
    "Trend",
    "budget_execution",
    "progress_report",
    "read_measurements",
    "read_spending",
]
