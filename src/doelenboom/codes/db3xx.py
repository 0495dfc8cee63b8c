"""DB3xx: the meaning of the spec. One entry per code: its words in every language, the words of its
tokens, and a wrong and a right snippet for its page in the docs."""

from __future__ import annotations

from doelenboom.codes._entry import CHECK_SPELLING, DID_YOU_MEAN, Code, E, I, W, example

# What a declared total is (DB304, DB317, DB319): per year and per funder since format 1.1.
TOTALS = {
    "total": {"en": "total", "nl": "totaal"},
    "subtotal": {"en": "subtotal", "nl": "subtotaal"},
    "year_total": {"en": "total for {year}", "nl": "totaal voor {year}"},
    "funder_total": {"en": "total of funder '{funder}'", "nl": "totaal van financier '{funder}'"},
}

DB301 = Code(
    "DB301",
    "duplicate-id",
    E,
    "semantic",
    summary="Two things share an id; ids must be unique in the whole spec.",
    message={
        "en": "id '{id}' is used twice (first on line {first_line})",
        "nl": "id '{id}' wordt twee keer gebruikt (eerst op regel {first_line})",
    },
    hint={
        "en": "Give one of them another id.",
        "nl": "Geef een van beide een andere id.",
    },
    example=example(
        """
- id: gezondheid
  name: Gezondheid
- id: gezondheid
  name: Gezondheidsbevordering
""",
        """
- id: gezondheid
  name: Gezondheid
- id: gezondheidsbevordering
  name: Gezondheidsbevordering
""",
    ),
)

DB302 = Code(
    "DB302",
    "unknown-reference",
    E,
    "semantic",
    summary="A reference to an id that does not exist.",
    message={
        "en": "'{ref}' does not refer to any {kind} in this spec",
        "nl": "'{ref}' verwijst naar niets: er is geen {kind} met die id in dit bestand",
    },
    hint={
        "en": "{suggestion}",
        "nl": "{suggestion}",
    },
    tokens={
        "kind": {
            "node": {"en": "node", "nl": "onderdeel"},
            "target": {"en": "target", "nl": "streefdoel"},
            "source": {"en": "source", "nl": "bron"},
            "funder": {"en": "funder", "nl": "financier"},
        },
        # ``suggestion`` is the id that comes closest, or NO_SUGGESTION ("").
        "suggestion": {"": {"en": "Check the spelling of the id.", "nl": "Controleer de spelling van de id."}},
    },
    data=DID_YOU_MEAN,
    example=example(
        """
- id: werk
  serves: [minder-armode]
""",
        """
- id: werk
  serves: [minder-armoede]
""",
    ),
)

DB303 = Code(
    "DB303",
    "cycle",
    E,
    "semantic",
    summary="References that go round in a circle.",
    message={
        "en": "references form a cycle: {cycle}",
        "nl": "verwijzingen vormen een kringloop: {cycle}",
    },
    hint={
        "en": "Break the cycle by removing one of the references.",
        "nl": "Doorbreek de kringloop door een van de verwijzingen te verwijderen.",
    },
    example=example(
        """
- {id: naar-leerwerkplek, kind: part_of, of: schoon-hrl-nrd, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 75, unit: person}
""",
        """
- {id: naar-leerwerkplek, kind: count, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 75, unit: person}
""",
    ),
)

DB304 = Code(
    "DB304",
    "total-mismatch",
    E,
    "semantic",
    summary="A declared total or subtotal is not the sum of its parts.",
    message={
        "en": "declared {what} {declared} is not the sum of its parts, {computed} (difference {difference})",
        "nl": "opgegeven {what} {declared} is niet de som van de onderdelen, {computed} (verschil {difference})",
    },
    hint={
        "en": "Correct the total or the figure that changed; the parts are listed below.",
        "nl": "Verbeter het totaal of het bedrag dat veranderd is; de onderdelen staan hieronder.",
    },
    tokens={"what": TOTALS},
    example=example(
        """
- id: gezond-sociaal-veilig
  budget:
    declared_total: 65698906   # the themes below add up to 65698905
""",
        """
- id: gezond-sociaal-veilig
  budget:
    declared_total: 65698905
""",
    ),
)

DB305 = Code(
    "DB305",
    "share-mismatch",
    E,
    "semantic",
    summary="A declared percentage share does not match the budgets.",
    message={
        "en": "declared share {declared} % of '{id}' does not match the computed {computed} %",
        "nl": "opgegeven aandeel {declared} % van '{id}' klopt niet met het berekende {computed} %",
    },
    hint={
        "en": "Correct the share, or the budget figures it is computed from.",
        "nl": "Verbeter het aandeel, of de bedragen waaruit het berekend wordt.",
    },
    example=example(
        """
- id: gezond-sociaal-veilig
  budget:
    declared_total: 65698905
    declared_share: 40         # 65698905 of 174935131 is 38 %
""",
        """
- id: gezond-sociaal-veilig
  budget:
    declared_total: 65698905
    declared_share: 38
""",
    ),
)

DB306 = Code(
    "DB306",
    "allocation-sum",
    E,
    "semantic",
    summary="The allocation shares of a budget split across goals do not add up to 100 %.",
    message={
        "en": "allocation shares of '{id}' add up to {total} %, not 100 %",
        "nl": "de verdeling van '{id}' telt op tot {total} %, niet 100 %",
    },
    hint={
        "en": "Adjust the shares so that they add up to 100.",
        "nl": "Pas de aandelen aan zodat ze samen 100 zijn.",
    },
    example=example(
        """
- id: werk
  serves: [minder-armoede]
  allocation: {meer-mensen-aan-het-werk: 60, minder-armoede: 30}
""",
        """
- id: werk
  serves: [minder-armoede]
  allocation: {meer-mensen-aan-het-werk: 70, minder-armoede: 30}
""",
    ),
)

