"""The semantic diff: nodes, budgets and their totals, targets, and new problems, by meaning."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from doelenboom.cli import main
from doelenboom.compare import FieldChange, FigureChange, NodeChange, TotalChange, diff
from doelenboom.render.diff import RENDERERS
from doelenboom.words import word

ROOT = Path(__file__).resolve().parent.parent
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"


def _changed(text: str) -> str:
    """Wonen +EUR 1.2M without updating the declared totals; the vakschool moves to Onderwijs."""
    text = text.replace("amount: 45960439", "amount: 47160439")
    start = text.index("              - id: vakschool\n")
    end = text.index("      - id: minder-armoede")
    block = text[start:end]
    text = text[:start] + text[end:]
    anchor = "              - id: voortijdig-schoolverlaten\n"
    return text.replace(anchor, block + anchor)


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_file_with_itself_reports_nothing() -> None:
    result, failures = diff(str(HEERLEN), str(HEERLEN))
    assert failures == []
    assert result.empty
    assert RENDERERS["text"](result, "en") == "No changes in meaning.\n"  # one line, not silence
    payload = json.loads(RENDERERS["json"](result, "en"))
    assert payload["empty"] is True
    assert [payload[k] for k in ("nodes", "budget", "totals", "targets", "new_diagnostics")] == [[]] * 5


def test_shifted_lines_are_not_new_problems(tmp_path: Path, heerlen_text: str) -> None:
    # The Heerlen spec has warnings; inserting lines above them must not make them "new".
    shifted = heerlen_text.replace("doelenboom: 1\n", "doelenboom: 1\n# a\n# b\n# c\n", 1)
    result, _ = diff(str(HEERLEN), _write(tmp_path, "new.yaml", shifted))
    assert result.empty


def test_budget_change_moved_node_and_new_error(tmp_path: Path, heerlen_text: str) -> None:
    new = _write(tmp_path, "new.yaml", _changed(heerlen_text))
    result, failures = diff(str(HEERLEN), new)
    assert failures == []
    assert result.comparable
    assert result.nodes == (NodeChange("moved", "vakschool", "intervention", "interventie", "werk", "onderwijs"),)
    assert result.budget == (FigureChange("wonen", "amount", "EUR", Decimal(45960439), Decimal(47160439)),)
    deltas = {(t.id, t.total): t.delta for t in result.totals}
    up = Decimal(1_200_000)
    assert deltas == {
        ("wonen", "rolled_up"): up,
        ("juiste-woning-juiste-plek", "rolled_up"): up,
        ("wonen-ruimte", "rolled_up"): up,
        (None, "tree"): up,
        (None, "programme"): up,
    }
    assert TotalChange("wonen-ruimte", "rolled_up", Decimal(64772526), Decimal(65972526)) in result.totals
    new_codes = {(d.code, d.line) for d in result.new_diagnostics}
    total_line = (
        _changed(heerlen_text).splitlines().index('      declared_total: 64772526   # "Totaal Wonen-Ruimte 64772526"')
        + 1
    )
    assert ("DB304", total_line) in new_codes
    assert result.new_has_errors
    assert "DB304" not in {d.code for d in result.resolved_diagnostics}


def test_renamed_node_and_target_changes(tmp_path: Path, heerlen_text: str) -> None:
    text = heerlen_text.replace("name: Sociaal\n", "name: Sociaal domein\n")
    text = text.replace("                    value: 600\n", "                    value: 650\n")
    text = text.replace("kind: milestone", "kind: qualitative")
    result, _ = diff(str(HEERLEN), _write(tmp_path, "new.yaml", text))
    assert result.nodes == (NodeChange("renamed", "sociaal", "theme", "thema", "Sociaal", "Sociaal domein"),)
    changes = {(c.id, c.field): (c.old, c.new) for c in result.targets}
    assert changes == {
        ("participatietrajecten", "value"): ("600", "650"),
        ("vakschool-opgestart", "kind"): ("milestone", "qualitative"),
    }
    assert "DB313" in {d.code for d in result.new_diagnostics}


def test_every_target_field_and_a_moved_target(tmp_path: Path, heerlen_text: str) -> None:
    text = heerlen_text.replace("                    direction: lower\n", "                    direction: higher\n")
    text = text.replace(
        "                    unit: initiative\n",
        "                    unit: initiative\n                    baseline: {value: 20, date: 2021}\n",
    )
    old_name = "600 bijstandsgerechtigden (C-D-E) draaien mee in participatietrajecten"
    text = text.replace(old_name, "650 bijstandsgerechtigden in participatietrajecten")
    text = text.replace(
        "                    value: 600\n", "                    value: 600.0\n                    weight: 2\n"
    )
    moved = (
        "                  - id: burgerparticipatie-projecten\n"
        "                    kind: qualitative\n"
        "                    name: Burgerparticipatie inzetten bij projecten\n"
    )
    assert text.count(moved) == 1
    text = text.replace(moved, "")
    anchor = "                  - id: preventie-alle-buurten\n"
    text = text.replace(anchor, moved + anchor)
    result, _ = diff(str(HEERLEN), _write(tmp_path, "new.yaml", text))
    assert result.nodes == ()
    changes = {(c.id, c.field): (c.node, c.old, c.new) for c in result.targets}
    assert changes == {
        ("reductie-incidenten", "direction"): ("sociale-veiligheidsaanpak", "lower", "higher"),
        ("burgerinitiatieven", "baseline.value"): ("burgers-maken-hrl-nrd", None, "20"),
        ("burgerinitiatieven", "baseline.date"): ("burgers-maken-hrl-nrd", None, "2021"),
        ("participatietrajecten", "name"): (
            "burgers-maken-hrl-nrd",
            old_name,
            "650 bijstandsgerechtigden in participatietrajecten",
        ),
        ("participatietrajecten", "weight"): ("burgers-maken-hrl-nrd", None, "2"),
        # 600 -> 600.0 is the same number: no change in meaning
        ("burgerparticipatie-projecten", "node"): ("buurtbemiddeling", "burgers-maken-hrl-nrd", "buurtbemiddeling"),
    }
    payload = json.loads(RENDERERS["json"](result, "en"))
    assert {
        "id": "burgerparticipatie-projecten",
        "node": "buurtbemiddeling",
        "field": "node",
        "old": "burgers-maken-hrl-nrd",
        "new": "buurtbemiddeling",
    } in payload["targets"]


def test_added_and_removed_nodes(tmp_path: Path, heerlen_text: str) -> None:
    text = heerlen_text.replace("- id: repressieve-aanpak\n", "- id: handhaving\n")
    result, _ = diff(str(HEERLEN), _write(tmp_path, "new.yaml", text))
    assert {(n.change, n.id) for n in result.nodes} == {("added", "handhaving"), ("removed", "repressieve-aanpak")}


def test_unreadable_new_side_still_reports_its_problems(tmp_path: Path) -> None:
    result, failures = diff(str(HEERLEN), _write(tmp_path, "new.yaml", "doelenboom: [1\n"))
    assert failures == []
    assert not result.comparable
    assert [d.code for d in result.new_diagnostics] == ["DB103"]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_cli_formats(fmt: str, lang: str, tmp_path: Path, heerlen_text: str) -> None:
    new = _write(tmp_path, "new.yaml", _changed(heerlen_text))
    result = CliRunner().invoke(main, ["diff", "--format", fmt, "--lang", lang, str(HEERLEN), new])
    assert result.exit_code == 0, result.output
    assert "DB304" in result.output
    if fmt == "json":
        assert json.loads(result.output)["budget"][0]["delta"] == "1200000"
    exit_code = CliRunner().invoke(main, ["diff", "--exit-code", str(HEERLEN), new]).exit_code
    assert exit_code == 1
    assert CliRunner().invoke(main, ["diff", "--exit-code", str(HEERLEN), str(HEERLEN)]).exit_code == 0


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_identical_files_say_so_in_one_line(lang: str) -> None:
    for fmt in ("text", "markdown"):
        result = CliRunner().invoke(main, ["diff", "--lang", lang, "--format", fmt, str(HEERLEN), str(HEERLEN)])
        assert result.exit_code == 0
        assert result.output.splitlines()[-1] == word("diff.nothing", lang)
    text = CliRunner().invoke(main, ["diff", "--lang", lang, str(HEERLEN), str(HEERLEN)]).output
    assert len(text.splitlines()) == 1
    assert word("diff.nothing", "nl") == "Geen inhoudelijke wijzigingen."


def test_dutch_calls_a_target_streefdoel(tmp_path: Path, heerlen_text: str) -> None:
    text = heerlen_text.replace("                    value: 600\n", "                    value: 650\n")
    result, _ = diff(str(HEERLEN), _write(tmp_path, "new.yaml", text))
    markdown = RENDERERS["markdown"](result, "nl").splitlines()
    header = markdown[markdown.index("#### Streefdoelen") + 2]
    assert header.split("|")[1].strip() == "streefdoel"
    assert "Streefdoelen:" in RENDERERS["text"](result, "nl").splitlines()


HOSTILE_NAME = "@team <img src=x onerror=alert(1)> *bold* _em_ [link](http://x) #12 | pipe"


class _Cells(HTMLParser):
    """Tags used, and the text of every table cell."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_markdown_escapes_spec_text_and_pings_nobody(tmp_path: Path, heerlen_text: str) -> None:
    markdown = pytest.importorskip("markdown")
    name = HOSTILE_NAME.replace('"', "")
    text = heerlen_text.replace("name: Sociaal\n", f"name: '{name}'\n")
    old_target = "600 bijstandsgerechtigden (C-D-E) draaien mee in participatietrajecten"
    text = text.replace(old_target, f"'{name}'")
    result, _ = diff(str(HEERLEN), _write(tmp_path, "new.yaml", text))
    rendered = RENDERERS["markdown"](result, "en")
    parsed = _Cells()
    parsed.feed(markdown.markdown(rendered, extensions=["tables"]))
    assert parsed.tags <= {"h3", "h4", "p", "table", "thead", "tbody", "tr", "th", "td", "code"}
    cells = [cell.replace("\u2060", "") for row in parsed.rows for cell in row]
    assert f'"Sociaal" → "{name}"' in cells
    assert name in cells and old_target in cells  # whole: no '|' from the spec split a cell
    shown = "".join(cell for row in parsed.rows for cell in row)
    assert not re.search(r"[@#]\w", shown)  # no mention or issue link for GitHub to make


