"""Every script in examples/ runs against the bundled spec and prints what it promises."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(name: str, *args: str, cwd: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args], cwd=cwd, capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def test_traverse(tmp_path: Path) -> None:
    lines = run("traverse.py", cwd=tmp_path)
    assert lines[0] == "Programma Heerlen-Noord"
    assert lines[1] == "  Gezond-Sociaal-Veilig (leefgebied, 0 targets)"
    assert "        Burgers maken Hrl-Nrd (interventie, 3 targets)" in lines
    assert lines[-4:] == ["leefgebied: 3", "doel: 8", "thema: 7", "interventie: 18"]


def test_budget_rollup(tmp_path: Path) -> None:
    lines = run("budget_rollup.py", cwd=tmp_path)
    table = {line[:24].strip(): line[24:].split() for line in lines[:-1]}
    assert table["Gezond-Sociaal-Veilig"] == ["EUR", "65,698,905", "37.6", "%"]
    assert table["Onderwijs-Werk"] == ["EUR", "44,463,700", "25.4", "%"]
    assert table["Wonen-Ruimte"] == ["EUR", "64,772,526", "37.0", "%"]
    assert table["tree"] == ["EUR", "174,935,131"]
    assert table["overhead"] == ["EUR", "4,090,000"]
    assert table["programme"] == ["EUR", "179,025,131"]
    assert lines[-1] == "nodes without any budget: 19"


def test_budget_execution(tmp_path: Path) -> None:
    lines = run("budget_execution.py", cwd=tmp_path)
    assert lines[0] == "Regio Deal Rotterdam Zuid (2018–2022): spent 234,900,000.50 of 260,000,000.00 (90%)"
    assert lines[1].split() == ["rijk-regio-deal", "spent", "121,650,000.50", "left", "8,349,999.50"]
    assert lines[-1] == "programme: spent 256,650,000.50 of 320,000,000.00"


def test_custom_check(tmp_path: Path) -> None:
    lines = run("custom_check.py", cwd=tmp_path)
    pattern = re.compile(r".*heerlen_noord\.yaml:(\d+):(\d+): warning X001 theme '([a-z-]+)' has (\d+) targets")
    found = [m.groups() if (m := pattern.match(line)) else line for line in lines[:-1]]
    assert found == [("115", "17", "gezondheid", "2"), ("340", "17", "ruimte", "3")]
    assert lines[-1] == "2 of 13 diagnostics come from the custom check"


def test_export_diagram(tmp_path: Path) -> None:
    lines = run("export_diagram.py", cwd=tmp_path)
    assert lines[0] == "flowchart LR"
    assert sum(" --> " in line for line in lines) == 36
    out = tmp_path / "boom.dot"
    assert run("export_diagram.py", str(out), cwd=tmp_path) == [f"wrote dot diagram of 36 nodes to {out}"]
    dot = out.read_text(encoding="utf-8")
    assert dot.startswith('digraph "heerlen-noord" {') and dot.count(" -> ") == 37


def test_an_unregistered_code_still_renders() -> None:
    from doelenboom.codes import render_message
    from doelenboom.diagnostics import Diagnostic, Location, Severity

    diag = Diagnostic("Z999", Severity.WARNING, Location("f.yaml", 3, 4), {"id": "werk"})
    assert (diag.name, render_message(diag), diag.hint) == ("unregistered", "id=werk", "")


def test_a_registered_code_cannot_be_redefined() -> None:
    from dataclasses import replace

    import pytest

    from doelenboom.codes import CATALOGUE, register

    with pytest.raises(ValueError):
        register(replace(CATALOGUE["DB304"], name="something-else"))
    assert register(CATALOGUE["DB304"]) is CATALOGUE["DB304"]