DB307 = Code(
    "DB307",
    "part-exceeds-whole",
    E,
    "semantic",
    summary="A part-of target is larger than the target it is part of.",
    message={
        "en": "target '{id}' ({part}) is larger than its whole '{whole}' ({whole_value})",
        "nl": "streefdoel '{id}' ({part}) is groter dan het geheel '{whole}' ({whole_value})",
    },
    hint={
        "en": "A part cannot exceed its whole; check both figures.",
        "nl": "Een deel kan niet groter zijn dan het geheel; controleer beide getallen.",
    },
    example=example(
        """
- {id: naar-leerwerkplek, kind: count, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 400, unit: person}
""",
        """
- {id: naar-leerwerkplek, kind: count, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 75, unit: person}
""",
    ),
)

DB308 = Code(
    "DB308",
    "unit-mismatch",
    E,
    "semantic",
    summary="Two figures that must be compared have units that cannot be converted into each other.",
    message={
        "en": "unit '{unit}' of '{id}' cannot be compared with unit '{other_unit}' of '{other}'",
        "nl": "eenheid '{unit}' van '{id}' is niet vergelijkbaar met eenheid '{other_unit}' van '{other}'",
    },
    hint={
        "en": "Use the same unit as the target it refers to.",
        "nl": "Gebruik dezelfde eenheid als het streefdoel waarnaar verwezen wordt.",
    },
    example=example(
        """
- {id: naar-leerwerkplek, kind: count, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 75, unit: dwelling}
""",
        """
- {id: naar-leerwerkplek, kind: count, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 75, unit: person}
""",
    ),
)

DB309 = Code(
    "DB309",
    "range-unordered",
    E,
    "semantic",
    summary="A range target whose low end is above its high end.",
    message={
        "en": "range of target '{id}' runs from {low} to {high}",
        "nl": "de bandbreedte van streefdoel '{id}' loopt van {low} tot {high}",
    },
    hint={
        "en": "Write the smaller figure as 'low' and the larger as 'high'.",
        "nl": "Zet het kleinste getal bij 'low' en het grootste bij 'high'.",
    },
    example=example(
        """
- id: reductie-incidenten
  kind: range
  low: 20
  high: 10
  unit: percent
""",
        """
- id: reductie-incidenten
  kind: range
  low: 10
  high: 20
  unit: percent
""",
    ),
)

DB310 = Code(
    "DB310",
    "outside-horizon",
    E,
    "semantic",
    summary="A date or year outside the programme's horizon.",
    message={
        "en": "{what} {value} of '{id}' lies outside the horizon {start}–{end}",
        "nl": "{what} {value} van '{id}' valt buiten de looptijd {start}–{end}",
    },
    hint={
        "en": "Check the year; the programme runs from {start} to {end}.",
        "nl": "Controleer het jaartal; het programma loopt van {start} tot {end}.",
    },
    tokens={
        "what": {
            "plan_period_start": {"en": "plan period start", "nl": "begin planperiode"},
            "plan_period_end": {"en": "plan period end", "nl": "einde planperiode"},
            "deadline": {"en": "deadline", "nl": "einddatum"},
        },
    },
    example=example(
        """
horizon: {start: 2020, end: 2045}
# ... and on a target:
deadline: 2050
""",
        """
horizon: {start: 2020, end: 2045}
# ... and on a target:
deadline: 2045
""",
    ),
)

DB311 = Code(
    "DB311",
    "unserved-node",
    W,
    "semantic",
    summary="A goal (or other non-leaf node) that no intervention serves.",
    message={
        "en": "{level} '{id}' is not served by any {leaf_level}",
        "nl": "{level} '{id}' wordt door geen {leaf_level} gediend",
    },
    hint={
        "en": "Add an intervention under it, or let an existing one serve it with 'serves:'.",
        "nl": "Voeg er een interventie onder toe, of laat een bestaande het dienen met 'serves:'.",
    },
    example=example(
        """
- id: werk
  name: Werk
- id: minder-armoede
  name: Minder armoede        # no intervention under it, none serves it
""",
        """
- id: werk
  name: Werk
  serves: [minder-armoede]
- id: minder-armoede
  name: Minder armoede
""",
    ),
)

DB312 = Code(
    "DB312",
    "no-target",
    E,
    "semantic",
    summary="An intervention with neither a target nor a reason why it has none.",
    message={
        "en": "{level} '{id}' has no target and no 'no_target_reason'",
        "nl": "{level} '{id}' heeft geen streefdoel ('targets:') en geen 'no_target_reason'",
    },
    hint={
        "en": "Add a target, or say why there is none with 'no_target_reason:'.",
        "nl": "Voeg een streefdoel toe onder 'targets:', of leg met 'no_target_reason:' uit waarom er geen is.",
    },
    example=example(
        """
- id: repressieve-aanpak
  name: Repressieve aanpak
""",
        """
- id: repressieve-aanpak
  name: Repressieve aanpak
  no_target_reason: >-
    Het thema Veiligheid heeft één ambitie; die staat bij de sociale veiligheidsaanpak.
""",
    ),
)