# --- the git revision form, inside a temporary repository -------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path, heerlen_text: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "heerlen_noord.yaml").write_text(heerlen_text, encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "specs/heerlen_noord.yaml")
    _git(tmp_path, "commit", "-q", "-m", "spec")
    (tmp_path / "specs" / "heerlen_noord.yaml").write_text(_changed(heerlen_text), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_git_revision_against_working_copy(repo: Path) -> None:
    result = CliRunner().invoke(
        main, ["diff", "--format", "json", "main:specs/heerlen_noord.yaml", "specs/heerlen_noord.yaml"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["old"] == "main:specs/heerlen_noord.yaml"
    assert [(n["change"], n["id"]) for n in payload["nodes"]] == [("moved", "vakschool")]
    assert [d["code"] for d in payload["new_diagnostics"] if d["code"] == "DB304"] == ["DB304"]
    assert {d["file"] for d in payload["new_diagnostics"]} == {"specs/heerlen_noord.yaml"}


def test_git_revision_with_itself_reports_nothing(repo: Path) -> None:
    result = CliRunner().invoke(main, ["diff", "main:specs/heerlen_noord.yaml", "HEAD:specs/heerlen_noord.yaml"])
    assert (result.exit_code, result.output.splitlines()) == (0, [word("diff.nothing", "en")])


@pytest.mark.parametrize("old", ["no-such-rev:specs/heerlen_noord.yaml", "main:specs/no_such.yaml", "missing.yaml"])
def test_unreadable_side_exits_2(repo: Path, old: str) -> None:
    result = CliRunner().invoke(main, ["diff", old, "specs/heerlen_noord.yaml"])
    assert result.exit_code == 2  # could not compare: not 1, which --exit-code uses for "changed"
    assert CliRunner().invoke(main, ["diff", "--exit-code", old, "specs/heerlen_noord.yaml"]).exit_code == 2
    dutch = CliRunner().invoke(main, ["diff", "--lang", "nl", old, "specs/heerlen_noord.yaml"])
    assert dutch.exit_code == 2 and "{" not in dutch.stderr  # the reason is worded in Dutch
    _result, failures = diff(old, "specs/heerlen_noord.yaml")
    assert [(d.code, d.file, d.line, d.column) for d in failures] == [("DB101", old, 1, 1)]


def test_a_revision_over_the_size_limit_is_not_read(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOELENBOOM_MAX_INPUT_BYTES", "1000")  # the spec is larger
    old = "main:specs/heerlen_noord.yaml"
    _result, failures = diff(old, "main:specs/heerlen_noord.yaml")
    assert [(d.code, d.file, d.line, d.column) for d in failures] == [("DB115", old, 1, 1)] * 2
    assert CliRunner().invoke(main, ["diff", old, old]).exit_code == 2


@pytest.mark.parametrize(("lang", "severity"), [("en", "error"), ("nl", "fout")])
def test_unreadable_side_is_reported_in_the_language(lang: str, severity: str, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.yaml")
    result = CliRunner().invoke(main, ["diff", "--lang", lang, missing, str(HEERLEN)])
    assert result.exit_code == 2
    assert [line.split(" ")[1:3] for line in result.stderr.splitlines()] == [[severity, "DB101"]]


# --- issue 10: F01, a budget figure only the new side has -------------------------------------

PIJLERS = ROOT / "tests" / "data" / "pijlers.yaml"
NEW_BUDGETED_NODE = (
    "  - id: wonen\n    name: Wonen\n    no_target_reason: nog uit te werken\n"
    "    children:\n      - id: huis\n        name: Huis\n        no_target_reason: volgt\n"
    "        budget: {amount: 5}\n"
)
PROGRAMME_BUDGET = "budget:\n  declared_subtotal: '4100000.50'\n  overhead: [{id: bureau, name: Bureau, amount: 7}]\n"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda t: t.replace("  - id: werken\n", NEW_BUDGETED_NODE + "  - id: werken\n"),
            {("node", "huis", "amount"): (None, Decimal(5))},
        ),
        (
            lambda t: t.replace("tree:\n", PROGRAMME_BUDGET + "tree:\n"),
            {
                ("programme", "voorbeeldstad", "declared_subtotal"): (None, Decimal("4100000.50")),
                ("overhead", "bureau", "amount"): (None, Decimal(7)),
            },
        ),
    ],
    ids=["budgeted-node", "programme-budget"],
)
def test_a_figure_only_the_new_side_has_is_added_and_the_reverse_removed(
    tmp_path: Path, edit: Any, expected: dict[tuple[str, str, str], tuple[Decimal | None, Decimal | None]]
) -> None:
    text = PIJLERS.read_text(encoding="utf-8")
    old, new = _write(tmp_path, "old.yaml", text), _write(tmp_path, "new.yaml", edit(text))
    forward, _ = diff(old, new)
    assert {(f.scope, f.id, f.figure): (f.old, f.new) for f in forward.budget} == expected
    backward, _ = diff(new, old)
    assert {(f.scope, f.id, f.figure): (f.new, f.old) for f in backward.budget} == expected


def test_renaming_the_programme_keeps_its_figures(tmp_path: Path) -> None:
    text = PIJLERS.read_text(encoding="utf-8").replace("tree:\n", PROGRAMME_BUDGET + "tree:\n")
    renamed = text.replace("id: voorbeeldstad", "id: anderestad")
    result, _ = diff(_write(tmp_path, "old.yaml", text), _write(tmp_path, "new.yaml", renamed))
    assert result.budget == ()  # the same figures under another programme id, not removed and added


def test_an_overhead_item_and_a_node_with_one_id_are_two_figures(tmp_path: Path) -> None:
    text = PIJLERS.read_text(encoding="utf-8")
    text = text.replace("tree:\n", "budget:\n  overhead: [{id: schakelklas, name: Bureau, amount: 7}]\ntree:\n")
    changed = text.replace("amount: 7}", "amount: 8}")
    result, _ = diff(_write(tmp_path, "old.yaml", text), _write(tmp_path, "new.yaml", changed))
    assert [(f.scope, f.id, f.figure, f.old, f.new) for f in result.budget] == [
        ("overhead", "schakelklas", "amount", Decimal(7), Decimal(8))
    ]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_added_programme_figures_render(tmp_path: Path, fmt: str) -> None:
    text = PIJLERS.read_text(encoding="utf-8")
    new = _write(tmp_path, "new.yaml", text.replace("tree:\n", PROGRAMME_BUDGET + "tree:\n"))
    result = CliRunner().invoke(main, ["diff", "--format", fmt, _write(tmp_path, "old.yaml", text), new])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        budget = json.loads(result.output)["budget"]
        assert {(f["scope"], f["id"], f["new"]) for f in budget} >= {("overhead", "bureau", "7")}
    else:
        assert f"{word('diff.scope.overhead', 'en')} " in result.output and "bureau" in result.output


# --- issue 10: F02 / F09, paths and revisions that name no one file ---------------------------

LONG_NAME = "a" * 300 + ".yaml"


@pytest.mark.parametrize(
    ("old", "reason"),
    [
        (LONG_NAME, "ENAMETOOLONG"),
        ("a/" * 3000 + "x.yaml", "ENAMETOOLONG"),
        ("spec\x00.yaml", "null_byte"),
        ("HEAD:specs/heerlen\x00noord.yaml", "null_byte"),
        ("HEAD\x00:specs/heerlen_noord.yaml", "null_byte"),
        ("HEAD:specs", "git_directory"),
        ("main:", "ENOENT"),  # no path after the revision: a file named 'main:', which does not exist
        ("main~1..main:specs/heerlen_noord.yaml", "revision_range"),
        ("main...HEAD:specs/heerlen_noord.yaml", "revision_range"),
        ("HEAD:" + LONG_NAME, "git_failed"),
    ],
)
def test_a_side_that_names_no_one_file_is_a_located_db101(repo: Path, old: str, reason: str) -> None:
    _result, failures = diff(old, "specs/heerlen_noord.yaml")
    assert [(d.code, d.file, d.line, d.column, d.args["reason"]) for d in failures] == [("DB101", old, 1, 1, reason)]
    for lang in ("en", "nl"):
        cli = CliRunner().invoke(main, ["diff", "--exit-code", "--lang", lang, old, "specs/heerlen_noord.yaml"])
        assert cli.exit_code == 2, cli.output
        assert cli.exception is None or isinstance(cli.exception, SystemExit)
        assert cli.stdout == "" and "DB101" in cli.stderr and "{" not in cli.stderr


def test_a_directory_or_a_range_is_named_in_the_diagnostic(repo: Path) -> None:
    _result, failures = diff("HEAD:specs", "specs/heerlen_noord.yaml")
    assert failures[0].args == {"reason": "git_directory", "revision": "HEAD", "path": "specs"}
    _result, failures = diff("main~1..main:specs/heerlen_noord.yaml", "specs/heerlen_noord.yaml")
    assert failures[0].args == {"reason": "revision_range", "revision": "main~1..main"}


# --- issue 10: F10, meaning outside the tree's nodes, money and targets -----------------------


def _pijlers_diff(tmp_path: Path, *edits: tuple[str, str], reverse: bool = False) -> Any:
    text = PIJLERS.read_text(encoding="utf-8")
    changed = text
    for old, new in edits:
        assert changed.count(old) == 1, old
        changed = changed.replace(old, new)
    old_path, new_path = _write(tmp_path, "old.yaml", text), _write(tmp_path, "new.yaml", changed)
    result, failures = diff(new_path, old_path) if reverse else diff(old_path, new_path)
    assert failures == []
    return result


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("name: Programma Voorbeeldstad", "name: Programma Anderstad"), ("programme", None, "name")),
        (("ambition: Elk kind", "ambition: Ieder kind"), ("programme", None, "ambition")),
        (("id: voorbeeldstad", "id: anderstad"), ("programme", None, "id")),
        (
            ("horizon: {start: 2024, end: 2035}", "horizon: {start: 2024, end: 2040}"),
            ("programme", None, "horizon.end"),
        ),
        (
            ("horizon: {start: 2024, end: 2035}", "horizon: {start: 2024, end: 2035, block_years: 4}"),
            ("programme", None, "horizon.block_years"),
        ),
        (
            ("plan_period: {start: 2024, end: 2027}", "plan_period: {start: 2025, end: 2027}"),
            ("programme", None, "plan_period.start"),
        ),
        (("plan_period: {start: 2024, end: 2027}\n", ""), ("programme", None, "plan_period.start")),
        (("tree:\n", "reference_area: Elders\ntree:\n"), ("programme", None, "reference_area")),
        (("tree:\n", "area: {inhabitants: 5000}\ntree:\n"), ("programme", None, "area.inhabitants")),
        (("tree:\n", "description: Uitleg\ntree:\n"), ("programme", None, "description")),
        (("tree:\n", "budget: {share_decimals: 1}\ntree:\n"), ("programme", None, "budget.share_decimals")),
        (("{id: pijler, name: pijler}", "{id: pijler, name: Pijler}"), ("level", "pijler", "name")),
        (("{id: pijler, name: pijler}", "{id: zuil, name: pijler}"), ("level", "zuil", "id")),
        (("{id: doel, name: doel, goal: true}", "{id: doel, name: doel}"), ("level", "doel", "goal")),
        (
            (
                "  - {id: maatregel, name: maatregel}\n",
                "  - {id: maatregel, name: maatregel}\n  - {id: actie, name: actie}\n",
            ),
            ("level", "actie", "level"),
        ),
        (("tree:\n", "sources: [{id: cbs, title: CBS}]\ntree:\n"), ("source", "cbs", "source")),
        (("tree:\n", "benefits: [{id: baat, name: Minder uitval}]\ntree:\n"), ("benefit", "baat", "benefit")),
        (
            ("description: een uur voorlezen in een klas", "description: een uur voorlezen"),
            ("unit", "voorleesuur", "description"),
        ),
        (
            ("tree:\n", "budget: {overhead: [{id: bureau, name: Bureau, amount: 7}]}\ntree:\n"),
            ("overhead", "bureau", "overhead"),
        ),
    ],
)
def test_programme_fields_are_meaning(tmp_path: Path, edit: tuple[str, str], expected: tuple[Any, ...]) -> None:
    for reverse in (False, True):
        result = _pijlers_diff(tmp_path, edit, reverse=reverse)
        assert expected in {(p.scope, p.id, p.field) for p in result.programme} or (
            reverse
            and expected[2] == "id"
            and ("level", "pijler", "id") in {(p.scope, p.id, p.field) for p in result.programme}
        ), result.programme
        assert not result.empty
        for fmt in ("text", "json", "markdown"):
            assert RENDERERS[fmt](result, "nl") != RENDERERS[fmt](result, "en") or fmt == "json"


