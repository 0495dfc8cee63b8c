"""Every export format: exact values for Heerlen-Noord, and hostile spec text that must come out
as text (never markup, never a formula), with money kept exact."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
import zipfile
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, get_args
from xml.etree import ElementTree as ET

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from doelenboom import atomic, model
from doelenboom import text as text_mod
from doelenboom.cli import main
from doelenboom.model import Programme
from doelenboom.render import export as ex
from doelenboom.text import one_line, spreadsheet_text
from doelenboom.validation import load
from doelenboom.words import column_words

HEERLEN = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"

HOSTILE = [
    "Say \"hi\" & 'bye'",
    "<script>alert(1)</script>",
    "line one\nline two\r\nline three",
    "=cmd|' /C calc'!A0",
    "+SUM(A1:A2)",
    "-2+3",
    "@SUM(1)",
    "\tTab first",
    "\rCR first",
    "brackets [a] {b} (c) <d>",
    'back\\slash \\" \\n \\N',
    "pipe | hash # percent %% semicolon; end",
    "*bold* _em_ `code` ~~strike~~ [link](http://x)",
]
HUGE = "999999999999999.99"  # a float would round this to 1e15


def hostile_data() -> dict[str, Any]:
    tree = []
    for i, name in enumerate(HOSTILE):
        tree.append(
            {
                "id": f"g{i}",
                "name": name,
                "budget": {"amount": HUGE if i == 0 else str(1000 + i)},
                "children": [
                    {
                        "id": f"i{i}",
                        "name": name,
                        "targets": [{"id": f"t{i}", "kind": "count", "name": name, "value": 5, "unit": "person"}],
                    }
                ],
            }
        )
    return {
        "doelenboom": 1,
        "id": "hostile",
        "name": HOSTILE[1],
        "horizon": {"start": 2020, "end": 2045},
        "levels": [{"id": "ambition", "name": "ambitie"}, {"id": "goal", "name": "=doel"}, {"id": "i", "name": "int"}],
        "tree": tree,
    }


@pytest.fixture(scope="module")
def hostile() -> Programme:
    return Programme.model_validate(hostile_data())


@pytest.fixture(scope="module")
def heerlen() -> Programme:
    return load(HEERLEN)


def names_by_id(programme: Programme) -> dict[str, str]:
    found = {programme.id: programme.name}
    for node, _depth, _path in programme.walk():
        found[node.id] = node.name
    return found


# --- Mermaid ------------------------------------------------------------------------------------

_MERMAID_NODE = re.compile(r'^    (n\d+)\["([^"\n]*)"\]$')


def mermaid_decode(label: str) -> list[str]:
    return [re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), part) for part in label.split("<br/>")]


def test_mermaid_labels_are_escaped(hostile: Programme) -> None:
    text = ex.to_mermaid(hostile)
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    labels = [_MERMAID_NODE.match(line) for line in lines[1:] if "[" in line]
    assert all(labels), [line for line in lines if "[" in line and not _MERMAID_NODE.match(line)]
    decoded = [mermaid_decode(m.group(2))[0] for m in labels if m]
    expected = [hostile.name] + [node.name for node, _d, _p in hostile.walk()]
    assert decoded == [one_line(name) for name in expected]
    for m in labels:
        assert m is not None
        assert not set(m.group(2).replace("<br/>", "")) & set('"<>[]{}()|\\`')


def test_mermaid_heerlen_shape(heerlen: Programme) -> None:
    lines = ex.to_mermaid(heerlen).splitlines()
    nodes = [line for line in lines if _MERMAID_NODE.match(line)]
    assert len(nodes) == 1 + 36
    assert sum(" --> " in line for line in lines) == 36
    assert sum(" -.-> " in line for line in lines) == 1  # Werk serves Minder armoede
    labels = {mermaid_decode(m.group(2))[0]: mermaid_decode(m.group(2)) for m in map(_MERMAID_NODE.match, nodes) if m}
    assert labels["Gezondheid"] == ["Gezondheid", "EUR 20,313,455"]
    assert labels["Programma Heerlen-Noord"] == ["Programma Heerlen-Noord", "EUR 179,025,131"]


def test_mermaid_ids_are_generated_not_taken_from_the_spec() -> None:
    data = hostile_data()
    data["tree"][0]["id"] = "end"  # a Mermaid keyword
    lines = ex.to_mermaid(Programme.model_validate(data)).splitlines()[1:]
    assert all(_MERMAID_NODE.match(line) or re.fullmatch(r"    n\d+ -(->|\.->) n\d+", line) for line in lines)


# --- DOT ----------------------------------------------------------------------------------------

_DOT_STRING = r'"((?:[^"\\\n]|\\.)*)"'
_DOT_NODE = re.compile(rf"^    {_DOT_STRING} \[label={_DOT_STRING}\];$")
_DOT_EDGE = re.compile(rf"^    {_DOT_STRING} -> {_DOT_STRING}( \[style=dashed\])?;$")


def dot_decode(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def test_dot_strings_are_escaped(hostile: Programme) -> None:
    lines = ex.to_dot(hostile).splitlines()
    assert lines[0] == 'digraph "hostile" {' and lines[-1] == "}"
    body = lines[3:-1]
    nodes = [m for m in map(_DOT_NODE.match, body) if m]
    edges = [m for m in map(_DOT_EDGE.match, body) if m]
    assert len(nodes) + len(edges) == len(body)  # every statement parsed: nothing broke out of a string
    labels = {dot_decode(m.group(1)): dot_decode(m.group(2)) for m in nodes}
    for ident, name in names_by_id(hostile).items():
        expected = name.replace("\r\n", "\n").replace("\r", "\n")
        assert labels[ident].startswith(expected)
    assert labels["g0"].endswith("\nEUR 999,999,999,999,999.99")


def test_dot_heerlen_edges(heerlen: Programme) -> None:
    lines = ex.to_dot(heerlen).splitlines()
    assert sum(bool(_DOT_EDGE.match(line)) for line in lines) == 37
    assert '    "werk" -> "minder-armoede" [style=dashed];' in lines


# --- GraphML ------------------------------------------------------------------------------------

NS = {"g": ex.GRAPHML_NS}


def graphml_nodes(text: str) -> dict[str, dict[str, str]]:
    root = ET.fromstring(text.encode("utf-8"))
    keys = {k.get("id"): k for k in root.findall("g:key", NS)}
    for money in ("own_eur", "rolled_up_eur"):  # declared when some node has money, as a string
        assert money not in keys or keys[money].get("attr.type") == "string"
    return {
        str(n.get("id")): {str(d.get("key")): d.text or "" for d in n.findall("g:data", NS)}
        for n in root.findall("g:graph/g:node", NS)
    }


def test_graphml_keeps_text_and_money_exact(hostile: Programme) -> None:
    nodes = graphml_nodes(ex.to_graphml(hostile))
    for ident, name in names_by_id(hostile).items():
        # everything is kept, a carriage return too (written as &#13;, which XML's line-end
        # normalisation leaves alone)
        assert nodes[ident]["name"] == name
    assert nodes["g0"]["own_eur"] == HUGE
    assert nodes["g0"]["rolled_up_eur"] == HUGE
    assert Decimal(nodes["hostile"]["rolled_up_eur"]) == Decimal(HUGE) + sum(Decimal(1000 + i) for i in range(1, 13))


def test_graphml_heerlen(heerlen: Programme) -> None:
    text = ex.to_graphml(heerlen)
    nodes = graphml_nodes(text)
    assert len(nodes) == 37
    assert nodes["gezond-sociaal-veilig"]["rolled_up_eur"] == "65698905"
    assert nodes["gezondheid"] == {
        "name": "Gezondheid",
        "level": "theme",
        "level_name": "thema",
        "depth": "3",
        "own_eur": "20313455",
        "rolled_up_eur": "20313455",
        "targets": "0",
    }
    assert nodes["heerlen-noord"]["rolled_up_eur"] == "179025131"
    root = ET.fromstring(text.encode("utf-8"))
    relations = [d.text for d in root.findall("g:graph/g:edge/g:data", NS)]
    assert relations.count("contains") == 36 and relations.count("serves") == 1


@pytest.mark.parametrize("spec", ["specs/heerlen_noord.yaml", "tests/data/pijlers.yaml"])
def test_graphml_reads_back_with_networkx(spec: str) -> None:
    """networkx writes the GraphML; read back by networkx, it holds every node with its attributes
    (typed, money exact, none where there is none) and every containment and 'serves' edge, as
    the index and the rollup give them."""
    import networkx as nx

    from doelenboom.rollup import budget_totals
    from doelenboom.tree import index, root_level

    programme = load(str(Path(__file__).resolve().parent.parent / spec))
    graph = nx.read_graphml(io.StringIO(ex.to_graphml(programme)))
    totals = budget_totals(programme)
    tree = index(programme)
    level, level_name = root_level(programme)
    expected = {programme.id: {"name": programme.name, "level": level, "level_name": level_name, "depth": 0}}
    expected[programme.id] |= {"targets": 0, "rolled_up_eur": text_mod.plain_decimal(totals.programme_total)}
    if totals.overhead_or_none is not None:
        expected[programme.id]["own_eur"] = text_mod.plain_decimal(totals.overhead_or_none)
    for e in tree.nodes.values():
        ident = e.node.id
        row: dict[str, Any] = {"name": e.node.name, "level": e.level, "level_name": e.level_name, "depth": e.depth}
        row["targets"] = len(e.node.targets)
        if totals.own.get(ident) is not None:  # missing is no attribute, not 0 and not ""
            row["own_eur"] = text_mod.plain_decimal(totals.own[ident])
        if totals.has_money.get(ident):
            row["rolled_up_eur"] = text_mod.plain_decimal(totals.rolled_up[ident])
        expected[ident] = row
    assert dict(graph.nodes(data=True)) == expected
    edges = sorted((u, v, d["relation"]) for u, v, d in graph.edges(data=True))
    contains = [(e.parent, e.node.id, "contains") for e in tree.nodes.values()]
    serves = [(c.giver, c.recipient, "serves") for c in tree.contributions() if c.kind == "serves"]
    assert edges == sorted(contains + serves)
    assert graph.graph.get("id", programme.id) == programme.id


def test_graphml_control_characters_do_not_break_xml() -> None:
    # The model refuses control characters (DB212); model_copy skips validation, as a programme
    # built in code without the model's checks would, and the export must still be safe.
    programme = Programme.model_validate(hostile_data())
    first = programme.tree[0].model_copy(update={"name": "bell\x07 and nul-ish \x01"})
    programme = programme.model_copy(update={"tree": (first, *programme.tree[1:])})
    nodes = graphml_nodes(ex.to_graphml(programme))
    assert nodes["g0"]["name"] == "bell\ufffd and nul-ish \ufffd"


# --- JSON ---------------------------------------------------------------------------------------


def test_json_keeps_text_and_money_exact(hostile: Programme) -> None:
    payload = json.loads(ex.to_json(hostile))
    first = payload["tree"][0]
    assert first["name"] == HOSTILE[0]
    assert first["own_eur"] == HUGE and first["rolled_up_eur"] == HUGE
    assert [item["name"] for item in payload["tree"]] == HOSTILE
    assert [item["children"][0]["targets"][0]["name"] for item in payload["tree"]] == HOSTILE


def test_json_heerlen(heerlen: Programme) -> None:
    payload = json.loads(ex.to_json(heerlen))
    assert payload["budget"] == {
        "tree_total_eur": "174935131",
        "overhead_eur": "4090000",
        "programme_total_eur": "179025131",
    }
    assert [(n["id"], n["rolled_up_eur"]) for n in payload["tree"]] == [
        ("gezond-sociaal-veilig", "65698905"),
        ("onderwijs-werk", "44463700"),
        ("wonen-ruimte", "64772526"),
    ]
    werk = payload["tree"][1]["children"][1]["children"][0]
    assert (werk["id"], werk["serves"], werk["own_eur"]) == ("werk", ["minder-armoede"], "14305000")
    target = werk["children"][1]["targets"][1]
    assert target == {
        "id": "schoon-hrl-nrd",
        "name": "Waarvan 75 in het kader van project 'Schoon Hrl-Nrd'",
        "deadline": 2025,
        "direction": "higher",
        "kind": "part_of",
        "of": "naar-leerwerkplek",
        "value": "75",
        "unit": "person",
        "measured": "cumulative",
    }


# --- CSV and XLSX -------------------------------------------------------------------------------


def test_csv_neutralises_formulas(hostile: Programme) -> None:
    rows = list(csv.DictReader(io.StringIO(ex.to_csv(hostile), newline="")))
    names = {(row["record"], row["id"]): row["name"] for row in rows}
    for i, name in enumerate(HOSTILE):
        expected = "'" + name if name[0] in "=+-@\t\r" else name
        assert names[("node", f"g{i}")] == expected
        assert names[("target", f"t{i}")] == expected
    for row in rows:
        for column in ("name", "level", "level_name", "unit", "kind"):
            assert not row[column].startswith(("=", "+", "-", "@", "\t", "\r"))
    assert {(row["level"], row["level_name"]) for row in rows if row["record"] == "node" and row["depth"] == "1"} == {
        ("goal", "'=doel")
    }
    assert next(row for row in rows if row["id"] == "g0")["own_eur"] == HUGE


def test_csv_heerlen_own_amounts_add_up_to_the_total(heerlen: Programme) -> None:
    rows = list(csv.DictReader(io.StringIO(ex.to_csv(heerlen), newline="")))
    assert list(rows[0]) == list(ex.TABLE_COLUMNS)
    own = sum(Decimal(row["own_eur"]) for row in rows if row["own_eur"])
    programme = next(row for row in rows if row["record"] == "programme")
    assert own == Decimal(programme["rolled_up_eur"]) == Decimal("179025131")
    counts = {kind: sum(row["record"] == kind for row in rows) for kind in ("programme", "node", "target", "overhead")}
    assert counts == {"programme": 1, "node": 36, "target": 22, "overhead": 1}
    share = next(row for row in rows if row["id"] == "deelname-verlengde-schooldag")
    assert (share["parent"], share["kind"], share["value"], share["unit"], share["deadline"]) == (
        "verlengde-schooldag",
        "share",
        "40",
        "percent",
        "2025",
    )


def test_xlsx_stores_text_never_formulas(hostile: Programme) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data = ex.to_xlsx(hostile)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]  # the programme and its nodes
    header = [cell.value for cell in sheet[1]]
    assert header == column_words(ex.XLSX_SHEETS["nodes"])
    columns = ex.XLSX_SHEETS["nodes"]
    name_col, id_col, own_col = columns.index("name"), columns.index("id"), columns.index("own_eur")
    by_id = {row[id_col].value: row for row in sheet.iter_rows(min_row=2)}
    for i, name in enumerate(HOSTILE):
        cell = by_id[f"g{i}"][name_col]
        assert cell.data_type == "s"
        # openpyxl writes inline strings; a carriage return comes back as a newline, like any XML
        assert cell.value == name.replace("\r\n", "\n").replace("\r", "\n")
        assert cell.quotePrefix == (name[0] in "=+-@\t\r")
    assert Decimal(str(by_id["g1"][own_col].value)) == Decimal(1001)


def test_xlsx_without_openpyxl_is_a_clear_error(
    hostile: Programme, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(ex.MissingExtraError, match=re.escape("pip install openpyxl")):
        ex.to_xlsx(hostile)
    # a regular file: -o /dev/null is refused (exit 2) before any work, see test_atomic_output.py
    out = tmp_path / "out.xlsx"
    result = CliRunner().invoke(main, ["export", str(HEERLEN), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 1
    assert "pip install openpyxl" in result.output
    assert not out.exists()


# --- Markdown -----------------------------------------------------------------------------------


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.cells: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag in ("td", "th", "h1", "h3", "p"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "h1", "h3", "p") and self._cell is not None:
            self.cells.append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_markdown_renders_hostile_text_as_text(hostile: Programme) -> None:
    markdown = pytest.importorskip("markdown")
    html = markdown.markdown(ex.to_markdown(hostile), extensions=["tables", "fenced_code"])
    parsed = _Collect()
    parsed.feed(html)
    allowed = {"h1", "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "strong", "em", "pre", "code"}
    assert parsed.tags <= allowed
    assert "script" not in parsed.tags and "a" not in parsed.tags
    for name in HOSTILE:
        assert one_line(name) in parsed.cells  # as a heading (per group) and as table cells
    table_cells = [cell.strip() for cell in parsed.cells]
    # the group heading, the budget row, the node cell and the target cell: the | split no cell
    assert table_cells.count(one_line(HOSTILE[3])) == 4


def test_markdown_heerlen_tables(heerlen: Programme) -> None:
    text = ex.to_markdown(heerlen)
    assert "| **Subtotal (the tree)** | | | **174,935,131** | 174,935,132 |" in text
    assert "| **Total** | | | **179,025,131** | 179,025,132 |" in text
    assert "| &emsp;&emsp;Gezondheid | thema | 20,313,455 | 20,313,455 |  |" in text
    groups = [group.node.id for group, _items in ex.target_groups(heerlen)]
    assert groups == ["gezondheid", "sociaal", "veiligheid", "onderwijs", "werk", "wonen", "ruimte"]
    assert text.count("```mermaid") == 1


# --- every target kind, in every format -------------------------------------------------------

# The keys each kind needs besides id, kind and name. A new kind in model.Target fails the first
# test below until it is added here, and so gets exported in every format.
KIND_KEYS: dict[str, dict[str, Any]] = {
    "count": {"value": 750, "unit": "person"},
    "part_of": {"of": "t-count", "value": 75, "unit": "person"},
    "range": {"low": 10, "high": 20, "unit": "percent", "measure": "incidenten"},
    "share": {"value": 40, "population": "leerlingen"},
    "milestone": {},
    "qualitative": {"scale": ["niet gestart", "gestart", "klaar"]},
    "gap": {"unit": "percent", "reference_area": "Heerlen-Zuid", "close": 50, "baseline": {"value": 60, "date": 2021}},
}


def every_kind_spec() -> dict[str, Any]:
    targets = [
        {"id": f"t-{kind.replace('_', '-')}", "kind": kind, "name": f"target {kind}", "deadline": 2025, **keys}
        for kind, keys in KIND_KEYS.items()
    ]
    return {
        "doelenboom": 1,
        "id": "kinds",
        "name": "Every kind",
        "horizon": {"start": 2020, "end": 2045},
        "levels": [{"id": "ambition", "name": "ambitie"}, {"id": "goal", "name": "doel"}, {"id": "i", "name": "int"}],
        "tree": [{"id": "g", "name": "G", "children": [{"id": "i", "name": "I", "targets": targets}]}],
    }


def test_the_kinds_come_from_the_model() -> None:
    union = get_args(get_args(model.Target)[0])
    assert list(ex.TARGET_KINDS) == [get_args(cls.model_fields["kind"].annotation)[0] for cls in union]
    assert set(KIND_KEYS) == set(ex.TARGET_KINDS)
    assert "gap" in ex.TARGET_KINDS


@pytest.mark.parametrize("fmt", ex.FORMATS)
def test_every_target_kind_in_every_format(fmt: str, tmp_path: Path) -> None:
    if fmt == "xlsx":
        pytest.importorskip("openpyxl")
    spec = tmp_path / "kinds.yaml"
    spec.write_text(yaml.safe_dump(every_kind_spec(), allow_unicode=True), encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["export", str(spec), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    kinds = list(KIND_KEYS)
    ids = [f"t-{kind.replace('_', '-')}" for kind in kinds]
    if fmt == "markdown":
        rows = [line.split(" | ") for line in data.decode().splitlines() if line.startswith("| I | target ")]
        assert [row[2] for row in rows] == [ex.kind_word(k) for k in kinds]
        aims = {kind: row[3] for kind, row in zip(kinds, rows, strict=True)}
        assert all(aims.values())
        assert "50" in aims["gap"] and "Heerlen-Zuid" in aims["gap"]
        assert aims["qualitative"].startswith("status: ")
    elif fmt == "json":
        node = json.loads(data)["tree"][0]["children"][0]
        assert [t["kind"] for t in node["targets"]] == kinds
        gap = node["targets"][-1]
        assert (gap["close"], gap["reference_area"], gap["unit"]) == ("50", "Heerlen-Zuid", "percent")
    elif fmt == "csv":
        rows = [r for r in csv.DictReader(io.StringIO(data.decode(), newline="")) if r["record"] == "target"]
        assert [r["parent"] for r in rows] == ["i"] * len(kinds)
        assert [(r["id"], r["kind"]) for r in rows] == list(zip(ids, kinds, strict=True))
    elif fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[1]  # the targets
        columns = ex.XLSX_SHEETS["targets"]
        rows = [r for r in sheet.iter_rows(min_row=2, values_only=True)]
        assert [r[columns.index("node")] for r in rows] == ["i"] * len(kinds)
        worded = [ex.kind_word(k) for k in kinds]  # for people: the kind in words, not its id
        assert [(r[0], r[columns.index("kind")]) for r in rows] == list(zip(ids, worded, strict=True))
    elif fmt == "csv-excel":
        assert data.startswith(codecs.BOM_UTF8)
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))[1:]
        rows = [r for r in rows if r[0] == ex.word("record.target")]
        kind = ex.TABLE_COLUMNS.index("kind")
        worded = [ex.kind_word(k) for k in kinds]
        assert [(r[1], r[kind]) for r in rows] == list(zip(ids, worded, strict=True))
    elif fmt == "graphml":
        assert graphml_nodes(data.decode())["i"]["targets"] == str(len(kinds))
    else:  # the diagrams show nodes, not targets
        assert data.decode().count("I") >= 1 and "t-count" not in data.decode()


# --- escaping, for any text ---------------------------------------------------------------------


@given(st.text())
def test_escapers_for_any_text(text: str) -> None:
    label = text_mod.mermaid_label(text)
    assert not set(label) & set('"\n\r<>[]')
    assert mermaid_decode(label) == [one_line(text)]
    quoted = text_mod.dot_string(text)
    assert re.fullmatch(_DOT_STRING, quoted)
    assert dot_decode(quoted[1:-1]) == text.replace("\r\n", "\n").replace("\r", "\n")
    assert not spreadsheet_text(text).startswith(("=", "+", "-", "@", "\t", "\r"))
    assert not set(text_mod.markdown_text(text)) & set("<>\n")


# --- the command --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [f for f in ex.FORMATS if f != "xlsx"])
def test_cli_writes_the_export_to_a_file(fmt: str, tmp_path: Path, heerlen: Programme) -> None:
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["export", str(HEERLEN), "--format", fmt, "-o", str(out), "--lang", "nl"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == ex.export(heerlen, fmt, "nl")  # csv-excel's headers follow --lang
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind


def test_cli_writes_xlsx(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    out = tmp_path / "out.xlsx"
    result = CliRunner().invoke(main, ["export", str(HEERLEN), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert zipfile.is_zipfile(out)


def test_cli_stdout(heerlen: Programme) -> None:
    result = CliRunner().invoke(main, ["export", str(HEERLEN), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["budget"]["programme_total_eur"] == "179025131"


def test_cli_refuses_a_spec_with_errors(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    data = hostile_data()
    data["tree"][1]["id"] = "g0"  # duplicate id: DB301
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["export", str(spec), "--format", "json", "-o", str(out)])
    assert result.exit_code == 1
    assert "DB301" in result.stderr
    assert not out.exists()


def test_cli_round_trips_hostile_yaml(tmp_path: Path) -> None:
    spec = tmp_path / "hostile.yaml"
    spec.write_text(yaml.safe_dump(hostile_data(), allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(spec), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [n["name"] for n in json.loads(result.stdout)["tree"]] == HOSTILE


# --- atomic writing -----------------------------------------------------------------------------


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    target.chmod(0o640)

    def broken(src: str, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken)
    with pytest.raises(OSError):
        atomic.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    monkeypatch.undo()
    atomic.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_one_write_atomic_for_every_command() -> None:
    from doelenboom import jsonschema

    assert not hasattr(ex, "write_atomic")  # documented as doelenboom.atomic.write_atomic
    assert not hasattr(jsonschema, "write_atomic")


def test_write_atomic_refuses_a_missing_folder_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic.write_atomic(tmp_path / "nowhere" / "out.txt", b"x")
    assert list(tmp_path.iterdir()) == []
    atomic.write_atomic(tmp_path / "made" / "out.txt", "tekst é\n", parents=True)
    assert (tmp_path / "made" / "out.txt").read_bytes() == "tekst é\n".encode()


def test_cli_export_that_cannot_be_written_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_bytes(b"")
    out = tmp_path / "a-file" / "out.json"  # a missing folder is made; a file in the way is not
    result = CliRunner().invoke(main, ["export", str(HEERLEN), "--format", "json", "-o", str(out)])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a ClickException, not a traceback
    assert result.stdout == ""
    assert str(out) in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]


def test_cli_offers_exactly_the_library_formats() -> None:
    from doelenboom.cli import export as cli_export

    assert cli_export.FORMATS == ex.FORMATS
