"""What every output shares: CSV cells a spreadsheet will not run, one money format, one
vocabulary of keys, one line per line in text, and the same handling of unreadable input."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from doelenboom.cli import main

FORMULAS = ["+SUM(1,2)", "-2+3", "=1+1", "@A1"]


def spec_data() -> dict[str, Any]:
    """A valid spec whose names start like formulas or hold newlines."""
    return {
        "doelenboom": 1,
        "id": "p",
        "name": "Programme\nsecond line",
        "horizon": {"start": 2020, "end": 2045},
        "levels": [
            {"id": "ambition", "name": "ambitie"},
            {"id": "theme", "name": "thema"},
            {"id": "intervention", "name": "interventie"},
        ],
        "tree": [
            {
                "id": f"g{i}",
                "name": name,
                "children": [
                    {
                        "id": f"i{i}",
                        "name": f"Intervention\n{i}",
                        "budget": {"amount": "1000.5" if i == 0 else "1234567"},
                        "targets": [{"id": f"t{i}", "kind": "count", "name": name, "value": 5, "unit": "person"}],
                    }
                ],
            }
            for i, name in enumerate(FORMULAS)
        ],
    }


@pytest.fixture
def spec(tmp_path: Path) -> str:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec_data(), allow_unicode=True), encoding="utf-8")
    return str(path)


def invoke(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), env={"LANG": "C"})


def csv_table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# --- 1. CSV: no formulas, in every CSV output ---------------------------------------------------


@pytest.mark.parametrize("command", ["budget", "export"])
def test_csv_outputs_neutralise_formulas(spec: str, command: str) -> None:
    result = invoke(command, spec, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = csv_table(result.stdout)
    names = [row["name"] for row in rows if row["id"] in {f"g{i}" for i in range(len(FORMULAS))}]
    assert names == ["'" + name for name in FORMULAS]
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row.values())


@pytest.mark.parametrize("command", ["budget", "export", "progress"])
def test_every_csv_output_ends_lines_with_crlf(spec: str, command: str, tmp_path: Path) -> None:
    """One CSV writer (`text.write_csv`): RFC 4180 line endings in budget, progress and export."""
    extra = []
    if command == "progress":
        measurements = tmp_path / "m.csv"
        measurements.write_text("target,date,value\n", encoding="utf-8")
        extra = ["-m", str(measurements), "--as-of", "2024-12-31"]
    result = CliRunner().invoke(main, [command, spec, "--format", "csv", *extra], env={"LANG": "C"})
    assert result.exit_code == 0, result.output
    raw = result.stdout_bytes
    records = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert raw.endswith(b"\r\n") and raw.count(b"\r\n") == len(records) > 1


def test_write_csv_guards_every_cell() -> None:
    from decimal import Decimal

    from doelenboom.text import Money, write_csv

    rows = [["=1+1", None], [Money("-1.50"), 2], [Decimal("-1.50"), Money("7.0")]]
    # money to the cent (`plain_decimal`), any other number exact without trailing zeros
    assert write_csv(["a", "b"], rows) == "a,b\r\n'=1+1,\r\n-1.50,2\r\n-1.5,7\r\n"


# --- 2. one money format ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "en", "nl"),
    [
        ("1234567", "1,234,567", "1.234.567"),
        ("1234567.00", "1,234,567", "1.234.567"),
        ("1000.5", "1,000.50", "1.000,50"),
        ("0.125", "0.125", "0,125"),
        ("1234.5678", "1,234.5678", "1.234,5678"),
        ("-2500.10", "-2,500.10", "-2.500,10"),
    ],
)
def test_money_is_grouped_in_the_language_and_never_rounded(amount: str, en: str, nl: str) -> None:
    from decimal import Decimal

    from doelenboom.cli import _common
    from doelenboom.render.export import format_eur

    assert (format_eur(Decimal(amount)), format_eur(Decimal(amount), "nl")) == (en, nl)
    assert not hasattr(_common, "money")  # one formatter, in the library


def test_money_is_never_rounded_when_shown() -> None:
    # A spec cannot hold sub-cent euros any more (DB326), but amounts computed from shares can.
    from decimal import Decimal

    from doelenboom.text import format_eur

    assert format_eur(Decimal("1000.125"), "nl").endswith("1.000,125")
    assert format_eur(Decimal("1000.125"), "en").endswith("1,000.125")
    assert format_eur(Decimal("1000.5"), "nl").endswith("1.000,50")


def test_budget_text_shows_cents_from_a_keur_amount(tmp_path: Path) -> None:
    data = spec_data()
    data["tree"][0]["children"][0]["budget"] = {"amount": "1.00125", "unit": "kEUR"}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = invoke("budget", str(path), "--lang", "nl")
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if "(i0)" in line)
    assert line.endswith(": 1.001,25 / 1.001,25 / 1.001,25")


# --- 3. one vocabulary --------------------------------------------------------------------------

MONEY_KEYS = {"own", "rolled_up", "total_eur", "budget", "attributed", "total"}


def _node_records(command: str, spec: str) -> dict[str, dict[str, Any]]:
    import json

    if command == "export-json":
        payload = json.loads(invoke("export", spec, "--format", "json").stdout)
        found: dict[str, dict[str, Any]] = {}
        stack = list(payload["tree"])
        while stack:
            item = stack.pop()
            found[item["id"]] = item
            stack.extend(item["children"])
        return found
    if command in ("budget-csv", "export-csv"):
        name = command.split("-")[0]
        return {row["id"]: row for row in csv_table(invoke(name, spec, "--format", "csv").stdout)}
    nodes: dict[str, dict[str, Any]] = json.loads(invoke(command, spec, "--format", "json").stdout)["nodes"]
    return nodes


@pytest.mark.parametrize("command", ["budget", "show", "export-json", "budget-csv", "export-csv"])
def test_every_output_uses_one_vocabulary(spec: str, command: str) -> None:
    records = _node_records(command, spec)
    theme, intervention = records["g0"], records["i0"]
    assert (theme["level"], theme["level_name"]) == ("theme", "thema")
    assert (intervention["level"], intervention["level_name"]) == ("intervention", "interventie")
    assert intervention["own_eur"] == "1000.50"  # cents with exactly two decimals
    if command != "show":  # show lists what the spec says, not sums
        assert theme["rolled_up_eur"] == "1000.50"
    assert not MONEY_KEYS & set(theme)


def test_budget_json_totals_use_the_export_names(spec: str) -> None:
    import json

    budget = json.loads(invoke("budget", spec, "--format", "json").stdout)
    export = json.loads(invoke("export", spec, "--format", "json").stdout)
    for key in ("tree_total_eur", "overhead_eur", "programme_total_eur"):
        assert budget[key] == export["budget"][key]
    assert budget["programme_total_eur"] == "3704701.50"
    assert export["levels"][1] == {"level": "theme", "level_name": "thema"}


# --- 4. one line per line in text outputs --------------------------------------------------------


def test_progress_text_keeps_names_on_one_line(spec: str, tmp_path: Path) -> None:
    measurements = tmp_path / "m.csv"
    measurements.write_text("target,date,value\n", encoding="utf-8")
    result = invoke("progress", spec, "-m", str(measurements))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Programme second line (")
    assert all("(" in line for line in lines if not line.lstrip().startswith("- "))


def test_budget_text_keeps_names_on_one_line(spec: str) -> None:
    lines = invoke("budget", spec).stdout.splitlines()
    assert len(lines) == 1 + 2 * len(FORMULAS) + 1  # title, every node, totals
    assert lines[0].startswith("Programme second line (p)")
    assert lines[2] == "    Intervention 0 (i0): 1,000.50 / 1,000.50 / 1,000.50"


def test_show_text_keeps_names_on_one_line(spec: str) -> None:
    lines = invoke("show", spec).stdout.splitlines()
    assert len(lines) == 1 + 3 * len(FORMULAS)  # title, every node and target
    assert lines[2] == "    [interventie] Intervention 0 (i0) — EUR 1,000.50"


def test_diff_text_keeps_names_on_one_line(spec: str, tmp_path: Path) -> None:
    data = spec_data()
    data["tree"][1]["name"] = "Renamed\nover two lines"
    data["tree"][1]["children"][0]["targets"][0]["name"] = "target\nrenamed"
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    lines = invoke("diff", spec, str(new)).stdout.splitlines()
    assert '  ~ renamed thema \'g1\': "-2+3" → "Renamed over two lines"' in lines
    assert "  't1' (i1) name: -2+3 → target renamed" in lines
    assert lines[0] == f"{spec} → {new}"


# --- 5. show describes targets as the exports do -------------------------------------------------


def test_show_describes_every_target_kind(tmp_path: Path) -> None:
    from doelenboom.render.export import describe_target, kind_word
    from doelenboom.validation import validate
    from test_export import every_kind_spec

    path = tmp_path / "kinds.yaml"
    path.write_text(yaml.safe_dump(every_kind_spec(), allow_unicode=True), encoding="utf-8")
    programme = validate(str(path)).programme
    assert programme is not None
    targets = [t for node, _d, _p in programme.walk() for t in node.targets]
    lines = [line.strip() for line in invoke("show", str(path)).stdout.splitlines() if "·" in line]
    assert lines == [f"· {t.id} ({kind_word(t.kind)}): {describe_target(t)}" for t in targets]
    aims = dict(zip([t.kind for t in targets], lines, strict=True))
    assert "Heerlen-Zuid" in aims["gap"] and "–" in aims["range"] and "%" in aims["share"]


def test_diff_words_money_as_every_other_output(spec: str, tmp_path: Path) -> None:
    data = spec_data()
    data["tree"][0]["children"][0]["budget"]["amount"] = "1200000"
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    lines = invoke("diff", "--lang", "nl", spec, str(new)).stdout.splitlines()
    assert "  'i0' amount: EUR 1.000,50 → EUR 1.200.000 (+EUR 1.198.999,50)" in lines


# --- 6. unreadable input: located DB101/DB102, exit 1, in every command --------------------------

MEASUREMENTS = str(Path(__file__).resolve().parent.parent / "examples" / "heerlen_noord_metingen.yaml")
COMMANDS = [["budget"], ["show"], ["export", "--format", "json"], ["progress", "-m", MEASUREMENTS]]


def _problems(stderr: str) -> list[tuple[str, str]]:
    """(where, code) of every diagnostic line ``file:line:column: severity CODE message``."""
    found = []
    for line in stderr.splitlines():
        where, _sep, rest = line.partition(": ")
        words = rest.split(" ")
        if len(words) > 1 and words[1].startswith("DB"):
            found.append((where, words[1]))
    return found


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_unreadable_spec_is_db101_and_exit_1(command: list[str], kind: str, tmp_path: Path) -> None:
    path = tmp_path / "adir"
    if kind == "folder":
        path.mkdir()
    result = invoke(command[0], str(path), *command[1:], "--lang", "nl")
    assert result.exit_code == 1, result.output
    assert _problems(result.stderr) == [(f"{path}:1:1", "DB101")]
    assert "{" not in result.stderr and "Usage" not in result.stderr


def test_validate_reports_a_folder_and_still_validates_the_rest(tmp_path: Path) -> None:
    import json

    from conftest import HEERLEN

    folder = tmp_path / "adir"
    folder.mkdir()
    result = invoke("validate", "--format", "json", str(HEERLEN), str(folder))
    assert result.exit_code == 1, result.output
    payload = json.loads(result.stdout)
    files = payload if isinstance(payload, list) else payload.get("files", payload)
    text = json.dumps(files)
    assert str(HEERLEN) in text  # validated: its warnings are there
    codes = {(d["file"], d["code"]) for d in _diagnostics(payload)}
    assert (str(folder), "DB101") in codes
    assert not any(f == str(HEERLEN) and c.startswith("DB1") for f, c in codes)


def _diagnostics(payload: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    stack = [payload]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "code" in item and "file" in item:
                found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("kind", ["missing", "folder", "latin1"])
def test_diff_side_that_cannot_be_read_exits_2(spec: str, kind: str, lang: str, tmp_path: Path) -> None:
    path = tmp_path / "side.yaml"
    if kind == "folder":
        path.mkdir()
    elif kind == "latin1":
        path.write_bytes("doelenboom: 1\nname: caf\xe9\n".encode("latin-1"))
    result = invoke("diff", "--lang", lang, spec, str(path))
    assert result.exit_code == 2, result.output  # could not compare (1 is "changed" with --exit-code)
    expected = (f"{path}:2:10", "DB102") if kind == "latin1" else (f"{path}:1:1", "DB101")
    assert _problems(result.stderr) == [expected]
    assert "{" not in result.stderr
    assert result.stdout == ""


# --- 7. a spec with errors: every command prints its errors only; -o makes folders -------------


@pytest.mark.parametrize("command", [*COMMANDS, ["progress", "-m", "missing.csv", "--as-of", "2024-12-31"]])
def test_commands_print_errors_not_warnings(command: list[str], heerlen_text: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(heerlen_text.replace("- id: werk\n", "- id: onderwijs\n", 1), encoding="utf-8")
    result = invoke(command[0], str(path), *command[1:], "--lang", "en")
    assert result.exit_code == 1, result.output
    severities = re.findall(rf"^{re.escape(str(path))}:\d+:\d+: (\w+) DB\d+", result.stderr, re.MULTILINE)
    assert "error" in severities and set(severities) <= {"error"}
    assert "DB301" in result.stderr


@pytest.mark.parametrize("command", [["export", "--format", "json"], ["schema"]])
def test_output_into_a_missing_folder_makes_it(command: list[str], tmp_path: Path) -> None:
    from conftest import HEERLEN

    out = tmp_path / "new" / "deeper" / "out.json"
    args = [command[0], *([str(HEERLEN)] if command[0] == "export" else []), *command[1:], "-o", str(out)]
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:1] == b"{"


# --- 8. no dead code ------------------------------------------------------------------------------


def test_semantic_diff_has_no_unused_fields() -> None:
    import dataclasses

    from doelenboom.compare import SemanticDiff

    assert "notes" not in {f.name for f in dataclasses.fields(SemanticDiff)}


# --- 9. one walk with parents ---------------------------------------------------------------------


def test_every_module_takes_parents_from_one_index() -> None:
    """A duplicate id (DB301) under another parent: the first occurrence counts everywhere, and
    the children of the duplicate name it as their parent."""
    from doelenboom import compare, rollup
    from doelenboom.graph import goal_graph
    from doelenboom.model import Programme
    from doelenboom.tree import index

    data = spec_data()
    data["tree"][1]["children"].append({"id": "i0", "name": "again", "children": [{"id": "x", "name": "X"}]})
    programme = Programme.model_validate(data)
    tree = index(programme)
    walked = [(e.node.id, e.parent) for e in tree.entries]
    assert walked[:6] == [("g0", "p"), ("i0", "g0"), ("g1", "p"), ("i1", "g1"), ("i0", "g1"), ("x", "i0")]
    first = {ident: e.parent for ident, e in tree.nodes.items()}
    assert first["i0"] == "g0" and first["x"] == "i0"
    assert {r.id: r.parent for r in rollup.budget_report(programme).rows} == first
    facts = compare._nodes(programme)
    assert {k: v.parent or programme.id for k, v in facts.items()} == first
    graph = goal_graph(programme)
    assert {n.id: (p.id if (p := graph.parent(n.id)) else programme.id) for n in graph.walk()} == first
    assert index(programme) is tree  # built once per programme


def test_budget_totals_line_uses_the_words_diff_uses(heerlen_text: str, tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(heerlen_text, encoding="utf-8")
    last = invoke("budget", str(spec), "--lang", "nl").stdout.splitlines()[-1]
    assert last == "som van de doelenboom 174.935.131; programmakosten 4.090.000; totaal 179.025.131"
