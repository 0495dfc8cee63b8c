"""DB2xx: the shape of the spec (the schema). One entry per code: its words in every language, the words of its
tokens, and a wrong and a right snippet for its page in the docs."""

from __future__ import annotations

from doelenboom.codes._entry import DID_YOU_MEAN, Code, E, example

DB201 = Code(
    "DB201",
    "unknown-key",
    E,
    "schema",
    summary="A key the spec format does not know, usually a typo.",
    message={
        "en": "unknown key '{key}' in {where}",
        "nl": "onbekende sleutel '{key}' in {where}",
    },
    hint={
        "en": "{suggestion}",
        "nl": "{suggestion}",
    },
    # ``suggestion`` is the id that comes closest, or NO_SUGGESTION ("").
    tokens={"suggestion": {"": {"en": "Allowed here: {allowed}.", "nl": "Hier toegestaan: {allowed}."}}},
    data=DID_YOU_MEAN,
    example=example(
        """
- id: gezondheid
  naam: Gezondheid
""",
        """
- id: gezondheid
  name: Gezondheid
""",
    ),
)

DB202 = Code(
    "DB202",
    "missing-key",
    E,
    "schema",
    summary="A required key is missing.",
    message={
        "en": "required key '{key}' is missing in {where}",
        "nl": "verplichte sleutel '{key}' ontbreekt in {where}",
    },
    hint={
        "en": "Add '{key}:' with a value.",
        "nl": "Voeg '{key}:' toe met een waarde.",
    },
    example=example(
        """
- id: gezondheid
  budget: {amount: 20313455}
""",
        """
- id: gezondheid
  name: Gezondheid
  budget: {amount: 20313455}
""",
    ),
)

DB203 = Code(
    "DB203",
    "wrong-type",
    E,
    "schema",
    summary="A value has the wrong kind: text where a number is expected, a list where a mapping is.",
    message={
        "en": "'{key}' in {where} should be {expected}, not {found}",
        "nl": "'{key}' in {where} moet {expected} zijn, niet {found}",
    },
    hint={
        "en": "Write {expected} here.",
        "nl": "Schrijf hier {expected}.",
    },
    tokens={
        "expected": {
            "int": {"en": "a whole number", "nl": "een geheel getal"},
            "string": {"en": "text", "nl": "tekst"},
            "number": {"en": "a number", "nl": "een getal"},
            "bool": {"en": "true or false", "nl": "true of false"},
            "dict": {"en": "a mapping (key: value)", "nl": "een tabel (sleutel: waarde)"},
            "list": {"en": "a list (- item)", "nl": "een lijst (- onderdeel)"},
            "date": {"en": "a date (YYYY-MM-DD) or a year", "nl": "een datum (JJJJ-MM-DD) of een jaartal"},
            "version": {
                "en": "a version number without quotes (1 or 1.1)",
                "nl": "een versienummer zonder aanhalingstekens (1 of 1.1)",
            },
        },
        "found": {
            "none": {"en": "nothing", "nl": "niets"},
            "bool": {"en": "true/false", "nl": "true/false"},
            "number": {"en": "the number {value}", "nl": "het getal {value}"},
            "text": {"en": "the text '{value}'", "nl": "de tekst '{value}'"},
            "list": {"en": "a list", "nl": "een lijst"},
            "dict": {"en": "a mapping", "nl": "een tabel"},
            "timestamp": {
                "en": "{value}, which YAML reads as a date; put text in quotes: '{value}'",
                "nl": "{value}, dat YAML leest als datum; zet tekst tussen aanhalingstekens: '{value}'",
            },
        },
    },
    data={"found": {"en": "{found}", "nl": "{found}"}},  # any other kind of value: its type's name
    example=example(
        """
horizon: 2020-2045
""",
        """
horizon:
  start: 2020
  end: 2045
""",
    ),
)

DB204 = Code(
    "DB204",
    "invalid-choice",
    E,
    "schema",
    summary="A value is not one of the allowed choices.",
    message={
        "en": "'{value}' is not allowed for '{key}'; choose one of: {allowed}",
        "nl": "'{value}' is niet toegestaan voor '{key}'; kies uit: {allowed}",
    },
    hint={
        "en": "Pick one of the listed values.",
        "nl": "Kies een van de genoemde waarden.",
    },
    example=example(
        """
- id: flexibele-woningen
  kind: aantal
""",
        """
- id: flexibele-woningen
  kind: count
""",
    ),
)

DB205 = Code(
    "DB205",
    "money-float",
    E,
    "schema",
    summary="A money amount written as a decimal number; floats lose cents, so they are refused.",
    message={
        "en": "amount {text} is written as a decimal number",
        "nl": "bedrag {text} is geschreven als kommagetal",
    },
    hint={
        "en": 'Write whole euros without separators (20313455), or quote an amount with cents ("1234.50").',
        "nl": (
            "Schrijf hele euro's zonder punten (20313455), of zet een bedrag met centen tussen "
            'aanhalingstekens ("1234.50").'
        ),
    },
    example=example(
        """
amount: 20313455.00
""",
        """
amount: 20313455      # whole euros; an amount with cents goes in quotes: "1234.50"
""",
    ),
)

DB206 = Code(
    "DB206",
    "negative-money",
    E,
    "schema",
    summary="A budget amount below zero.",
    message={
        "en": "budget amount {text} is negative",
        "nl": "begrotingsbedrag {text} is negatief",
    },
    hint={
        "en": "Budgets are zero or more; record savings as a note.",
        "nl": "Een begroting is nul of meer; noteer een besparing als toelichting.",
    },
    example=example(
        """
amount: -500000
""",
        """
amount: 0
note: De begroting valt 500.000 lager uit door een besparing.
""",
    ),
)

