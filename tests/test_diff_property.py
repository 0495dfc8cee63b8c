"""The diff can never crash, and misses no change of meaning (issue 10).

Hypothesis builds valid specs as data (levels with and without a goal mark, a tree of nodes with
money in EUR, targets of several kinds with years and baselines, ``serves`` links with and without
an allocation, sources, counting units, benefits, an area, overhead items and declared totals) and
changes them one thing at a time: a programme field, a level, a node added, removed, renamed,
moved or given other money or text, a target changed, added or moved, the programme's id, a
source, an overhead item. The properties:

- `compare` never raises, and every renderer words the result (text, JSON, Markdown; English and
  Dutch);
- a spec compared with itself, or with itself written otherwise (siblings reordered, money in
  kEUR), is empty;
- every single change appears in the diff where it belongs, both ways (OLD → NEW and back);
- for two specs drawn independently, the diff is empty exactly when they mean the same (the same
  data once order among siblings is set aside).

100 examples per property in the default suite; ``DOELENBOOM_FUZZ_EXAMPLES=20000`` for a long run.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from doelenboom.compare import SemanticDiff, Side, compare
from doelenboom.loader import load_text
from doelenboom.render.diff import RENDERERS
from doelenboom.validation import validate_document

EXAMPLES = int(os.environ.get("DOELENBOOM_FUZZ_EXAMPLES", "100"))
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,  # bounds are structural, not wall-clock
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    database=None if EXAMPLES > 1000 else settings.default.database,
)

WORDS = ["Wonen", "Werk", "School", "zorg", "Veilig", "buurt", "élan", "Groen", "kansen", "ruimte", "Ж", "☂"]
TEXT = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
YEAR = st.integers(2000, 2060)
MONEY = st.integers(0, 10**9)
LEVEL_IDS = ["ambitie", "pijler", "doel", "thema", "maatregel"]


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    """A valid spec as data: every reference resolves, ids are unique, money is in EUR."""
    depth = draw(st.integers(2, 5))
    goal = draw(st.one_of(st.none(), st.integers(1, depth - 1)))
    levels = [{"id": LEVEL_IDS[i], "name": draw(TEXT), **({"goal": True} if i == goal else {})} for i in range(depth)]
    counter = iter(range(10**6))
    by_depth: dict[int, list[dict[str, Any]]] = {}
    targets: list[str] = []

    def node(level: int) -> dict[str, Any]:
        ident = f"n{next(counter)}"
        data: dict[str, Any] = {"id": ident, "name": draw(TEXT)}
        if draw(st.booleans()):
            data["description"] = draw(TEXT)
        if draw(st.booleans()):
            data["budget"] = {"amount": draw(MONEY)}
        if draw(st.booleans()):
            data["targets"] = [target() for _ in range(draw(st.integers(1, 2)))]
        else:
            data["no_target_reason"] = draw(TEXT)
        by_depth.setdefault(level, []).append(data)
        if level < depth - 1:
            children = [node(level + 1) for _ in range(draw(st.integers(0, 2)))]
            if children:
                data["children"] = children
        return data

    def target() -> dict[str, Any]:
        ident = f"t{next(counter)}"
        targets.append(ident)
        kind = draw(st.sampled_from(["count", "milestone", "share", "range"]))
        data: dict[str, Any] = {"id": ident, "kind": kind, "name": draw(TEXT), "deadline": draw(YEAR)}
        if kind == "count":
            data.update(value=draw(st.integers(0, 10**6)), unit="person")
        elif kind == "share":
            data["value"] = draw(st.integers(0, 100))
        elif kind == "range":
            low = draw(st.integers(0, 50))
            data.update(low=low, high=low + draw(st.integers(0, 50)), unit="percent")
        if kind != "milestone" and draw(st.booleans()):
            data["baseline"] = {"value": draw(st.integers(0, 1000)), "date": draw(YEAR)}
        return data

    tree = [node(1) for _ in range(draw(st.integers(1, 3)))]
    # serves: a node serves another one level up besides its parent, now and then with a split
    for level in range(2, depth):
        ups = by_depth.get(level - 1, [])
        for data in by_depth.get(level, []):
            parent = next(up["id"] for up in ups if data in up.get("children", []))
            others = [up["id"] for up in ups if up["id"] != parent]
            if others and draw(st.integers(0, 3)) == 0:
                served = draw(st.sampled_from(others))
                data["serves"] = [served]
                if draw(st.booleans()):
                    share = draw(st.integers(0, 100))
                    data["allocation"] = {parent: share, served: 100 - share}
    start = draw(YEAR)
    spec: dict[str, Any] = {
        "doelenboom": 1,
        "id": draw(st.sampled_from(["stad", "dorp", "regio"])),
        "name": draw(TEXT),
        "horizon": {"start": start, "end": start + draw(st.integers(0, 30))},
        "levels": levels,
    }
    if draw(st.booleans()):
        spec["ambition"] = draw(TEXT)
    if draw(st.booleans()):
        spec["plan_period"] = {"start": start, "end": start + draw(st.integers(0, 5))}
    if draw(st.booleans()):
        spec["reference_area"] = draw(TEXT)
    if draw(st.booleans()):
        spec["area"] = {"name": draw(TEXT), "inhabitants": draw(st.integers(0, 10**6))}
    if draw(st.booleans()):
        spec["sources"] = [{"id": f"s{i}", "title": draw(TEXT)} for i in range(draw(st.integers(1, 2)))]
    if draw(st.booleans()):
        spec["units"] = [{"name": "school", "description": draw(TEXT)}]
    if draw(st.booleans()):
        spec["benefits"] = [{"id": "b0", "name": draw(TEXT)}]
    if draw(st.booleans()):
        budget: dict[str, Any] = {}
        if draw(st.booleans()):
            budget["overhead"] = [{"id": f"o{i}", "name": draw(TEXT), "amount": draw(MONEY)} for i in range(2)]
        if draw(st.booleans()):
            budget["declared_total"] = draw(MONEY)
        if budget:
            spec["budget"] = budget
    spec["tree"] = tree
    return spec


# --- reading and comparing in memory ------------------------------------------------------------


def _side(spec: dict[str, Any], label: str) -> Side:
    document = load_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), label)
    side = Side(label, document, validate_document(document))
    assert side.programme is not None, [d.code for d in side.validation.diagnostics]
    return side


def _compare(old: dict[str, Any], new: dict[str, Any]) -> SemanticDiff:
    result = compare(_side(old, "old.yaml"), _side(new, "new.yaml"))
    for render in RENDERERS.values():
        for lang in ("en", "nl"):
            assert render(result, lang)
    return result


def _meaning(result: SemanticDiff) -> bool:
    """True when the diff names a change of meaning (the diagnostics aside)."""
    return bool(result.programme or result.nodes or result.budget or result.totals or result.links or result.targets)


# --- the tree as a list of nodes ----------------------------------------------------------------


def _walk(nodes: list[dict[str, Any]], parent: dict[str, Any] | None = None, depth: int = 1) -> list[Any]:
    found: list[Any] = []
    for data in nodes:
        found.append((data, parent, depth))
        found += _walk(data.get("children", []), data, depth + 1)
    return found


def _siblings(spec: dict[str, Any], parent: dict[str, Any] | None) -> list[dict[str, Any]]:
    if parent is None:
        tree: list[dict[str, Any]] = spec["tree"]
        return tree
    return parent.setdefault("children", [])


# --- one change at a time: (name, what it does to the data, what the diff must show) -------------

Finder = Callable[[SemanticDiff], bool]


def _field(scope: str, field: str) -> Finder:
    return lambda r: any(p.scope == scope and p.field == field for p in r.programme)


def _node(change: str, ident: str) -> Finder:
    return lambda r: any(n.change == change and n.id == ident for n in r.nodes)


@st.composite
def one_change(draw: st.DrawFn, spec: dict[str, Any]) -> tuple[str, dict[str, Any], Finder]:
    new = copy.deepcopy(spec)
    nodes = _walk(new["tree"])
    depth = len(new["levels"])
    choice = draw(
        st.sampled_from(
            [
                "name",
                "ambition",
                "horizon",
                "plan_period",
                "reference_area",
                "area",
                "level_name",
                "level_goal",
                "programme_id",
                "rename",
                "describe",
                "amount",
                "add_node",
                "remove_node",
                "move_node",
                "target_value",
                "target_deadline",
                "add_target",
                "move_target",
                "source",
                "overhead",
                "declared_total",
            ]
        )
    )
    other = draw(TEXT.filter(lambda t: t not in _texts(spec)))
    if choice in ("name", "ambition", "reference_area"):
        new[choice] = other
        return choice, new, _field("programme", choice)
    if choice == "horizon":
        new["horizon"]["end"] += 1
        return choice, new, _field("programme", "horizon.end")
    if choice == "plan_period":
        if "plan_period" in new:
            del new["plan_period"]
        else:
            new["plan_period"] = {"start": new["horizon"]["start"], "end": new["horizon"]["start"]}
        return choice, new, _field("programme", "plan_period.start")
    if choice == "area":
        new["area"] = {**new.get("area", {}), "neighbourhoods": draw(st.integers(0, 99))}
        return choice, new, _field("programme", "area.neighbourhoods")
    if choice == "level_name":
        level = new["levels"][draw(st.integers(0, depth - 1))]
        level["name"] = other
        return choice, new, _field("level", "name")
    if choice == "level_goal":
        level = new["levels"][draw(st.integers(1, depth - 1))]
        level["goal"] = not level.get("goal", False)
        return choice, new, _field("level", "goal")
    if choice == "programme_id":
        new["id"] = new["id"] + "-nieuw"
        return choice, new, lambda r: _field("programme", "id")(r) and not r.budget
    if choice == "source":
        new["sources"] = [*new.get("sources", []), {"id": "s-nieuw", "title": other}]
        return choice, new, lambda r: any(p.scope == "source" and p.id == "s-nieuw" for p in r.programme)
    if choice == "overhead":
        budget = new.setdefault("budget", {})
        budget["overhead"] = [*budget.get("overhead", []), {"id": "o-nieuw", "name": other, "amount": 5}]
        return (
            choice,
            new,
            lambda r: (
                any(f.scope == "overhead" and f.id == "o-nieuw" and f.new == 5 for f in r.budget)
                and any(p.scope == "overhead" and p.id == "o-nieuw" for p in r.programme)
            ),
        )
    if choice == "declared_total":
        budget = new.setdefault("budget", {})
        budget["declared_total"] = budget.get("declared_total", -1) + 1
        return choice, new, lambda r: any(f.scope == "programme" and f.figure == "declared_total" for f in r.budget)
    data, parent, level = draw(st.sampled_from(nodes))
    ident = data["id"]
    if choice == "rename":
        data["name"] = other
        return choice, new, _node("renamed", ident)
    if choice == "describe":
        data["description"] = other
        return choice, new, lambda r: any(n.change == "changed" and n.field == "description" for n in r.nodes)
    if choice == "amount":
        budget = data.setdefault("budget", {})
        budget["amount"] = budget.get("amount", -1) + 1
        return choice, new, lambda r: any(f.scope == "node" and f.id == ident for f in r.budget)
    if choice == "add_node":
        child = {"id": "n-nieuw", "name": other, "budget": {"amount": 7}, "no_target_reason": other}
        if level < depth - 1:
            data.setdefault("children", []).append(child)
        else:
            _siblings(new, parent).append(child)
        return (
            choice,
            new,
            lambda r: (
                _node("added", "n-nieuw")(r)
                and any(f.scope == "node" and f.id == "n-nieuw" and f.new == 7 for f in r.budget)
            ),
        )
    if choice == "remove_node":
        if parent is None and len(new["tree"]) == 1:
            new["tree"].append({"id": "n-nieuw", "name": other, "no_target_reason": other})
        _siblings(new, parent).remove(data)
        _unlink(new, data)
        return choice, new, _node("removed", ident)
    if choice == "move_node":
        aunts = [up for up, _p, d in nodes if d == level - 1 and up is not parent]
        if parent is None or not aunts:
            data["name"] = other  # nowhere to move it: a rename instead
            return choice, new, _node("renamed", ident)
        aunt = draw(st.sampled_from(aunts))
        parent["children"].remove(data)
        aunt.setdefault("children", []).append(data)
        data.pop("serves", None)
        data.pop("allocation", None)
        return choice, new, _node("moved", ident)
    owned = data.get("targets", [])
    if choice in ("target_value", "target_deadline") and owned:
        target = draw(st.sampled_from(owned))
        field = "deadline" if choice == "target_deadline" or target["kind"] == "milestone" else "name"
        target[field] = target[field] + 1 if field == "deadline" else other
        return choice, new, lambda r: any(c.id == target["id"] and c.field == field for c in r.targets)
    if choice == "move_target" and owned:
        target = owned.pop()
        if not owned:
            data["no_target_reason"] = other
        elsewhere = [d for d, _p, _l in nodes if d is not data]
        if elsewhere:
            receiver = draw(st.sampled_from(elsewhere))
            receiver.setdefault("targets", []).append(target)
            return choice, new, lambda r: any(c.id == target["id"] and c.field == "node" for c in r.targets)
        return choice, new, lambda r: any(c.id == target["id"] and c.field == "target" for c in r.targets)
    data.setdefault("targets", []).append({"id": "t-nieuw", "kind": "milestone", "name": other})
    return "add_target", new, lambda r: any(c.id == "t-nieuw" and c.field == "target" for c in r.targets)


def _texts(spec: dict[str, Any]) -> set[str]:
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(spec)
    return found


def _unlink(spec: dict[str, Any], removed: dict[str, Any]) -> None:
    """Drop every ``serves`` and ``allocation`` naming a removed node, and the ``of`` of targets."""
    gone = {data["id"] for data, _p, _d in _walk([removed])}
    for data, _parent, _depth in _walk(spec["tree"]):
        if set(data.get("serves", [])) & gone:
            data.pop("serves")
            data.pop("allocation", None)


# --- the properties -------------------------------------------------------------------------------


@PROPERTY
@given(specs())
def test_a_spec_with_itself_is_empty(spec: dict[str, Any]) -> None:
    result = _compare(spec, copy.deepcopy(spec))
    assert result.empty, result


@PROPERTY
@given(specs(), st.randoms(use_true_random=False))
def test_the_same_spec_written_otherwise_is_empty(spec: dict[str, Any], random: Any) -> None:
    other = copy.deepcopy(spec)
    for data, _parent, _depth in _walk(other["tree"]):
        random.shuffle(data.get("children", []))
        random.shuffle(data.get("targets", []))
        budget = data.get("budget")
        if budget is not None and budget["amount"] % 1000 == 0 and random.random() < 0.5:
            budget.update(amount=budget["amount"] // 1000, unit="kEUR")
    random.shuffle(other["tree"])
    for key in ("sources", "units", "benefits"):
        random.shuffle(other.get(key, []))
    result = _compare(spec, other)
    assert result.empty, result


@PROPERTY
@given(st.data())
def test_every_single_change_is_in_the_diff_both_ways(data: st.DataObject) -> None:
    spec = data.draw(specs())
    name, new, found = data.draw(one_change(spec))
    forward = _compare(spec, new)
    assert found(forward), (name, forward)
    backward = _compare(new, spec)
    assert _meaning(backward), (name, backward)


def _canonical(value: Any, key: str = "") -> Any:
    """The spec's meaning as data: lists of things with ids in id order (levels excepted: their
    order is their depth)."""
    if isinstance(value, dict):
        return {k: _canonical(v, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        if key != "levels" and items and all(isinstance(v, dict) and ("id" in v or "name" in v) for v in items):
            return sorted(items, key=lambda v: str(v.get("id", v.get("name"))))
        return items
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    return value


@PROPERTY
@given(specs(), specs())
def test_two_specs_differ_in_the_diff_exactly_when_they_differ_in_meaning(
    old: dict[str, Any], new: dict[str, Any]
) -> None:
    result = _compare(old, new)
    assert _meaning(result) == (_canonical(old) != _canonical(new)), result