DB313 = Code(
    "DB313",
    "qualitative-target",
    W,
    "semantic",
    summary="A qualitative ambition that cannot be measured as written.",
    message={
        "en": "target '{id}' is qualitative and cannot be measured as written",
        "nl": "streefdoel '{id}' is kwalitatief en is zo niet meetbaar",
    },
    hint={
        "en": "Make it measurable: a count with a unit, a share, a range or a milestone with a deadline.",
        "nl": "Maak het meetbaar: een aantal met eenheid, een percentage, een bandbreedte of een mijlpaal met datum.",
    },
    example=example(
        """
- id: preventie-jeugd
  kind: qualitative
  name: Intensiveren en extra preventie voor jeugd
""",
        """
- id: preventie-jeugd
  kind: count
  name: 500 extra gezinnen met jonge kinderen bereikt
  value: 500
  unit: person
  deadline: 2025
""",
    ),
)

DB314 = Code(
    "DB314",
    "too-many-levels",
    E,
    "semantic",
    summary="The tree is deeper than the levels the spec declares.",
    message={
        "en": "'{id}' would be level {depth} of the tree, but the spec declares only {count} levels",
        "nl": "'{id}' zou niveau {depth} van de boom zijn, maar onder 'levels:' staan maar {count} niveaus",
    },
    hint={
        "en": "Move the node up, or declare another level under 'levels:'.",
        "nl": "Verplaats het onderdeel, of voeg een niveau toe onder 'levels:'.",
    },
    example=example(
        """
levels: [{id: ambition, name: ambitie}, {id: goal, name: doel}, {id: intervention, name: interventie}]
tree:
  - id: gezonder-zijn
    children:
      - id: gezondheidsbevordering
        children:
          - id: sportclubs         # a fourth level the spec does not declare
""",
        """
levels: [{id: ambition, name: ambitie}, {id: goal, name: doel}, {id: intervention, name: interventie}]
tree:
  - id: gezonder-zijn
    children:
      - id: gezondheidsbevordering
      - id: sportclubs
""",
    ),
)

DB315 = Code(
    "DB315",
    "serves-wrong-level",
    E,
    "semantic",
    summary="A 'serves' link to a node of the wrong level.",
    message={
        "en": "'{id}' (level '{level}') can only serve nodes of level '{expected}', but '{ref}' is of level '{found}'",
        "nl": (
            "'{id}' (niveau '{level}') kan alleen onderdelen van niveau '{expected}' dienen, maar '{ref}' is van "
            "niveau '{found}'"
        ),
    },
    hint={
        "en": "Point 'serves:' at a node of the level directly above.",
        "nl": "Laat 'serves:' verwijzen naar een onderdeel van het niveau direct erboven.",
    },
    example=example(
        """
- id: werk                   # a theme
  serves: [onderwijs-werk]   # a leefgebied
""",
        """
- id: werk
  serves: [minder-armoede]   # a goal, the level directly above a theme
""",
    ),
)

DB316 = Code(
    "DB316",
    "unknown-unit",
    E,
    "semantic",
    summary="A unit that is neither built in nor declared under 'units:'.",
    message={
        "en": "unknown unit '{unit}'",
        "nl": "onbekende eenheid '{unit}'",
    },
    hint={
        "en": "Use one of: {known}; or declare it under 'units:'.",
        "nl": "Gebruik een van: {known}; of leg de eenheid vast onder 'units:'.",
    },
    example=example(
        """
- id: deelnemers-opleidingstraject
  kind: count
  value: 750
  unit: deelnemers
""",
        """
- id: deelnemers-opleidingstraject
  kind: count
  value: 750
  unit: person
""",
    ),
)

DB317 = Code(
    "DB317",
    "published-discrepancy",
    W,
    "semantic",
    summary="A published figure that does not add up, kept as published and acknowledged in the spec.",
    message={
        "en": (
            "published {what} {declared} differs from the sum of its parts {computed} (difference {difference}); "
            "kept as published"
        ),
        "nl": (
            "gepubliceerd {what} {declared} wijkt af van de som van de onderdelen {computed} (verschil "
            "{difference}); overgenomen zoals gepubliceerd"
        ),
    },
    hint={
        "en": "Ask the source's authors which figure is right; remove '{key}' once corrected.",
        "nl": "Vraag de opstellers van de bron welk bedrag klopt; haal '{key}' weg na correctie.",
    },
    tokens={"what": TOTALS},
    example=example(
        """
declared_subtotal: 174935132
accept_subtotal_discrepancy:
  declared: 174935132
  computed: 174935131
  note: De gepubliceerde tabel telt 1 euro te veel.
""",
        """
declared_subtotal: 174935131    # once the source is corrected
""",
    ),
)

DB318 = Code(
    "DB318",
    "unallocated-contribution",
    I,
    "semantic",
    summary=(
        "A node serves more than one node without allocation shares; its budget counts fully towards its "
        "containing node."
    ),
    message={
        "en": "'{id}' also serves {others} without 'allocation'; its budget counts fully towards '{parent}'",
        "nl": "'{id}' dient ook {others} zonder 'allocation'; de begroting telt volledig mee bij '{parent}'",
    },
    hint={
        "en": "Add 'allocation:' with a percentage per served node to split the budget.",
        "nl": "Voeg 'allocation:' toe met een percentage per gediend onderdeel om de begroting te verdelen.",
    },
    example=example(
        """
- id: werk
  serves: [minder-armoede]
  budget: {amount: 14305000}
""",
        """
- id: werk
  serves: [minder-armoede]
  allocation: {meer-mensen-aan-het-werk: 80, minder-armoede: 20}
  budget: {amount: 14305000}
""",
    ),
)

