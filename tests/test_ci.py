"""CI integration: the published pre-commit hook, SARIF output (checked against the SARIF 2.1.0
schema), `validate --errors-only`, and GitHub annotations with their job summary."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml
from click.testing import CliRunner

import doelenboom
from doelenboom.cli import COMMANDS, main
from doelenboom.diagnostics import Diagnostic, Location, Severity
from doelenboom.render.diagnostics import (
    DOCS_URL,
    FORMATS,
    GITHUB_LIMIT,
    SARIF_ROOT,
    left_out_line,
    render_github,
)
from doelenboom.validation import Validation

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


# --- SARIF against the SARIF 2.1.0 schema -----------------------------------------------------------

# tests/data/sarif-schema-2.1.0.json is the SARIF 2.1.0 JSON Schema (the OASIS standard's schema, as
# the SARIF SDK ships it, in JSON Schema draft 2020-12), copied unchanged from `sarif-2.1.0.json` in
# the npm package @microsoft/sarif-multitool-linux 5.7.0 (MIT licence; source:
# microsoft/sarif-sdk). It is vendored so that the test needs no network.
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"


def _sarif_errors(payload: object) -> list[str]:
    from jsonschema import FormatChecker
    from jsonschema.validators import validator_for

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = validator_for(schema)(schema, format_checker=FormatChecker())
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(payload)]


def test_the_format_checker_checks_uri_references() -> None:
    """The checks below mean something only if `uri-reference` is checked (jsonschema[format-nongpl])."""
    from jsonschema import FormatChecker

    assert "uri-reference" in FormatChecker.checkers
    assert not FormatChecker().conforms("mijn spec é.yaml", "uri-reference")


def test_sarif_of_a_file_with_a_space_and_an_accent_validates(
    tmp_path: Path, heerlen_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "map met spatie"
    folder.mkdir()
    (folder / "mijn spec é.yaml").write_text(heerlen_text.replace("amount: 14305000", "amount: 14305001"), "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["validate", "--format", "sarif", "map met spatie/mijn spec é.yaml"])
    assert result.exit_code == 1
    payload = json.loads(result.output)
    assert _sarif_errors(payload) == []
    run = payload["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["version"] == doelenboom.__version__
    assert driver["informationUri"] == DOCS_URL
    assert {r["id"]: r["helpUri"] for r in driver["rules"]} == {
        r["id"]: f"{DOCS_URL}reference/codes/{r['id']}/" for r in driver["rules"]
    }
    base = run["originalUriBaseIds"][SARIF_ROOT]["uri"]
    assert base == tmp_path.resolve().as_uri() + "/"
    artifacts = [
        loc["physicalLocation"]["artifactLocation"]
        for r in run["results"]
        for loc in r["locations"] + r["relatedLocations"]
    ]
    assert artifacts and {(a["uri"], a["uriBaseId"]) for a in artifacts} == {
        ("map%20met%20spatie/mijn%20spec%20%C3%A9.yaml", SARIF_ROOT)
    }
    assert unquote(artifacts[0]["uri"]) == "map met spatie/mijn spec é.yaml"


def test_sarif_of_an_absolute_path_outside_the_root_is_a_file_uri(tmp_path: Path) -> None:
    from doelenboom.diagnostics import Diagnostic, Location, Severity
    from doelenboom.render.diagnostics import render_sarif
    from doelenboom.validation import Validation

    spec = tmp_path / "a b" / "spec é.yaml"
    diag = Diagnostic("DB304", Severity.ERROR, Location(str(spec), 3, 4), {})
    payload = json.loads(render_sarif([Validation(str(spec), None, (diag,))], root=tmp_path / "elders"))
    (artifact,) = [loc["physicalLocation"]["artifactLocation"] for loc in payload["runs"][0]["results"][0]["locations"]]
    assert artifact == {"uri": spec.as_uri()}
    assert _sarif_errors(payload) == []


def test_docs_url_is_mkdocs_site_url() -> None:
    config = yaml.safe_load(
        "\n".join(line for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines() if "!!" not in line)
    )
    assert config["site_url"] == DOCS_URL


# --- validate --errors-only -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_errors_only_shows_errors_and_counts_the_rest(fmt: str, tmp_path: Path, heerlen_text: str) -> None:
    from doelenboom.validation import validate

    spec = tmp_path / "spec.yaml"
    spec.write_text(heerlen_text.replace("amount: 14305000", "amount: 14305001"), encoding="utf-8")
    everything = validate(str(spec)).diagnostics
    severities = Counter(d.severity.value for d in everything)
    assert severities["error"] and severities["warning"] and severities["info"]
    result = CliRunner().invoke(main, ["validate", "--errors-only", "--format", fmt, "--lang", "en", str(spec)])
    assert result.exit_code == 1
    line = left_out_line(severities["warning"], severities["info"], "en")
    if fmt == "text":
        assert (result.stderr, result.stdout.endswith(line)) == ("", True)
        # the file's own summary counts every diagnostic, also those left out: as without the option
        from doelenboom.render.diagnostics import render_text

        summary = render_text([validate(str(spec))], "en").splitlines()[-1]
        assert summary in result.stdout.splitlines()
    else:
        assert result.stderr == line  # standard output stays JSON, SARIF, annotations
    codes = {d.code for d in everything if d.severity.value == "error"}
    others = {d.code for d in everything} - codes
    shown = set(re.findall(r"DB\d{3}", result.stdout))
    if fmt == "sarif":
        shown = {r["ruleId"] for r in json.loads(result.stdout)["runs"][0]["results"]}
    assert shown >= codes and not shown & others


def test_errors_only_keeps_the_exit_code(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", "--errors-only", "--strict", str(HEERLEN)])
    assert result.exit_code == 1  # warnings fail --strict, shown or not
    assert CliRunner().invoke(main, ["validate", "--errors-only", str(HEERLEN)]).exit_code == 0


# --- GitHub annotations and the job summary ---------------------------------------------------------


def _many_warnings(n: int) -> list[Validation]:
    diags = tuple(
        Diagnostic("DB313", Severity.WARNING, Location("specs/a b.yaml", i + 1, 3), {"id": f"t{i}"}) for i in range(n)
    )
    return [Validation("specs/a b.yaml", None, diags)]


def _annotations(output: str) -> list[tuple[str, dict[str, str]]]:
    found = []
    for line in output.splitlines():
        match = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", line)
        assert match, line
        props = dict(p.split("=", 1) for p in match[2].split(","))
        found.append((match[1], props))
    return found


def test_github_annotation_holds_the_related_locations(tmp_path: Path, heerlen_text: str) -> None:
    from doelenboom.validation import validate

    spec = tmp_path / "spec.yaml"
    spec.write_text(heerlen_text.replace("amount: 14305000", "amount: 14305001"), encoding="utf-8")
    result = validate(str(spec))
    (with_related,) = [d for d in result.diagnostics if d.code == "DB304"]
    assert with_related.related
    (line,) = [x for x in render_github([result]).splitlines() if "title=DB304" in x]
    body = line.split("::", 2)[2].split("%0A")
    for rel in with_related.related:
        assert any(part.startswith(f"{rel.location.file}:{rel.location.line}:{rel.location.column}: ") for part in body)


def test_github_not_capped_writes_no_summary(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = CliRunner(env=env).invoke(main, ["validate", str(HEERLEN)])  # 10 warnings: none dropped
    assert result.exit_code == 0
    assert not summary.exists()
    assert all(props.get("title") != "doelenboom" for _, props in _annotations(result.stdout))


def test_github_capped_appends_every_diagnostic_to_the_job_summary(tmp_path: Path) -> None:
    import doelenboom.validation

    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    results = _many_warnings(GITHUB_LIMIT + 1)
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(doelenboom.validation, "validate", lambda spec: results[0])
        result = CliRunner(env=env).invoke(main, ["validate", "--lang", "en", "specs/a b.yaml"])
    assert result.exit_code == 0
    annotations = _annotations(result.stdout)
    assert annotations[0] == ("notice", {"title": "doelenboom"})
    assert result.stdout.splitlines()[0].endswith(render_github(results, "en", summary=True).splitlines()[0][-40:])
    assert [a[1]["line"] for a in annotations[1:]] == [str(i + 1) for i in range(GITHUB_LIMIT + 1)]
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")
    rows = [r for r in text.splitlines() if r.startswith("| specs/a b.yaml:")]
    assert [r.split(" | ")[0] for r in rows] == [f"| specs/a b.yaml:{i + 1}:3" for i in range(GITHUB_LIMIT + 1)]
    assert all(f"[DB313]({DOCS_URL}reference/codes/DB313/)" in r for r in rows)


def test_github_capped_without_a_summary_file_says_where_else_to_look() -> None:
    results = _many_warnings(GITHUB_LIMIT + 1)
    capped = render_github(results, "en")
    assert capped.splitlines()[0] == render_github(results, "en", summary=False).splitlines()[0]
    assert capped.splitlines()[0] != render_github(results, "en", summary=True).splitlines()[0]
    assert _annotations(capped)[0] == ("notice", {"title": "doelenboom"})
    assert _annotations(render_github(_many_warnings(GITHUB_LIMIT)))[0][0] == "warning"


def test_github_summary_that_is_no_regular_file_is_not_written(tmp_path: Path) -> None:
    import doelenboom.validation

    results = _many_warnings(GITHUB_LIMIT + 1)
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(tmp_path)}  # a folder
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(doelenboom.validation, "validate", lambda spec: results[0])
        result = CliRunner(env=env).invoke(main, ["validate", "--lang", "en", "specs/a b.yaml"])
    assert result.exit_code == 0
    assert result.stdout == render_github(results, "en", summary=False)
    assert result.stderr
