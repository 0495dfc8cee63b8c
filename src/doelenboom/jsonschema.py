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
from doelenboom.language import EN, NL, Language, UnknownLanguage
from doelenboom.units import BUILTIN_UNITS

SCHEMA_ID = "urn:doelenboom:spec-format:1"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_LANGUAGES: tuple[Language, ...] = (EN, NL)
"""The languages the schema's hovers are written in (English from the models' docstrings)."""
COMMITTED_PATHS: dict[Language, Path] = {
    EN: Path("schema") / "doelenboom.schema.json",
    NL: Path("schema") / "doelenboom.nl.schema.json",
}
"""The committed copy of the schema per language, relative to the repository's root."""
COMMITTED_PATH = COMMITTED_PATHS[EN]

_MONEY_NOTE = model.MONEY_NOTE
_KIND = "The kind of target; it decides which other keys the target has."

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
    "SubArea": "Sub-area (deelgebied: wijk of buurt)",
    "ReferenceArea": "Reference area (referentiegebied)",
    "Indicator": "Indicator (indicator)",
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
    "Funder": "Funder (financier)",
    "CoFinancing": "Co-financing rule (cofinanciering)",
}

# A hover shows every example, so a few short ones: the drop-down is not the place for the whole
# unit table (`doelenboom validate` names the units it knows when one is not).
MAX_EXAMPLES = 3
_UNIT_EXAMPLES = [name for name in BUILTIN_UNITS if name not in ("EUR", "kEUR", "MEUR")][:MAX_EXAMPLES]

