"""A programme unlike Heerlen-Noord: ambitie → pijler → doel → maatregel, the goals on the third
level (marked `goal: true`), money only on the leaves, a maatregel that serves a doel under
another pijler with an allocation. Traversal, rollup, attribution and progress must follow the
spec's own levels, never Heerlen's shape. The figures asserted are the spec's own amounts
(tests/data/pijlers.yaml) combined as the docs say."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import doelenboom
from doelenboom.graph import goal_graph
from doelenboom.model import Programme
from doelenboom.monitor import progress_report, read_measurements
from doelenboom.rollup import attribute, budget_report, budget_totals
from doelenboom.tree import index

DATA = Path(__file__).parent / "data"
VOORLEES, SCHAKEL, LEERWERK = Decimal(600000), Decimal(1000000), Decimal("2500000.50")


@pytest.fixture(scope="module")
def pijlers() -> Programme:
    result = doelenboom.validate(DATA / "pijlers.yaml")
    assert result.programme is not None and result.diagnostics == (), result.diagnostics
    return result.programme


def test_the_goals_are_the_marked_level(pijlers: Programme) -> None:
    tree = index(pijlers)
    assert tree.goal_depths == {2} and tree.leaf_depth == 3
    assert [e.id for e in tree.entries if tree.is_goal(e.id)] == ["taal-op-niveau", "vaste-baan"]
    graph = goal_graph(pijlers)
    assert [n.id for n in graph.goals_for("schakelklas")] == ["taal-op-niveau", "vaste-baan"]
    assert [n.id for n in graph.goals_for("leerwerkbanen")] == ["vaste-baan"]
    assert [n.id for n in graph.goals_for("schakelklas", level="pijler")] == ["school", "werken"]


def test_traversal_follows_the_declared_levels(pijlers: Programme) -> None:
    graph = goal_graph(pijlers)
    assert {n.id for n in graph.interventions_for("vaste-baan")} == {"leerwerkbanen", "schakelklas"}
    assert [n.id for n in graph.leaves()] == ["voorleesprogramma", "schakelklas", "leerwerkbanen"]
    assert [n.id for n in graph.filter(level="doel")] == ["taal-op-niveau", "vaste-baan"]
    assert graph.unserved() == []
    assert [(e.id, e.level, e.parent) for e in index(pijlers).entries][:2] == [
        ("school", "pijler", "voorbeeldstad"),
        ("taal-op-niveau", "doel", "school"),
    ]


def test_without_a_mark_a_level_with_id_doel_is_the_goal_level(pijlers: Programme) -> None:
    text = (DATA / "pijlers.yaml").read_text(encoding="utf-8").replace(", goal: true}", "}")
    result = doelenboom.validate_text(text)
    assert result.programme is not None
    assert index(result.programme).goal_depths == {2}
    renamed = text.replace("{id: doel, name: doel}", "{id: uitkomst, name: uitkomst}")
    other = doelenboom.validate_text(renamed).programme
    assert other is not None and index(other).goal_depths == {1}  # the first level, as documented


def test_rollup_keeps_money_where_it_is_written(pijlers: Programme) -> None:
    totals = budget_totals(pijlers)
    assert totals.own["taal-op-niveau"] is None and totals.own["school"] is None  # missing, not zero
    assert totals.rolled_up["taal-op-niveau"] == VOORLEES + SCHAKEL
    assert totals.rolled_up["werken"] == LEERWERK
    assert totals.tree_total == VOORLEES + SCHAKEL + LEERWERK


def test_attribution_follows_the_allocation(pijlers: Programme) -> None:
    att = attribute(pijlers)
    assert att.flows["vaste-baan"]["schakelklas"] == SCHAKEL * 30 / 100
    assert att.attributed["taal-op-niveau"] == VOORLEES + SCHAKEL * 70 / 100
    assert att.attributed["vaste-baan"] == LEERWERK + SCHAKEL * 30 / 100
    assert att.tree_total == VOORLEES + SCHAKEL + LEERWERK  # every euro lands once
    rows = {r.id: r for r in budget_report(pijlers).rows}
    assert rows["vaste-baan"].received_from == {"leerwerkbanen": LEERWERK, "schakelklas": SCHAKEL * 30 / 100}
    shares = {(c.giver, c.recipient): c.share for c in index(pijlers).contributions()}
    assert shares[("schakelklas", "taal-op-niveau")] == Decimal("0.7")
    assert shares[("schakelklas", "vaste-baan")] == Decimal("0.3")


def test_progress_on_the_other_shape(pijlers: Programme) -> None:
    measurements = read_measurements(DATA / "pijlers_metingen.csv", pijlers)
    assert measurements.diagnostics == ()
    report = progress_report(pijlers, measurements, as_of=date(2025, 12, 31))
    targets = report.targets
    # count with a baseline: (310 - 250) / (400 - 250); periodic counts add up: (500 + 700) / 2000
    assert targets["leerlingen-op-niveau"].progress == Decimal(60) / Decimal(150)
    assert targets["voorleesuren"].progress == Decimal(1200) / Decimal(2000)
    assert targets["leerwerkbanen-gestart"].progress == 1
    # equal weights: a doel's items are its own target, its maatregelen and the one serving it
    vaste_baan = report.nodes["vaste-baan"]
    assert set(vaste_baan.weights) == {"jongeren-aan-het-werk", "leerwerkbanen", "schakelklas"}
    expected = (targets["jongeren-aan-het-werk"].progress or 0) + 1 + (targets["schakelklas-leerlingen"].progress or 0)
    assert vaste_baan.progress == pytest.approx(expected / 3)
    assert report.overall.coverage == 1
    budget = progress_report(pijlers, measurements, as_of=date(2025, 12, 31), weighting="budget")
    # money weights: schakelklas passes 30 % of its money to vaste-baan
    assert budget.nodes["vaste-baan"].weights["schakelklas"] == SCHAKEL * 30 / 100
    assert budget.nodes["taal-op-niveau"].weights["schakelklas"] == SCHAKEL * 70 / 100