DB207 = Code(
    "DB207",
    "bad-id",
    E,
    "schema",
    summary="An id that is not a slug: ids are lowercase letters, digits and hyphens.",
    message={
        "en": "'{value}' is not a valid id",
        "nl": "'{value}' is geen geldige id",
    },
    hint={
        "en": "Use lowercase letters, digits and hyphens, starting with a letter, e.g. 'meer-meedoen'.",
        "nl": "Gebruik kleine letters, cijfers en streepjes, beginnend met een letter, bijv. 'meer-meedoen'.",
    },
    example=example(
        """
id: Gezondheid & Zorg
""",
        """
id: gezondheid-en-zorg
""",
    ),
)

DB208 = Code(
    "DB208",
    "unsupported-format",
    E,
    "schema",
    summary="The format version at the top of the file is not one this doelenboom reads.",
    message={
        "en": "format version '{value}' is not supported; this doelenboom reads versions 1 and 1.1",
        "nl": "formaatversie '{value}' wordt niet ondersteund; deze doelenboom leest versie 1 en 1.1",
    },
    hint={
        "en": (
            "Start the file with 'doelenboom: 1' ('doelenboom: 1.1' when it splits money by year or funder, "
            "or declares sub-areas or indicators)."
        ),
        "nl": (
            "Begin het bestand met 'doelenboom: 1' ('doelenboom: 1.1' als het geld per jaar of financier "
            "verdeelt, of deelgebieden of indicatoren opgeeft)."
        ),
    },
    example=example(
        """
doelenboom: 2
""",
        """
doelenboom: 1
""",
    ),
)

DB209 = Code(
    "DB209",
    "not-finite",
    E,
    "schema",
    summary="NaN or infinity where a figure is expected.",
    message={
        "en": "'{text}' is not a finite number",
        "nl": "'{text}' is geen eindig getal",
    },
    hint={
        "en": "Write the actual figure.",
        "nl": "Schrijf het werkelijke getal.",
    },
    example=example(
        """
value: .nan
""",
        """
value: 750
""",
    ),
)

DB210 = Code(
    "DB210",
    "out-of-bounds",
    E,
    "schema",
    summary="A number outside its allowed bounds (a negative count, a share above 100 %).",
    message={
        "en": "'{key}' must be {bound}; found {text}",
        "nl": "'{key}' moet {bound} zijn; gevonden: {text}",
    },
    hint={
        "en": "Check the figure.",
        "nl": "Controleer het getal.",
    },
    tokens={
        "bound": {
            "below_1e15": {"en": "below 10^15", "nl": "kleiner dan 10^15"},
            "non_negative": {"en": "zero or more", "nl": "nul of meer"},
            "percent": {"en": "at most 100", "nl": "hoogstens 100"},
            "year": {"en": "a year", "nl": "een jaartal"},
            "filled_in": {"en": "filled in", "nl": "ingevuld"},
            "min_length": {"en": "at least {limit} characters long", "nl": "minstens {limit} tekens lang"},
            "max_length": {"en": "at most {limit} characters long", "nl": "hoogstens {limit} tekens lang"},
            "min": {"en": "{limit} or more", "nl": "{limit} of meer"},
            "max": {"en": "at most {limit}", "nl": "hoogstens {limit}"},
        },
    },
    example=example(
        """
declared_share: 138
""",
        """
declared_share: 38
""",
    ),
)

DB211 = Code(
    "DB211",
    "bad-amount-text",
    E,
    "schema",
    summary="Text where an amount is expected, such as '20.313.455' or '1,5'.",
    message={
        "en": "'{text}' is not an amount",
        "nl": "'{text}' is geen bedrag",
    },
    hint={
        "en": "Write the amount as digits without thousands separators, e.g. 20313455.",
        "nl": "Schrijf het bedrag als cijfers zonder scheidingstekens, bijv. 20313455.",
    },
    example=example(
        """
amount: "20.313.455"
""",
        """
amount: 20313455
""",
    ),
)

DB212 = Code(
    "DB212",
    "control-character",
    E,
    "schema",
    summary=(
        "Text holding an invisible control character (such as U+0000, the C1 control U+009B or the bidi "
        "override U+202E), usually pasted in by accident."
    ),
    message={
        "en": "'{key}' holds the invisible control character {char}",
        "nl": "'{key}' bevat het onzichtbare stuurteken {char}",
    },
    hint={
        "en": "Retype the text, or remove the escape (\\u0000 and the like) from it.",
        "nl": "Typ de tekst opnieuw, of haal de escape (\\u0000 en dergelijke) eruit.",
    },
    example=example(
        'name: "Gezondheid\\u0000"\n',
        """
name: Gezondheid
""",
    ),
)

DB299 = Code(
    "DB299",
    "schema-other",
    E,
    "schema",
    summary="Any other violation of the spec format.",
    message={
        "en": "invalid value for '{key}' in {where}: {detail}",
        "nl": "ongeldige waarde voor '{key}' in {where}: {detail}",
    },
    hint={
        "en": "See the spec-format reference.",
        "nl": "Zie de beschrijving van het specformaat.",
    },
    example=example(
        """
# No spec reaches this code today: every problem the format knows has a code of its own.
# It is the safety net for a future check whose error has not been given one yet.
name: Programma Heerlen-Noord
""",
        """
name: Programma Heerlen-Noord
""",
    ),
)

CODES = (
    DB201,
    DB202,
    DB203,
    DB204,
    DB205,
    DB206,
    DB207,
    DB208,
    DB209,
    DB210,
    DB211,
    DB212,
    DB299,
)
