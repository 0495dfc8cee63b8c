"""Mapping pydantic's errors to located diagnostics, beyond what one case file per code shows."""

from __future__ import annotations

from doelenboom.loader import load_text
from doelenboom.parse import parse_programme, to_diagnostic
from doelenboom.validation import validate_text

SPEC = """doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2045}
tree:
  - id: g
    name: G
"""


def test_an_unmapped_pydantic_error_becomes_the_located_catch_all() -> None:
    document = load_text(SPEC, "spec.yaml")
    error = {"type": "a_future_error", "loc": ("tree", 0, "name"), "msg": "something new", "input": "G"}
    diag = to_diagnostic(error, document.data, document.source)
    assert (diag.code, diag.line, diag.column) == ("DB299", 7, 11)
    assert "{" not in diag.message_in("nl") + diag.message_in("en")


def _unknown_key(spec: str) -> tuple[str, int, int, str, str]:
    document = load_text(spec, "spec.yaml")
    _, found = parse_programme(document.data, document.source)
    [diag] = [d for d in found if d.code == "DB201"]
    return diag.code, diag.line, diag.column, diag.hint_in("en"), diag.hint_in("nl")


def test_a_dutch_key_gets_the_format_word_as_suggestion() -> None:
    code, line, column, en, nl = _unknown_key(SPEC.replace("    name: G", "    naam: G"))
    assert (code, line, column) == ("DB201", 7, 5)
    assert "'name'" in en and "'name'" in nl


def test_a_key_with_an_extra_ending_gets_the_key_it_starts_with() -> None:
    code, line, column, en, _ = _unknown_key(SPEC.replace("  - id: g", "  - ident: g"))
    assert (code, line, column) == ("DB201", 6, 5)
    assert "'id'" in en


def test_allowed_choices_are_listed_without_english_or() -> None:
    spec = SPEC + "    budget: {amount: 5, unit: euro}\n"
    diag = next(d for d in validate_text(spec, "spec.yaml").diagnostics if d.code == "DB204")
    assert diag.args["allowed"] == "EUR, kEUR, MEUR"


def test_the_source_map_comes_through_the_validation_context() -> None:
    from doelenboom.loader import load_text as load
    from doelenboom.model import Programme
    from doelenboom.parse import parse_programme

    document = load("doelenboom: 1\nid: p\nname: P\nhorizon: {start: 2020, end: 2030}\ntree: []\n", "spec.yaml")
    programme, problems = parse_programme(document.data, document.source)
    assert problems == [] and programme is not None
    assert programme.source_map is document.source
    assert Programme.model_validate(document.data).source_map is None  # no context, no map