DB319 = Code(
    "DB319",
    "stale-discrepancy",
    E,
    "semantic",
    summary="An 'accept_discrepancy' that no longer describes the figures in the spec.",
    message={
        "en": (
            "accepted discrepancy of {what} (declared {accepted_declared}, computed {accepted_computed}) no longer "
            "matches: declared {declared}, computed {computed}"
        ),
        "nl": (
            "geaccepteerde afwijking van {what} (opgegeven {accepted_declared}, berekend {accepted_computed}) "
            "klopt niet meer: opgegeven {declared}, berekend {computed}"
        ),
    },
    hint={
        "en": "A figure changed; correct it, or update or remove '{key}'.",
        "nl": "Er is een bedrag veranderd; verbeter het, of werk '{key}' bij of haal het weg.",
    },
    tokens={"what": TOTALS},
    example=example(
        """
declared_subtotal: 174935132
accept_subtotal_discrepancy:
  declared: 174935132
  computed: 174935131    # but a theme changed: the parts now add up to 174935130
""",
        """
declared_subtotal: 174935132
accept_subtotal_discrepancy:
  declared: 174935132
  computed: 174935130
""",
    ),
)

DB320 = Code(
    "DB320",
    "allocation-keys",
    E,
    "semantic",
    summary="An allocation names a node the budget does not serve, or leaves out one it does.",
    message={
        "en": "the allocation of '{id}' {problem}: '{ref}'",
        "nl": "de verdeling van '{id}' {problem}: '{ref}'",
    },
    hint={
        "en": "List exactly the containing node and every node under 'serves:'.",
        "nl": "Noem precies het bovenliggende onderdeel en elk onderdeel onder 'serves:'.",
    },
    tokens={
        "problem": {
            "not_served": {"en": "lists a node it does not serve", "nl": "noemt een onderdeel dat het niet dient"},
            "left_out": {"en": "leaves out a node it serves", "nl": "mist een onderdeel dat het dient"},
        },
    },
    example=example(
        """
- id: werk
  serves: [minder-armoede]
  allocation: {meer-mensen-aan-het-werk: 80, beter-opgeleid: 20}
""",
        """
- id: werk
  serves: [minder-armoede]
  allocation: {meer-mensen-aan-het-werk: 80, minder-armoede: 20}
""",
    ),
)

DB321 = Code(
    "DB321",
    "unit-for-kind",
    E,
    "semantic",
    summary="A target kind that needs a particular unit, e.g. a share is in percent.",
    message={
        "en": "target '{id}' of kind '{kind}' needs unit '{expected}', not '{unit}'",
        "nl": "streefdoel '{id}' van soort '{kind}' vraagt eenheid '{expected}', niet '{unit}'",
    },
    hint={
        "en": "Write unit: {expected}.",
        "nl": "Schrijf unit: {expected}.",
    },
    example=example(
        """
- id: deelname-verlengde-schooldag
  kind: share
  value: 40
  unit: person
""",
        """
- id: deelname-verlengde-schooldag
  kind: share
  value: 40
  unit: percent
""",
    ),
)

DB322 = Code(
    "DB322",
    "part-of-unmeasurable",
    E,
    "semantic",
    summary="A part-of target that refers to a target without a quantity.",
    message={
        "en": "target '{id}' is part of '{whole}', which has no quantity",
        "nl": "streefdoel '{id}' is een deel van '{whole}', dat geen hoeveelheid heeft",
    },
    hint={
        "en": "Refer to a count or part-of target.",
        "nl": "Verwijs naar een streefdoel met een aantal (soort count of part_of).",
    },
    example=example(
        """
- {id: preventie-jeugd, kind: qualitative, name: Extra preventie voor jeugd}
- {id: jonge-kinderen, kind: part_of, of: preventie-jeugd, name: Tot 2 jaar, value: 100, unit: person}
""",
        """
- {id: preventie-jeugd, kind: count, name: Extra preventie voor jeugd, value: 500, unit: person}
- {id: jonge-kinderen, kind: part_of, of: preventie-jeugd, name: Tot 2 jaar, value: 100, unit: person}
""",
    ),
)

DB323 = Code(
    "DB323",
    "serves-own-parent",
    W,
    "semantic",
    summary="A node lists the node that already contains it under 'serves:'; the link says nothing new.",
    message={
        "en": "'{id}' serves '{ref}', which already contains it",
        "nl": "'{id}' dient '{ref}', waar het al onder valt",
    },
    hint={
        "en": "Remove '{ref}' from 'serves:'; list only the other nodes it contributes to.",
        "nl": "Haal '{ref}' weg bij 'serves:'; noem daar alleen de andere onderdelen waaraan het bijdraagt.",
    },
    example=example(
        """
- id: meer-mensen-aan-het-werk
  name: Meer mensen aan het werk
  children:
    - id: werk
      name: Werk
      serves: [meer-mensen-aan-het-werk, minder-armoede]
""",
        """
- id: meer-mensen-aan-het-werk
  name: Meer mensen aan het werk
  children:
    - id: werk
      name: Werk
      serves: [minder-armoede]
""",
    ),
)

DB324 = Code(
    "DB324",
    "reversed-period",
    E,
    "semantic",
    summary="A horizon or plan period whose start year comes after its end year.",
    message={
        "en": "the {what} runs from {start} to {end}: the start comes after the end",
        "nl": "de {what} loopt van {start} tot {end}: het begin ligt na het einde",
    },
    hint={
        "en": "Swap the two years.",
        "nl": "Draai de twee jaartallen om.",
    },
    tokens={
        "what": {
            "horizon": {"en": "horizon", "nl": "looptijd"},
            "plan_period": {"en": "plan period", "nl": "planperiode"},
        },
    },
    example=example(
        """
horizon:
  start: 2045
  end: 2020
""",
        """
horizon:
  start: 2020
  end: 2045
""",
    ),
)

