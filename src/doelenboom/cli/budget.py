"""`doelenboom budget SPEC`: own, rolled-up and attributed budget of every node."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import NamedTuple

import click

from doelenboom.cli._common import FORMATS, dump_json, load_or_exit, money
from doelenboom.model import Programme


class _Row(NamedTuple):
    id: str
    name: str
    level: str | None
    parent: str
    depth: int
    own: Decimal | None
    rolled_up: Decimal
    attributed: Decimal
    received_from: dict[str, Decimal]


@click.command()
@click.argument("spec", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["en", "nl"]), help="Language (default: from the locale).")
def budget(spec: str, fmt: str, lang: str | None) -> None:
    """Show the budget per node: own money, rolled up along containment, and attributed
    (including what nodes pass on through 'serves' with their allocation). Amounts in EUR."""
    from doelenboom.graph import goal_graph
    from doelenboom.render import default_language
    from doelenboom.rollup import attribute, budget_totals, costs_per_unit, own_amount

    lang = lang or default_language()
    programme = load_or_exit(spec, lang)
    graph = goal_graph(programme)
    totals = budget_totals(programme)
    att = attribute(programme)
    rows = []
    for node in graph.walk():
        parent = graph.parent(node.id)
        level = graph.level(node.id)
        rows.append(
            _Row(
                node.id,
                node.name,
                level.id if level is not None else None,
                parent.id if parent is not None else programme.id,
                graph.depth(node.id),
                own_amount(node.budget),
                totals.rolled_up[node.id],
                att.attributed[node.id],
                {k: v for k, v in att.flows.get(node.id, {}).items() if v},
            )
        )
    if fmt == "json":
        costs = {
            cost.target: {
                "basis": cost.basis,
                "budget": str(cost.budget),
                "quantity": str(cost.quantity),
                "unit": cost.unit,
                "per_unit": str(cost.per_unit),
                "shared_with": list(cost.shared_with),
            }
            for cost in costs_per_unit(programme, att).values()
        }
        payload = {
            "programme": programme.id,
            "unit": "EUR",
            "tree_total": str(totals.tree_total),
            "overhead_total": str(totals.overhead_total),
            "programme_total": str(totals.programme_total),
            "declared_total": _declared(programme.budget.declared_total if programme.budget else None, programme),
            "nodes": {
                r.id: {
                    "name": r.name,
                    "level": r.level,
                    "parent": r.parent,
                    "own": None if r.own is None else str(r.own),
                    "rolled_up": str(r.rolled_up),
                    "attributed": str(r.attributed),
                    "received_from": {k: str(v) for k, v in r.received_from.items()},
                }
                for r in rows
            },
            "cost_per_unit": costs,
        }
        click.echo(dump_json(payload), nl=False)
        return
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "parent", "level", "name", "own", "rolled_up", "attributed"])
        for r in rows:
            own = "" if r.own is None else str(r.own)
            writer.writerow([r.id, r.parent, r.level, r.name, own, r.rolled_up, r.attributed])
        click.echo(out.getvalue(), nl=False)
        return
    head = ("eigen", "opgeteld", "toegerekend") if lang == "nl" else ("own", "rolled up", "attributed")
    click.echo(f"{programme.name} ({programme.id})  EUR  [{' / '.join(head)}]")
    for r in rows:
        figures = " / ".join(money(amount, lang) for amount in (r.own, r.rolled_up, r.attributed))
        click.echo(f"{'  ' * r.depth}{r.name} ({r.id}): {figures}")
    label = ("boom", "overhead", "totaal") if lang == "nl" else ("tree", "overhead", "total")
    click.echo(
        f"{label[0]} {money(totals.tree_total, lang)}; {label[1]} {money(totals.overhead_total, lang)}; "
        f"{label[2]} {money(totals.programme_total, lang)}"
    )


def _declared(amount: Decimal | None, programme: Programme) -> str | None:
    from doelenboom.units import to_base_money

    if amount is None or programme.budget is None:
        return None
    return str(to_base_money(amount, programme.budget.unit))
