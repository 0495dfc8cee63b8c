"""The catalogue of diagnostic codes: every problem doelenboom can report, in English and Dutch.

Codes are stable: a code is never renumbered or reused. A new problem gets a new number.
``DB1xx`` are YAML and file problems, ``DB2xx`` schema problems, ``DB3xx`` problems of meaning,
``DB4xx`` measurement problems. Messages are ``str.format`` templates over the diagnostic's args.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from doelenboom.diagnostics import ArgValue, Severity

if TYPE_CHECKING:
    from doelenboom.diagnostics import Diagnostic

LANGUAGES = ("en", "nl")

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True, slots=True)
class Code:
    """One catalogue entry. ``message`` and ``hint`` map a language to a template."""

    code: str
    name: str
    severity: Severity
    phase: str
    message: dict[str, str]
    hint: dict[str, str]
    summary: str


def _c(
    code: str,
    name: str,
    severity: Severity,
    phase: str,
    summary: str,
    en: str,
    nl: str,
    hint_en: str,
    hint_nl: str,
) -> Code:
    return Code(code, name, severity, phase, {"en": en, "nl": nl}, {"en": hint_en, "nl": hint_nl}, summary)


_ENTRIES = [
    # --- DB1xx: reading the file and YAML -------------------------------------------------------
    _c(
        "DB101",
        "file-unreadable",
        E,
        "yaml",
        "The file cannot be opened or read.",
        "cannot read the file: {reason}",
        "het bestand kan niet gelezen worden: {reason_nl}",
        "Check the path and the file's permissions.",
        "Controleer het pad en of u het bestand mag lezen.",
    ),
    _c(
        "DB102",
        "not-utf8",
        E,
        "yaml",
        "The file is not UTF-8 text (for example Latin-1 saved by an old editor).",
        "the file is not valid UTF-8 (byte {byte} cannot be decoded)",
        "het bestand is geen geldige UTF-8-tekst (byte {byte} is onleesbaar)",
        "Save the file as UTF-8 in your editor.",
        "Sla het bestand in uw editor op als UTF-8.",
    ),
    _c(
        "DB103",
        "yaml-syntax",
        E,
        "yaml",
        "The YAML itself is malformed: a bad indent, an unclosed quote or bracket.",
        "YAML syntax error: {problem}",
        "fout in de YAML-opbouw: {problem_nl}",
        "Check the indentation and quotes on this line and the one above it.",
        "Controleer de inspringing en aanhalingstekens op deze regel en de regel erboven.",
    ),
    _c(
        "DB104",
        "duplicate-key",
        E,
        "yaml",
        "A key appears twice in one mapping; YAML would silently keep only the last one.",
        "key '{key}' appears twice (first on line {first_line})",
        "sleutel '{key}' komt twee keer voor (eerst op regel {first_line})",
        "Remove one of the two, or merge their contents.",
        "Verwijder een van de twee, of voeg de inhoud samen.",
    ),
    _c(
        "DB105",
        "anchor-alias",
        E,
        "yaml",
        "YAML anchors (&name) and aliases (*name) are refused: they hide copies and allow alias bombs.",
        "YAML anchors and aliases are not allowed (found '{name}')",
        "YAML-ankers en -verwijzingen zijn niet toegestaan ('{name}' gevonden)",
        "Write the content out in full where it is needed.",
        "Schrijf de inhoud voluit op de plek waar die nodig is.",
    ),
    _c(
        "DB106",
        "yaml11-boolean",
        E,
        "yaml",
        "yes/no/on/off are read as true/false by YAML 1.1, which is rarely what was meant.",
        "'{text}' is read by YAML as a yes/no value",
        "'{text}' wordt door YAML gelezen als ja/nee-waarde",
        'Write true or false for a yes/no value, or put the text in quotes: "{text}".',
        'Schrijf true of false voor ja/nee, of zet tekst tussen aanhalingstekens: "{text}".',
    ),
    _c(
        "DB107",
        "leading-zero",
        E,
        "yaml",
        "A number with a leading zero is read as octal by YAML 1.1 (010 becomes 8).",
        "'{text}' starts with a zero and would be read as an octal number",
        "'{text}' begint met een nul en zou als octaal getal gelezen worden",
        "Remove the leading zero, or quote the value if it is a code.",
        "Haal de voorloopnul weg, of zet de waarde tussen aanhalingstekens als het een code is.",
    ),
    _c(
        "DB108",
        "too-deep",
        E,
        "yaml",
        "The document nests deeper than any spec needs; refused to protect the loader.",
        "the document nests deeper than {limit} levels",
        "het document is dieper genest dan {limit} niveaus",
        "Check the indentation; a goal tree needs only a handful of levels.",
        "Controleer de inspringing; een doelenboom heeft maar een paar niveaus nodig.",
    ),
    _c(
        "DB109",
        "number-too-long",
        E,
        "yaml",
        "A number has more digits than any real figure; refused to protect the loader.",
        "the number has more than {limit} digits",
        "het getal heeft meer dan {limit} cijfers",
        "Check the figure; remove stray digits.",
        "Controleer het bedrag of getal; verwijder overtollige cijfers.",
    ),
    _c(
        "DB110",
        "not-one-document",
        E,
        "yaml",
        "A spec file holds exactly one YAML document.",
        "the file must hold exactly one YAML document; found {count}",
        "het bestand moet precies één YAML-document bevatten; gevonden: {count}",
        "A spec is one YAML document: remove extra '---' separators, or write the spec into an empty file.",
        "Een spec is één YAML-document: verwijder extra '---'-scheidingen, of vul een leeg bestand.",
    ),
    _c(
        "DB111",
        "key-not-text",
        E,
        "yaml",
        "Keys of a mapping must be plain text.",
        "keys must be plain text; found {found}",
        "sleutels moeten gewone tekst zijn; gevonden: {found_nl}",
        "Write the key as a word, e.g. 'name:'.",
        "Schrijf de sleutel als woord, bijvoorbeeld 'name:'.",
    ),
    _c(
        "DB112",
        "unsupported-tag",
        E,
        "yaml",
        "Explicit YAML tags (!!python/..., !custom) are refused.",
        "YAML tag '{tag}' is not allowed",
        "YAML-tag '{tag}' is niet toegestaan",
        "Remove the tag; write the plain value.",
        "Verwijder de tag; schrijf de gewone waarde.",
    ),
    _c(
        "DB113",
        "odd-number-notation",
        E,
        "yaml",
        "Hexadecimal, binary or sexagesimal (1:30) numbers, which YAML 1.1 silently converts.",
        "'{text}' would be read by YAML as a number in another base",
        "'{text}' zou door YAML gelezen worden als getal in een ander talstelsel",
        "Write the number in plain digits, or quote the value if it is text.",
        "Schrijf het getal in gewone cijfers, of zet tekst tussen aanhalingstekens.",
    ),
    # --- DB2xx: the shape of the spec -------------------------------------------------------------
    _c(
        "DB201",
        "unknown-key",
        E,
        "schema",
        "A key the spec format does not know, usually a typo.",
        "unknown key '{key}' in {where}",
        "onbekende sleutel '{key}' in {where}",
        "{suggestion}",
        "{suggestion_nl}",
    ),
    _c(
        "DB202",
        "missing-key",
        E,
        "schema",
        "A required key is missing.",
        "required key '{key}' is missing in {where}",
        "verplichte sleutel '{key}' ontbreekt in {where}",
        "Add '{key}:' with a value.",
        "Voeg '{key}:' toe met een waarde.",
    ),
    _c(
        "DB203",
        "wrong-type",
        E,
        "schema",
        "A value has the wrong kind: text where a number is expected, a list where a mapping is.",
        "'{key}' in {where} should be {expected}, not {found}",
        "'{key}' in {where} moet {expected_nl} zijn, niet {found_nl}",
        "Write {expected} here.",
        "Schrijf hier {expected_nl}.",
    ),
    _c(
        "DB204",
        "invalid-choice",
        E,
        "schema",
        "A value is not one of the allowed choices.",
        "'{value}' is not allowed for '{key}'; choose one of: {allowed}",
        "'{value}' is niet toegestaan voor '{key}'; kies uit: {allowed}",
        "Pick one of the listed values.",
        "Kies een van de genoemde waarden.",
    ),
    _c(
        "DB205",
        "money-float",
        E,
        "schema",
        "A money amount written as a decimal number; floats lose cents, so they are refused.",
        "amount {text} is written as a decimal number",
        "bedrag {text} is geschreven als kommagetal",
        'Write whole euros without separators (20313455), or quote an amount with cents ("1234.50").',
        "Schrijf hele euro's zonder punten (20313455), of zet een bedrag met centen tussen "
        'aanhalingstekens ("1234.50").',
    ),
    _c(
        "DB206",
        "negative-money",
        E,
        "schema",
        "A budget amount below zero.",
        "budget amount {text} is negative",
        "begrotingsbedrag {text} is negatief",
        "Budgets are zero or more; record savings as a note.",
        "Een begroting is nul of meer; noteer een besparing als toelichting.",
    ),
    _c(
        "DB207",
        "bad-id",
        E,
        "schema",
        "An id that is not a slug: ids are lowercase letters, digits and hyphens.",
        "'{value}' is not a valid id",
        "'{value}' is geen geldige id",
        "Use lowercase letters, digits and hyphens, starting with a letter, e.g. 'meer-meedoen'.",
        "Gebruik kleine letters, cijfers en streepjes, beginnend met een letter, bijv. 'meer-meedoen'.",
    ),
    _c(
        "DB208",
        "unsupported-format",
        E,
        "schema",
        "The format version at the top of the file is not one this doelenboom reads.",
        "format version '{value}' is not supported; this doelenboom reads version 1",
        "formaatversie '{value}' wordt niet ondersteund; deze doelenboom leest versie 1",
        "Start the file with 'doelenboom: 1'.",
        "Begin het bestand met 'doelenboom: 1'.",
    ),
    _c(
        "DB209",
        "not-finite",
        E,
        "schema",
        "NaN or infinity where a figure is expected.",
        "'{text}' is not a finite number",
        "'{text}' is geen eindig getal",
        "Write the actual figure.",
        "Schrijf het werkelijke getal.",
    ),
    _c(
        "DB210",
        "out-of-bounds",
        E,
        "schema",
        "A number outside its allowed bounds (a negative count, a share above 100 %).",
        "'{key}' must be {bound}; found {text}",
        "'{key}' moet {bound_nl} zijn; gevonden: {text}",
        "Check the figure.",
        "Controleer het getal.",
    ),
    _c(
        "DB211",
        "bad-amount-text",
        E,
        "schema",
        "Text where an amount is expected, such as '20.313.455' or '1,5'.",
        "'{text}' is not an amount",
        "'{text}' is geen bedrag",
        "Write the amount as digits without thousands separators, e.g. 20313455.",
        "Schrijf het bedrag als cijfers zonder scheidingstekens, bijv. 20313455.",
    ),
    _c(
        "DB212",
        "control-character",
        E,
        "schema",
        "Text holding an invisible control character (such as U+0000), usually pasted in by accident.",
        "'{key}' holds the invisible control character {char}",
        "'{key}' bevat het onzichtbare stuurteken {char}",
        "Retype the text, or remove the escape (\\u0000 and the like) from it.",
        "Typ de tekst opnieuw, of haal de escape (\\u0000 en dergelijke) eruit.",
    ),
    _c(
        "DB299",
        "schema-other",
        E,
        "schema",
        "Any other violation of the spec format.",
        "invalid value for '{key}' in {where}: {detail}",
        "ongeldige waarde voor '{key}' in {where}: {detail}",
        "See the spec-format reference.",
        "Zie de beschrijving van het specformaat.",
    ),
    # --- DB3xx: meaning ---------------------------------------------------------------------------
    _c(
        "DB301",
        "duplicate-id",
        E,
        "semantic",
        "Two things share an id; ids must be unique in the whole spec.",
        "id '{id}' is used twice (first on line {first_line})",
        "id '{id}' wordt twee keer gebruikt (eerst op regel {first_line})",
        "Give one of them another id.",
        "Geef een van beide een andere id.",
    ),
    _c(
        "DB302",
        "unknown-reference",
        E,
        "semantic",
        "A reference to an id that does not exist.",
        "'{ref}' does not refer to any {kind} in this spec",
        "'{ref}' verwijst naar niets: er is geen {kind_nl} met die id in dit bestand",
        "{suggestion}",
        "{suggestion_nl}",
    ),
    _c(
        "DB303",
        "cycle",
        E,
        "semantic",
        "References that go round in a circle.",
        "references form a cycle: {cycle}",
        "verwijzingen vormen een kringloop: {cycle}",
        "Break the cycle by removing one of the references.",
        "Doorbreek de kringloop door een van de verwijzingen te verwijderen.",
    ),
    _c(
        "DB304",
        "total-mismatch",
        E,
        "semantic",
        "A declared total or subtotal is not the sum of its parts.",
        "declared {what} {declared} is not the sum of its parts, {computed} (difference {difference})",
        "opgegeven {what_nl} {declared} is niet de som van de onderdelen, {computed} (verschil {difference})",
        "Correct the total or the figure that changed; the parts are listed below.",
        "Verbeter het totaal of het bedrag dat veranderd is; de onderdelen staan hieronder.",
    ),
    _c(
        "DB305",
        "share-mismatch",
        E,
        "semantic",
        "A declared percentage share does not match the budgets.",
        "declared share {declared} % of '{id}' does not match the computed {computed} %",
        "opgegeven aandeel {declared} % van '{id}' klopt niet met het berekende {computed} %",
        "Correct the share, or the budget figures it is computed from.",
        "Verbeter het aandeel, of de bedragen waaruit het berekend wordt.",
    ),
    _c(
        "DB306",
        "allocation-sum",
        E,
        "semantic",
        "The allocation shares of a budget split across goals do not add up to 100 %.",
        "allocation shares of '{id}' add up to {total} %, not 100 %",
        "de verdeling van '{id}' telt op tot {total} %, niet 100 %",
        "Adjust the shares so that they add up to 100.",
        "Pas de aandelen aan zodat ze samen 100 zijn.",
    ),
    _c(
        "DB307",
        "part-exceeds-whole",
        E,
        "semantic",
        "A part-of target is larger than the target it is part of.",
        "target '{id}' ({part}) is larger than its whole '{whole}' ({whole_value})",
        "streefdoel '{id}' ({part}) is groter dan het geheel '{whole}' ({whole_value})",
        "A part cannot exceed its whole; check both figures.",
        "Een deel kan niet groter zijn dan het geheel; controleer beide getallen.",
    ),
    _c(
        "DB308",
        "unit-mismatch",
        E,
        "semantic",
        "Two figures that must be compared have units that cannot be converted into each other.",
        "unit '{unit}' of '{id}' cannot be compared with unit '{other_unit}' of '{other}'",
        "eenheid '{unit}' van '{id}' is niet vergelijkbaar met eenheid '{other_unit}' van '{other}'",
        "Use the same unit as the target it refers to.",
        "Gebruik dezelfde eenheid als het streefdoel waarnaar verwezen wordt.",
    ),
    _c(
        "DB309",
        "range-unordered",
        E,
        "semantic",
        "A range target whose low end is above its high end.",
        "range of target '{id}' runs from {low} to {high}",
        "de bandbreedte van streefdoel '{id}' loopt van {low} tot {high}",
        "Write the smaller figure as 'low' and the larger as 'high'.",
        "Zet het kleinste getal bij 'low' en het grootste bij 'high'.",
    ),
    _c(
        "DB310",
        "outside-horizon",
        E,
        "semantic",
        "A date or year outside the programme's horizon.",
        "{what} {value} of '{id}' lies outside the horizon {start}–{end}",
        "{what_nl} {value} van '{id}' valt buiten de looptijd {start}–{end}",
        "Check the year; the programme runs from {start} to {end}.",
        "Controleer het jaartal; het programma loopt van {start} tot {end}.",
    ),
    _c(
        "DB311",
        "unserved-node",
        W,
        "semantic",
        "A goal (or other non-leaf node) that no intervention serves.",
        "{level} '{id}' is not served by any {leaf_level}",
        "{level} '{id}' wordt door geen {leaf_level} gediend",
        "Add an intervention under it, or let an existing one serve it with 'serves:'.",
        "Voeg er een interventie onder toe, of laat een bestaande het dienen met 'serves:'.",
    ),
    _c(
        "DB312",
        "no-target",
        E,
        "semantic",
        "An intervention with neither a target nor a reason why it has none.",
        "{level} '{id}' has no target and no 'no_target_reason'",
        "{level} '{id}' heeft geen streefdoel ('targets:') en geen 'no_target_reason'",
        "Add a target, or say why there is none with 'no_target_reason:'.",
        "Voeg een streefdoel toe onder 'targets:', of leg met 'no_target_reason:' uit waarom er geen is.",
    ),
    _c(
        "DB313",
        "qualitative-target",
        W,
        "semantic",
        "A qualitative ambition that cannot be measured as written.",
        "target '{id}' is qualitative and cannot be measured as written",
        "streefdoel '{id}' is kwalitatief en is zo niet meetbaar",
        "Make it measurable: a count with a unit, a share, a range or a milestone with a deadline.",
        "Maak het meetbaar: een aantal met eenheid, een percentage, een bandbreedte of een mijlpaal met datum.",
    ),
    _c(
        "DB314",
        "too-many-levels",
        E,
        "semantic",
        "The tree is deeper than the levels the spec declares.",
        "'{id}' would be level {depth} of the tree, but the spec declares only {count} levels",
        "'{id}' zou niveau {depth} van de boom zijn, maar onder 'levels:' staan maar {count} niveaus",
        "Move the node up, or declare another level under 'levels:'.",
        "Verplaats het onderdeel, of voeg een niveau toe onder 'levels:'.",
    ),
    _c(
        "DB315",
        "serves-wrong-level",
        E,
        "semantic",
        "A 'serves' link to a node of the wrong level.",
        "'{id}' (level '{level}') can only serve nodes of level '{expected}', but '{ref}' is of level '{found}'",
        "'{id}' (niveau '{level}') kan alleen onderdelen van niveau '{expected}' dienen, maar '{ref}' is van "
        "niveau '{found}'",
        "Point 'serves:' at a node of the level directly above.",
        "Laat 'serves:' verwijzen naar een onderdeel van het niveau direct erboven.",
    ),
    _c(
        "DB316",
        "unknown-unit",
        E,
        "semantic",
        "A unit that is neither built in nor declared under 'units:'.",
        "unknown unit '{unit}'",
        "onbekende eenheid '{unit}'",
        "Use one of: {known}; or declare it under 'units:'.",
        "Gebruik een van: {known}; of leg de eenheid vast onder 'units:'.",
    ),
    _c(
        "DB317",
        "published-discrepancy",
        W,
        "semantic",
        "A published figure that does not add up, kept as published and acknowledged in the spec.",
        "published {what} {declared} differs from the sum of its parts {computed} "
        "(difference {difference}); kept as published",
        "gepubliceerd {what_nl} {declared} wijkt af van de som van de onderdelen {computed} "
        "(verschil {difference}); overgenomen zoals gepubliceerd",
        "Ask the source's authors which figure is right; remove '{key}' once corrected.",
        "Vraag de opstellers van de bron welk bedrag klopt; haal '{key}' weg na correctie.",
    ),
    _c(
        "DB318",
        "unallocated-contribution",
        I,
        "semantic",
        "A node serves more than one node without allocation shares; its budget counts fully towards "
        "its containing node.",
        "'{id}' also serves {others} without 'allocation'; its budget counts fully towards '{parent}'",
        "'{id}' dient ook {others} zonder 'allocation'; de begroting telt volledig mee bij '{parent}'",
        "Add 'allocation:' with a percentage per served node to split the budget.",
        "Voeg 'allocation:' toe met een percentage per gediend onderdeel om de begroting te verdelen.",
    ),
    _c(
        "DB319",
        "stale-discrepancy",
        E,
        "semantic",
        "An 'accept_discrepancy' that no longer describes the figures in the spec.",
        "accepted discrepancy of {what} (declared {accepted_declared}, computed {accepted_computed}) "
        "no longer matches: declared {declared}, computed {computed}",
        "geaccepteerde afwijking van {what_nl} (opgegeven {accepted_declared}, berekend "
        "{accepted_computed}) klopt niet meer: opgegeven {declared}, berekend {computed}",
        "A figure changed; correct it, or update or remove '{key}'.",
        "Er is een bedrag veranderd; verbeter het, of werk '{key}' bij of haal het weg.",
    ),
    _c(
        "DB320",
        "allocation-keys",
        E,
        "semantic",
        "An allocation names a node the budget does not serve, or leaves out one it does.",
        "the allocation of '{id}' {problem}: '{ref}'",
        "de verdeling van '{id}' {problem_nl}: '{ref}'",
        "List exactly the containing node and every node under 'serves:'.",
        "Noem precies het bovenliggende onderdeel en elk onderdeel onder 'serves:'.",
    ),
    _c(
        "DB321",
        "unit-for-kind",
        E,
        "semantic",
        "A target kind that needs a particular unit, e.g. a share is in percent.",
        "target '{id}' of kind '{kind}' needs unit '{expected}', not '{unit}'",
        "streefdoel '{id}' van soort '{kind}' vraagt eenheid '{expected}', niet '{unit}'",
        "Write unit: {expected}.",
        "Schrijf unit: {expected}.",
    ),
    _c(
        "DB322",
        "part-of-unmeasurable",
        E,
        "semantic",
        "A part-of target that refers to a target without a quantity.",
        "target '{id}' is part of '{whole}', which has no quantity",
        "streefdoel '{id}' is een deel van '{whole}', dat geen hoeveelheid heeft",
        "Refer to a count or part-of target.",
        "Verwijs naar een streefdoel met een aantal (soort count of part_of).",
    ),
    _c(
        "DB323",
        "serves-own-parent",
        W,
        "semantic",
        "A node lists the node that already contains it under 'serves:'; the link says nothing new.",
        "'{id}' serves '{ref}', which already contains it",
        "'{id}' dient '{ref}', waar het al onder valt",
        "Remove '{ref}' from 'serves:'; list only the other nodes it contributes to.",
        "Haal '{ref}' weg bij 'serves:'; noem daar alleen de andere onderdelen waaraan het bijdraagt.",
    ),
    _c(
        "DB324",
        "reversed-period",
        E,
        "semantic",
        "A horizon or plan period whose start year comes after its end year.",
        "the {what} runs from {start} to {end}: the start comes after the end",
        "de {what_nl} loopt van {start} tot {end}: het begin ligt na het einde",
        "Swap the two years.",
        "Draai de twee jaartallen om.",
    ),
    _c(
        "DB326",
        "sub-cent-amount",
        E,
        "semantic",
        "A money amount finer than a cent once converted to euros.",
        "amount {text} {unit} is {eur} EUR, finer than a cent",
        "bedrag {text} {unit} is {eur} EUR, fijner dan een cent",
        "Round the amount to whole cents in euros.",
        "Rond het bedrag af op hele centen in euro's.",
    ),
    # --- DB4xx: measurements ----------------------------------------------------------------------
    _c(
        "DB401",
        "unknown-target",
        E,
        "measurements",
        "A measurement for a target id that is not in the spec.",
        "measurement for '{ref}', which is not a target in this spec",
        "meting voor '{ref}', maar dat is geen streefdoel in deze spec",
        "{suggestion}",
        "{suggestion_nl}",
    ),
    _c(
        "DB402",
        "measurement-unit",
        E,
        "measurements",
        "A measurement's unit is unknown or cannot be converted to its target's unit.",
        "unit '{unit}' of a measurement of '{id}' cannot be converted to the target's unit '{target_unit}'",
        "eenheid '{unit}' van een meting van '{id}' is niet om te rekenen naar de eenheid van het streefdoel, "
        "'{target_unit}'",
        "Write the value in '{target_unit}', or in a unit that converts to it.",
        "Schrijf de waarde in '{target_unit}', of in een eenheid die daarnaar om te rekenen is.",
    ),
    _c(
        "DB403",
        "measurement-outside-horizon",
        E,
        "measurements",
        "A measurement dated outside the programme's horizon.",
        "measurement date {value} of '{id}' lies outside the horizon {start}–{end}",
        "meetdatum {value} van '{id}' valt buiten de looptijd {start}–{end}",
        "Check the date; the programme runs from {start} to {end}.",
        "Controleer de datum; het programma loopt van {start} tot {end}.",
    ),
    _c(
        "DB404",
        "duplicate-measurement",
        E,
        "measurements",
        "Two measurements of the same target on the same date for the same area; the first is used.",
        "'{id}' is measured twice on {date} (first on line {first_line}); the first is used",
        "'{id}' is twee keer gemeten op {date} (eerst op regel {first_line}); de eerste telt",
        "Remove one of the two rows, or correct its date or area.",
        "Haal een van de twee regels weg, of verbeter de datum of het gebied.",
    ),
    _c(
        "DB405",
        "not-a-number",
        E,
        "measurements",
        "A measured value that is not a number, such as '12,5' or '1.234,5' (Dutch separators).",
        "'{text}' is not a number",
        "'{text}' is geen getal",
        "Write digits with a decimal point and no thousands separators, e.g. 1234.5 (in a CSV file "
        "separated by ';': a decimal comma, and points between thousands, e.g. 1.234,5).",
        "Schrijf cijfers met een punt als decimaalteken en zonder scheidingstekens, bijv. 1234.5 (in een "
        "CSV-bestand met ';' als scheidingsteken: een decimale komma en punten tussen duizendtallen, "
        "bijv. 1.234,5).",
    ),
    _c(
        "DB406",
        "bad-date",
        E,
        "measurements",
        "A measurement date that is not a date in the form YYYY-MM-DD.",
        "'{text}' is not a date",
        "'{text}' is geen datum",
        "Write the date as YYYY-MM-DD, e.g. 2024-12-31.",
        "Schrijf de datum als JJJJ-MM-DD, bijv. 2024-12-31.",
    ),
    _c(
        "DB407",
        "missing-field",
        E,
        "measurements",
        "A measurement without a target, a date or a value.",
        "the measurement has no '{key}'",
        "de meting heeft geen '{key}'",
        "Every measurement needs a target, a date and a value.",
        "Elke meting heeft een streefdoel (target), een datum (date) en een waarde (value) nodig.",
    ),
    _c(
        "DB408",
        "bad-layout",
        E,
        "measurements",
        "The measurements file or one of its rows is not laid out as a measurements file.",
        "not laid out as measurements: {problem}",
        "niet opgemaakt als metingen: {problem_nl}",
        "A CSV file starts with the header target,date,value,unit,area,source,note; a YAML file "
        "has a list of rows under 'measurements:'.",
        "Een CSV-bestand begint met de kopregel target,date,value,unit,area,source,note; een "
        "YAML-bestand heeft een lijst met regels onder 'measurements:'.",
    ),
    _c(
        "DB409",
        "unknown-column",
        W,
        "measurements",
        "A column or key the measurements format does not know; it is ignored.",
        "unknown column '{key}' is ignored",
        "onbekende kolom '{key}' wordt genegeerd",
        "{suggestion}",
        "{suggestion_nl}",
    ),
    _c(
        "DB410",
        "unknown-status",
        E,
        "measurements",
        "A status for a qualitative target that is not on the target's declared scale.",
        "'{text}' is not a status of target '{id}'; its scale is: {scale}",
        "'{text}' is geen status van streefdoel '{id}'; de schaal is: {scale}",
        "Use one of the statuses under the target's 'scale:'.",
        "Gebruik een van de statussen onder 'scale:' bij het streefdoel.",
    ),
    _c(
        "DB411",
        "milestone-value",
        E,
        "measurements",
        "A milestone is reached (1) or not yet (0); any other value is refused.",
        "milestone '{id}' is reached (1) or not (0); found '{text}'",
        "mijlpaal '{id}' is bereikt (1) of niet (0); gevonden: '{text}'",
        "Write 1 when the milestone is reached and 0 when it is not.",
        "Schrijf 1 als de mijlpaal bereikt is en 0 als dat nog niet zo is.",
    ),
    _c(
        "DB412",
        "unmeasurable-target",
        E,
        "measurements",
        "A measurement for a qualitative target that declares no status scale.",
        "target '{id}' is qualitative without a status scale, so it cannot be measured",
        "streefdoel '{id}' is kwalitatief zonder statusschaal en kan dus niet gemeten worden",
        "Declare a 'scale:' of statuses on the target, or remove the measurement.",
        "Leg bij het streefdoel een 'scale:' met statussen vast, of haal de meting weg.",
    ),
    _c(
        "DB413",
        "not-a-count",
        E,
        "measurements",
        "A measurement of a count (persons, dwellings, ...) that is not a whole number of zero or more, "
        "such as '1.234' (a Dutch thousands separator read as a decimal point) or '-3'.",
        "'{text}' is not a count of {unit} for target '{id}': a count is a whole number, zero or more",
        "'{text}' is geen aantal {unit} voor streefdoel '{id}': een aantal is een heel getal, nul of meer",
        "Write the whole number without thousands separators: 1234, not 1.234. In a CSV file separated "
        "by ';' a point groups thousands (1.234 is 1234).",
        "Schrijf het hele getal zonder scheidingsteken voor duizendtallen: 1234, niet 1.234. In een "
        "CSV-bestand met ';' als scheidingsteken groepeert een punt de duizendtallen (1.234 is 1234).",
    ),
    _c(
        "DB414",
        "unit-without-meaning",
        W,
        "measurements",
        "A measurement gives a unit for a milestone or qualitative target, which has none; it is ignored.",
        "'{id}' is a {kind} and has no unit; the unit '{unit}' is ignored",
        "'{id}' is een {kind_nl} en heeft geen eenheid; de eenheid '{unit}' wordt genegeerd",
        "Leave the unit empty: a milestone is measured as 0 or 1, a qualitative target by a status on its scale.",
        "Laat de eenheid leeg: een mijlpaal meet u met 0 of 1, een kwalitatief streefdoel met een status "
        "van de schaal.",
    ),
    _c(
        "DB415",
        "value-too-large",
        E,
        "measurements",
        "A measured value of a quadrillion (10^15) or more in its target's unit, larger than any real "
        "figure: most likely stray digits or a wrong unit.",
        "'{text}' is too large for a measurement of '{id}': a value is below {limit} in the target's unit",
        "'{text}' is te groot voor een meting van '{id}': een waarde ligt onder {limit} in de eenheid van "
        "het streefdoel",
        "Check the figure for stray digits, and the unit.",
        "Controleer het getal op overtollige cijfers, en de eenheid.",
    ),
    _c(
        "DB416",
        "read-as-windows-1252",
        W,
        "measurements",
        "Lines of a measurements file that are not UTF-8 are read as Windows-1252, as Excel saves CSV "
        "in the Netherlands; bytes that are neither refuse their line (DB102).",
        "the file is not UTF-8 (byte {byte}); {count} line(s) with such bytes are read as Windows-1252",
        "het bestand is geen UTF-8 (byte {byte}); {count} regel(s) met zulke bytes zijn gelezen als Windows-1252",
        "Check letters with accents and the euro sign; save the file as 'CSV UTF-8' to be sure they are read as meant.",
        "Controleer letters met accenten en het euroteken; sla het bestand op als 'CSV UTF-8 (door "
        "komma's gescheiden)' om zeker te zijn dat ze goed gelezen worden.",
    ),
]

CATALOGUE: dict[str, Code] = {entry.code: entry for entry in _ENTRIES}


_DUTCH_SEPARATORS = str.maketrans(",.", ".,")


def format_arg(value: ArgValue, lang: str) -> str:
    """One message argument as text for ``lang``. Decimals (money, percentages) get grouped
    thousands in the language's style (``1,234.5`` in English, ``1.234,5`` in Dutch) and no
    exponent; everything else is ``str(value)``. Use it to word figures as the messages do."""
    if isinstance(value, Decimal):
        # Money and percentages: Dutch groups thousands with '.' and writes decimals after ','.
        text = f"{int(value):,}" if value == value.to_integral_value() else f"{value:,f}"
        if lang == "nl":
            text = text.translate(_DUTCH_SEPARATORS)
        return text
    return str(value)


def _render(template: str, diagnostic: Diagnostic, lang: str) -> str:
    args = {key: format_arg(value, lang) for key, value in diagnostic.args.items()}
    try:
        return template.format(**args)
    except (KeyError, IndexError):
        return template


def register(code: Code) -> Code:
    """Add a code of your own (e.g. for a custom check) so that every renderer can word it.

    Built-in codes are ``DBnnn``; choose another prefix. Registering the same entry again is
    harmless; a different entry under a code that exists is refused, since codes are stable.
    """
    existing = CATALOGUE.get(code.code)
    if existing is not None and existing != code:
        raise ValueError(f"code {code.code} is already registered as {existing.name!r}")
    CATALOGUE[code.code] = code
    return code


def render_message(diagnostic: Diagnostic, lang: str = "en") -> str:
    """The diagnostic's message in ``lang`` (English when the code has no such language): the
    catalogue's template filled with its args. Never raises: an unregistered code shows its args as
    ``key=value``, and a template whose placeholders the args do not fill is shown unfilled."""
    entry = CATALOGUE.get(diagnostic.code)
    if entry is None:  # an unregistered custom code: show its data rather than fail
        return ", ".join(f"{key}={format_arg(value, lang)}" for key, value in diagnostic.args.items())
    return _render(entry.message.get(lang, entry.message["en"]), diagnostic, lang)


def render_hint(diagnostic: Diagnostic, lang: str = "en") -> str:
    """What to do about the diagnostic, in ``lang``, filled like `render_message`; empty for an
    unregistered code."""
    entry = CATALOGUE.get(diagnostic.code)
    if entry is None:
        return ""
    return _render(entry.hint.get(lang, entry.hint["en"]), diagnostic, lang)
