"""Invariants, for any generated programme: money is conserved, progress stays in its bounds,
coverage is 1 exactly when every weighted target has data."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from doelenboom.model import Programme
from doelenboom.monitor.aggregate import aggregate
from doelenboom.monitor.measurements import Measurement
from doelenboom.monitor.progress import target_progress
from doelenboom.rollup import attribute, budget_totals
from doelenboom.tree import own_amount

LEVELS = [{"id": i, "name": i} for i in ("ambition", "leefgebied", "goal", "theme")]


def _shares(rng: random.Random, keys: list[str]) -> dict[str, Decimal]:
    raw = [rng.randint(0, 100) for _ in keys]
    total = sum(raw) or 1
    shares = [Decimal(r * 100 // total) for r in raw]
    shares[-1] += 100 - sum(shares)
    return dict(zip(keys, shares, strict=True))


def _programme(seed: int, *, unit: str = "EUR", shuffle: bool = False) -> dict[str, Any]:
    """A random three-level tree whose themes serve other goals, with or without allocation."""
    rng = random.Random(seed)
    goals: list[str] = []
    tree = []
    for li in range(rng.randint(1, 3)):
        children = []
        for gi in range(rng.randint(1, 3)):
            gid = f"g{li}x{gi}"
            goals.append(gid)
            children.append({"id": gid, "name": gid, "children": []})
        tree.append({"id": f"l{li}", "name": f"L{li}", "children": children})
    themes = 0
    for leef in tree:
        for goal in leef["children"]:
            for _ in range(rng.randint(0, 3)):
                tid = f"t{themes}"
                themes += 1
                euros = rng.randint(0, 10**9)
                amount = Decimal(euros) / 1000 if unit == "kEUR" else Decimal(euros)
                theme: dict[str, Any] = {"id": tid, "name": tid, "budget": {"amount": amount, "unit": unit}}
                served = rng.sample(goals, rng.randint(0, min(2, len(goals))))
                served = [g for g in served if g != goal["id"]]
                if served:
                    theme["serves"] = served
                    if rng.random() < 0.7:
                        theme["allocation"] = _shares(rng, [goal["id"], *served])
                goal["children"].append(theme)
    if shuffle:
        for leef in tree:
            rng.shuffle(leef["children"])
            for goal in leef["children"]:
                rng.shuffle(goal["children"])
        rng.shuffle(tree)
    return {
        "doelenboom": 1,
        "id": "p",
        "name": "P",
        "horizon": {"start": 2020, "end": 2030},
        "levels": LEVELS,
        "tree": tree,
    }


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_money_is_conserved_at_every_level(seed: int) -> None:
    programme = Programme.model_validate(_programme(seed))
    att = attribute(programme)
    totals = budget_totals(programme)
    total = sum((own_amount(n.budget) or Decimal(0) for n, _d, _p in programme.walk()), Decimal(0))
    assert att.tree_total == totals.tree_total == total
    for depth in (1, 2, 3):
        at_level = sum((att.attributed[n.id] for n, d, _p in programme.walk() if d == depth), Decimal(0))
        above = sum((own_amount(n.budget) or Decimal(0) for n, d, _p in programme.walk() if d < depth), Decimal(0))
        assert at_level + above == total


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_order_and_unit_scale_change_no_total(seed: int) -> None:
    base = attribute(Programme.model_validate(_programme(seed)))
    shuffled = attribute(Programme.model_validate(_programme(seed, shuffle=True)))
    in_keur = attribute(Programme.model_validate(_programme(seed, unit="kEUR")))
    assert base.tree_total == shuffled.tree_total == in_keur.tree_total
    assert base.attributed == shuffled.attributed == in_keur.attributed


DAY0 = date(2020, 1, 1)
days = st.integers(min_value=0, max_value=11 * 365).map(lambda n: DAY0 + timedelta(days=n))
numbers = st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(
    kind=st.sampled_from(["count", "share", "range", "milestone"]),
    value=st.integers(min_value=0, max_value=100),
    baseline=st.integers(min_value=0, max_value=100),
    direction=st.sampled_from(["higher", "lower"]),
    periodic=st.booleans(),
    rows=st.lists(st.tuples(days, numbers), max_size=6),
    as_of=days,
)
def test_progress_stays_in_bounds(
    kind: str,
    value: int,
    baseline: int,
    direction: str,
    periodic: bool,
    rows: list[tuple[date, Decimal]],
    as_of: date,
) -> None:
    target: dict[str, Any] = {"id": "x", "name": "X", "kind": kind, "deadline": 2028}
    if kind in ("count", "share"):
        target.update(value=value, baseline={"value": baseline, "date": 2021}, direction=direction)
        target["measured"] = "periodic" if periodic else "cumulative"
    if kind == "count":
        target["unit"] = "person"
    if kind == "range":
        target.update(low=min(value, baseline), high=max(value, baseline), unit="percent")
    node = {"id": "n", "name": "N", "targets": [target]}
    data = _programme(0)
    data["tree"] = [{"id": "l", "name": "L", "children": [node]}]
    programme = Programme.model_validate(data)
    if kind == "milestone":
        rows = [(d, Decimal(abs(int(v)) % 2)) for d, v in rows]
    measured = tuple(Measurement("x", d, v, None, None, None, None, None, i) for i, (d, v) in enumerate(rows))
    tp = target_progress(programme, {"x": tuple(sorted(measured, key=lambda m: m.date))}, as_of)["x"]
    assert tp.progress is None or 0 <= tp.progress <= 1
    assert tp.expected is None or 0 <= tp.expected <= 1
    assert (tp.progress is None) == (tp.missing is not None)
    node_progress = aggregate(programme, {"x": tp})["n"]
    assert node_progress.progress == tp.progress


@settings(max_examples=150, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=10**9),
    weighting=st.sampled_from(["equal", "explicit", "budget"]),
    data=st.data(),
)
def test_coverage_is_one_exactly_when_every_weighted_target_has_data(seed: int, weighting: Any, data: Any) -> None:
    spec = _programme(seed)
    count = 0
    for leef in spec["tree"]:
        for goal in leef["children"]:
            for theme in goal["children"]:
                theme["targets"] = [
                    {"id": f"x{count}", "name": "X", "kind": "milestone", "weight": data.draw(st.integers(1, 5))}
                ]
                count += 1
    programme = Programme.model_validate(spec)
    measured = {f"x{i}" for i in range(count) if data.draw(st.booleans())}
    rows = {t: (Measurement(t, date(2024, 1, 1), Decimal(1), None, None, None, None, None, 1),) for t in measured}
    tp = target_progress(programme, rows, date(2024, 6, 1))
    nodes = aggregate(programme, tp, weighting)
    top = nodes["p"]
    if count == 0:
        assert top.coverage is None
        return
    # with budget weights a target weighs nothing when no money reaches it (unless nothing does)
    weighted = {t for t in tp if t not in measured} - _unweighted(programme, nodes)
    assert top.coverage is not None
    assert (top.coverage == 1) == (not weighted)
    assert set(top.missing) == weighted
    assert (top.progress is None) == (not measured or top.coverage == 0)


def _unweighted(programme: Programme, nodes: dict[str, Any]) -> set[str]:
    """Targets that get weight 0 somewhere on every path up (budget weighting)."""
    reach: set[str] = set()
    weights = {k: v.weights for k, v in nodes.items()}

    def down(ident: str) -> None:
        for item, weight in weights.get(ident, {}).items():
            if weight > 0 and item not in reach:
                reach.add(item)
                down(item)

    down("p")
    all_targets = {t.id for n, _d, _p in programme.walk() for t in n.targets}
    return all_targets - reach