# Examples per (definition, property): what a person would type there.
_EXAMPLES: dict[tuple[str, str], list[Any]] = {
    ("Programme", "id"): ["heerlen-noord"],
    ("Programme", "name"): ["Programma Heerlen-Noord"],
    ("Programme", "doelenboom"): [1, 1.1],
    ("Funder", "id"): ["rijk-regio-deal"],
    ("Funder", "scheme"): ["Regio Deal 2018–2022"],
    ("Budget", "per_year"): [{"2023": 500000, "2024": 700000}],
    ("Budget", "funding"): [{"rijk-regio-deal": 600000, "gemeente": 600000}],
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
    ("CustomUnit", "kind"): ["count", "measure"],
    ("SubArea", "code"): ["BU09170101", "WK091701"],
    ("Area", "code"): ["GM0917"],
    ("ReferenceArea", "id"): ["heerlen-zuid", "g4", "nederland"],
    ("Indicator", "id"): ["werkzame-beroepsbevolking"],
    ("Indicator", "aggregation"): ["sum", "ratio", "weighted_mean"],
    ("Indicator", "frequency"): ["jaarlijks", "tweejaarlijks"],
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
        result["description"] = _KIND
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
    inner = schema.get("additionalProperties")
    if isinstance(inner, dict):  # a mapping of mappings: funder → year → amount (format 1.1)
        _dict_keys(inner)


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
                        "description": _KIND,
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


def build_schema(language: Language = EN) -> dict[str, Any]:
    """The JSON Schema of the spec format, as a JSON-ready dict (deterministic), with its titles
    and descriptions in ``language`` (one of `SCHEMA_LANGUAGES`; another raises
    `UnknownLanguage`). Keys, enums and examples are the spec's own and stay as they are."""
    if language not in SCHEMA_LANGUAGES:
        raise UnknownLanguage(language)
    schema = _build_english()
    return schema if language == EN else _in_dutch(schema)


def _build_english() -> dict[str, Any]:
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


def render_schema(language: Language = EN) -> str:
    """The schema as the text committed in the repository (`COMMITTED_PATHS`)."""
    return json.dumps(build_schema(language), ensure_ascii=False, indent=2) + "\n"


# --- Dutch hovers -----------------------------------------------------------------------------------
#
# The English texts are the models' docstrings (`doelenboom.model`, where they also document the
# Python API); the Dutch ones are here, keyed by the English text, so a text that several fields
# share ("Stable id.") is translated once, and a docstring that changes has no Dutch until it is
# translated again: `dutch_description` raises, and tests/test_jsonschema.py names the text.


class MissingDutch(KeyError):
    """A description of the schema has no Dutch text in `_DUTCH`."""


def dutch_description(english: str) -> str:
    """The Dutch text of one description of the English schema (the money note translated on its
    own); raises `MissingDutch` when there is none."""
    base, note = english, ""
    if english.endswith(_MONEY_NOTE):
        base, note = english[: -len(_MONEY_NOTE)].strip(), _MONEY_NOTE_NL
    if base and base not in _DUTCH:
        raise MissingDutch(base)
    return " ".join(part for part in (_DUTCH.get(base, ""), note) if part)


def _in_dutch(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_in_dutch(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: _in_dutch(value) for key, value in schema.items()}
    if isinstance(result.get("description"), str):
        result["description"] = dutch_description(result["description"])
    if "$defs" in result:
        result["$id"] = f"{SCHEMA_ID}:nl"
        result["title"] = _TITLES_NL["Programme"]
        result["$defs"] = {name: {**d, "title": _TITLES_NL[name]} for name, d in result["$defs"].items()}
    return result


_MONEY_NOTE_NL = (
    "Hele euro's als getal, of een bedrag met centen tussen aanhalingstekens. Decimale getallen worden geweigerd."
)

_TITLES_NL: dict[str, str] = {
    "Programme": "Programma",
    "Node": "Knoop van de doelenboom (leefgebied, doel, thema of interventie)",
    "Budget": "Begroting van een knoop",
    "ProgrammeBudget": "Programmabegroting",
    "Overhead": "Programmakosten (kostenpost buiten de boom)",
    "Discrepancy": "Erkende gepubliceerde afwijking",
    "Horizon": "Looptijd",
    "Period": "Planperiode",
    "Area": "Gebied",
    "SubArea": "Deelgebied (wijk of buurt)",
    "ReferenceArea": "Referentiegebied",
    "Indicator": "Indicator",
    "Source": "Bron",
    "Benefit": "Baat",
    "Level": "Niveau",
    "CustomUnit": "Eigen eenheid",
    "Baseline": "Nulmeting",
    "CountTarget": "Doelstelling: een aantal",
    "PartOfTarget": "Doelstelling: een deel van een andere doelstelling (waarvan)",
    "RangeTarget": "Doelstelling: een bandbreedte",
    "ShareTarget": "Doelstelling: een percentage",
    "MilestoneTarget": "Doelstelling: een mijlpaal",
    "QualitativeTarget": "Doelstelling: kwalitatief, niet meetbaar zoals geschreven",
    "GapTarget": "Doelstelling: de achterstand op een referentiegebied inlopen",
    "Funder": "Financier",
    "CoFinancing": "Regel voor cofinanciering",
}

_DUTCH: dict[str, str] = {
    ("A whole programme spec: the root of the goal tree (its ambition) and everything below."): (
        "Een volledige programmaspecificatie: de wortel van de doelenboom (de ambitie) en alles daaronder."
    ),
    "Version of the spec format: 1, or 1.1 for a spec that splits money by year or by funder.": (
        "Versie van het specificatieformaat: 1, of 1.1 voor een specificatie die geld per jaar of per "
        "financier verdeelt."
    ),
    "Stable id of the programme.": "Vaste id van het programma.",
    "Name of the programme.": "Naam van het programma.",
    "The overall ambition (the root of the tree).": "De overkoepelende ambitie (de wortel van de boom).",
    "Further explanation.": "Nadere toelichting.",
    "The whole span of the programme.": "De hele looptijd van het programma.",
    "The period of the current implementation plan.": "De periode van het huidige uitvoeringsplan.",
    "Facts about the area.": "Gegevens over het gebied.",
    "The area whose level the programme aims to reach.": "Het gebied waarvan het programma het niveau wil bereiken.",
    "Documents the figures come from.": "Documenten waar de cijfers uit komen.",
    "Expected benefits (baten).": "Verwachte baten.",
    ("Level names from the root (the ambition) down to the leaves (interventions)."): (
        "Namen van de niveaus, van de wortel (de ambitie) tot de bladeren (interventies)."
    ),
    "Counting units of this programme's own.": "Eigen teleenheden van dit programma.",
    "Declared programme totals and overhead.": "Opgegeven programmatotalen en programmakosten.",
    ("The nodes one level below the ambition (for Heerlen-Noord: the leefgebieden)."): (
        "De knopen één niveau onder de ambitie (bij Heerlen-Noord: de leefgebieden)."
    ),
    "Facts about the programme's area.": "Gegevens over het gebied van het programma.",
    "Name of the area.": "Naam van het gebied.",
    "Number of inhabitants.": "Aantal inwoners.",
    ('True when the source gives the number of inhabitants as an estimate ("rond de 53.000").'): (
        'Waar als de bron het aantal inwoners als schatting geeft ("rond de 53.000").'
    ),
    "Number of neighbourhoods (buurten).": "Aantal buurten.",
    "The starting value a target is measured from.": "De beginwaarde waar een doelstelling vanaf gemeten wordt.",
    "The value at the baseline date, in the target's unit.": (
        "De waarde op de datum van de nulmeting, in de eenheid van de doelstelling."
    ),
    "When the baseline was measured: a date or a year.": "Wanneer de nulmeting is gedaan: een datum of een jaar.",
    "Where the baseline comes from.": "Waar de nulmeting vandaan komt.",
    "An expected benefit (baat) of the programme.": "Een verwachte baat van het programma.",
    "Stable id.": "Vaste id.",
    "What the benefit is.": "Wat de baat is.",
    "Id of the source that names it.": "Id van de bron die haar noemt.",
    "Money at one node. All amounts in this block are in `unit`.": (
        "Geld bij één knoop. Alle bedragen in dit blok zijn in `unit`."
    ),
    ("Money placed at this node itself (in the source table: the 'Extra €' column)."): (
        "Geld dat bij deze knoop zelf staat (in de brontabel: de kolom 'Extra €')."
    ),
    "Unit of every amount in this block.": "Eenheid van alle bedragen in dit blok.",
    ("A total the source states for this node (own amount plus everything below it)."): (
        "Een totaal dat de bron voor deze knoop noemt (eigen bedrag plus alles daaronder)."
    ),
    ("Keep a published `declared_total` that does not add up (reported as a warning)."): (
        "Houd een gepubliceerd `declared_total` dat niet klopt (gemeld als waarschuwing)."
    ),
    ("The share of its parent's total the source states, in percent."): (
        "Het aandeel in het totaal van de bovenliggende knoop dat de bron noemt, in procenten."
    ),
    "Remarks on the figures.": "Opmerkingen bij de cijfers.",
    "A number of something: 750 persons, 664 dwellings.": "Een aantal van iets: 750 personen, 664 woningen.",
    "Stable id of the target.": "Vaste id van de doelstelling.",
    "The ambition as the source words it.": "De ambitie zoals de bron haar verwoordt.",
    "Id of the source.": "Id van de bron.",
    "When the target should be reached: a date or a year.": (
        "Wanneer de doelstelling bereikt moet zijn: een datum of een jaar."
    ),
    "The starting value.": "De beginwaarde.",
    "Whether a higher or a lower value is better.": "Of een hogere of een lagere waarde beter is.",
    (
        "How measurements of this target are reported: `cumulative` (each measurement is the "
        "level\nreached so far; the latest one counts) or `periodic` (each measurement is what "
        "happened in its\nown period, e.g. new participants this quarter; they are added up since "
        "the baseline).\nOnly counts and part-of targets add up; shares, ranges and gaps are "
        "always levels."
    ): (
        "Hoe metingen van deze doelstelling worden aangeleverd: `cumulative` (elke meting is het "
        "tot nu toe bereikte niveau; de laatste telt) of `periodic` (elke meting is wat er in de "
        "eigen periode gebeurde, bijvoorbeeld nieuwe deelnemers dit kwartaal; ze worden opgeteld "
        "vanaf de nulmeting). Alleen aantallen en waarvan-doelstellingen tellen op; percentages, "
        "bandbreedtes en achterstanden zijn altijd niveaus."
    ),
    (
        "Weight of this target among the node's targets when progress is aggregated with "
        "explicit\nweights (`--weights explicit`); a target without a weight weighs 1."
    ): (
        "Gewicht van deze doelstelling onder de doelstellingen van de knoop als de voortgang met "
        "eigen gewichten wordt samengeteld (`--weights explicit`); een doelstelling zonder "
        "gewicht weegt 1."
    ),
    ("The kind of target; it decides which other keys the target has."): (
        "Het soort doelstelling; het bepaalt welke andere sleutels de doelstelling heeft."
    ),
    "How many.": "Hoeveel.",
    ("What is counted (person, dwelling, initiative, or a unit under `units:`)."): (
        "Wat er geteld wordt (persoon, woning, initiatief, of een eenheid onder `units:`)."
    ),
    "A counting unit of this programme's own, e.g. `school`.": (
        "Een eigen teleenheid van dit programma, bijvoorbeeld `school`."
    ),
    "The unit's name, as targets write it.": "De naam van de eenheid, zoals doelstellingen hem schrijven.",
    "What one of it is.": "Wat één ervan is.",
    (
        "An acknowledged published figure that does not add up. Both figures are pinned, so any\n"
        "later change to either makes validation fail again."
    ): (
        "Een erkend gepubliceerd cijfer dat niet klopt. Beide cijfers liggen vast, zodat elke "
        "latere wijziging van een van beide de validatie weer laat mislukken."
    ),
    "The figure as published.": "Het cijfer zoals gepubliceerd.",
    "The sum of its parts, as computed from the published parts.": (
        "De som van de delen, berekend uit de gepubliceerde delen."
    ),
    "Why the published figure is kept.": "Waarom het gepubliceerde cijfer behouden blijft.",
    (
        "Reach the level of a reference area: close (a share of) the gap between this "
        "programme's\narea and the reference area, e.g. Heerlen-Noord towards Heerlen-Zuid. "
        "Progress is the share\nof the gap at the baseline that has been closed."
    ): (
        "Het niveau van een referentiegebied bereiken: (een deel van) de achterstand tussen het "
        "gebied van dit programma en het referentiegebied inlopen, bijvoorbeeld Heerlen-Noord "
        "ten opzichte van Heerlen-Zuid. De voortgang is het deel van de achterstand bij de "
        "nulmeting dat is ingelopen."
    ),
    "Unit of both series.": "Eenheid van beide reeksen.",
    (
        "Name of the reference area as the measurements' `area` column writes it; by default the\n"
        "programme's `reference_area`."
    ): (
        "Naam van het referentiegebied zoals de kolom `area` van de metingen hem schrijft; "
        "standaard de `reference_area` van het programma."
    ),
    (
        "The reference area's value at the baseline date; by default taken from the reference\n"
        "series in the measurements (the latest value on or before the baseline date)."
    ): (
        "De waarde van het referentiegebied op de datum van de nulmeting; standaard uit de "
        "referentiereeks in de metingen (de laatste waarde op of vóór de datum van de nulmeting)."
    ),
    ("How much of the gap to close by the deadline, in percent (100: reach the reference)."): (
        "Hoeveel van de achterstand op de einddatum ingelopen moet zijn, in procenten (100: het "
        "referentieniveau bereiken)."
    ),
    ("The whole span of the programme (for Heerlen-Noord one generation, 2020–2045)."): (
        "De hele looptijd van het programma (bij Heerlen-Noord één generatie, 2020–2045)."
    ),
    "First year.": "Eerste jaar.",
    "Last year.": "Laatste jaar.",
    ("Length of the planning blocks in years, if the programme works in blocks."): (
        "Lengte van de planblokken in jaren, als het programma in blokken werkt."
    ),
    ("One level of the goal tree. The first level is the programme itself (its ambition)."): (
        "Eén niveau van de doelenboom. Het eerste niveau is het programma zelf (de ambitie)."
    ),
    "Stable id of the level, e.g. `theme`.": "Vaste id van het niveau, bijvoorbeeld `theme`.",
    "The word policy staff use for it, e.g. `Thema`.": (
        "Het woord dat beleidsmedewerkers ervoor gebruiken, bijvoorbeeld `Thema`."
    ),
    (
        "True for the level (or levels) whose nodes are the programme's goals, e.g. `doel`. "
        "Without\na level marked so, the level with id `goal` or `doel` is the goal level, else "
        "the first level\nbelow the ambition."
    ): (
        "Waar voor het niveau (of de niveaus) waarvan de knopen de doelen van het programma "
        "zijn, bijvoorbeeld `doel`. Is geen niveau zo gemarkeerd, dan is het niveau met id "
        "`goal` of `doel` het doelniveau, en anders het eerste niveau onder de ambitie."
    ),
    (
        "Something that has happened or not: the vakschool has started."
    ): "Iets dat wel of niet gebeurd is: de vakschool is gestart.",
    ("One node of the goal tree. Its level follows from its depth and the spec's `levels`."): (
        "Eén knoop van de doelenboom. Het niveau volgt uit de diepte en de `levels` van de specificatie."
    ),
    ("Stable id (lowercase letters, digits, hyphens); other nodes refer to it."): (
        "Vaste id (kleine letters, cijfers, streepjes); andere knopen verwijzen ernaar."
    ),
    "Name as policy staff write it.": "Naam zoals beleidsmedewerkers hem schrijven.",
    "Id of the source the node comes from.": "Id van de bron waar de knoop uit komt.",
    ("Ids of further nodes (of the parent's level) this node contributes to, besides its parent."): (
        "Ids van andere knopen (op het niveau van de bovenliggende knoop) waar deze knoop aan "
        "bijdraagt, naast de bovenliggende knoop."
    ),
    ("How the budget divides over the parent and the served nodes, in percent (adds up to 100)."): (
        "Hoe de begroting verdeeld wordt over de bovenliggende en de gediende knopen, in procenten (samen 100)."
    ),
    "Money at this node.": "Geld bij deze knoop.",
    "What this node aims to achieve.": "Wat deze knoop wil bereiken.",
    "Why this node has no target of its own.": "Waarom deze knoop geen eigen doelstelling heeft.",
    (
        "Weight of this node among the nodes it contributes to when progress is aggregated with\n"
        "explicit weights (`--weights explicit`); a node without a weight weighs 1."
    ): (
        "Gewicht van deze knoop onder de knopen waar hij aan bijdraagt als de voortgang met "
        "eigen gewichten wordt samengeteld (`--weights explicit`); een knoop zonder gewicht "
        "weegt 1."
    ),
    "The nodes contained in this one (one level down).": "De knopen die in deze knoop zitten (één niveau lager).",
    ("Programme-wide costs outside the tree, such as the programme office."): (
        "Kosten voor het hele programma buiten de boom, zoals het programmabureau."
    ),
    "Name of the cost line.": "Naam van de kostenpost.",
    "The amount, in the programme budget's unit.": "Het bedrag, in de eenheid van de programmabegroting.",
    ("Staff in full-time equivalents, where the source gives them."): "Personeel in fte, waar de bron dat noemt.",
    "What the amount covers.": "Wat het bedrag dekt.",
    "Id of the source of the amount.": "Id van de bron van het bedrag.",
    "A part of another target: 75 of the 380 persons.": (
        "Een deel van een andere doelstelling: 75 van de 380 personen."
    ),
    "Id of the target this is a part of.": "Id van de doelstelling waar dit een deel van is.",
    "How many of the whole.": "Hoeveel van het geheel.",
    "Unit; must be convertible to the whole's unit.": (
        "Eenheid; moet om te rekenen zijn naar de eenheid van het geheel."
    ),
    ("A span of years inside the horizon, such as the current implementation plan."): (
        "Een reeks jaren binnen de looptijd, zoals het huidige uitvoeringsplan."
    ),
    ("The programme's declared budget totals; each is checked against the figures it sums."): (
        "De opgegeven totalen van de programmabegroting; elk wordt vergeleken met de cijfers die het optelt."
    ),
    "Currency of every amount in the spec.": "Valuta van alle bedragen in de specificatie.",
    "Unit of the amounts in this block.": "Eenheid van de bedragen in dit blok.",
    ("How many decimals the declared percentage shares are rounded to."): (
        "Op hoeveel decimalen de opgegeven percentages zijn afgerond."
    ),
    "The stated sum of the tree's budgets (without overhead).": (
        "De opgegeven som van de begrotingen in de boom (zonder programmakosten)."
    ),
    ("Keep a published subtotal that does not add up (reported as a warning)."): (
        "Houd een gepubliceerd subtotaal dat niet klopt (gemeld als waarschuwing)."
    ),
    "Costs outside the tree.": "Kosten buiten de boom.",
    "The stated grand total: subtotal plus overhead.": "Het opgegeven eindtotaal: subtotaal plus programmakosten.",
    ("Keep a published total that does not add up (reported as a warning)."): (
        "Houd een gepubliceerd totaal dat niet klopt (gemeld als waarschuwing)."
    ),
    ("An ambition that cannot be measured as written. It loads, with a warning."): (
        "Een ambitie die zoals ze geschreven is niet meetbaar is. Ze wordt geladen, met een waarschuwing."
    ),
    (
        "An ordinal status scale from the first step to the goal reached, e.g. `[niet gestart,\n"
        "gestart, op stoom, gerealiseerd]`. With a scale the target is measured by naming a "
        "status;\nprogress is the status's position on the scale (first 0, last 1)."
    ): (
        "Een geordende statusschaal van de eerste stap tot het bereikte doel, bijvoorbeeld "
        "`[niet gestart, gestart, op stoom, gerealiseerd]`. Met een schaal wordt de doelstelling "
        "gemeten door een status te noemen; de voortgang is de plaats van de status op de schaal "
        "(eerste 0, laatste 1)."
    ),
    ("A change relative to the baseline within a band: 10–20 % fewer incidents."): (
        "Een verandering ten opzichte van de nulmeting binnen een bandbreedte: 10–20 % minder incidenten."
    ),
    "Near end of the band.": "Nabije grens van de bandbreedte.",
    "Far end of the band.": "Verre grens van de bandbreedte.",
    "Unit of the band, usually percent.": "Eenheid van de bandbreedte, meestal percent.",
    "What is measured, e.g. 'incidenten'.": "Wat er gemeten wordt, bijvoorbeeld 'incidenten'.",
    "A share of a population: 40 % of pupils.": "Een aandeel van een populatie: 40 % van de leerlingen.",
    "The share in percent.": "Het aandeel in procenten.",
    "Always percent.": "Altijd percent.",
    "Of whom or what the share is taken.": "Van wie of wat het aandeel genomen wordt.",
    "A document the spec's figures come from.": "Een document waar de cijfers van de specificatie uit komen.",
    "Stable id, used by `source:` on nodes and targets.": (
        "Vaste id, gebruikt door `source:` bij knopen en doelstellingen."
    ),
    "Title of the document or table.": "Titel van het document of de tabel.",
    "Who made it.": "Wie het gemaakt heeft.",
    ("When it was published, as the document says it (e.g. 2020-12)."): (
        "Wanneer het gepubliceerd is, zoals het document het zegt (bijvoorbeeld 2020-12)."
    ),
    ("Anything a reader should know about this source, such as OCR damage."): (
        "Alles wat een lezer over deze bron moet weten, zoals OCR-schade."
    ),
    # --- areas and indicators (issue 12)
    "A part of the programme's area (a wijk or a buurt), measured on its own.": (
        "Een deel van het gebied van het programma (een wijk of een buurt), dat apart gemeten wordt."
    ),
    (
        "An area or group of areas the programme compares itself with, e.g. Heerlen-Zuid, the G4 or\n"
        "Nederland. It is never part of the programme's area."
    ): (
        "Een gebied of groep gebieden waarmee het programma zich vergelijkt, bijvoorbeeld "
        "Heerlen-Zuid, de G4 of Nederland. Het is nooit een deel van het gebied van het programma."
    ),
    "Areas or groups the programme compares itself with (gap targets).": (
        "Gebieden of groepen waarmee het programma zich vergelijkt (achterstandsdoelen)."
    ),
    "CBS code of the whole area, where it is one CBS area (GM, WK or BU + digits).": (
        "CBS-code van het hele gebied, als het één CBS-gebied is (GM, WK of BU + cijfers)."
    ),
    "CBS code where one exists: GM + 4 digits, WK + 6 digits or BU + 8 digits.": (
        "CBS-code, als die bestaat: GM + 4 cijfers, WK + 6 cijfers of BU + 8 cijfers."
    ),
    "Exactly what is measured, e.g. the numerator and denominator of a share.": (
        "Wat er precies gemeten wordt, bijvoorbeeld de teller en de noemer van een percentage."
    ),
    "For a group (the G4): the areas it is made of, as words for the reader.": (
        "Bij een groep (de G4): de gebieden waaruit ze bestaat, als woorden voor de lezer."
    ),
    "How often it is measured, e.g. `jaarlijks` or `tweejaarlijks`.": (
        "Hoe vaak er gemeten wordt, bijvoorbeeld `jaarlijks` of `tweejaarlijks`."
    ),
    (
        "How sub-area values make the value of the area they lie in: `sum` (counts), `ratio` (summed\n"
        "numerators over summed denominators; never an average of percentages), `weighted_mean`\n"
        "(weighted by the sub-areas' inhabitants) or `none` (only a value measured for the whole area\n"
        "counts)."
    ): (
        "Hoe de waarden van deelgebieden de waarde maken van het gebied waarin ze liggen: `sum` "
        "(aantallen), `ratio` (opgetelde tellers gedeeld door opgetelde noemers; nooit een "
        "gemiddelde van percentages), `weighted_mean` (gewogen naar de inwoners van de "
        "deelgebieden) of `none` (alleen een waarde gemeten voor het hele gebied telt)."
    ),
    (
        "Id of the indicator (under `indicators:`) this target sets a value for; the target takes the\n"
        "indicator's baseline and direction where it gives none of its own."
    ): (
        "Id van de indicator (onder `indicators:`) waarvoor deze doelstelling een waarde stelt; de "
        "doelstelling neemt de nulmeting en de richting van de indicator over als ze die zelf niet geeft."
    ),
    "Id of the sub-area this one lies in (a buurt in its wijk); none: directly in the programme's area.": (
        "Id van het deelgebied waarin dit gebied ligt (een buurt in haar wijk); zonder: direct in "
        "het gebied van het programma."
    ),
    "Name as policy staff and the sources write it.": "Naam zoals beleidsmedewerkers en de bronnen hem schrijven.",
    "Name as the sources write it.": "Naam zoals de bronnen hem schrijven.",
    "Number of inhabitants, the weight for a population-weighted mean.": (
        "Aantal inwoners, het gewicht voor een naar inwoners gewogen gemiddelde."
    ),
    "Stable id of the whole area, which measurements may write as their `area`.": (
        "Vaste id van het hele gebied, die metingen als hun `area` mogen schrijven."
    ),
    "Stable id, e.g. `g4`.": "Vaste id, bijvoorbeeld `g4`.",
    "Stable id, e.g. `vrieheide`.": "Vaste id, bijvoorbeeld `vrieheide`.",
    "Stable id, used by `indicator:` on targets.": "Vaste id, gebruikt door `indicator:` bij doelstellingen.",
    "The starting value, shared by every target on this indicator that gives none of its own.": (
        "De beginwaarde, gedeeld door elke doelstelling op deze indicator die zelf geen nulmeting geeft."
    ),
    (
        "The sub-areas (wijken, buurten) as a hierarchy through `parent`. With parts or references\n"
        "declared, every measurement's `area` must be one of the declared areas."
    ): (
        "De deelgebieden (wijken, buurten) als hiërarchie via `parent`. Zijn er deelgebieden of "
        "referentiegebieden opgegeven, dan moet de `area` van elke meting een van de opgegeven gebieden zijn."
    ),
    (
        "Unit of its values: a built-in unit or one under `units:` (its `kind` says whether values are\n"
        "whole counts or measures with decimals)."
    ): (
        "Eenheid van de waarden: een ingebouwde eenheid of een onder `units:` (haar `kind` zegt of "
        "waarden hele aantallen zijn of metingen met decimalen)."
    ),
    (
        "What is measured, defined once: targets refer to it with `indicator:`, so an interim and a\n"
        "final target share one definition and one baseline."
    ): (
        "Wat er gemeten wordt, één keer omschreven: doelstellingen verwijzen ernaar met "
        "`indicator:`, zodat een tussendoel en een einddoel één omschrijving en één nulmeting delen."
    ),
    "What the programme measures, each defined once; targets refer to them by id.": (
        "Wat het programma meet, elk één keer omschreven; doelstellingen verwijzen ernaar met hun id."
    ),
    "Where the figures come from: a CBS table, the Leefbaarometer, own registration.": (
        "Waar de cijfers vandaan komen: een CBS-tabel, de Leefbaarometer, eigen registratie."
    ),
    ("`count`: whole numbers of it (schools); `measure`: a value with decimals (a score, an index,\na rate)."): (
        "`count`: hele aantallen ervan (scholen); `measure`: een waarde met decimalen (een score, "
        "een index, een cijfer)."
    ),
    # format 1.1: money by year and by funder
    "Who pays (part of) the programme: the Rijk through a scheme, the municipality, a partner.": (
        "Wie (een deel van) het programma betaalt: het Rijk via een regeling, de gemeente, een partner."
    ),
    "Stable id, used by `funding:` and `co_financing:`.": "Vaste id, gebruikt door `funding:` en `co_financing:`.",
    "Name of the funder, e.g. 'Rijk (Regio Deal)'.": "Naam van de financier, bijvoorbeeld 'Rijk (Regio Deal)'.",
    (
        "What kind of funder: `rijk`, `provincie`, `gemeente`, `eu`, `partner` (housing\n"
        "corporations, companies, funds) or `other`."
    ): (
        "Wat voor financier: `rijk`, `provincie`, `gemeente`, `eu`, `partner` (woningcorporaties, "
        "bedrijven, fondsen) of `other` (overig)."
    ),
    "The scheme the money comes through, e.g. 'Regio Deal 2018–2022' or 'SPUK Kansrijke Wijk'.": (
        "De regeling waarlangs het geld komt, bijvoorbeeld 'Regio Deal 2018–2022' of 'SPUK Kansrijke Wijk'."
    ),
    "Id of the source that names this funder and its contribution.": (
        "Id van de bron die deze financier en zijn bijdrage noemt."
    ),
    "Remarks.": "Opmerkingen.",
    (
        "A co-financing rule: some funders together pay at least `ratio` times what other funders\n"
        "pay, over the whole programme (tree and overhead) within `period`."
    ): (
        "Een regel voor cofinanciering: sommige financiers betalen samen minstens `ratio` keer wat andere "
        "financiers betalen, over het hele programma (boom en programmakosten) binnen `period`."
    ),
    "Stable id of the rule.": "Vaste id van de regel.",
    "Ids of the funders who co-finance (e.g. the municipality).": (
        "Ids van de financiers die cofinancieren (bijvoorbeeld de gemeente)."
    ),
    "Ids of the funders whose money they match (e.g. the Rijk).": (
        "Ids van de financiers wier geld zij aanvullen (bijvoorbeeld het Rijk)."
    ),
    "At least this many euros from `funders` per euro from `matches` (1: one to one).": (
        "Minstens zoveel euro van `funders` per euro van `matches` (1: één op één)."
    ),
    "The years the rule is about; without it, all planned money.": (
        "De jaren waar de regel over gaat; zonder deze sleutel al het geplande geld."
    ),
    "Id of the source of the rule.": "Id van de bron van de regel.",
    "Who pays (format 1.1): every funder that `funding:` names, declared once.": (
        "Wie betaalt (formaat 1.1): elke financier die `funding:` noemt, één keer opgegeven."
    ),
    "Co-financing rules (format 1.1), e.g. the municipality matches the Rijk one to one.": (
        "Regels voor cofinanciering (formaat 1.1), bijvoorbeeld: de gemeente legt één op één bij op het Rijk."
    ),
    "`amount` per year (format 1.1): the years add up to `amount`, each inside the plan period.": (
        "`amount` per jaar (formaat 1.1): de jaren tellen op tot `amount`, elk binnen de planperiode."
    ),
    "`amount` by funder (format 1.1): funder id → amount; adds up to `amount`.": (
        "`amount` per financier (formaat 1.1): id van de financier → bedrag; telt op tot `amount`."
    ),
    (
        "`amount` by funder per year (format 1.1): funder id → year → amount; each funder's years add\n"
        "up to its `funding`, each year's funders to `per_year`."
    ): (
        "`amount` per financier per jaar (formaat 1.1): id van de financier → jaar → bedrag; de jaren "
        "van een financier tellen op tot zijn `funding`, de financiers van een jaar tot `per_year`."
    ),
    "Totals per year the source states for this node (own amount plus everything below it).": (
        "Totalen per jaar die de bron voor deze knoop noemt (eigen bedrag plus alles eronder)."
    ),
    "Keep a published total per year that does not add up (reported as a warning).": (
        "Houd een gepubliceerd totaal per jaar aan dat niet klopt (gemeld als waarschuwing)."
    ),
    "Totals per funder the source states for this node (own amount plus everything below it).": (
        "Totalen per financier die de bron voor deze knoop noemt (eigen bedrag plus alles eronder)."
    ),
    "Keep a published total per funder that does not add up (reported as a warning).": (
        "Houd een gepubliceerd totaal per financier aan dat niet klopt (gemeld als waarschuwing)."
    ),
    "`amount` per year (format 1.1); adds up to `amount`.": "`amount` per jaar (formaat 1.1); telt op tot `amount`.",
    "`amount` by funder (format 1.1); adds up to `amount`.": (
        "`amount` per financier (formaat 1.1); telt op tot `amount`."
    ),
    "`amount` by funder per year (format 1.1).": "`amount` per financier per jaar (formaat 1.1).",
    "The programme's stated totals per year (the plan's table per jaarschijf): tree plus overhead.": (
        "De totalen per jaar die het programma noemt (de tabel per jaarschijf in het plan): boom plus programmakosten."
    ),
    "The programme's stated totals per funder: tree plus overhead.": (
        "De totalen per financier die het programma noemt: boom plus programmakosten."
    ),
}
