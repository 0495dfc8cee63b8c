"""Graph traversal and budget rollup/attribution on the Heerlen-Noord spec and small specs."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest
from click.testing import CliRunner

import doelenboom
from conftest import HEERLEN
from doelenboom.cli import main
from doelenboom.graph import goal_graph
from doelenboom.model import Programme
from doelenboom.rollup import attribute, budget_totals, cost_per_unit


@pytest.fixture(scope="module")
def heerlen() -> doelenboom.Programme:
    return doelenboom.load(HEERLEN)


def ids(nodes: list[doelenboom.Node]) -> list[str]:
    return [n.id for n in nodes]


def test_graph_basics(heerlen: doelenboom.Programme) -> None:
    g = goal_graph(heerlen)
    assert len(g) == 36
    assert g.node("werk").name == "Werk"
    assert ids(g.children("heerlen-noord")) == ["gezond-sociaal-veilig", "onderwijs-werk", "wonen-ruimte"]
    assert ids(g.parents("werk")) == ["meer-mensen-aan-het-werk"]
    assert ids(g.parents("werk", via=("contains", "serves"))) == ["meer-mensen-aan-het-werk", "minder-armoede"]
    assert ids(g.path_to_root("vakschool")) == ["vakschool", "werk", "meer-mensen-aan-het-werk", "onderwijs-werk"]
    assert ids(g.ancestors("vakschool")) == ["werk", "meer-mensen-aan-het-werk", "onderwijs-werk"]
    assert ids(g.descendants("werk")) == ["passend-opleiden", "leerwerkplekken", "vakschool"]
    assert len(g.filter(level="goal")) == 8
    assert len(g.filter(level="thema")) == 7  # by the level's name too
    assert len(g.filter(predicate=lambda n: n.budget is not None and n.budget.amount is not None)) == 7
    assert len(g.leaves()) == 19  # 18 interventions and the goal minder-armoede
    assert g.digraph.edges["minder-armoede", "werk"]["kind"] == "serves"
    assert g.digraph.edges["meer-mensen-aan-het-werk", "werk"]["kind"] == "contains"


def test_walk_orders(heerlen: doelenboom.Programme) -> None:
    g = goal_graph(heerlen)
    pre, post = ids(list(g.walk("pre"))), ids(list(g.walk("post")))
    assert pre[0] == "gezond-sociaal-veilig" and post[-1] == "wonen-ruimte"
    assert sorted(pre) == sorted(post)
    for node in g:
        for child in g.children(node.id):
            assert pre.index(node.id) < pre.index(child.id)
            assert post.index(node.id) > post.index(child.id)
    sub = g.subtree("werk")
    assert ids(list(sub)) == ["werk", "passend-opleiden", "leerwerkplekken", "vakschool"]
    assert "wonen" not in sub


def test_one_call_questions(heerlen: doelenboom.Programme) -> None:
    g = goal_graph(heerlen)
    assert ids(g.interventions_for("minder-armoede")) == ["passend-opleiden", "leerwerkplekken", "vakschool"]
    assert ids(g.goals_for("vakschool")) == ["meer-mensen-aan-het-werk", "minder-armoede"]
    assert ids(g.unserved()) == []


def test_heerlen_budget_totals_match_the_table(heerlen: doelenboom.Programme) -> None:
    att = attribute(heerlen)
    assert {n.id: att.attributed[n.id] for n in heerlen.tree} == {
        "gezond-sociaal-veilig": Decimal(65698905),
        "onderwijs-werk": Decimal(44463700),
        "wonen-ruimte": Decimal(64772526),
    }
    assert att.tree_total == budget_totals(heerlen).tree_total == Decimal(174935131)
    # werk serves minder-armoede without allocation (DB318): the money stays with its parent
    assert att.attributed["minder-armoede"] == 0
    assert att.attributed["meer-mensen-aan-het-werk"] == Decimal(14305000)


ALLOCATED = """\
doelenboom: 1
id: p
name: P
horizon: {start: 2020, end: 2030}
levels: [{id: ambition, name: a}, {id: goal, name: g}, {id: theme, name: t}]
tree:
  - id: g1
    name: G1
    children:
      - id: t1
        name: T1
        serves: [g2]
        allocation: {g1: 60, g2: 40}
        budget: {amount: 1000}
        targets: [{id: x, kind: count, name: X, value: 8, unit: person, baseline: {value: 3, date: 2020}}]
  - id: g2
    name: G2
    budget: {amount: 5, unit: kEUR}
