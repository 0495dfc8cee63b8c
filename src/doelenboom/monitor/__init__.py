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

Each is imported on first use (PEP 562), so that importing a light submodule
(`doelenboom.monitor.scan`, `columns`, `thresholds`) does not import the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from doelenboom._lazy import lazy

if TYPE_CHECKING:
    from doelenboom.monitor.aggregate import NodeProgress, ProgressReport, progress_report
    from doelenboom.monitor.measurements import Measurement, MeasurementSet, read_measurements
    from doelenboom.monitor.progress import Status, TargetProgress, Thresholds, Trend
    from doelenboom.monitor.spending import ExecutionReport, Payment, SpendingSet, budget_execution, read_spending

# name -> the module that defines it; imported on first use
_LAZY: dict[str, str] = {
    "NodeProgress": "doelenboom.monitor.aggregate",
    "ProgressReport": "doelenboom.monitor.aggregate",
    "progress_report": "doelenboom.monitor.aggregate",
    "Measurement": "doelenboom.monitor.measurements",
    "MeasurementSet": "doelenboom.monitor.measurements",
    "read_measurements": "doelenboom.monitor.measurements",
    "Status": "doelenboom.monitor.progress",
    "TargetProgress": "doelenboom.monitor.progress",
    "Thresholds": "doelenboom.monitor.progress",
    "Trend": "doelenboom.monitor.progress",
    "ExecutionReport": "doelenboom.monitor.spending",
    "Payment": "doelenboom.monitor.spending",
    "SpendingSet": "doelenboom.monitor.spending",
    "budget_execution": "doelenboom.monitor.spending",
    "read_spending": "doelenboom.monitor.spending",
}

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


__getattr__, __dir__ = lazy(__name__, _LAZY, globals(), __all__)
