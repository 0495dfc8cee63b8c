"""Fuzzing: whatever bytes or text come in, validation ends in a programme or located diagnostics.

Strategies start from real specs (the Heerlen-Noord spec and a minimal one) and mutate them at two
levels: the YAML text (random bytes, deleted and duplicated lines, odd Unicode spliced in, byte-order
marks inside the text, values that other YAML readers take differently (`TRAP_TEXT`: explicit tags
on quoted and plain values, ``<<`` and merge keys, ISO week dates, date-times, signed NaN)) and the
loaded data (keys deleted, values replaced by wrong types, huge numbers, deep nesting, odd text),
which is then written back as YAML. A third strategy builds documents from nothing.

The invariant (`check_outcome`): no exception escapes; when there is no programme there is at
least one error; every diagnostic has a catalogue code and a 1-based position, and its message
and hint render in English and Dutch to a size bounded by the input (no value blows up). A spec
that validates without errors is plain YAML to other readers too (`check_clean_is_plain_yaml`):
no explicit tag, PyYAML's safe loaders load it, and nothing in it is a datetime or bytes.

The default suite runs a few examples per test. For a long run, set the example count::

    DOELENBOOM_FUZZ_EXAMPLES=100000 .venv/bin/pytest tests/test_fuzz.py -p no:cacheprovider \
        --hypothesis-show-statistics
"""

from __future__ import annotations

import copy
import os
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from doelenboom.codes import CATALOGUE
from doelenboom.diagnostics import Severity
from doelenboom.loader import load_bytes
from doelenboom.validation import Validation, validate_document, validate_text

HEERLEN = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"
EXAMPLES = int(os.environ.get("DOELENBOOM_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # bounds are structural (see check_outcome), not wall-clock
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    database=None if EXAMPLES > 1000 else settings.default.database,
)

MINIMAL = """\
doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2045}
levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]
budget: {declared_total: 10}
tree:
  - id: g
    name: G
    budget: {declared_total: 10, declared_share: 100}
    children:
      - id: i
        name: I
        budget: {amount: 10}
        targets:
          - {id: t, kind: count, name: T, value: 5, unit: person, deadline: 2025}
          - {id: u, kind: part_of, name: U, of: t, value: 2, unit: person}
          - {id: r, kind: range, name: R, low: 1, high: 2, unit: percent, baseline: {value: 3, date: 2021-01-01}}
"""
SEEDS = [HEERLEN.read_text(encoding="utf-8"), MINIMAL]
SEED_DATA = [yaml.safe_load(text) for text in SEEDS]

# Characters that trip readers, renderers and terminals: controls, lone surrogates, bidi marks,
# byte-order marks, YAML's own line breaks, non-characters, private use and astral planes.
ODD_CHARS = st.one_of(
    st.sampled_from(
        [
            "\x00",
            "\x01",
            "\x1b",
            "\x7f",
            "\x85",
            "\xa0",
            "\u2028",
            "\u2029",
            "\u200b",
            "\u200e",
            "\u200f",
            "\u202e",
            "\u2066",
            "\ufeff",
            "\ufffe",
            "\uffff",
            "\ud800",
            "\udfff",
            "\U0010ffff",
            "\U0001f600",
            "\t",
            "\r",
            "\n",
            ":",
            "#",
            "&",
            "*",
            "!",
            "|",
            ">",
            "'",
            '"',
            "{",
            "[",
            "-",
            "%",
            "@",
            "`",
        ]
    ),
    st.characters(categories=["Cc", "Cf", "Cs", "Co", "Zl", "Zp", "Mn", "Lo"]),
    st.characters(),
)
ODD_TEXT = st.text(ODD_CHARS, max_size=30)

NUMBER_TEXT = st.sampled_from(
    [
        ".nan",
        ".NaN",
        ".inf",
        "-.inf",
        "+.inf",
        "1e999999999",
        "1.0e+999999999",
        "1.0e-999999999",
        "0.0e-999999999",
        "1.5e-99999999999999999999",
        "9" * 41,
        "9" * 5000,
        "9" * 39,
        "1" + "0" * 15,
        "-1",
        "-0",
        "0.1",
        "1_000",
        "010",
        "0x1F",
        "0b101",
        "0o17",
        "1:30",
        "190:20:30",
        "2025-13-45",
        "2025-01-01T10:00:00",
        "2025-01-01 10:00:00 +2",
        "yes",
        "off",
        "~",
        "null",
        "True",
        "1.",
        ".5",
        "1e3",
        "1.0e3",
        "- 1",
    ]
)

# YAML that other readers take differently (issue 10): explicit tags on quoted and plain values
# and on collections, merge keys, ISO week dates, date-times where text is meant, signed NaN.
TRAP_TEXT = st.sampled_from(
    [
        '!!python/object/apply:os.system "echo hi"',
        "!!python/object/apply:os.system 'echo hi'",
        "!!python/object/apply:os.system [echo hi]",
        '!!binary "aGk="',
        '!custom "x"',
        "!custom x",
        '!<tag:yaml.org,2002:python/object/apply:os.system> "echo hi"',
        "!!str x",
        "! x",
        '! "x"',
        "!!int 3",
        "!!map {a: 1}",
        "!!seq [1]",
        "!!set {a: null}",
        "<<",
        "'<<'",
        "{<<: {a: 1}}",
        "=",
        "2024-W01-1",
        "2024-01-01 10:00:00",
        "2024-01-01T10:00:00Z",
        "2024-01-01",
        "-.nan",
        "+.nan",
        "-Infinity",
        "x\ufeffy",
        '"x\ufeffy"',
    ]
)

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**60), max_value=10**60),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    NUMBER_TEXT,
    TRAP_TEXT,
    ODD_TEXT,
    st.text(max_size=20),
    st.binary(max_size=20).map(lambda b: b.decode("latin-1")),
    st.dates(),
)