DB326 = Code(
    "DB326",
    "sub-cent-amount",
    E,
    "semantic",
    summary="A money amount finer than a cent once converted to euros.",
    message={
        "en": "amount {text} {unit} is {eur} EUR, finer than a cent",
        "nl": "bedrag {text} {unit} is {eur} EUR, fijner dan een cent",
    },
    hint={
        "en": "Round the amount to whole cents in euros.",
        "nl": "Rond het bedrag af op hele centen in euro's.",
    },
    example=example(
        """
budget:
  amount: "1000.005"
""",
        """
budget:
  amount: "1000.01"
""",
    ),
)

DB327 = Code(
    "DB327",
    "serves-repeated",
    W,
    "semantic",
    summary="A 'serves' list that names the same node more than once; the repeats say nothing new.",
    message={
        "en": "'{id}' names '{ref}' {count} times under 'serves:'",
        "nl": "'{id}' noemt '{ref}' {count} keer onder 'serves:'",
    },
    hint={
        "en": "Name '{ref}' once; to give it a larger share of the budget, use 'allocation:'.",
        "nl": "Noem '{ref}' één keer; gebruik 'allocation:' om het een groter deel van de begroting te geven.",
    },
    example=example(
        """
- id: werk
  serves: [minder-armoede, minder-armoede]
""",
        """
- id: werk
  serves: [minder-armoede]
""",
    ),
)

DB328 = Code(
    "DB328",
    "direction-needed",
    W,
    "semantic",
    summary="A target whose progress depends on which way is better, without 'direction:'.",
    message={
        "en": "target '{id}' has no direction: {why}",
        "nl": "streefdoel '{id}' heeft geen richting: {why}",
    },
    hint={
        "en": "Add 'direction: higher' or 'direction: lower'; until then its progress is missing.",
        "nl": "Voeg 'direction: higher' of 'direction: lower' toe; tot dan ontbreekt de voortgang.",
    },
    tokens={
        "why": {
            "gap": {
                "en": "whether closing the gap to the reference area means going up or down depends on it",
                "nl": "of de achterstand op het referentiegebied inlopen omhoog of omlaag is, hangt ervan af",
            },
            "level": {
                "en": "its baseline equals its value, so only the direction says whether a change is better",
                "nl": "beginwaarde en streefwaarde zijn gelijk: alleen de richting zegt of een verandering beter is",
            },
        },
    },
    example=example(
        """
- id: voortijdig-schoolverlaten
  kind: gap
  unit: percent
  baseline: {value: 4.3, date: 2021}
""",
        """
- id: voortijdig-schoolverlaten
  kind: gap
  unit: percent
  direction: lower
  baseline: {value: 4.3, date: 2021}
""",
    ),
)

DB329 = Code(
    "DB329",
    "baseline-after-deadline",
    E,
    "semantic",
    summary="A target whose baseline is dated after its deadline.",
    message={
        "en": "target '{id}' has its baseline in {baseline}, after its deadline {deadline}",
        "nl": "streefdoel '{id}' heeft de beginwaarde in {baseline}, na de einddatum {deadline}",
    },
    hint={
        "en": "Check both dates: progress runs from the baseline to the deadline.",
        "nl": "Controleer beide datums: de voortgang loopt van de beginwaarde naar de einddatum.",
    },
    example=example(
        """
- id: werkzoekenden
  deadline: 2025
  baseline: {value: 1200, date: 2026}
""",
        """
- id: werkzoekenden
  deadline: 2030
  baseline: {value: 1200, date: 2026}
""",
    ),
)

DB330 = Code(
    "DB330",
    "direction-against-target",
    E,
    "semantic",
    summary="A target whose 'direction:' points away from its value, seen from its baseline.",
    message={
        "en": "target '{id}' says direction '{direction}', but its value {value} is {side} its baseline {baseline}",
        "nl": "streefdoel '{id}': richting '{direction}', maar streefwaarde {value} ligt {side} beginwaarde {baseline}",
    },
    hint={
        "en": "Correct the direction, the value or the baseline; until then its progress is missing.",
        "nl": "Verbeter de richting, de streefwaarde of de beginwaarde; tot dan ontbreekt de voortgang.",
    },
    tokens={
        "side": {
            "below": {"en": "below", "nl": "onder"},
            "above": {"en": "above", "nl": "boven"},
        },
    },
    example=example(
        """
- id: incidenten
  value: 50
  direction: higher
  baseline: {value: 150, date: 2021}
""",
        """
- id: incidenten
  value: 50
  direction: lower
  baseline: {value: 150, date: 2021}
""",
    ),
)

DB331 = Code(
    "DB331",
    "gap-without-reference",
    W,
    "semantic",
    summary="A gap target while neither the target nor the programme names a reference area.",
    message={
        "en": "gap target '{id}' has no reference area: neither 'reference_area:' on it nor on the programme",
        "nl": "achterstandsdoel '{id}' heeft geen referentiegebied: geen 'reference_area:' bij doel of programma",
    },
    hint={
        "en": "Name the area to catch up with ('reference_area: Heerlen-Zuid'); until then its progress is missing.",
        "nl": "Noem het gebied om op in te lopen ('reference_area: Heerlen-Zuid'); tot dan ontbreekt de voortgang.",
    },
    example=example(
        """
- id: voortijdig-schoolverlaten
  kind: gap
  direction: lower
""",
        """
- id: voortijdig-schoolverlaten
  kind: gap
  direction: lower
  reference_area: Heerlen-Zuid
""",
    ),
)

