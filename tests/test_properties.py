"""Properties over generated programmes: valid trees validate clean, and no budget figure can
change without validation failing at that figure's line."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from itertools import count
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from doelenboom.diagnostics import Severity
from doelenboom.validation import validate_text

NAMES = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=12).filter(
    str.strip
)  # a blank name is refused (DB210)
AMOUNTS = st.integers(min_value=0, max_value=10**9)
_FIGURE = re.compile(r"^\s*(?:- )?(amount|declared_total|declared_subtotal|declared_share): (\d+)\s*$")


@st.composite
def programmes(draw: st.DrawFn) -> dict[str, Any]:
    depth_count = draw(st.integers(min_value=3, max_value=5))  # levels, the ambition included
    ids = count(1)

    def node(depth: int) -> tuple[dict[str, Any], int]:
        ident = f"n{next(ids)}"
        out: dict[str, Any] = {"id": ident, "name": draw(NAMES)}
        if depth == depth_count - 1:
            amount = draw(AMOUNTS)
            out["budget"] = {"amount": amount}
            out["targets"] = [
                {"id": f"t{ident}", "kind": "count", "name": draw(NAMES), "value": draw(AMOUNTS), "unit": "person"}
            ]
            return out, amount
        own = draw(st.none() | AMOUNTS)
        children = [node(depth + 1) for _ in range(draw(st.integers(min_value=1, max_value=3)))]
        total = (own or 0) + sum(amount for _, amount in children)
        out["budget"] = {"declared_total": total} if own is None else {"amount": own, "declared_total": total}
        out["children"] = [child for child, _ in children]
        return out, total

    top = [node(1) for _ in range(draw(st.integers(min_value=1, max_value=3)))]
    subtotal = sum(amount for _, amount in top)
    for child, amount in top:
        share = Decimal(0) if subtotal == 0 else Decimal(amount) * 100 / subtotal
        child["budget"]["declared_share"] = int(share.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    overhead = draw(st.lists(AMOUNTS, max_size=2))
    return {
        "doelenboom": 1,
        "id": "p",
        "name": draw(NAMES),
        "horizon": {"start": 2020, "end": 2045},
        "levels": [{"id": f"level-{i}", "name": f"level {i}"} for i in range(depth_count)],
        "budget": {
            "declared_subtotal": subtotal,
            "overhead": [{"id": f"o{i}", "name": "overhead", "amount": a} for i, a in enumerate(overhead)],
            "declared_total": subtotal + sum(overhead),
        },
        "tree": [child for child, _ in top],
    }


def _dump(spec: dict[str, Any]) -> str:
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=10_000)


@settings(max_examples=60, deadline=None)
@given(programmes())
def test_generated_valid_programmes_validate_clean(spec: dict[str, Any]) -> None:
    result = validate_text(_dump(spec), "generated.yaml")
    assert result.programme is not None
    assert result.diagnostics == ()


@settings(max_examples=80, deadline=None)
@given(programmes(), st.data())
def test_changing_any_budget_figure_fails_at_its_line(spec: dict[str, Any], data: st.DataObject) -> None:
    lines = _dump(spec).splitlines()
    figures = [n for n, line in enumerate(lines) if _FIGURE.match(line)]
    index = data.draw(st.sampled_from(figures))
    delta = data.draw(st.integers(min_value=1, max_value=10**6))
    match = _FIGURE.match(lines[index])
    assert match is not None
    lines[index] = lines[index][: match.start(2)] + str(int(match.group(2)) + delta) + lines[index][match.end(2) :]
    result = validate_text("\n".join(lines) + "\n", "generated.yaml")
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    pointed = {d.line for d in errors} | {r.location.line for d in errors for r in d.related}
    assert index + 1 in pointed
