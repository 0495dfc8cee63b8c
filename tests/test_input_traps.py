"""Issue 10's input traps: explicit tags anywhere (F08), '<<', ISO week dates, a second byte-order
mark, YAML timestamps where text is meant, '-.nan' as money, duplicate CSV columns and CR in
GraphML. Each test failed before its fix."""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree as ET

import pytest

from doelenboom.loader import load_text
from doelenboom.model import Programme
from doelenboom.monitor.measurements import read_measurements_text
from doelenboom.validation import validate_text

SPEC = """\
doelenboom: 1
id: p
name: {name}
horizon: {{start: 2020, end: 2045}}
levels: [{{id: ambition, name: ambition}}, {{id: goal, name: goal}}, {{id: intervention, name: intervention}}]
tree:
  - id: g
    name: G
    description: {description}
    children:
      - id: i
        name: I
        budget:
          amount: {amount}
        targets:
          - {{id: t, kind: count, name: T, value: 5, unit: person}}
          - {{id: q, kind: qualitative, name: Q, scale: [niet gestart, klaar]}}
"""


def _spec(name: str = "P", description: str = "D", amount: str = "10") -> str:
    return SPEC.format(name=name, description=description, amount=amount)


def _found(text: str) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in validate_text(text, "s.yaml").diagnostics]


def _programme() -> Programme:
    result = validate_text(_spec(), "s.yaml")
    assert result.programme is not None and not result.failed()
    return result.programme


# --- F08: every explicit tag is refused, at the tag ----------------------------------------------

TAGGED = [
    '!!python/object/apply:os.system "echo hi"',
    "!!python/object/apply:os.system 'echo hi'",
    '!!binary "aGk="',
    '!custom "x"',
    '!<tag:yaml.org,2002:python/object/apply:os.system> "echo hi"',
    "!!str P",
    '!!str "P"',
    "! P",
    '! "P"',
    "!!timestamp 2024-01-01",
    "!!int 10",
    "!!map {a: b}",
    "!!seq [a]",
    "!!omap [{a: b}]",
    "!!set {a: null}",
    "!python/object:os.system x",
    "!!python/object/apply:os.system\n  - echo hi",
    "!!python/object/apply:os.system\n  args: [echo hi]",
]


@pytest.mark.parametrize("tagged", TAGGED)
def test_an_explicit_tag_is_refused_at_the_tag(tagged: str) -> None:
    assert ("DB112", 3, 7) in _found(_spec(name=tagged))


@pytest.mark.parametrize("tagged", TAGGED)
def test_an_explicit_tag_in_a_list_or_as_a_key_is_refused(tagged: str) -> None:
    one_line = tagged.replace("\n  ", " ").replace("- echo hi", "[echo hi]").replace("args: [echo hi]", "{args: x}")
    assert ("DB112", 3, 8) in _found(_spec(name=f"[{one_line}]"))
    if not one_line.startswith(("!!map", "!!seq", "!!omap", "!!set")) and "[" not in one_line and "{" not in one_line:
        document = load_text(f"{one_line}: 1\n")
        assert [(d.code, d.line, d.column) for d in document.diagnostics] == [("DB112", 1, 1)]


def test_a_tag_on_the_document_is_refused() -> None:
    document = load_text("!!python/object:os.system\na: 1\n")
    assert [(d.code, d.line, d.column) for d in document.diagnostics] == [("DB112", 1, 1)]


def test_a_tag_after_an_anchor_is_refused_too() -> None:
    found = {(d.code, d.line, d.column) for d in load_text('a: &x !!binary "aGk="\n').diagnostics}
    assert found == {("DB105", 1, 4), ("DB112", 1, 4)}


@pytest.mark.parametrize(
    "text",
    ["Hallo!", "Let op! Klaar.", "'! x'", '"!!binary x"', "a ! b", "[a, b]!", "R&D !important"],
)
def test_an_exclamation_mark_in_text_is_no_tag(text: str) -> None:
    assert [c for c, _l, _c in _found(_spec(name=text)) if c == "DB112"] == []


