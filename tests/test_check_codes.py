"""Each check module emits only the codes it declares in ``CODES`` (the docs name the module that
reports a code from it), and each declared code is emitted by its module for some case file."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest
import yaml

import doelenboom.checks
from doelenboom.checks import MODULES
from doelenboom.checks.context import Context
from doelenboom.codes import CATALOGUE
from doelenboom.loader import load_bytes
from doelenboom.model import Programme
from doelenboom.validation import validate, validate_document
from dutch_specs import SPECS
from test_cases import _case_files, _run

HEERLEN = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"


def _check_modules() -> list[ModuleType]:
    found = []
    for info in pkgutil.iter_modules(doelenboom.checks.__path__):
        module = importlib.import_module(f"doelenboom.checks.{info.name}")
        if hasattr(module, "CHECKS"):
            found.append(module)
    return found


def _programmes() -> list[Programme]:
    found: list[Programme] = []
    for path in _case_files():
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            programme = _run(case).programme
            if programme is not None:
                found.append(programme)
    for spec in SPECS.values():
        raw = spec if isinstance(spec, bytes) else spec.encode("utf-8")
        programme = validate_document(load_bytes(raw, "spec.yaml")).programme
        if programme is not None:
            found.append(programme)
    programme = validate(HEERLEN).programme
    assert programme is not None
    return [*found, programme]


PROGRAMMES = _programmes()
CONTEXTS = [Context.build(programme) for programme in PROGRAMMES]


def test_every_check_module_runs() -> None:
    modules = _check_modules()
    assert sorted(m.__name__ for m in modules) == sorted(m.__name__ for m in MODULES)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_a_check_emits_only_the_codes_its_module_declares(module: ModuleType) -> None:
    declared = set(module.CODES)
    assert declared <= set(CATALOGUE)
    emitted: set[str] = set()
    for ctx in CONTEXTS:
        for check in module.CHECKS:
            for diag in check(ctx):
                assert diag.code in declared, (module.__name__, check.__name__, diag.code)
                emitted.add(diag.code)
    assert emitted == declared  # no code is declared that the module never emits


def test_no_code_is_declared_by_two_modules() -> None:
    codes = [code for module in MODULES for code in module.CODES]
    assert len(codes) == len(set(codes))
