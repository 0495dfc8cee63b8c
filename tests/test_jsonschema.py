"""The JSON Schema: committed copy up to date, valid 2020-12, and a third-party validator agrees."""

from __future__ import annotations

import glob
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from doelenboom.cli import main
from doelenboom.jsonschema import _DUTCH, COMMITTED_PATHS, SCHEMA_ID, build_schema, dutch_description, render_schema
from doelenboom.language import NL, Language
from doelenboom.model import MONEY_NOTE
from doelenboom.validation import validate_text

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"
COMMITTED = ROOT / "schema" / "doelenboom.schema.json"


@pytest.mark.parametrize("language", sorted(COMMITTED_PATHS))
def test_committed_schema_is_up_to_date(language: Language) -> None:
    # When this fails: run `doelenboom schema --lang <language> -o <the path>` and commit the file.
    committed = ROOT / COMMITTED_PATHS[language]
    assert committed.read_text(encoding="utf-8") == render_schema(language)


def _descriptions(schema: Any) -> list[tuple[str, str]]:
    return [(where, node["description"]) for where, node in _walk(schema) if isinstance(node.get("description"), str)]


def _only_code(text: str) -> bool:
    """Whether a text is only code (keys, values in backticks), the same in every language."""
    return not re.search(r"[A-Za-z]{2,}", re.sub(r"`[^`]*`", "", text))


def test_every_description_has_a_dutch_text() -> None:
    """None missing, none the English text (unless it is only code), none left over unused."""
    english = _descriptions(build_schema())
    dutch = dict(_descriptions(build_schema(NL)))
    assert len(dutch) == len(english) > 100
    missing = []
    for where, text in english:
        try:
            dutch_description(text)
        except KeyError:
            missing.append(f"{where}: {text!r}")
    assert missing == []
    assert [where for where, text in english if dutch[where] == text and not _only_code(text)] == []
    used = {text.replace(MONEY_NOTE, "").strip() for _where, text in english}
    assert sorted(set(_DUTCH) - used) == []


def test_dutch_schema_has_dutch_titles_and_the_same_shape() -> None:
    english, dutch = build_schema(), build_schema(NL)
    assert dutch["$id"] != english["$id"]
    assert {name: d["title"] for name, d in dutch["$defs"].items()}.keys() == english["$defs"].keys()
    assert [n for n, d in dutch["$defs"].items() if d["title"] == english["$defs"][n]["title"]] == []
    Draft202012Validator.check_schema(dutch)

    def shape(schema: Any) -> Any:
        if isinstance(schema, dict):
            return {k: shape(v) for k, v in schema.items() if k not in ("title", "description", "$id")}
        return [shape(v) for v in schema] if isinstance(schema, list) else schema

    assert shape(dutch) == shape(english)


def test_schema_is_valid_draft_2020_12_with_id() -> None:
    schema = build_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID


def test_spec_modeline_points_at_committed_schema() -> None:
    first = HEERLEN.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    target = (HEERLEN.parent / first.split("$schema=", 1)[1].strip()).resolve()
    assert target == COMMITTED.resolve()


def _walk(schema: Any, path: str = "#") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(schema, dict):
        found.append((path, schema))
        for key, value in schema.items():
            found += _walk(value, f"{path}/{key}")
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            found += _walk(value, f"{path}/{i}")
    return found