def _nest(depth: int, leaf: Any, as_list: bool) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value] if as_list else {"children": value}
    return value


KEY_NAMES = sorted(
    {
        "doelenboom",
        "id",
        "name",
        "kind",
        "tree",
        "children",
        "budget",
        "amount",
        "unit",
        "declared_total",
        "declared_share",
        "declared_subtotal",
        "accept_discrepancy",
        "accept_subtotal_discrepancy",
        "accept_total_discrepancy",
        "declared",
        "computed",
        "note",
        "overhead",
        "targets",
        "value",
        "of",
        "low",
        "high",
        "deadline",
        "baseline",
        "date",
        "serves",
        "allocation",
        "levels",
        "horizon",
        "start",
        "end",
        "units",
        "sources",
        "source",
        "benefits",
        "share_decimals",
        "plan_period",
        "no_target_reason",
        "population",
        "direction",
        "fte",
        "items",
        "area",
        "inhabitants",
    }
)

VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.text(max_size=10), ODD_TEXT, st.sampled_from(KEY_NAMES)), inner),
    ),
    max_leaves=8,
) | st.builds(_nest, st.integers(1, 250), SCALARS, st.booleans())


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _paths(value, (*prefix, i))
    return found


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


@st.composite
def mutated_data(draw: st.DrawFn) -> Any:
    """A seed spec's data with a few keys deleted, renamed or added and values replaced."""
    data = copy.deepcopy(draw(st.sampled_from(SEED_DATA)))
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        if not path:
            continue
        parent = _get(data, path[:-1])
        last = path[-1]
        action = draw(st.sampled_from(["replace", "delete", "rename", "add", "copy"]))
        if action == "replace":
            parent[last] = draw(VALUES)
        elif action == "delete":
            del parent[last]
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(st.sampled_from(KEY_NAMES) | ODD_TEXT | st.integers())] = parent.pop(last)
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(KEY_NAMES) | ODD_TEXT)] = draw(VALUES)
        elif action == "copy":  # a sibling copied over: duplicate ids, shared structure
            other = draw(st.sampled_from(paths))
            if other and other[: len(path)] != path:
                parent[last] = copy.deepcopy(_get(data, other))
    return data


def _dump(data: Any, unicode: bool, flow: bool | None) -> str | None:
    try:
        return yaml.safe_dump(data, allow_unicode=unicode, default_flow_style=flow, sort_keys=False, width=10**6)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None


LINE_ACTIONS = ["delete", "duplicate", "swap", "splice", "bom"]


def mutate_line(draw: st.DrawFn, lines: list[str], i: int, action: str) -> bool:
    """Apply one of the `LINE_ACTIONS` to line ``i`` in place; False for any other action."""
    if action == "delete":
        if len(lines) > 1:
            del lines[i]
    elif action == "duplicate":  # a duplicated line is, most often, a duplicated key
        lines.insert(i, lines[i])
    elif action == "swap":
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif action == "splice":
        at = draw(st.integers(0, len(lines[i])))
        lines[i] = lines[i][:at] + draw(ODD_TEXT) + lines[i][at:]
    elif action == "bom":  # a byte-order mark inside the text: two files pasted together
        at = draw(st.sampled_from([0, draw(st.integers(0, len(lines[i])))]))
        lines[i] = lines[i][:at] + "\ufeff" + lines[i][at:]
    else:
        return False
    return True


