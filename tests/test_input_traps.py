"""Issue 10's input traps: explicit tags anywhere (F08), '<<', ISO week dates, a second byte-order
mark, YAML timestamps where text is meant, '-.nan' as money, duplicate CSV columns and CR in
GraphML. Each test failed before its fix."""

from __future__ import annotations

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