def _properties(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(where, key, property schema) for every property of the root and of every definition."""
    definitions = [("#", schema), *((f"#/$defs/{k}", v) for k, v in schema["$defs"].items())]
    return [
        (where, key, prop)
        for where, definition in definitions
        for key, prop in definition.get("properties", {}).items()
    ]


def test_every_property_and_definition_has_a_description() -> None:
    schema = build_schema()
    assert [f"{where}/{key}" for where, key, prop in _properties(schema) if not prop.get("description")] == []
    assert [name for name, d in schema["$defs"].items() if not d.get("title") or not d.get("description")] == []


def test_hovers_do_not_repeat_the_key_and_show_few_short_examples() -> None:
    """A hover is title || description || examples: no "Amount || Amount", no 15 examples."""
    found = _walk(build_schema())
    repeating = [
        where
        for where, prop in found
        if "/properties/" in where
        and isinstance(prop.get("title"), str)
        and prop["title"].replace(" ", "_").casefold() == where.rsplit("/", 1)[1].casefold()
    ]
    assert repeating == []
    long_lists = [where for where, node in found if len(node.get("examples", [])) > 3]
    assert long_lists == []
    long_examples = [
        where for where, node in found for example in node.get("examples", []) if len(json.dumps(example)) > 60
    ]
    assert long_examples == []


def test_money_is_integer_or_amount_text_never_number() -> None:
    amount = build_schema()["$defs"]["Budget"]["properties"]["amount"]
    validator = Draft202012Validator(amount)
    assert validator.is_valid(20313455)
    assert validator.is_valid("1234.50")
    assert validator.is_valid(None)
    assert not validator.is_valid(1234.5)
    assert not validator.is_valid(-5)
    assert not validator.is_valid("20.313.455")


def test_target_kind_is_a_drop_down() -> None:
    targets = build_schema()["$defs"]["Node"]["properties"]["targets"]["items"]
    assert set(targets["properties"]["kind"]["enum"]) == {
        "count",
        "part_of",
        "range",
        "share",
        "milestone",
        "qualitative",
        "gap",
    }


def test_schema_command_writes_the_committed_text(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "schema.json"
    result = CliRunner().invoke(main, ["schema", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == render_schema()
    assert [p.name for p in out.parent.iterdir()] == ["schema.json"]  # no temporary file left behind
    printed = CliRunner().invoke(main, ["schema"])
    assert json.loads(printed.output)["$id"] == SCHEMA_ID


# --- check-jsonschema, a third-party validator, agrees with the schema -----------------------

_BROKEN = {
    # name: (old text, new text, the JSON path check-jsonschema must report)
    "unknown-key": ("- id: gezonder-zijn\n", "- id: gezonder-zijn\n        nmae: x\n", "$.tree[0].children[0]"),
    "wrong-type": ("  end: 2045\n", '  end: "2045"\n', "$.horizon.end"),
    "missing-key": ("name: Programma Heerlen-Noord\n", "", "$"),
    "bad-kind": ("kind: milestone", "kind: mijlpaal", "$.tree[1].children[1].children[0].children[2].targets[0].kind"),
    "money-float": ("amount: 5260000\n", "amount: 5260000.5\n", "$.tree[0].children[1].children[0].budget.amount"),
    "bad-id": ("- id: sociaal\n", "- id: Sociaal\n", "$.tree[0].children[1].children[0].id"),
}


def _check_jsonschema(spec: Path, schema: Path = COMMITTED) -> tuple[int, dict[str, Any]]:
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "-o", "json", "--schemafile", str(schema), str(spec)],
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.returncode, json.loads(proc.stdout)


@pytest.mark.parametrize("language", sorted(COMMITTED_PATHS))
def test_check_jsonschema_accepts_the_heerlen_spec(language: Language) -> None:
    code, report = _check_jsonschema(HEERLEN, ROOT / COMMITTED_PATHS[language])
    assert (code, report["status"]) == (0, "ok"), report


@pytest.mark.parametrize("name", sorted(_BROKEN))
def test_check_jsonschema_rejects_broken_specs(name: str, heerlen_text: str, tmp_path: Path) -> None:
    old, new, path = _BROKEN[name]
    assert heerlen_text.count(old) == 1
    text = heerlen_text.replace(old, new)
    spec = tmp_path / f"{name}.yaml"
    spec.write_text(text, encoding="utf-8")
    code, report = _check_jsonschema(spec)
    assert code == 1
    paths = {e["path"] for e in report["errors"]} | {e.get("best_deep_match", {}).get("path") for e in report["errors"]}
    assert path in paths, report
    # and doelenboom itself refuses the same spec
    assert validate_text(text, "broken.yaml").failed()


# --- a spec in another repository, exactly as docs/ci.md says -------------------------------------


def _blocks(text: str, heading: str) -> dict[str, str]:
    """The first ``sh`` and the first ``yaml`` fenced block after ``heading``."""
    after = text[text.index(heading) :]
    return {lang: re.search(rf"```{lang}\n(.*?)```", after, re.S).group(1) for lang in ("sh", "yaml")}  # type: ignore[union-attr]


def test_a_spec_in_another_folder_validates_as_the_docs_say(heerlen_text: str, tmp_path: Path) -> None:
    """The commands and the modeline of docs/ci.md, run in a new folder: the schema is written
    there, check-jsonschema accepts the spec and refuses a broken one, and the modeline leads from
    the spec to the schema. The Dutch guide says the same."""
    docs = _blocks((ROOT / "docs" / "ci.md").read_text(encoding="utf-8"), "### A spec in another repository")
    guide = _blocks((ROOT / "docs" / "beleidsmedewerkers.md").read_text(encoding="utf-8"), "### Hulp van de editor")
    assert guide == docs
    modeline = docs["yaml"].strip()
    assert modeline.startswith("# yaml-language-server: $schema=")

    repo = tmp_path / "andere repository"
    (repo / "specs").mkdir(parents=True)
    spec = f"{modeline}\n{heerlen_text.split(chr(10), 1)[1]}"
    (repo / "specs" / "mijn programma é.yaml").write_text(spec, encoding="utf-8")

    def run_the_docs() -> list[tuple[str, int, str]]:
        done = []
        for line in docs["sh"].strip().splitlines():
            program, *args = shlex.split(line)
            expanded = [m for a in args for m in (sorted(glob.glob(a, root_dir=repo)) if "*" in a else [a])]
            executable = shutil.which(program, path=str(Path(sys.executable).parent))
            assert executable, program
            proc = subprocess.run([executable, *expanded], cwd=repo, capture_output=True, text=True, check=False)
            done.append((program, proc.returncode, proc.stdout + proc.stderr))
        return done

    ran = run_the_docs()
    assert [(program, code) for program, code, _out in ran] == [("doelenboom", 0), ("check-jsonschema", 0)], ran
    target = (repo / "specs" / modeline.split("$schema=", 1)[1]).resolve()
    assert target.read_text(encoding="utf-8") == render_schema(NL)

    (repo / "specs" / "kapot.yaml").write_text(spec.replace("  end: 2045\n", '  end: "2045"\n'), encoding="utf-8")
    _program, code, out = run_the_docs()[1]
    assert code == 1 and "kapot.yaml" in out and "mijn programma" not in out, out
