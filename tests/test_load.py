"""Loader refusals that case files cannot hold: alias bombs and 10,000 levels of nesting."""

from __future__ import annotations

from typing import Any

from doelenboom.loader import MAX_DEPTH, load_text
from doelenboom.validation import validate_text


def _size(data: Any) -> int:
    """How many values the loaded data holds (iteratively: the data may be deep)."""
    count, stack = 0, [data]
    while stack:
        value = stack.pop()
        count += 1
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return count


def test_an_alias_bomb_is_refused_and_not_expanded() -> None:
    # Nine levels of ten aliases each: expanded, this would be 10**9 strings.
    lines = ["doelenboom: 1", "l0: &l0 [" + ", ".join(["lol"] * 10) + "]"]
    for level in range(1, 10):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    document = load_text("\n".join(lines) + "\n")
    aliases = [d for d in document.diagnostics if d.code == "DB105"]
    assert len(aliases) == 10 + 9 * 10  # every anchor and every alias, each at its own place
    assert len({(d.line, d.column) for d in aliases}) == len(aliases)
    assert _size(document.data) < 200


def test_an_alias_bomb_fails_validation_without_expanding() -> None:
    lines = ["doelenboom: 1", "id: p", "name: &n [lol, lol, lol, lol]"]
    lines += [f"description{i}: [*n, *n, *n, *n]" for i in range(8)]
    result = validate_text("\n".join(lines) + "\n")
    assert result.programme is None
    assert {d.code for d in result.diagnostics} >= {"DB105"}


def _nesting(text: str) -> list[tuple[int, int]]:
    result = validate_text(text)
    assert result.programme is None
    return [(d.line, d.column) for d in result.diagnostics if d.code == "DB108"]


def test_ten_thousand_levels_of_brackets() -> None:
    # Past libyaml's own limit (1,000): still one report, where our limit is first passed.
    text = "doelenboom: 1\nx: " + "[" * 10_000 + "]" * 10_000 + "\n"
    first_too_deep = len("x: ") + MAX_DEPTH  # the root mapping is level 1
    assert _nesting(text) == [(2, first_too_deep)]


def test_ten_thousand_levels_of_block_sequences() -> None:
    text = "doelenboom: 1\nx:\n  " + "- " * 10_000 + "x\n"
    assert _nesting(text) == [(3, 3 + 2 * (MAX_DEPTH - 1))]


def test_ten_thousand_unclosed_brackets() -> None:
    text = "doelenboom: 1\nx: " + "[" * 10_000 + "\n"
    assert _nesting(text) == [(2, len("x: ") + MAX_DEPTH)]


def test_nesting_just_under_the_limit_loads() -> None:
    depth = MAX_DEPTH - 1  # with the root mapping, exactly MAX_DEPTH levels
    document = load_text("x: " + "[" * depth + "]" * depth + "\n")
    assert document.diagnostics == []
    assert not document.fatal


def test_a_yaml_trap_is_reported_once_not_again_by_the_schema() -> None:
    from doelenboom.validation import validate_text

    spec = (
        "doelenboom: 1\nid: p\nname: P\nhorizon: {start: 2020, end: 2045}\n"
        "levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]\n"
        "tree:\n  - id: g\n    name: G\n    children:\n      - id: i\n        name: I\n        targets:\n"
        "          - {id: t, kind: count, name: T, value: 010, unit: person}\n"
    )
    result = validate_text(spec, "trap.yaml")
    at_value = [(d.code, d.line, d.column) for d in result.diagnostics if (d.line, d.column) == (13, 50)]
    assert at_value == [("DB107", 13, 50)]


def test_a_syntax_error_also_points_at_what_it_broke() -> None:
    # A quote left open on line 3 closes on line 5; libyaml fails there, inside the mapping
    # that began on line 2, which is the related location.
    text = 'tree:\n  - id: g\n    name: "Gezondheid\n    description: x\n  - id: "h"\n'
    [diag] = load_text(text, "quote.yaml").diagnostics
    assert (diag.code, diag.line, diag.column) == ("DB103", 5, 10)
    assert [(r.location.line, r.location.column) for r in diag.related] == [(2, 5)]


def test_the_pure_python_loader_gives_the_same_data_and_positions(monkeypatch: Any) -> None:
    """Without libyaml (``yaml.__with_libyaml__`` false) the loader falls back to PyYAML's
    pure-Python parser: the bundled spec loads to the same data, positions and diagnostics."""
    from pathlib import Path

    import yaml

    from doelenboom import loader

    spec = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"
    traps = "doelenboom: 1\na: &x [1]\nb: *x\nc: yes\nd: 010\ne: 1.5\nc: again\nf: !!python/none x\n"
    texts = [spec.read_text(encoding="utf-8"), traps]
    fast = [load_text(text) for text in texts]
    composer, events = loader._composer_class(with_libyaml=False)
    assert not issubclass(composer, getattr(yaml, "CParser", ())) and events is yaml.SafeLoader
    monkeypatch.setattr(loader, "_Composer", composer)
    monkeypatch.setattr(loader, "_EventLoader", events)
    for before, text in zip(fast, texts, strict=True):
        after = load_text(text)
        assert after.data == before.data
        assert (after.source.values, after.source.keys) == (before.source.values, before.source.keys)
        assert after.diagnostics == before.diagnostics
    assert {d.code for d in fast[1].diagnostics} >= {"DB104", "DB105", "DB106", "DB107", "DB112"}
