"""The one programme index (doelenboom.tree): every stage takes its facts from it, so they agree.

- `GoalGraph.unserved()` is exactly what DB311 reports, on every spec of every case file;
- the source has one derivation of parents, depth, the leaf level and valid contributions;
- `diff` sees what contribution links mean: a changed allocation, a removed `serves`, a changed
  node weight, and the attributed money that moves with them.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import doelenboom
from doelenboom.cli import main
from doelenboom.compare import diff
from doelenboom.graph import goal_graph
from doelenboom.tree import index

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "doelenboom"
PIJLERS = ROOT / "tests" / "data" / "pijlers.yaml"


def _case_specs() -> list[Any]:
    specs = []
    for path in sorted((ROOT / "tests" / "cases").glob("DB*.yaml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]):
            if isinstance(case.get("spec"), str):
                specs.append(pytest.param(case["spec"], id=f"{path.stem}-{i}"))
    return specs


@pytest.mark.parametrize("spec", _case_specs())
def test_unserved_is_what_db311_reports(spec: str) -> None:
    result = doelenboom.validate_text(spec)
    if result.programme is None:
        return  # no programme to build a graph of; the case is about the file or the schema
    reported = [str(d.args["id"]) for d in result.diagnostics if d.code == "DB311"]
    assert [n.id for n in goal_graph(result.programme).unserved()] == reported


def test_a_leaf_serving_two_levels_up_serves_nothing() -> None:
    """The issue's example: a 'serves' to the wrong level (DB315) is no contribution, so both the
    warning and the graph see the goal it names as unserved."""
    spec = (
        "doelenboom: 1\nid: p\nname: P\nhorizon: {start: 2020, end: 2045}\n"
        "tree:\n"
        "  - id: l\n    name: L\n    children:\n"
        "      - id: g\n        name: G\n        children:\n"
        "          - id: t\n            name: T\n            children:\n"
        "              - {id: i, name: I, serves: [h], no_target_reason: r}\n"
        "      - id: h\n        name: H\n"
    )
    result = doelenboom.validate_text(spec)
    assert result.programme is not None
    assert {(d.code, d.line) for d in result.diagnostics if d.code in ("DB311", "DB315")} == {
        ("DB315", 15),
        ("DB311", 16),
    }
    assert [n.id for n in goal_graph(result.programme).unserved()] == ["h"]
    assert index(result.programme).contributions()[-1].giver == "h"  # i's 'serves' is not a link


# --- one derivation -------------------------------------------------------------------------------

# Modules that read what a spec *writes* under `serves:` rather than what it means: the checks
# that report a wrong reference (identity: unknown, wrong level, own parent, cycles; budget: an
# allocation that names other nodes than the written ones), outputs that print the spec's text, and
# the diff, which reports `serves` as written where no contribution shows the change (an invalid
# reference carries no money, so only the written list tells the edit).
READS_WRITTEN_SERVES = {
    "tree.py",
    "compare.py",
    "checks/identity.py",
    "checks/budget.py",
    "render/show.py",
    "graph.py",
    "render/export.py",
}


def _sources() -> dict[str, str]:
    return {str(p.relative_to(SRC)): p.read_text(encoding="utf-8") for p in SRC.rglob("*.py")}


def test_parents_depth_and_leaf_level_are_derived_in_one_place() -> None:
    for name, text in _sources().items():
        if name == "tree.py":
            continue
        assert "path[:-2]" not in text, name  # a parent worked out from source paths
        assert not re.search(r"levels\)\s*-\s*1", text), name  # the leaf depth worked out again
        assert not re.search(r"goal_depth\b", text), name  # the goal level guessed from the shape
        assert "programme.walk()" not in text, name  # Programme.walk delegates to the index


def test_serves_validity_is_decided_in_one_place() -> None:
    for name, text in _sources().items():
        if re.search(r"node\.serves\b", text):
            assert name in READS_WRITTEN_SERVES, f"{name} reads 'serves' itself: use tree.index(...).contributions()"
    graph = (SRC / "graph.py").read_text(encoding="utf-8")
    assert re.findall(r"node\.serves\b", graph) == ["node.serves"]  # only to_dict, which prints what is written


def test_the_index_is_built_once_per_programme() -> None:
    programme = doelenboom.load(str(PIJLERS))
    assert index(programme) is index(programme)
    copy = programme.model_copy()
    assert index(copy) is not index(programme) and index(copy).programme is copy
    assert copy == programme  # the cached index is not part of equality


# --- diff sees contributions ----------------------------------------------------------------------


def _pair(tmp_path: Path, change: tuple[str, str]) -> tuple[str, str]:
    text = PIJLERS.read_text(encoding="utf-8")
    assert change[0] in text
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace(*change), encoding="utf-8")
    return str(old), str(new)


ALLOCATION = ("{taal-op-niveau: 70, vaste-baan: 30}", "{taal-op-niveau: 20, vaste-baan: 80}")
NO_SERVES = (
    "            serves: [vaste-baan]\n            allocation: {taal-op-niveau: 70, vaste-baan: 30}\n",
    "",
)
WEIGHT = ("          - id: schakelklas\n", "          - id: schakelklas\n            weight: 2\n")


@pytest.mark.parametrize("change", [ALLOCATION, NO_SERVES, WEIGHT], ids=["allocation", "no-serves", "weight"])
@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_diff_exit_code_sees_contributions(change: tuple[str, str], fmt: str, tmp_path: Path) -> None:
    old, new = _pair(tmp_path, change)
    out = CliRunner().invoke(main, ["diff", old, new, "--exit-code", "--format", fmt])
    assert out.exit_code == 1, out.output
    if change is WEIGHT:
        assert "schakelklas" in out.output
    else:
        assert "vaste-baan" in out.output and "taal-op-niveau" in out.output


def test_diff_of_an_allocation_gives_links_and_attributed_money(tmp_path: Path) -> None:
    result, failures = diff(*_pair(tmp_path, ALLOCATION))
    assert failures == []
    links = {(c.giver, c.recipient): (c.old, c.new) for c in result.links}
    assert links == {
        ("schakelklas", "taal-op-niveau"): (Decimal(70), Decimal(20)),
        ("schakelklas", "vaste-baan"): (Decimal(30), Decimal(80)),
    }
    moved = {t.id: (t.old, t.new, t.delta) for t in result.totals if t.total == "attributed"}
    # Schakelklas's 1,000,000 now goes 20/80: half of it moves from one goal (and pijler) to the other
    half = Decimal(500000)
    assert moved["taal-op-niveau"][2] == -half and moved["school"][2] == -half
    assert moved["vaste-baan"][2] == half and moved["werken"][2] == half
    assert moved["vaste-baan"][:2] == (Decimal("2800000.50"), Decimal("3300000.50"))
    assert not [t for t in result.totals if t.total == "rolled_up"]  # containment did not change


def test_diff_of_a_removed_serves_and_a_weight(tmp_path: Path) -> None:
    removed, _ = diff(*_pair(tmp_path, NO_SERVES))
    assert [(c.giver, c.recipient, c.kind, c.old, c.new) for c in removed.links] == [
        ("schakelklas", "taal-op-niveau", "contains", Decimal(70), Decimal(100)),
        ("schakelklas", "vaste-baan", "serves", Decimal(30), None),
    ]
    assert {t.id for t in removed.totals if t.total == "attributed"} == {
        "taal-op-niveau",
        "school",
        "vaste-baan",
        "werken",
    }
    weighted, _ = diff(*_pair(tmp_path, WEIGHT))
    assert [(n.change, n.id, n.old, n.new) for n in weighted.nodes] == [("reweighted", "schakelklas", None, "2")]
    assert weighted.links == () and weighted.totals == ()


def test_diff_json_lists_links(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, ALLOCATION)
    out = CliRunner().invoke(main, ["diff", old, new, "--format", "json"])
    payload = json.loads(out.output)
    assert {
        (link["giver"], link["recipient"], link["old_percent"], link["new_percent"]) for link in payload["links"]
    } == {
        ("schakelklas", "taal-op-niveau", "70", "20"),
        ("schakelklas", "vaste-baan", "30", "80"),
    }
    attributed = {t["id"]: t["delta"] for t in payload["totals"] if t["total"] == "attributed"}
    assert Decimal(attributed["vaste-baan"]) == 500000


def test_rollup_counts_the_first_occurrence_of_a_duplicated_id_as_everywhere() -> None:
    """A duplicated id (DB301): per id the first occurrence counts in the rollup as in the index,
    and every amount written is counted once in the tree's total."""
    spec = (
        "doelenboom: 1\nid: p\nname: P\nhorizon: {start: 2020, end: 2045}\n"
        "levels: [{id: ambition, name: ambition}, {id: goal, name: goal}, {id: intervention, name: intervention}]\n"
        "tree:\n"
        "  - id: g\n    name: G\n    children:\n      - {id: i, name: I, budget: {amount: 100}}\n"
        "  - id: h\n    name: H\n    children:\n      - {id: i, name: I again, budget: {amount: 7}}\n"
    )
    result = doelenboom.validate_text(spec)
    assert result.programme is not None and "DB301" in {d.code for d in result.diagnostics}
    from doelenboom.rollup import budget_totals

    totals = budget_totals(result.programme)
    assert index(result.programme).nodes["i"].parent == "g"
    assert (totals.own["i"], totals.rolled_up["g"], totals.rolled_up["h"]) == (100, 100, 7)
    assert totals.tree_total == 107
