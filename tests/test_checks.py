"""Checks whose behaviour a case file's (code, line, column) cannot show on its own."""

from __future__ import annotations

from doelenboom.validation import validate_text

SPEC = """doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2045}
levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]
tree:
  - id: g
    name: G
    children:
      - id: i
        name: I
        targets:
          - {id: t, kind: count, name: T, value: 5, unit: person}
  - id: h
    name: H
    children:
      - id: i
        name: I again
        targets:
          - {id: u, kind: count, name: U, value: 5, unit: person}
"""


def test_a_duplicated_id_reports_the_duplicate_and_nothing_spurious() -> None:
    # 'h' is served by the second 'i'; indexing by id alone once made it look unserved (DB311).
    found = [(d.code, d.line, d.column) for d in validate_text(SPEC, "dup.yaml").diagnostics]
    assert found == [("DB301", 17, 13)]


def test_non_finite_numbers_are_named_as_yaml_writes_them() -> None:
    spec = SPEC.replace("value: 5, unit: person}\n  - id: h\n", "value: .nan, unit: person}\n  - id: h\n", 1)
    [diag] = validate_text(spec, "nan.yaml").diagnostics
    assert (diag.code, diag.line, diag.args["text"]) == ("DB209", 13, ".nan")


def test_explicit_tags_are_named_as_written() -> None:
    spec = SPEC.replace("name: I again", "name: !!python/str I again")
    found = [(d.code, d.line, d.args.get("tag")) for d in validate_text(spec, "tag.yaml").diagnostics]
    assert ("DB112", 18, "!!python/str") in found
