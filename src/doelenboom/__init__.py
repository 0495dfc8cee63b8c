"""doelenboom: policy programmes as declarative goal trees.

The public API::

    import doelenboom
    programme = doelenboom.load("specs/heerlen_noord.yaml")   # raises SpecError on errors
    result = doelenboom.validate("specs/heerlen_noord.yaml")  # never raises; .diagnostics
"""

from __future__ import annotations

from doelenboom.diagnostics import Diagnostic, Location, Related, Severity, SpecError
from doelenboom.model import Node, Programme
from doelenboom.validate import Validation, load, validate, validate_text

__version__ = "0.1.0"

__all__ = [
    "Diagnostic",
    "Location",
    "Node",
    "Programme",
    "Related",
    "Severity",
    "SpecError",
    "Validation",
    "load",
    "validate",
    "validate_text",
]