@pytest.mark.parametrize("tagged", ['!!python/object/apply:os.system "echo hi"', '!!binary "aGk="', "! t"])
def test_a_tag_in_a_measurements_file_refuses_its_row(tagged: str) -> None:
    text = (
        "measurements:\n  - {target: t, date: 2024-01-01, value: 3}\n"
        f"  - {{target: t, date: 2025-01-01, note: {tagged}, value: 4}}\n"
    )
    found = read_measurements_text(text, _programme(), "m.yaml", "yaml")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB112", 3, 41)]
    assert [r.line for r in found.rows] == [2]


# --- '<<': a merge key, refused as a key and as a value, and said to be one ------------------------


def test_a_merge_key_is_reported_as_a_merge_key() -> None:
    document = load_text("a: 1\n<<: {b: 2}\n")
    assert [(d.code, d.line, d.column, d.args) for d in document.diagnostics] == [
        ("DB105", 2, 1, {"name": "merge_key"})
    ]
    assert document.data == {"a": 1}
    assert "merge key" in document.diagnostics[0].message_in("en")


def test_a_merge_value_is_reported_with_the_quotes_that_fix_it() -> None:
    assert _found(_spec(name="<<")) == [("DB105", 3, 7)]
    diagnostic = validate_text(_spec(name="<<"), "s.yaml").diagnostics[0]
    assert diagnostic.args == {"name": "merge_value"}
    assert "quotes" in diagnostic.message_in("en") and "!!merge" not in diagnostic.message_in("en")
    assert _found(_spec(name="'<<'")) == []  # quoted, it is the text


def test_an_equals_sign_alone_is_refused_with_the_quotes_that_fix_it() -> None:
    # YAML 1.1's "value key": PyYAML's safe loader cannot load it; it was called a '!!value' tag
    result = validate_text(_spec(name="="), "s.yaml")
    assert [(d.code, d.line, d.column, d.args) for d in result.diagnostics] == [
        ("DB103", 3, 7, {"problem": "cannot_start", "char": "="})
    ]
    assert _found(_spec(name="'='")) == []


# --- ISO week dates are no dates ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["2024-W01-1", "2024W011", "2024-W01", "20240101"])
def test_a_week_date_is_no_measurement_date(text: str) -> None:
    found = read_measurements_text(f"target,date,value\nt,{text},3\n", _programme(), "m.csv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB406", 2, 3)]
    found = read_measurements_text(
        f"measurements:\n  - {{target: t, date: {text}, value: 3}}\n", _programme(), "m.yaml", "yaml"
    )
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB406", 2, 23)]


def test_a_week_date_is_no_spec_date() -> None:
    text = _spec().replace("unit: person}", "unit: person, deadline: 2024-W01-1}", 1)
    assert [c for c, _l, _c in _found(text)] == ["DB203"]


# --- a byte-order mark that is not the first character --------------------------------------------


@pytest.mark.parametrize(("name", "column"), [("P\ufeffQ", 8), ('"P\ufeffQ"', 9), ("'\ufeffP'", 8), ("P # \ufeff", 11)])
def test_a_second_bom_is_refused_where_it_stands(name: str, column: int) -> None:
    assert _found(_spec(name=name)) == [("DB103", 3, column)]


def test_a_bom_at_the_start_of_a_later_line_is_refused() -> None:
    # libyaml skips a BOM at the start of any line, the pure-Python reader keeps it in the key
    text = _spec().replace("horizon:", "\ufeffhorizon:")
    assert _found(text) == [("DB103", 4, 1)]  # and not libyaml's indentation error it causes
    assert load_text(text).diagnostics[0].args == {"problem": "bom_inside"}
    assert _found("\ufeff" + _spec()) == []  # the first character: a byte-order mark