@st.composite
def mutated_text(draw: st.DrawFn) -> str:
    """A seed spec's text with lines deleted, duplicated, swapped, or odd characters spliced in."""
    lines = draw(st.sampled_from(SEEDS)).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 5))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from([*LINE_ACTIONS, "value", "indent", "number", "trap", "merge"]))
        if mutate_line(draw, lines, i, action):
            continue
        if action == "merge":  # a merge key among a mapping's keys
            indent = len(lines[i]) - len(lines[i].lstrip(" "))
            lines.insert(i, " " * indent + draw(st.sampled_from(["<<: {a: 1}", "<<: []", "'<<': x"])) + "\n")
        elif action == "indent":
            lines[i] = " " * draw(st.integers(0, 5)) + lines[i].lstrip(" ")
        elif ":" in lines[i]:
            key = lines[i].split(":", 1)[0]
            new = draw(NUMBER_TEXT if action == "number" else TRAP_TEXT if action == "trap" else ODD_TEXT | NUMBER_TEXT)
            lines[i] = f"{key}: {new}\n"
    return "".join(lines)


@st.composite
def mutated_bytes(draw: st.DrawFn) -> bytes:
    """Spec bytes with random bytes overwritten or inserted (invalid UTF-8, BOMs, NULs)."""
    raw = bytearray(draw(st.sampled_from(SEEDS)).encode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(raw)))
        junk = draw(st.binary(min_size=1, max_size=8) | st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xe9"]))
        if draw(st.booleans()):
            raw[at:at] = junk
        else:
            raw[at : at + len(junk)] = junk
    return bytes(raw)


def check_outcome(result: Validation, size: int, name: str) -> None:
    """A programme, or located diagnostics; each one in the catalogue, 1-based, renderable."""
    assert result.programme is not None or any(d.severity is Severity.ERROR for d in result.diagnostics)
    bound = 4 * size + 4000
    for d in result.diagnostics:
        assert d.code in CATALOGUE
        assert d.file == name
        assert d.line >= 1
        assert d.column >= 1
        for related in d.related:
            assert related.location.line >= 1
            assert related.location.column >= 1
        for lang in ("en", "nl"):
            assert len(d.message_in(lang)) <= bound
            assert len(d.hint_in(lang)) <= bound


def check_clean_is_plain_yaml(result: Validation, text: str) -> None:
    """A spec that validates without errors means the same to other YAML readers: it holds no
    explicit tag, PyYAML's safe loader loads it, and finds no datetime, bytes or other constructed
    object in it (issue 10: tags on quoted text, '<<', BOMs). Through libyaml, as doelenboom reads
    it: PyYAML's pure-Python scanner refuses a tab after a plain value (`name: A<TAB>`), which
    YAML allows and libyaml reads."""
    if result.programme is None or result.failed():
        return
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        assert getattr(event, "tag", None) is None, event
    for loader in (yaml.CSafeLoader,):
        data = yaml.load(text, Loader=loader)
        stack = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                stack.extend(value.keys())
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
            else:
                assert value is None or type(value) in (str, int, bool, float, date), (loader, value)
            assert not isinstance(value, str) or "\ufeff" not in value


def _validate_text(text: str) -> None:
    result = validate_text(text, "fuzz.yaml")
    check_outcome(result, len(text), "fuzz.yaml")
    check_clean_is_plain_yaml(result, text)
    raw = text.encode("utf-8", "surrogatepass")
    check_outcome(validate_document(load_bytes(raw, "fuzz.yaml")), len(raw), "fuzz.yaml")


@FUZZ
@given(mutated_text())
def test_mutated_text_ends_in_programme_or_diagnostics(text: str) -> None:
    _validate_text(text)


@FUZZ
@given(mutated_data(), st.booleans(), st.sampled_from([None, False, True]))
def test_mutated_data_ends_in_programme_or_diagnostics(data: Any, unicode: bool, flow: bool | None) -> None:
    text = _dump(data, unicode, flow)
    if text is not None:
        _validate_text(text)
    else:  # the emitter cannot write it; the loader must still cope with the repr
        _validate_text(repr(data))


@FUZZ
@given(mutated_bytes())
def test_mutated_bytes_end_in_programme_or_diagnostics(raw: bytes) -> None:
    check_outcome(validate_document(load_bytes(raw, "fuzz.yaml")), len(raw), "fuzz.yaml")


@FUZZ
@given(VALUES, st.booleans())
def test_any_document_ends_in_programme_or_diagnostics(data: Any, unicode: bool) -> None:
    text = _dump(data, unicode, None)
    _validate_text(text if text is not None else repr(data))


YAML_BITS = ["\n", "  ", ": ", "- ", "id", "{", "}", "[", "]", ","]


@FUZZ
@given(st.lists(ODD_CHARS | st.sampled_from(YAML_BITS), max_size=60).map("".join))
def test_odd_text_ends_in_programme_or_diagnostics(text: str) -> None:
    _validate_text(text)


def test_decimal_seeds_are_valid() -> None:
    # The seeds are clean specs (warnings allowed), so mutations start from something that passes.
    for text in SEEDS:
        result = validate_text(text, "seed.yaml")
        assert result.programme is not None
        assert not result.failed()
    assert Decimal(SEED_DATA[1]["budget"]["declared_total"]) == 10