def test_a_changed_name_is_shown_with_its_values(tmp_path: Path) -> None:
    result = _pijlers_diff(tmp_path, ("name: Programma Voorbeeldstad", "name: Programma Anderstad"))
    assert result.programme == (
        FieldChange("programme", None, "name", "Programma Voorbeeldstad", "Programma Anderstad"),
    )
    assert "name: Programma Voorbeeldstad → Programma Anderstad" in RENDERERS["text"](result, "en").splitlines()[2]
    payload = json.loads(RENDERERS["json"](result, "en"))
    assert payload["programme"] == [
        {
            "scope": "programme",
            "id": None,
            "field": "name",
            "old": "Programma Voorbeeldstad",
            "new": "Programma Anderstad",
        }
    ]


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (
            (
                "            name: Schakelklas\n",
                "            name: Schakelklas\n            description: Een jaar extra\n",
            ),
            "description",
        ),
        (("            name: Schakelklas\n", "            name: Schakelklas\n            source: nergens\n"), "source"),
        (
            ("            name: Schakelklas\n", "            name: Schakelklas\n            no_target_reason: volgt\n"),
            "no_target_reason",
        ),
        (("{amount: 1000000}", "{amount: 1000000, note: onder voorbehoud}"), "budget.note"),
        # an invalid reference carries no money, so the contributions do not show it
        (("serves: [vaste-baan]", "serves: [vaste-baan, onbekend]"), "serves"),
    ],
)
def test_node_fields_are_meaning(tmp_path: Path, edit: tuple[str, str], field: str) -> None:
    result = _pijlers_diff(tmp_path, edit)
    assert [(n.change, n.id, n.field) for n in result.nodes] == [("changed", "schakelklas", field)]
    assert "changed" in RENDERERS["text"](result, "en") and "gewijzigd" in RENDERERS["markdown"](result, "nl")


