"""The generated reference pages cover everything they are generated from."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from doelenboom import model
from doelenboom.cli import COMMANDS
from doelenboom.code_examples import EXAMPLES
from doelenboom.codes import CATALOGUE

GENERATOR = Path(__file__).resolve().parent.parent / "docs" / "gen" / "generate.py"


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def out(generate: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("reference")
    generate.generate(target)
    return target


def test_a_page_per_code_with_its_snippets(out: Path) -> None:
    pages = sorted(p.stem for p in (out / "codes").glob("DB*.md"))
    assert pages == sorted(CATALOGUE)
    for code in CATALOGUE:
        text = (out / "codes" / f"{code}.md").read_text(encoding="utf-8")
        blocks = re.findall(r"```\w+\n(.*?)```", text, flags=re.S)
        assert blocks == [EXAMPLES[code].wrong, EXAMPLES[code].right]
    index = (out / "codes" / "index.md").read_text(encoding="utf-8")
    assert sorted(re.findall(r"\]\((DB\d+)\.md\)", index)) == sorted(CATALOGUE)
    dutch = (out / "meldingen-nl.snippet").read_text(encoding="utf-8")
    assert sorted(re.findall(r"\(reference/codes/(DB\d+)\.md\)", dutch)) == sorted(CATALOGUE)


def test_a_code_without_an_example_fails_generation(generate: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(generate.EXAMPLES, "DB313")
    with pytest.raises(KeyError):
        generate.code_page(CATALOGUE["DB313"], {})


def test_cli_page_has_every_command(out: Path) -> None:
    text = (out / "cli.md").read_text(encoding="utf-8")
    assert re.findall(r"^## (\S+)$", text, flags=re.M) == sorted(COMMANDS)


def test_spec_format_lists_every_key(out: Path) -> None:
    text = (out / "spec-format.md").read_text(encoding="utf-8")
    for cls in (model.Programme, model.Node, model.Budget, model.ProgrammeBudget, model.Baseline, model.Overhead):
        section = text.split(f"### {cls.__name__}\n", 1)[1].split("\n#", 1)[0]
        assert re.findall(r"^\| `(\w+)` \|", section, flags=re.M) == list(cls.model_fields)
    kinds = re.findall(r"^### kind: (\w+)$", text, flags=re.M)
    assert kinds == ["count", "part_of", "range", "share", "milestone", "qualitative"]


def test_heerlen_page(out: Path) -> None:
    text = (out / "heerlen-noord.md").read_text(encoding="utf-8")
    assert text.count("```mermaid") == 1
    assert "| **Total** | | | **179,025,131** | 179,025,132 |" in text
    assert re.findall(r"^### (.+)$", text, flags=re.M) == [
        "Gezondheid",
        "Sociaal",
        "Veiligheid",
        "Onderwijs",
        "Werk",
        "Wonen",
        "Ruimte",
    ]
    assert "3 × leefgebied, 8 × doel, 7 × thema, 18 × interventie" in text


def test_readme_python_runs_on_files_that_exist() -> None:
    import subprocess
    import sys

    root = GENERATOR.parent.parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    files = re.findall(r"\"([\w/.-]+\.(?:ya?ml|csv))\"", code)
    assert "examples/heerlen_noord_metingen.yaml" in files
    assert [f for f in files if not (root / f).is_file()] == []
    assert ".diagnostics" in code.split("read_measurements(", 1)[1]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True, capture_output=True)


def test_measurements_page_and_api_reference() -> None:
    root = GENERATOR.parent.parent.parent
    assert "measurements.md" in (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert (root / "docs" / "measurements.md").is_file()
    api = (root / "docs" / "api.md").read_text(encoding="utf-8")
    for module in ("graph", "measurements", "progress", "aggregate"):
        assert f"::: doelenboom.{module}\n" in api, module