def test_a_second_bom_in_measurements_refuses_its_row() -> None:
    programme = _programme()
    csv = "target,date,value,note\nt,2024-01-01,3,a\ufeffb\nt,2025-01-01,4,\n\ufefft,2026-01-01,5,\n"
    found = read_measurements_text(csv, programme, "m.csv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB408", 2, 17), ("DB408", 4, 1)]
    assert [r.line for r in found.rows] == [3]
    yaml_text = (
        "measurements:\n  - {target: t, date: 2024-01-01, value: 3, note: a\ufeffb}\n"
        "  - {target: t, date: 2025-01-01, value: 4}\n"
    )
    found = read_measurements_text(yaml_text, programme, "m.yaml", "yaml")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB103", 2, 52)]
    assert [r.line for r in found.rows] == [3]


def test_a_bom_first_in_measurement_text_is_a_byte_order_mark() -> None:
    assert read_measurements_text("\ufefftarget,date,value\nt,2024-01-01,3\n", _programme(), "m").diagnostics == ()
    assert read_measurements_text("\ufeffmeasurements: []\n", _programme(), "m", "yaml").diagnostics == ()


def test_a_bom_in_a_csv_header_is_refused() -> None:
    found = read_measurements_text("target,\ufeffdate,value\nt,2024-01-01,3\n", _programme(), "m.csv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB408", 1, 8)]
    assert found.rows == ()


# --- a column named twice in a CSV header ---------------------------------------------------------


@pytest.mark.parametrize(("header", "column"), [("target,date,value,value", 19), ("target,date,waarde,value", 20)])
def test_a_csv_column_named_twice_is_an_error(header: str, column: int) -> None:
    found = read_measurements_text(f"{header}\nt,2024-01-01,3,4\n", _programme(), "m.csv")
    assert [(d.code, d.line, d.column) for d in found.diagnostics] == [("DB408", 1, column)]
    assert found.diagnostics[0].args["problem"] == "column_twice"
    assert found.rows == ()


# --- YAML timestamps where text is meant ----------------------------------------------------------


@pytest.mark.parametrize("text", ["2024-01-01", "2024-01-01 10:00:00", "2024-01-01T10:00:00Z", "2024-1-1 1:00:00"])
def test_a_timestamp_where_text_is_meant_is_refused(text: str) -> None:
    for spec, at in [(_spec(name=text), (3, 7)), (_spec(description=text), (9, 18))]:
        result = validate_text(spec, "s.yaml")
        assert [(d.code, d.line, d.column) for d in result.diagnostics] == [("DB203", *at)]
        assert result.diagnostics[0].args["found"] == "timestamp"
        assert "quotes" in result.diagnostics[0].message_in("en")
        assert "aanhalingstekens" in result.diagnostics[0].message_in("nl")
    assert _found(_spec(name=f"'{text}'")) == []


def test_a_timestamp_in_a_source_title_or_note_is_refused() -> None:
    text = _spec().replace("levels:", "sources: [{id: s, title: 2024-01-01, note: 2024-01-01 10:00:00}]\nlevels:")
    assert sorted(_found(text)) == [("DB203", 5, 26), ("DB203", 5, 44)]


def test_a_date_time_where_a_date_is_meant_is_no_date_and_no_quoting_is_advised() -> None:
    text = _spec().replace("unit: person}", "unit: person, deadline: 2024-06-30 10:00:00}", 1)
    result = validate_text(text, "s.yaml")
    assert [(d.code, d.args["found"]) for d in result.diagnostics] == [("DB203", "text")]
    text = _spec().replace("{start: 2020,", "{start: 2020-01-01,", 1)
    result = validate_text(text, "s.yaml")
    assert [(d.code, d.args["found"]) for d in result.diagnostics] == [("DB203", "date")]


