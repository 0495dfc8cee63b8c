"""doelenboom: policy programmes as declarative goal trees.

The public API::

    import doelenboom
    programme = doelenboom.load("specs/heerlen_noord.yaml")   # raises SpecError on errors
    result = doelenboom.validate("specs/heerlen_noord.yaml")  # never raises; .diagnostics

The verbs of every stage are here too, each imported only when first used (PEP 562), so that
``import doelenboom`` stays light and ``doelenboom validate`` never loads pint or networkx:
`goal_graph`, `budget_report`, `attribute`, `read_measurements`, `progress_report`,
`read_spending`, `budget_execution`, `diff`, `export` and `report_html`. No module of the package is
named like one of these verbs, so importing a submodule never hides one. The models (`Node`,
`Programme`) and `Validation`, `validate_text` are imported on first use the same way: the model
(pydantic) takes most of a command's start, and ``doelenboom progress`` starts scanning a large
measurements file before it (`doelenboom.monitor.scan`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from doelenboom._lazy import lazy
from doelenboom.diagnostics import Diagnostic, Location, Related, Severity, SpecError

if TYPE_CHECKING:
    from doelenboom.compare import diff
    from doelenboom.graph import goal_graph
    from doelenboom.model import Node, Programme
    from doelenboom.monitor.aggregate import progress_report
    from doelenboom.monitor.measurements import read_measurements
    from doelenboom.monitor.spending import budget_execution, read_spending
    from doelenboom.render.export import export
    from doelenboom.render.report import report_html
    from doelenboom.rollup import attribute, budget_report
    from doelenboom.validation import Validation, load, validate, validate_text

__version__ = "0.1.0"

# name -> the module that defines it; imported on first use
_LAZY: dict[str, str] = {
    "Node": "doelenboom.model",
    "Programme": "doelenboom.model",
    "Validation": "doelenboom.validation",
    "validate_text": "doelenboom.validation",
    "load": "doelenboom.validation",
    "validate": "doelenboom.validation",
    "goal_graph": "doelenboom.graph",
    "budget_report": "doelenboom.rollup",
    "attribute": "doelenboom.rollup",
    "read_measurements": "doelenboom.monitor.measurements",
    "progress_report": "doelenboom.monitor.aggregate",
    "read_spending": "doelenboom.monitor.spending",
    "budget_execution": "doelenboom.monitor.spending",
    "diff": "doelenboom.compare",
    "export": "doelenboom.render.export",
    "report_html": "doelenboom.render.report",
}

__all__ = [
    "Diagnostic",
    "Location",
    "Node",
    "Programme",
    "Related",
    "Severity",
    "SpecError",
    "Validation",
    "attribute",
    "budget_execution",
    "budget_report",
    "diff",
    "export",
    "goal_graph",
    "load",
    "progress_report",
    "read_measurements",
    "read_spending",
    "report_html",
    "validate",
    "validate_text",
]


__getattr__, __dir__ = lazy(__name__, _LAZY, globals(), __all__)
