"""CI integration: the published pre-commit hook and SARIF output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from click.testing import CliRunner

from doelenboom.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"


def test_pre_commit_hook_runs_validate_on_specs() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "doelenboom-validate"]
    program, command = hook["entry"].split()[:2]
    assert (program, command in COMMANDS, hook["language"]) == ("doelenboom", True, "python")
    assert re.search(hook["files"], "specs/heerlen_noord.yaml")


def test_sarif_output(tmp_path: Path, heerlen_text: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(heerlen_text.replace("amount: 14305000", "amount: 14305001"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--format", "sarif", str(spec)])
    assert result.exit_code == 1
    payload = json.loads(result.output)
    assert payload["version"] == "2.1.0"
    run = payload["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    errors = [r for r in run["results"] if r["level"] == "error"]
    assert [r["ruleId"] for r in errors] == ["DB304"]
    assert rules[errors[0]["ruleIndex"]] == "DB304"
    line = heerlen_text.splitlines().index('      declared_total: 44463700   # "Totaal Onderwijs-Werk 44.463.700"') + 1
    region = errors[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (line, 23)
    assert errors[0]["relatedLocations"]


def test_sarif_renders_an_unregistered_code() -> None:
    from doelenboom.diagnostics import Diagnostic, Location, Severity
    from doelenboom.render.diagnostics import render_sarif
    from doelenboom.validation import Validation

    diag = Diagnostic("Z999", Severity.WARNING, Location("f.yaml", 3, 4), {"id": "werk"})
    run = json.loads(render_sarif([Validation("f.yaml", None, (diag,))]))["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["Z999"]
    assert [(r["ruleId"], r["ruleIndex"], r["level"]) for r in run["results"]] == [("Z999", 0, "warning")]
