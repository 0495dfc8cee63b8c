"""The root package: its verbs are imported lazily, and no submodule is named like one of them."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
from types import ModuleType

import doelenboom

VERBS = (
    "load",
    "validate",
    "goal_graph",
    "budget_report",
    "attribute",
    "read_measurements",
    "progress_report",
    "read_spending",
    "budget_execution",
    "diff",
    "export",
    "report_html",
)
LIGHT = (
    "Diagnostic",
    "Location",
    "Node",
    "Programme",
    "Related",
    "Severity",
    "SpecError",
    "Validation",
    "validate_text",
)


def test_every_verb_is_public_and_light_names_stay() -> None:
    assert set(VERBS) | set(LIGHT) == set(doelenboom.__all__)
    assert set(doelenboom.__all__) <= set(dir(doelenboom))
    for name in LIGHT:
        assert getattr(doelenboom, name) is not None


def test_each_verb_resolves_lazily_to_a_callable() -> None:
    """In a fresh interpreter: `import doelenboom` imports none of the verbs' heavy modules, and
    each verb is a callable (a function, not a module) once asked for."""
    code = (
        "import json, sys, doelenboom\n"
        "heavy = ('doelenboom.graph', 'doelenboom.compare', 'doelenboom.monitor', 'doelenboom.render.export',"
        " 'networkx', 'pint')\n"
        "before = sorted(m for m in heavy if m in sys.modules)\n"
        f"verbs = {list(VERBS)!r}\n"
        "kinds = {v: type(getattr(doelenboom, v)).__name__ for v in verbs}\n"
        "print(json.dumps({'before': before, 'kinds': kinds}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    found = json.loads(out.stdout)
    assert found["before"] == []
    assert found["kinds"] == dict.fromkeys(VERBS, "function")


def _all_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(doelenboom.__path__, "doelenboom.")]


def test_no_module_is_named_like_a_verb() -> None:
    tops = {name.split(".")[1] for name in _all_modules()}
    assert not tops & set(VERBS)


def test_importing_a_submodule_never_replaces_a_verb() -> None:
    for name in _all_modules():
        importlib.import_module(name)
    for verb in VERBS:
        value = getattr(doelenboom, verb)
        assert callable(value) and not isinstance(value, ModuleType), verb
    assert doelenboom.load.__module__ == "doelenboom.validation"
    assert doelenboom.export.__module__ == "doelenboom.render.export"
    assert doelenboom.progress_report.__module__ == "doelenboom.monitor.aggregate"


def _imports(module: str) -> set[str]:
    """The modules a source file imports (at any level), by name."""
    import ast
    from pathlib import Path

    path = Path(doelenboom.__file__).parent / (module.replace(".", "/") + ".py")
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            found.add(node.module)
    return found


def test_the_lower_layers_stay_below_the_loader() -> None:
    """Source positions and text helpers sit below everything: the model never imports the YAML
    loader, and source.py and text.py import no third-party library."""
    assert not {"yaml", "doelenboom.loader"} & _imports("model")
    assert "doelenboom.source" in _imports("model")
    for module in ("source", "text"):
        assert all(name.split(".")[0] in {"doelenboom", *sys.stdlib_module_names} for name in _imports(module))
    assert "doelenboom.render.export" not in _imports("render.diff")  # escaping comes from text.py