# --- Areas and indicators (issue 12) ------------------------------------------------------------


DB350 = Code(
    "DB350",
    "area-declared-twice",
    E,
    "semantic",
    summary="Two declared areas share an id, a CBS code or a name, so a measurement's area could mean either.",
    message={
        "en": "{what} '{value}' is declared for two areas (first on line {first_line})",
        "nl": "{what} '{value}' is bij twee gebieden opgegeven (eerst op regel {first_line})",
    },
    hint={
        "en": "Give each area its own id, code and name.",
        "nl": "Geef elk gebied een eigen id, code en naam.",
    },
    tokens={
        "what": {
            "id": {"en": "id", "nl": "id"},
            "code": {"en": "CBS code", "nl": "CBS-code"},
            "name": {"en": "name", "nl": "naam"},
        },
    },
    example=example(
        """
area:
  name: Heerlen-Noord
  parts:
    - {id: vrieheide, name: Vrieheide}
    - {id: vrieheide, name: Vrieheide-de Stack}
""",
        """
area:
  name: Heerlen-Noord
  parts:
    - {id: vrieheide, name: Vrieheide}
    - {id: de-stack, name: De Stack}
""",
    ),
)

DB351 = Code(
    "DB351",
    "cbs-code-malformed",
    E,
    "semantic",
    summary="An area's code is not a CBS code: GM + 4 digits, WK + 6 digits or BU + 8 digits.",
    message={
        "en": "'{value}' is not a CBS area code",
        "nl": "'{value}' is geen CBS-gebiedscode",
    },
    hint={
        "en": "Write GM and 4 digits (gemeente), WK and 6 (wijk) or BU and 8 (buurt), or leave the code out.",
        "nl": "Schrijf GM en 4 cijfers (gemeente), WK en 6 (wijk) of BU en 8 (buurt), of laat de code weg.",
    },
    example=example(
        """
area:
  name: Heerlen
  code: GM917
""",
        """
area:
  name: Heerlen
  code: GM0917
""",
    ),
)

DB352 = Code(
    "DB352",
    "area-parent-unknown",
    E,
    "semantic",
    summary="A sub-area's parent is not one of the declared sub-areas.",
    message={
        "en": "sub-area '{id}' lies in '{ref}', which is not a declared sub-area",
        "nl": "deelgebied '{id}' ligt in '{ref}', maar dat is geen opgegeven deelgebied",
    },
    hint={"en": "{suggestion}", "nl": "{suggestion}"},
    tokens=CHECK_SPELLING,
    data=DID_YOU_MEAN,
    example=example(
        """
area:
  parts:
    - {id: heerlerheide, name: Heerlerheide}
    - {id: passart, name: Passart, parent: heerlerhiede}
""",
        """
area:
  parts:
    - {id: heerlerheide, name: Heerlerheide}
    - {id: passart, name: Passart, parent: heerlerheide}
""",
    ),
)

DB353 = Code(
    "DB353",
    "area-parent-cycle",
    E,
    "semantic",
    summary="Sub-areas that lie in each other in a circle.",
    message={
        "en": "sub-areas lie in each other in a circle: {cycle}",
        "nl": "deelgebieden liggen in een kringloop in elkaar: {cycle}",
    },
    hint={
        "en": "Give the outermost sub-area no parent.",
        "nl": "Laat bij het buitenste deelgebied `parent` weg.",
    },
    example=example(
        """
area:
  parts:
    - {id: wijk, name: Wijk, parent: buurt}
    - {id: buurt, name: Buurt, parent: wijk}
""",
        """
area:
  parts:
    - {id: wijk, name: Wijk}
    - {id: buurt, name: Buurt, parent: wijk}
""",
    ),
)

DB354 = Code(
    "DB354",
    "unknown-area",
    E,
    "semantic",
    summary="A reference area named in the spec is not one of its declared areas.",
    message={
        "en": "'{ref}' is not a declared area (by id, CBS code or name)",
        "nl": "'{ref}' is geen opgegeven gebied (op id, CBS-code of naam)",
    },
    hint={"en": "{suggestion}", "nl": "{suggestion}"},
    tokens=CHECK_SPELLING,
    data=DID_YOU_MEAN,
    example=example(
        """
reference_area: Heerlen-Zud
area:
  references: [{id: heerlen-zuid, name: Heerlen-Zuid}]
""",
        """
reference_area: Heerlen-Zuid
area:
  references: [{id: heerlen-zuid, name: Heerlen-Zuid}]
""",
    ),
)

DB355 = Code(
    "DB355",
    "unknown-indicator",
    E,
    "semantic",
    summary="A target refers to an indicator that is not declared under 'indicators:'.",
    message={
        "en": "target '{id}' refers to indicator '{ref}', which is not declared",
        "nl": "streefdoel '{id}' verwijst naar indicator '{ref}', maar die is niet opgegeven",
    },
    hint={"en": "{suggestion}", "nl": "{suggestion}"},
    tokens=CHECK_SPELLING,
    data=DID_YOU_MEAN,
    example=example(
        """
indicators:
  - {id: veiligheidsindex, name: Veiligheidsindex, unit: index}
targets:
  - {id: veiliger, kind: count, name: Veiliger, value: 7, unit: index, indicator: veiligheidsindx}
""",
        """
indicators:
  - {id: veiligheidsindex, name: Veiligheidsindex, unit: index}
targets:
  - {id: veiliger, kind: count, name: Veiliger, value: 7, unit: index, indicator: veiligheidsindex}
""",
    ),
)