def test_a_timestamp_where_a_date_is_meant_is_a_date() -> None:
    text = _spec().replace("unit: person}", "unit: person, deadline: 2024-06-30}", 1)
    result = validate_text(text, "s.yaml")
    assert result.programme is not None and not result.failed()


def test_measurement_text_keeps_a_timestamp_as_written() -> None:
    text = "measurements:\n  - {target: t, date: 2024-01-01, value: 3, note: 2024-01-01 10:00:00, source: 2023-12-31}\n"
    found = read_measurements_text(text, _programme(), "m.yaml", "yaml")
    assert found.diagnostics == ()
    assert (found.rows[0].note, found.rows[0].source, found.rows[0].date) == (
        "2024-01-01 10:00:00",
        "2023-12-31",
        date(2024, 1, 1),
    )


# --- '-.nan' is not a finite number, whatever its sign ---------------------------------------------


@pytest.mark.parametrize("amount", ["-.nan", "+.nan", '"-.nan"', "-.NaN", "-NaN", "-Infinity", "-inf", ".Nan"])
def test_a_signed_nan_is_not_finite(amount: str) -> None:
    assert _found(_spec(amount=amount)) == [("DB209", 14, 19)]


def test_a_signed_nan_target_value_is_not_finite() -> None:
    text = _spec().replace("value: 5", "value: -.nan")
    assert _found(text) == [("DB209", 16, 50)]


# --- GraphML keeps CR ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a\rb", "a\r\nb", "\rx", "a\nb\r"])
def test_graphml_keeps_a_carriage_return(name: str) -> None:
    from doelenboom.render.export import GRAPHML_NS, to_graphml

    text = _spec(name=f'"{name.encode("unicode_escape").decode()}"')
    result = validate_text(text, "s.yaml")
    assert result.programme is not None and not result.failed(), result.diagnostics
    xml = to_graphml(result.programme)
    root = ET.fromstring(xml.encode("utf-8"))
    names = [
        d.text for n in root.iter(f"{{{GRAPHML_NS}}}node") for d in n if d.get("key") == "name" and n.get("id") == "p"
    ]
    assert names == [name]
    import networkx

    graph = networkx.parse_graphml(xml)
    assert graph.nodes["p"]["name"] == name


@pytest.mark.parametrize(("as_of", "code"), [("2024-W52-1", 2), ("20241231", 2), ("2024-12-31", 0)])
def test_a_week_date_is_no_as_of_date(as_of: str, code: int) -> None:
    from pathlib import Path

    from click.testing import CliRunner

    from doelenboom.cli import main

    root = Path(__file__).resolve().parent.parent
    spec, measurements = root / "specs" / "heerlen_noord.yaml", root / "examples" / "heerlen_noord_metingen.yaml"
    out = CliRunner().invoke(main, ["progress", str(spec), "-m", str(measurements), "--as-of", as_of])
    assert out.exit_code == code, out.output


# --- the format version in quotes -----------------------------------------------------------------


@pytest.mark.parametrize("version", ['"1.1"', "'1'", '" 1.1 "'])
def test_a_quoted_format_version_is_told_to_drop_the_quotes(version: str) -> None:
    result = validate_text(_spec().replace("doelenboom: 1\n", f"doelenboom: {version}\n", 1), "s.yaml")
    found = [(d.code, d.line, d.column, d.args["expected"], d.args["found"]) for d in result.diagnostics]
    assert found == [("DB203", 1, 13, "version", "text")]  # not "a whole number": 1.1 is none


@pytest.mark.parametrize(("version", "value"), [('"2"', "2"), ("'1.0'", "1.0"), ("'abc'", "abc"), ('""', "")])
def test_a_quoted_version_that_is_no_version_is_unsupported(version: str, value: str) -> None:
    result = validate_text(_spec().replace("doelenboom: 1\n", f"doelenboom: {version}\n", 1), "s.yaml")
    assert [(d.code, d.line, d.column, d.args["value"]) for d in result.diagnostics] == [("DB208", 1, 13, value)]