"""


def test_allocation_attributes_money_once() -> None:
    result = doelenboom.validate_text(ALLOCATED)
    assert not result.failed(), result.diagnostics
    assert result.programme is not None
    att = attribute(result.programme)
    assert att.attributed == {"g1": Decimal(600), "t1": Decimal(1000), "g2": Decimal(5400)}
    assert att.flows["g2"] == {"t1": Decimal(400)}
    assert att.tree_total == Decimal(6000) == budget_totals(result.programme).tree_total
    cost = cost_per_unit(result.programme, "x")
    assert cost is not None
    assert (cost.basis, cost.quantity, cost.per_unit, cost.shared_with) == ("t1", 5, Decimal("200.00"), ())


def test_cost_per_unit_heerlen(heerlen: doelenboom.Programme) -> None:
    cost = cost_per_unit(heerlen, "deelnemers-opleidingstraject")
    assert cost is not None
    assert (cost.basis, cost.budget, cost.per_unit) == ("werk", Decimal(14305000), Decimal("19073.33"))
    assert "naar-leerwerkplek" in cost.shared_with
    assert cost_per_unit(heerlen, "vakschool-opgestart") is None  # a milestone has no quantity
    assert cost_per_unit(heerlen, "no-such-target") is None


def test_validate_imports_neither_networkx_nor_pint() -> None:
    code = (
        "import sys, doelenboom; doelenboom.validate(sys.argv[1]);"
        "print(sorted(m for m in ('networkx', 'pint') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(HEERLEN)], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.replace("'", '"')) == []


def test_budget_cli_json() -> None:
    out = CliRunner().invoke(main, ["budget", str(HEERLEN), "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["nodes"]["onderwijs-werk"]["rolled_up_eur"] == "44463700"
    assert data["nodes"]["wonen-ruimte"]["attributed_eur"] == "64772526"
    assert data["nodes"]["gezond-sociaal-veilig"]["rolled_up_eur"] == "65698905"
    assert data["tree_total_eur"] == "174935131"
    assert len(data["nodes"]) == 36


def test_costs_per_unit_in_one_pass(heerlen: Programme, monkeypatch: pytest.MonkeyPatch) -> None:
    from doelenboom.rollup import costs_per_unit

    all_costs = costs_per_unit(heerlen)
    target_ids = [t.id for node, _d, _p in heerlen.walk() for t in node.targets]
    assert all_costs == {t: c for t in target_ids if (c := cost_per_unit(heerlen, t)) is not None}
    assert "deelnemers-opleidingstraject" in all_costs
    walks = []
    original = Programme.walk

    def counting(self: Programme) -> Any:
        walks.append(1)
        return original(self)

    monkeypatch.setattr(Programme, "walk", counting)
    out = CliRunner().invoke(main, ["budget", str(HEERLEN), "--format", "json"])
    assert out.exit_code == 0
    assert len(walks) < len(target_ids)  # not one walk per target


def test_goals_for_follows_the_declared_levels(heerlen: Programme) -> None:
    renamed = (
        HEERLEN.read_text(encoding="utf-8")
        .replace("{id: goal, name: doel}", "{id: doel, name: doel}")
        .replace("{id: theme, name: thema}", "{id: thema, name: thema}")
    )
    result = doelenboom.validate_text(renamed)
    assert result.programme is not None and not result.failed(), result.diagnostics
    graph = goal_graph(result.programme)
    assert graph.goal_depths == {2}
    assert [n.id for n in graph.goals_for("vakschool")] == ["meer-mensen-aan-het-werk", "minder-armoede"]
    assert [n.id for n in graph.goals_for("vakschool", level="thema")] == ["werk"]
    assert [n.id for n in goal_graph(heerlen).goals_for("vakschool", level=None)][:1] == ["werk"]


def test_an_amount_in_keur_may_be_exact_to_the_euro() -> None:
    from doelenboom.rollup import budget_totals
    from doelenboom.validation import validate_text

    spec = (
        "doelenboom: 1\nid: p\nname: P\nhorizon: {start: 2020, end: 2045}\n"
        "levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]\n"
        "tree:\n  - id: g\n    name: G\n    budget: {amount: '20313.455', unit: kEUR}\n    children:\n"
        "      - id: i\n        name: I\n        targets: [{id: t, kind: count, name: T, value: 5, unit: person}]\n"
    )
    result = validate_text(spec, "keur.yaml")
    assert result.programme is not None and result.diagnostics == ()
    assert budget_totals(result.programme).rolled_up["g"] == Decimal("20313455")