def test_a_valid_allocation_change_is_shown_once_as_contributions(tmp_path: Path) -> None:
    edit = ("allocation: {taal-op-niveau: 70, vaste-baan: 30}", "allocation: {taal-op-niveau: 20, vaste-baan: 80}")
    result = _pijlers_diff(tmp_path, edit)
    assert result.links and result.nodes == ()


@pytest.mark.parametrize(
    "edit",
    [
        ("{amount: 600000}", "{amount: 600, unit: kEUR}"),  # the same money in another unit
        ("  - {id: doel, name: doel, goal: true}\n", "  - id: doel\n    name: doel\n    goal: true\n"),
        ("tree:\n", "area: {inhabitants_approximate: false}\ntree:\n"),  # an area with its defaults only
        ("tree:\n", "budget: {currency: EUR, share_decimals: 0}\ntree:\n"),  # a budget block with its defaults
    ],
)
def test_form_without_meaning_is_no_change(tmp_path: Path, edit: tuple[str, str]) -> None:
    result = _pijlers_diff(tmp_path, edit)
    assert result.empty, result


def test_an_id_repeated_in_serves_is_a_new_warning_and_no_change_in_meaning(tmp_path: Path) -> None:
    result = _pijlers_diff(tmp_path, ("serves: [vaste-baan]", "serves: [vaste-baan, vaste-baan]"))
    assert [d.code for d in result.new_diagnostics] == ["DB327"]  # said once, as a warning
    assert not (result.nodes or result.budget or result.totals or result.links or result.programme)


