"""The validate command: exit codes, formats, language, and what it imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from doelenboom.cli import main

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = str(ROOT / "specs" / "heerlen_noord.yaml")
EXAMPLE = ROOT / "examples" / "heerlen_noord_metingen.yaml"
BROKEN = """doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2045}
tree:
  - id: g
    nmae: G
"""


@pytest.fixture
def broken(tmp_path: Path) -> str:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return str(path)


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=env or {"GITHUB_ACTIONS": "", "LANG": "C"})
    return result.exit_code, result.output


def test_heerlen_exits_0() -> None:
    assert run("validate", HEERLEN)[0] == 0


def test_strict_fails_on_warnings() -> None:
    assert run("validate", "--strict", HEERLEN)[0] == 1


def test_errors_exit_1(broken: str) -> None:
    assert run("validate", broken)[0] == 1


def test_one_bad_file_among_good_ones_exits_1(broken: str) -> None:
    assert run("validate", HEERLEN, broken)[0] == 1


@pytest.mark.parametrize("args", [[], ["--format", "xml", HEERLEN], ["--lang", "fr", HEERLEN]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run("validate", *args)[0] == 2


def test_missing_file_is_a_located_diagnostic(tmp_path: Path) -> None:
    code, output = run("validate", "--format", "json", str(tmp_path / "nope.yaml"))
    assert code == 1
    [diag] = json.loads(output)["diagnostics"]
    assert (diag["code"], diag["line"], diag["column"]) == ("DB101", 1, 1)


def test_json_output_carries_every_field(broken: str) -> None:
    code, output = run("validate", "--format", "json", broken)
    assert code == 1
    payload = json.loads(output)
    found = {(d["code"], d["line"], d["column"]) for d in payload["diagnostics"]}
    assert ("DB201", 7, 5) in found and ("DB202", 6, 5) in found
    for diag in payload["diagnostics"]:
        assert {"code", "severity", "message", "hint", "file", "line", "column"} <= set(diag)
    assert payload["summary"]["errors"] == 2


def test_github_format_is_chosen_on_actions(broken: str) -> None:
    code, output = run("validate", broken, env={"GITHUB_ACTIONS": "true", "LANG": "C"})
    lines = output.splitlines()
    assert code == 1
    assert lines and all(line.startswith("::error file=") for line in lines)
    assert any(",line=7,col=5," in line for line in lines)


def test_language_follows_option_and_locale(broken: str) -> None:
    assert " fout DB201 " in run("validate", "--lang", "nl", broken)[1]
    assert " fout DB201 " in run("validate", broken, env={"LANG": "nl_NL.UTF-8", "GITHUB_ACTIONS": ""})[1]
    assert " error DB201 " in run("validate", broken, env={"LANG": "en_GB.UTF-8", "GITHUB_ACTIONS": ""})[1]


@pytest.mark.parametrize("unit", ["person", "dwelling"])
def test_validate_imports_neither_pint_nor_networkx(unit: str, tmp_path: Path) -> None:
    # Whole-process speed depends on what validate imports; pint, networkx and duckdb are not needed,
    # also not when a part-of target's unit differs from its whole's (a DB308 question).
    spec = tmp_path / "spec.yaml"
    text = Path(HEERLEN).read_text(encoding="utf-8")
    changed = text.replace(
        "value: 75\n                    unit: person", f"value: 75\n                    unit: {unit}"
    )
    assert (changed != text) == (unit != "person")
    spec.write_text(changed, encoding="utf-8")
    probe = (
        "import sys\n"
        "from doelenboom.cli import main\n"
        f"try:\n    main(['validate', {str(spec)!r}])\nexcept SystemExit as exit:\n    code = exit.code\n"
        "print(code, 'pint' in sys.modules, 'networkx' in sys.modules, 'duckdb' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == f"{0 if unit == 'person' else 1} False False False"


@pytest.mark.parametrize(
    "module", ["doelenboom", "doelenboom.cli", "doelenboom.cli.progress", "doelenboom.monitor.scan"]
)
def test_light_modules_import_neither_pydantic_nor_the_model(module: str) -> None:
    # `progress` starts scanning a large file before the model (pydantic) loads: what it imports
    # up to that point must stay light (a fresh interpreter, so no other test's imports count).
    probe = (
        f"import sys, {module}\n"
        "print([m for m in ('pydantic', 'doelenboom.model', 'doelenboom.validation') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


def test_progress_starts_the_scan_before_the_model_loads() -> None:
    # The engine's first step needs no spec; started first, it runs while the model and the spec load.
    spec, rows = (
        ROOT / "examples" / "heerlen_noord_gebieden.yaml",
        ROOT / "examples" / "heerlen_noord_gebieden_metingen.csv",
    )
    probe = (
        "import sys\n"
        "from doelenboom.monitor import scan\n"
        "seen = []\n"
        "start = scan.Prefetch.start\n"
        "def spy(self):\n"
        "    seen.append(('pydantic' in sys.modules, 'doelenboom.model' in sys.modules))\n"
        "    start(self)\n"
        "scan.Prefetch.start = spy\n"
        "from doelenboom.cli import main\n"
        f"args = ['progress', {str(spec)!r}, '-m', {str(rows)!r}, '--as-of', '2025-01-01', '--engine', 'columnar']\n"
        "try:\n    main(args)\nexcept SystemExit as exit:\n    code = exit.code\n"
        "print(code, seen, 'doelenboom.model' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "0 [(False, False)] True"  # started once, model loaded after


def test_progress_does_not_import_networkx() -> None:
    # `progress` walks the tree through the index; the graph (and networkx) is for traversal only.
    probe = (
        "import sys\n"
        "from doelenboom.cli import main\n"
        f"try:\n    main(['progress', {HEERLEN!r}, '-m', {str(EXAMPLE)!r}, '--as-of', '2024-12-31'])\n"
        "except SystemExit as exit:\n    code = exit.code\n"
        "print(code, 'networkx' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "0 False"


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_progress_prints_no_report_from_a_file_it_did_not_read(fmt: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["progress", HEERLEN, "-m", str(tmp_path / "missing.csv"), "--format", fmt])
    assert (result.exit_code, result.stdout) == (1, "")  # no tree of 'no data' figures built from nothing
    assert "DB101" in result.stderr