DB356 = Code(
    "DB356",
    "indicator-mismatch",
    E,
    "semantic",
    summary="A target's unit or direction contradicts the indicator it refers to.",
    message={
        "en": "target '{id}' gives {what} '{value}', but its indicator '{ref}' has '{expected}'",
        "nl": "streefdoel '{id}' geeft {what} '{value}', maar zijn indicator '{ref}' heeft '{expected}'",
    },
    hint={
        "en": "Write the indicator's {what} on the target, or leave it out where the target may inherit it.",
        "nl": "Schrijf de {what} van de indicator bij het streefdoel, of laat hem weg waar dat mag.",
    },
    tokens={
        "what": {
            "unit": {"en": "unit", "nl": "eenheid"},
            "direction": {"en": "direction", "nl": "richting"},
        },
    },
    example=example(
        """
indicators:
  - {id: vsv, name: Voortijdig schoolverlaten, unit: percent, direction: lower}
targets:
  - {id: minder-vsv, kind: share, name: Minder VSV, value: 3, indicator: vsv, direction: higher}
""",
        """
indicators:
  - {id: vsv, name: Voortijdig schoolverlaten, unit: percent, direction: lower}
targets:
  - {id: minder-vsv, kind: share, name: Minder VSV, value: 3, indicator: vsv}
""",
    ),
)

DB357 = Code(
    "DB357",
    "decimals-in-counted-unit",
    W,
    "semantic",
    summary=(
        "A value with decimals in a unit that counts whole things; measurements in it would be refused "
        "(DB413) unless the unit is declared as a measure."
    ),
    message={
        "en": "'{id}' has {text} {unit}, but '{unit}' counts whole things",
        "nl": "'{id}' heeft {text} {unit}, maar '{unit}' telt hele dingen",
    },
    hint={
        "en": "For a score, an index or a rate, declare the unit with `kind: measure` under 'units:'.",
        "nl": "Is het een score, een index of een cijfer, geef de eenheid dan `kind: measure` onder 'units:'.",
    },
    example=example(
        """
units:
  - {name: toetsscore}
targets:
  - {id: eindtoets, kind: count, name: Eindtoets, value: 534, unit: toetsscore, baseline: {value: 530.8, date: 2020}}
""",
        """
units:
  - {name: toetsscore, kind: measure}
targets:
  - {id: eindtoets, kind: count, name: Eindtoets, value: 534, unit: toetsscore, baseline: {value: 530.8, date: 2020}}
""",
    ),
)

# --- format 1.1: money by year and by funder (DB340–DB349) ------------------------------------------

DB340 = Code(
    "DB340",
    "needs-format-1-1",
    E,
    "semantic",
    summary=(
        "A key of format 1.1 (money by year or by funder, sub-areas and reference areas, indicators, a unit's "
        "kind) in a spec that says 'doelenboom: 1'."
    ),
    message={
        "en": "'{key}' needs format version 1.1, but this spec says 'doelenboom: 1'",
        "nl": "'{key}' hoort bij formaatversie 1.1, maar dit bestand zegt 'doelenboom: 1'",
    },
    hint={
        "en": "Write 'doelenboom: 1.1' at the top of the file.",
        "nl": "Schrijf 'doelenboom: 1.1' bovenaan het bestand.",
    },
    example=example(
        """
doelenboom: 1
budget:
  amount: 300000
  per_year: {2024: 100000, 2025: 200000}
""",
        """
doelenboom: 1.1
budget:
  amount: 300000
  per_year: {2024: 100000, 2025: 200000}
""",
    ),
)

DB341 = Code(
    "DB341",
    "years-do-not-add-up",
    E,
    "semantic",
    summary="A node's amounts per year do not add up to the amount they split.",
    message={
        "en": "the years of '{id}' ({years}) add up to {computed}, not to {what} {expected} (difference {difference})",
        "nl": (
            "de jaren van '{id}' ({years}) tellen op tot {computed}, niet tot {what} {expected} (verschil {difference})"
        ),
    },
    hint={
        "en": "Correct the amount or one of the years; the figures are listed below.",
        "nl": "Verbeter het bedrag of een van de jaren; de bedragen staan hieronder.",
    },
    tokens={
        "what": {
            "amount": {"en": "its amount", "nl": "het bedrag"},
            "funder": {"en": "the funding of '{funder}'", "nl": "de financiering van '{funder}'"},
        }
    },
    example=example(
        """
budget:
  amount: 300000
  per_year: {2024: 100000, 2025: 100000}
""",
        """
budget:
  amount: 300000
  per_year: {2024: 100000, 2025: 200000}
""",
    ),
)

DB342 = Code(
    "DB342",
    "year-outside-plan",
    E,
    "semantic",
    summary="Money planned in a year outside the plan period (or the horizon, without a plan period).",
    message={
        "en": "year {year} is outside the {period} {start}–{end}",
        "nl": "jaar {year} valt buiten de {period} {start}–{end}",
    },
    hint={
        "en": "Correct the year, or the period at the top of the spec.",
        "nl": "Verbeter het jaar, of de periode bovenaan de specificatie.",
    },
    tokens={
        "period": {
            "plan_period": {"en": "plan period", "nl": "planperiode"},
            "horizon": {"en": "horizon", "nl": "looptijd"},
        }
    },
    example=example(
        """
plan_period: {start: 2023, end: 2026}
budget:
  per_year: {2026: 100000, 2027: 200000}
""",
        """
plan_period: {start: 2023, end: 2027}
budget:
  per_year: {2026: 100000, 2027: 200000}
""",
    ),
)