# --- the hostile corpus, compared ---------------------------------------------------------------

HOSTILE = ROOT / "tests" / "hostile"


@pytest.mark.parametrize("name", sorted(p.name for p in HOSTILE.glob("*.yaml")))
def test_every_hostile_input_compares_without_raising(name: str) -> None:
    path = str(HOSTILE / name)
    itself, failures = diff(path, path)
    assert itself.new_diagnostics == itself.resolved_diagnostics == ()
    assert (itself.programme, itself.nodes, itself.budget, itself.totals, itself.links, itself.targets) == ((),) * 6
    for old, new in ((str(PIJLERS), path), (path, str(PIJLERS))):
        result, failures = diff(old, new)
        for render in RENDERERS.values():
            assert render(result, "nl")
        assert all(d.code in ("DB101", "DB102") for d in failures)


def test_clashing_ids_are_kept_apart(tmp_path: Path) -> None:
    text = (HOSTILE / "id_clashes.yaml").read_text(encoding="utf-8")
    changed = text.replace("{id: school, name: Bureau, amount: 7}", "{id: school, name: Bureau, amount: 9}")
    result, _ = diff(str(HOSTILE / "id_clashes.yaml"), _write(tmp_path, "new.yaml", changed))
    assert [(f.scope, f.id, f.old, f.new) for f in result.budget] == [("overhead", "school", Decimal(7), Decimal(9))]
