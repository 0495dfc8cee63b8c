"""The generated reference pages cover everything they are generated from."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
import typing
from dataclasses import replace
from enum import Enum
from functools import cached_property
from pathlib import Path
from types import ModuleType

import pytest

from doelenboom import model
from doelenboom.cli import COMMANDS
from doelenboom.codes import CATALOGUE, EXAMPLES
from doelenboom.render.export import TARGET_KINDS

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


def test_a_code_without_an_example_fails_generation(generate: ModuleType) -> None:
    with pytest.raises(KeyError):
        generate.code_page(replace(CATALOGUE["DB313"], example=None), {})


def test_cli_page_has_every_command(out: Path) -> None:
    text = (out / "cli.md").read_text(encoding="utf-8")
    assert re.findall(r"^## (\S+)$", text, flags=re.M) == sorted(COMMANDS)


def test_spec_format_lists_every_key(out: Path) -> None:
    text = (out / "spec-format.md").read_text(encoding="utf-8")
    for cls in (model.Programme, model.Node, model.Budget, model.ProgrammeBudget, model.Baseline, model.Overhead):
        section = text.split(f"### {cls.__name__}\n", 1)[1].split("\n#", 1)[0]
        assert re.findall(r"^\| `(\w+)` \|", section, flags=re.M) == list(cls.model_fields)
    kinds = re.findall(r"^### kind: (\w+)$", text, flags=re.M)
    assert kinds == list(TARGET_KINDS) == ["count", "part_of", "range", "share", "milestone", "qualitative", "gap"]


def test_staff_guide_table_has_every_target_kind() -> None:
    guide = (GENERATOR.parent.parent / "beleidsmedewerkers.md").read_text(encoding="utf-8")
    table = guide.split("| soort (`kind`) |", 1)[1].split("\n\n", 1)[0]
    assert re.findall(r"^\| `(\w+)` \|", table, flags=re.M) == list(TARGET_KINDS)


def test_staff_guide_example_message_points_at_the_amount(out: Path) -> None:
    guide = (GENERATOR.parent.parent / "beleidsmedewerkers.md").read_text(encoding="utf-8")
    assert '--8<-- "docs/reference/melding-voorbeeld.snippet"' in guide
    assert not re.search(r"heerlen_noord\.yaml:\d+:\d+", guide)  # no hand-written location to go stale
    lines = (GENERATOR.parent.parent.parent / "specs" / "heerlen_noord.yaml").read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if line.endswith("amount: 20313455"))
    expected = f"specs/heerlen_noord.yaml:{row + 1}:{lines[row].index('20313455') + 1}"
    snippet = (out / "melding-voorbeeld.snippet").read_text(encoding="utf-8")
    assert re.findall(r"^(\S+:\d+:\d+): fout (DB\d+) ", snippet, flags=re.M) == [(expected, "DB205")]
    assert f"- `{expected}` — " in snippet


def test_install_instructions_do_not_assume_a_release() -> None:
    # doelenboom is not on PyPI and has no release tags yet: the docs must not tell people to
    # `pip install doelenboom` or pin pre-commit to a tag. Change this test when it is released.
    root = GENERATOR.parent.parent.parent
    pages = [root / "README.md", *sorted((root / "docs").glob("*.md"))]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not re.findall(r"pip install '?doelenboom\b(?! @ git\+)", text), page.name
        assert not re.findall(r"^\s*rev: v\d", text, flags=re.M), page.name


def test_heerlen_page(out: Path) -> None:
    text = (out / "heerlen-noord.md").read_text(encoding="utf-8")
    assert text.count("```mermaid") == 1
    assert "| **Totaal** | | | **179.025.131** | 179.025.132 |" in text  # a Dutch page: Dutch numbers
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


def _public_api() -> list[tuple[str, object]]:
    """Everything docs/api.md renders: each `::: target` with its `members:` (or all public ones),
    and for classes their public methods and properties defined in the class itself."""
    text = (GENERATOR.parent.parent / "api.md").read_text(encoding="utf-8")
    found: list[tuple[str, object]] = []
    for target, members in re.findall(r"^::: (\S+)\n(?:    options:\n      members: \[([^\]]*)\]\n)?", text, re.M):
        module_name, obj = target, None
        while True:
            try:
                obj = importlib.import_module(module_name)
                break
            except ModuleNotFoundError:
                module_name = module_name.rsplit(".", 1)[0]
        for part in target[len(module_name) :].strip(".").split("."):
            if part:
                obj = getattr(obj, part)
        names = [m.strip() for m in members.split(",")] if members else None
        if isinstance(obj, ModuleType):
            own = [n for n, v in vars(obj).items() if getattr(v, "__module__", obj.__name__) == obj.__name__]
            names = names or [n for n in own if not n.startswith("_")]
            items = [(f"{target}.{n}", getattr(obj, n)) for n in names]
        else:
            items = [(target, obj)] + [(f"{target}.{n}", getattr(obj, n)) for n in names or []]
        for name, item in items:
            found.append((name, item))
            if isinstance(item, type) and not issubclass(item, Enum):
                for attr, value in vars(item).items():
                    public = not attr.startswith("_")
                    if public and (callable(value) or isinstance(value, property | cached_property | classmethod)):
                        found.append((f"{name}.{attr}", getattr(item, attr)))
    return found


def test_documented_api_has_docstrings() -> None:
    items = _public_api()  # doelenboom.codes and doelenboom.language are on the API page too
    missing = []
    for name, item in items:
        if typing.get_origin(item) is not None or (
            not callable(item) and not isinstance(item, type | property | cached_property)
        ):
            continue  # constants and type aliases are documented by the text around them
        doc = inspect.getdoc(item) or ""
        if isinstance(item, type) and doc.startswith(f"{item.__name__}("):  # a dataclass's generated signature
            doc = ""
        if not doc.strip():
            missing.append(name)
    assert missing == [], missing


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
    for module in ("graph", "monitor.measurements", "monitor.progress", "monitor.aggregate"):
        assert f"::: doelenboom.{module}\n" in api, module


def test_dutch_pages_are_dutch_and_served_as_dutch(out: Path, generate: ModuleType) -> None:
    """The guide and the Heerlen-Noord page say ``lang: nl``, which the hook puts on ``<html>``;
    neither holds an English label nor a raw placeholder ({suggestion})."""
    from test_dutch_outputs import english

    root = GENERATOR.parent.parent.parent
    heerlen = (out / "heerlen-noord.md").read_text(encoding="utf-8")
    guide = (root / "docs" / "beleidsmedewerkers.md").read_text(encoding="utf-8")
    for page in (heerlen, guide):
        assert page.startswith("---\nlang: nl\n---\n")
    assert english(heerlen.split("```mermaid")[0] + heerlen.split("```", 2)[2], set()) == set()
    table = (out / "meldingen-nl.snippet").read_text(encoding="utf-8")
    assert "{" not in table and "…" in table
    assert generate.unfilled("Bedoelt u {suggestion}? {{x}}") == "Bedoelt u …? {x}"
    hook = importlib.util.spec_from_file_location("page_language", GENERATOR.parent / "page_language.py")
    assert hook is not None and hook.loader is not None
    module = importlib.util.module_from_spec(hook)
    hook.loader.exec_module(module)
    html = '<!doctype html>\n<html lang="en" class="no-js"><p lang="en">'
    dutch = type("Page", (), {"meta": {"lang": "nl"}})()
    assert module.on_post_page(html, dutch, None) == '<!doctype html>\n<html lang="nl" class="no-js"><p lang="en">'
    assert module.on_post_page(html, type("Page", (), {"meta": {}})(), None) == html
    assert "docs/gen/page_language.py" in (root / "mkdocs.yml").read_text(encoding="utf-8")