DB343 = Code(
    "DB343",
    "funders-do-not-add-up",
    E,
    "semantic",
    summary="A node's amounts by funder do not add up to the amount they split.",
    message={
        "en": (
            "the funders of '{id}' ({funders}) add up to {computed}, not to {what} {expected} (difference {difference})"
        ),
        "nl": (
            "de financiers van '{id}' ({funders}) tellen op tot {computed}, niet tot {what} {expected} "
            "(verschil {difference})"
        ),
    },
    hint={
        "en": "Correct the amount or one funder's share; the figures are listed below.",
        "nl": "Verbeter het bedrag of het deel van een financier; de bedragen staan hieronder.",
    },
    tokens={
        "what": {
            "amount": {"en": "its amount", "nl": "het bedrag"},
            "year": {"en": "its amount for {year}", "nl": "het bedrag voor {year}"},
        }
    },
    example=example(
        """
budget:
  amount: 300000
  funding: {rijk: 150000, gemeente: 100000}
""",
        """
budget:
  amount: 300000
  funding: {rijk: 150000, gemeente: 150000}
""",
    ),
)

DB344 = Code(
    "DB344",
    "split-without-amount",
    E,
    "semantic",
    summary="A budget that splits its money by year or by funder but states no amount.",
    message={
        "en": "'{id}' splits its money under '{key}' but states no 'amount'",
        "nl": "'{id}' verdeelt zijn geld onder '{key}' maar noemt geen 'amount'",
    },
    hint={
        "en": "Write the node's amount beside the split; the split must add up to it.",
        "nl": "Schrijf het bedrag van de knoop naast de verdeling; de verdeling moet erop uitkomen.",
    },
    example=example(
        """
budget:
  per_year: {2024: 100000, 2025: 200000}
""",
        """
budget:
  amount: 300000
  per_year: {2024: 100000, 2025: 200000}
""",
    ),
)

DB345 = Code(
    "DB345",
    "cannot-check",
    W,
    "semantic",
    summary="A declared figure by year or by funder that cannot be checked: some money below it has no such split.",
    message={
        "en": "{what} cannot be checked: '{node}' holds money without a split {by}",
        "nl": "{what} kan niet gecontroleerd worden: '{node}' heeft geld zonder verdeling {by}",
    },
    hint={
        "en": "Split the money of '{node}' {by}, or remove the declared figure.",
        "nl": "Verdeel het geld van '{node}' {by}, of haal het opgegeven bedrag weg.",
    },
    tokens={
        "what": {
            "year_total": {"en": "the declared total for {year}", "nl": "het opgegeven totaal voor {year}"},
            "funder_total": {
                "en": "the declared total of funder '{funder}'",
                "nl": "het opgegeven totaal van financier '{funder}'",
            },
            "co_financing": {"en": "co-financing rule '{rule}'", "nl": "cofinancieringsregel '{rule}'"},
        },
        "by": {
            "year": {"en": "by year", "nl": "per jaar"},
            "funder": {"en": "by funder", "nl": "per financier"},
            "funder_year": {"en": "by funder per year", "nl": "per financier per jaar"},
        },
    },
    example=example(
        """
- id: werken
  budget:
    declared_per_year: {2024: 100000}
  children:
    - id: banen
      budget: {amount: 100000}
""",
        """
- id: werken
  budget:
    declared_per_year: {2024: 100000}
  children:
    - id: banen
      budget: {amount: 100000, per_year: {2024: 100000}}
""",
    ),
)

DB346 = Code(
    "DB346",
    "co-financing-not-met",
    E,
    "semantic",
    summary="A co-financing rule that the planned money does not meet.",
    message={
        "en": (
            "co-financing rule '{rule}' is not met {period}: {funders} pay {paid}, less than {ratio} × {matched} "
            "from {matches} = {required}"
        ),
        "nl": (
            "cofinancieringsregel '{rule}' wordt niet gehaald {period}: {funders} betalen {paid}, minder dan "
            "{ratio} × {matched} van {matches} = {required}"
        ),
    },
    hint={
        "en": "Correct the funding by funder, or the rule.",
        "nl": "Verbeter de financiering per financier, of de regel.",
    },
    tokens={
        "period": {
            "all": {"en": "over all planned money", "nl": "over al het geplande geld"},
            "years": {"en": "in {start}–{end}", "nl": "in {start}–{end}"},
        }
    },
    example=example(
        """
co_financing:
  - {id: gemeente-matcht-rijk, funders: [gemeente], matches: [rijk], ratio: 1}
budget:
  funding: {rijk: 200000, gemeente: 100000}
""",
        """
co_financing:
  - {id: gemeente-matcht-rijk, funders: [gemeente], matches: [rijk], ratio: 1}
budget:
  funding: {rijk: 150000, gemeente: 150000}
""",
    ),
)

CODES = (
    DB301,
    DB302,
    DB303,
    DB304,
    DB305,
    DB306,
    DB307,
    DB308,
    DB309,
    DB310,
    DB311,
    DB312,
    DB313,
    DB314,
    DB315,
    DB316,
    DB317,
    DB318,
    DB319,
    DB320,
    DB321,
    DB322,
    DB323,
    DB324,
    DB326,
    DB327,
    DB328,
    DB329,
    DB330,
    DB331,
    DB350,
    DB351,
    DB352,
    DB353,
    DB354,
    DB355,
    DB356,
    DB357,
    DB340,
    DB341,
    DB342,
    DB343,
    DB344,
    DB345,
    DB346,
)
