"""The JSON Schema (draft 2020-12) of the spec format, for editors and third-party validators.

Generated from the pydantic models, then made helpful for a person typing YAML: every property
has the field's docstring as hover text (a title only where it says more than the key), a few
short examples, and enums for drop-downs. The model's own value types (money, numbers, shares,
dates) carry the schema types that say what their validators accept (`WithJsonSchema` in
`doelenboom.model`): money is a whole number or a quoted amount with cents, never a decimal
number. The schema describes shape only; meaning (totals that add up, references that resolve)
is `doelenboom validate`'s job.

The committed copy is ``schema/doelenboom.schema.json``; a test fails when it is out of date.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from doelenboom import model
from doelenboom.units import BUILTIN_UNITS

SCHEMA_ID = "urn:doelenboom:spec-format:1"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
COMMITTED_PATH = Path("schema") / "doelenboom.schema.json"

_MONEY_NOTE = model.MONEY_NOTE

# Titles of the definitions, in the words of the people who write specs.
_TITLES: dict[str, str] = {
    "Programme": "Programme (programma)",
    "Node": "Node of the goal tree (leefgebied, doel, thema or interventie)",
    "Budget": "Budget (begroting) of a node",
    "ProgrammeBudget": "Programme budget (programmabegroting)",
    "Overhead": "Overhead cost line (programmakosten)",
    "Discrepancy": "Acknowledged published discrepancy (afwijking)",
    "Horizon": "Horizon (looptijd)",
    "Period": "Period (planperiode)",
    "Area": "Area (gebied)",
    "Source": "Source (bron)",
    "Benefit": "Benefit (baat)",
    "Level": "Level (niveau)",
    "CustomUnit": "Custom unit (eenheid)",
    "Baseline": "Baseline (nulmeting)",
    "CountTarget": "Target: a count (aantal)",
    "PartOfTarget": "Target: part of another target (waarvan)",
    "RangeTarget": "Target: a range (bandbreedte)",
    "ShareTarget": "Target: a share in percent (percentage)",
    "MilestoneTarget": "Target: a milestone (mijlpaal)",
    "QualitativeTarget": "Target: qualitative, not measurable as written (kwalitatief)",
    "GapTarget": "Target: close the gap to a reference area (achterstand inlopen)",
}

# A hover shows every example, so a few short ones: the drop-down is not the place for the whole
# unit table (`doelenboom validate` names the units it knows when one is not).
MAX_EXAMPLES = 3
_UNIT_EXAMPLES = [name for name in BUILTIN_UNITS if name not in ("EUR", "kEUR", "MEUR")][:MAX_EXAMPLES]

# Examples per (definition, property): what a person would type there.
_EXAMPLES: dict[tuple[str, str], list[Any]] = {
    ("Programme", "id"): ["heerlen-noord"],
    ("Programme", "name"): ["Programma Heerlen-Noord"],
    ("Programme", "doelenboom"): [1],
    ("Horizon", "start"): [2020],
    ("Horizon", "end"): [2045],
    ("Horizon", "block_years"): [6],
    ("Period", "start"): [2021],
    ("Period", "end"): [2025],
    ("Area", "inhabitants"): [53000],
    ("Source", "id"): ["uitvoeringsplan-2020"],
    ("Source", "date"): ["2020-12"],
    ("Level", "id"): ["leefgebied", "goal", "theme"],
    ("Level", "name"): ["leefgebied", "doel", "thema"],
    ("CustomUnit", "name"): ["school"],
    ("Node", "id"): ["meer-meedoen"],
    ("Node", "name"): ["Meer meedoen met anderen"],
    ("Node", "serves"): [["minder-armoede"]],
    ("Node", "allocation"): [{"beter-opgeleid": 60, "minder-armoede": 40}],
    ("Budget", "declared_share"): [38],
    ("Overhead", "id"): ["programmabureau"],
    ("Overhead", "fte"): [6],
    ("ProgrammeBudget", "share_decimals"): [0],
}
for _kind in ("CountTarget", "PartOfTarget", "RangeTarget", "ShareTarget", "MilestoneTarget", "QualitativeTarget"):
    _EXAMPLES[(_kind, "id")] = ["deelnemers-opleidingstraject"]
    _EXAMPLES[(_kind, "unit")] = _UNIT_EXAMPLES
    _EXAMPLES[(_kind, "direction")] = ["higher", "lower"]
_EXAMPLES[("ShareTarget", "unit")] = ["percent"]
_EXAMPLES[("RangeTarget", "unit")] = ["percent"]
_EXAMPLES[("CountTarget", "value")] = [750]
_EXAMPLES[("PartOfTarget", "of")] = ["naar-leerwerkplek"]
_EXAMPLES[("RangeTarget", "low")] = [10]
_EXAMPLES[("RangeTarget", "high")] = [20]
_EXAMPLES[("ShareTarget", "value")] = [40]


def _property(name: str, prop: dict[str, Any], examples: list[Any] | None) -> dict[str, Any]:
    """Description and examples on one property; single-value enums for the drop-down.

    A title that only repeats the key ("Amount" on ``amount``, pydantic's default) is dropped: the
    editor shows the key already, and a hover would read "Amount || Amount"."""
    prop = dict(prop)
    result: dict[str, Any] = {}
    title = prop.pop("title", None)
    if title and not _repeats_key(title, name):
        result["title"] = title
    if "description" in prop:
        result["description"] = prop.pop("description")
    if "description" not in result and name == "kind":
        result["description"] = "The kind of target; it decides which other keys the target has."
    if _MONEY_NOTE in json.dumps(prop):
        result["description"] = f"{result.get('description', '')} {_MONEY_NOTE}".strip()
    if "const" in prop and "enum" not in prop:
        prop["enum"] = [prop["const"]]
    for option in prop.get("anyOf", []):
        if isinstance(option, dict):
            found = option.pop("examples", None)
            if found is not None and examples is None:
                examples = found
            _dict_keys(option)
    if examples is None:
        examples = prop.pop("examples", None)
    if examples is not None:
        prop["examples"] = examples[:MAX_EXAMPLES]
    result.update(sorted(prop.items()))
    _dict_keys(result)
    return result


def _repeats_key(title: str, key: str) -> bool:
    """Whether a title says no more than the key it sits on (case, ``_`` and spaces aside)."""
    return title.replace("_", " ").strip().casefold() == key.replace("_", " ").strip().casefold()


def _dict_keys(schema: dict[str, Any]) -> None:
    """A mapping with slug keys: every key must be a slug (pydantic only says which keys match)."""
    patterns = schema.get("patternProperties")
    if isinstance(patterns, dict) and len(patterns) == 1:
        ((pattern, values),) = patterns.items()
        del schema["patternProperties"]
        schema["propertyNames"] = {**schema.get("propertyNames", {}), "pattern": pattern}
        schema["additionalProperties"] = values


def _tagged_unions(schema: Any) -> Any:
    """Replace pydantic's ``oneOf`` + ``discriminator`` by an enum on the tag and ``if``/``then``
    per kind: the editor then offers every kind in a drop-down, and a wrong kind is reported as
    "not one of ..." instead of one failure per alternative."""
    if isinstance(schema, list):
        return [_tagged_unions(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: _tagged_unions(value) for key, value in schema.items()}
    discriminator = result.pop("discriminator", None)
    if isinstance(discriminator, dict) and "oneOf" in result:
        tag = discriminator["propertyName"]
        mapping: dict[str, str] = discriminator["mapping"]
        del result["oneOf"]
        result.update(
            {
                "type": "object",
                "required": [tag],
                "properties": {
                    tag: {
                        "description": "The kind of target; it decides which other keys the target has.",
                        "enum": list(mapping),
                    }
                },
                "allOf": [
                    {"if": {"properties": {tag: {"const": kind}}, "required": [tag]}, "then": {"$ref": ref}}
                    for kind, ref in mapping.items()
                ],
            }
        )
    return result


def _definition(name: str, definition: dict[str, Any]) -> dict[str, Any]:
    result = dict(definition)
    result["title"] = _TITLES.get(name, name)
    properties = result.get("properties", {})
    result["properties"] = {key: _property(key, prop, _EXAMPLES.get((name, key))) for key, prop in properties.items()}
    return result


def build_schema() -> dict[str, Any]:
    """The JSON Schema of the spec format, as a JSON-ready dict (deterministic)."""
    raw = _tagged_unions(model.Programme.model_json_schema(mode="validation"))
    definitions = {name: _definition(name, d) for name, d in sorted(raw.pop("$defs", {}).items())}
    root = _definition("Programme", raw)
    return {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        **{k: v for k, v in root.items() if k not in ("$schema", "$id")},
        "$comment": (
            "Generated by `doelenboom schema` from the models; do not edit by hand. "
            "It checks the shape of a spec; `doelenboom validate` also checks its meaning."
        ),
        "$defs": definitions,
    }


def render_schema() -> str:
    """The schema as the text committed in the repository."""
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"
