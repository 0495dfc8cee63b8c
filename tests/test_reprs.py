"""Short reprs for models, and a diagnostic that prints as a line of the text report."""

from __future__ import annotations

from pathlib import Path

import doelenboom
from doelenboom.diagnostics import Diagnostic, Location, Severity
from doelenboom.render.diagnostics import render_text
from doelenboom.validation import Validation

HEERLEN = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"


def test_programme_and_node_reprs_are_short() -> None:
    programme = doelenboom.load(HEERLEN)
    assert repr(programme) == "Programme(id='heerlen-noord', nodes=36, targets=22)"
    assert len(str(programme)) < 80
    node = programme.tree[0]
    assert repr(node) == f"Node(id={node.id!r}, children={len(node.children)}, targets={len(node.targets)})"


def test_short_reprs_leave_equality_and_dumps_alone() -> None:
    first, second = doelenboom.load(HEERLEN), doelenboom.load(HEERLEN)
    repr(first)  # builds and caches the index on one of them only
    assert first == second
    assert first.model_dump() == second.model_dump()
    assert first.tree[0].model_dump()["children"]


def test_str_of_a_diagnostic_is_its_text_line() -> None:
    d = Diagnostic("DB101", Severity.ERROR, Location("spec é.yaml", 3, 7), {"reason": "ENOENT"})
    assert str(d).startswith("spec é.yaml:3:7: error DB101 ")
    assert str(d) == render_text([Validation(d.file, None, (d,))]).splitlines()[0]
    assert "\n" not in str(d)
    assert repr(d).startswith("Diagnostic(code='DB101'")


def test_str_of_every_diagnostic_of_the_bundled_spec() -> None:
    result = doelenboom.validate(HEERLEN)
    lines = render_text([result]).splitlines()
    for d in result.diagnostics:
        assert str(d) in lines
        assert str(d).startswith(f"{d.file}:{d.line}:{d.column}: {d.severity.value} {d.code} ")
