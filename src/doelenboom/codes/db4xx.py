"""DB4xx: measurements. One entry per code: its words in every language, the words of its
tokens, and a wrong and a right snippet for its page in the docs."""

from __future__ import annotations

from doelenboom.codes._entry import CHECK_SPELLING, DID_YOU_MEAN, Code, E, W, example

DB401 = Code(
    "DB401",
    "unknown-target",
    E,
    "measurements",
    summary="A measurement for a target id that is not in the spec.",
    message={
        "en": "measurement for '{ref}', which is not a target in this spec",
        "nl": "meting voor '{ref}', maar dat is geen streefdoel in deze spec",
    },
    hint={
        "en": "{suggestion}",
        "nl": "{suggestion}",
    },
    # ``suggestion`` is the id that comes closest, or NO_SUGGESTION ("").
    tokens=CHECK_SPELLING,
    data=DID_YOU_MEAN,
    example=example(
        """
measurements:
  - {target: burger-initiatieven, date: 2024-12-31, value: 92}
""",
        """
measurements:
  - {target: burgerinitiatieven, date: 2024-12-31, value: 92}
""",
    ),
)

DB402 = Code(
    "DB402",
    "measurement-unit",
    E,
    "measurements",
    summary="A measurement's unit is unknown or cannot be converted to its target's unit.",
    message={
        "en": "unit '{unit}' of a measurement of '{id}' cannot be converted to the target's unit '{target_unit}'",
        "nl": (
            "eenheid '{unit}' van een meting van '{id}' is niet om te rekenen naar de eenheid van het streefdoel, "
            "'{target_unit}'"
        ),
    },
    hint={
        "en": "Write the value in '{target_unit}', or in a unit that converts to it.",
        "nl": "Schrijf de waarde in '{target_unit}', of in een eenheid die daarnaar om te rekenen is.",
    },
    example=example(
        """
measurements:
  - {target: particuliere-woningen, date: 2024-12-31, value: 140, unit: person}
""",
        """
measurements:
  - {target: particuliere-woningen, date: 2024-12-31, value: 140, unit: dwelling}
""",
    ),
)

DB403 = Code(
    "DB403",
    "measurement-outside-horizon",
    E,
    "measurements",
    summary="A measurement dated outside the programme's horizon.",
    message={
        "en": "measurement date {value} of '{id}' lies outside the horizon {start}–{end}",
        "nl": "meetdatum {value} van '{id}' valt buiten de looptijd {start}–{end}",
    },
    hint={
        "en": "Check the date; the programme runs from {start} to {end}.",
        "nl": "Controleer de datum; het programma loopt van {start} tot {end}.",
    },
    example=example(
        """
measurements:
  - {target: burgerinitiatieven, date: 2019-12-31, value: 12}
""",
        """
measurements:
  - {target: burgerinitiatieven, date: 2020-12-31, value: 12}
""",
    ),
)

DB404 = Code(
    "DB404",
    "duplicate-measurement",
    E,
    "measurements",
    summary="Two measurements of the same target on the same date for the same area; the first is used.",
    message={
        "en": "'{id}' is measured twice on {date} (first on line {first_line}); the first is used",
        "nl": "'{id}' is twee keer gemeten op {date} (eerst op regel {first_line}); de eerste telt",
    },
    hint={
        "en": "Remove one of the two rows, or correct its date or area.",
        "nl": "Haal een van de twee regels weg, of verbeter de datum of het gebied.",
    },
    example=example(
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40}
  - {target: kamerwoningen, date: 2024-12-31, value: 44}
""",
        """
measurements:
  - {target: kamerwoningen, date: 2024-06-30, value: 40}
  - {target: kamerwoningen, date: 2024-12-31, value: 44}
""",
    ),
)

DB405 = Code(
    "DB405",
    "not-a-number",
    E,
    "measurements",
    summary="A measured value that is not a number, such as '12,5' or '1.234,5' (Dutch separators).",
    message={
        "en": "'{text}' is not a number",
        "nl": "'{text}' is geen getal",
    },
    hint={
        "en": (
            "Write digits with a decimal point and no thousands separators, e.g. 1234.5 (in a CSV file separated "
            "by ';': a decimal comma, and points between thousands, e.g. 1.234,5)."
        ),
        "nl": (
            "Schrijf cijfers met een punt als decimaalteken en zonder scheidingstekens, bijv. 1234.5 (in een "
            "CSV-bestand met ';' als scheidingsteken: een decimale komma en punten tussen duizendtallen, bijv. "
            "1.234,5)."
        ),
    },
    example=example(
        """
measurements:
  - {target: deelname-verlengde-schooldag, date: 2024-12-31, value: '31,5'}
""",
        """
measurements:
  - {target: deelname-verlengde-schooldag, date: 2024-12-31, value: 31.5}
""",
    ),
)

DB406 = Code(
    "DB406",
    "bad-date",
    E,
    "measurements",
    summary="A measurement date that is not a date in the form YYYY-MM-DD.",
    message={
        "en": "'{text}' is not a date",
        "nl": "'{text}' is geen datum",
    },
    hint={
        "en": "Write the date as YYYY-MM-DD, e.g. 2024-12-31.",
        "nl": "Schrijf de datum als JJJJ-MM-DD, bijv. 2024-12-31.",
    },
    example=example(
        """
measurements:
  - {target: kamerwoningen, date: 31-12-2024, value: 40}
""",
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40}
""",
    ),
)

DB407 = Code(
    "DB407",
    "missing-field",
    E,
    "measurements",
    summary="A measurement without a target, a date or a value.",
    message={
        "en": "the measurement has no '{key}'",
        "nl": "de meting heeft geen '{key}'",
    },
    hint={
        "en": "Every measurement needs a target, a date and a value.",
        "nl": "Elke meting heeft een streefdoel (target), een datum (date) en een waarde (value) nodig.",
    },
    example=example(
        """
measurements:
  - {target: kamerwoningen, value: 40}
""",
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40}
""",
    ),
)

DB408 = Code(
    "DB408",
    "bad-layout",
    E,
    "measurements",
    summary="The measurements file or one of its rows is not laid out as a measurements file.",
    message={
        "en": "not laid out as measurements: {problem}",
        "nl": "niet opgemaakt als metingen: {problem}",
    },
    hint={
        "en": (
            "A CSV file starts with the header target,date,value,unit,area,source,note; a YAML file has a list of "
            "rows under 'measurements:'."
        ),
        "nl": (
            "Een CSV-bestand begint met de kopregel target,date,value,unit,area,source,note; een YAML-bestand "
            "heeft een lijst met regels onder 'measurements:'."
        ),
    },
    tokens={
        "problem": {
            "empty": {"en": "the file is empty", "nl": "het bestand is leeg"},
            "no_column": {
                "en": "the header has no column {columns}",
                "nl": "de kopregel heeft geen kolom {columns}",
            },
            "row_width": {
                "en": "the row has {fields} fields, the header {width}",
                "nl": "de regel heeft {fields} velden, de kopregel {width}",
            },
            "field_too_long": {"en": "a field is too long", "nl": "een veld is te lang"},
            "not_csv": {"en": "the row cannot be read as CSV", "nl": "de regel is niet als CSV te lezen"},
            "no_list": {
                "en": "there is no list under 'measurements:'",
                "nl": "er staat geen lijst onder 'measurements:'",
            },
            "row_not_mapping": {
                "en": "a row is not a mapping (target: ..., date: ..., value: ...)",
                "nl": "een regel is geen tabel (target: ..., date: ..., value: ...)",
            },
            "given_twice": {
                "en": "the row gives {column} twice ('{first}:' and '{second}:')",
                "nl": "de regel geeft {column} twee keer ('{first}:' en '{second}:')",
            },
            "column_twice": {
                "en": "the header names the column {column} twice ('{first}' and '{second}')",
                "nl": "de kopregel noemt de kolom {column} twee keer ('{first}' en '{second}')",
            },
            "bom_inside": {
                "en": (
                    "the row holds an invisible byte-order mark (U+FEFF), often where two files were pasted "
                    "together; delete it"
                ),
                "nl": (
                    "de regel bevat een onzichtbaar byte-order mark (U+FEFF), vaak waar twee bestanden aan "
                    "elkaar zijn geplakt; verwijder het"
                ),
            },
        },
    },
    example=example(
        """
- {target: kamerwoningen, date: 2024-12-31, value: 40}
""",
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40}
""",
    ),
)

DB409 = Code(
    "DB409",
    "unknown-column",
    W,
    "measurements",
    summary="A column or key the measurements format does not know; it is ignored.",
    message={
        "en": "unknown column '{key}' is ignored",
        "nl": "onbekende kolom '{key}' wordt genegeerd",
    },
    hint={
        "en": "{suggestion}",
        "nl": "{suggestion}",
    },
    # ``suggestion`` is the id that comes closest, or NO_SUGGESTION ("").
    tokens=CHECK_SPELLING,
    data=DID_YOU_MEAN,
    example=example(
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40, buurt: Vrieheide}
""",
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40, area: Vrieheide}
""",
    ),
)

DB410 = Code(
    "DB410",
    "unknown-status",
    E,
    "measurements",
    summary="A status for a qualitative target that is not on the target's declared scale.",
    message={
        "en": "'{text}' is not a status of target '{id}'; its scale is: {scale}",
        "nl": "'{text}' is geen status van streefdoel '{id}'; de schaal is: {scale}",
    },
    hint={
        "en": "Use one of the statuses under the target's 'scale:'.",
        "nl": "Gebruik een van de statussen onder 'scale:' bij het streefdoel.",
    },
    example=example(
        """
# in the spec: {id: aanpak-vsv, kind: qualitative, name: ..., scale: [niet gestart, gestart, klaar]}
measurements:
  - {target: aanpak-vsv, date: 2024-12-31, value: bijna klaar}
""",
        """
# in the spec: {id: aanpak-vsv, kind: qualitative, name: ..., scale: [niet gestart, gestart, klaar]}
measurements:
  - {target: aanpak-vsv, date: 2024-12-31, value: gestart}
""",
    ),
)

DB411 = Code(
    "DB411",
    "milestone-value",
    E,
    "measurements",
    summary="A milestone is reached (1) or not yet (0); any other value is refused.",
    message={
        "en": "milestone '{id}' is reached (1) or not (0); found '{text}'",
        "nl": "mijlpaal '{id}' is bereikt (1) of niet (0); gevonden: '{text}'",
    },
    hint={
        "en": "Write 1 when the milestone is reached and 0 when it is not.",
        "nl": "Schrijf 1 als de mijlpaal bereikt is en 0 als dat nog niet zo is.",
    },
    example=example(
        """
measurements:
  - {target: vakschool-opgestart, date: 2024-09-01, value: 0.5}
""",
        """
measurements:
  - {target: vakschool-opgestart, date: 2024-09-01, value: 1}
""",
    ),
)

DB412 = Code(
    "DB412",
    "unmeasurable-target",
    E,
    "measurements",
    summary="A measurement for a qualitative target that declares no status scale.",
    message={
        "en": "target '{id}' is qualitative without a status scale, so it cannot be measured",
        "nl": "streefdoel '{id}' is kwalitatief zonder statusschaal en kan dus niet gemeten worden",
    },
    hint={
        "en": "Declare a 'scale:' of statuses on the target, or remove the measurement.",
        "nl": "Leg bij het streefdoel een 'scale:' met statussen vast, of haal de meting weg.",
    },
    example=example(
        """
measurements:
  - {target: preventie-jeugd, date: 2024-12-31, value: gestart}
""",
        """
# in the spec, give the qualitative target a scale first:
#   - {id: preventie-jeugd, kind: qualitative, name: ..., scale: [niet gestart, gestart, klaar]}
measurements:
  - {target: preventie-jeugd, date: 2024-12-31, value: gestart}
""",
    ),
)

DB413 = Code(
    "DB413",
    "not-a-count",
    E,
    "measurements",
    summary=(
        "A measurement of a count (persons, dwellings, ...) that is not a whole number of zero or more, such as "
        "'1.234' (a Dutch thousands separator read as a decimal point) or '-3'."
    ),
    message={
        "en": "'{text}' is not a count of {unit} for target '{id}': a count is a whole number, zero or more",
        "nl": "'{text}' is geen aantal {unit} voor streefdoel '{id}': een aantal is een heel getal, nul of meer",
    },
    hint={
        "en": (
            "Write the whole number without thousands separators: 1234, not 1.234. In a CSV file separated by ';' "
            "a point groups thousands (1.234 is 1234)."
        ),
        "nl": (
            "Schrijf het hele getal zonder scheidingsteken voor duizendtallen: 1234, niet 1.234. In een "
            "CSV-bestand met ';' als scheidingsteken groepeert een punt de duizendtallen (1.234 is 1234)."
        ),
    },
    example=example(
        """
measurements:
  - {target: woningen-verduurzamen, date: 2024-12-31, value: 1.234}  # 1234 dwellings
""",
        """
measurements:
  - {target: woningen-verduurzamen, date: 2024-12-31, value: 1234}
""",
    ),
)

DB414 = Code(
    "DB414",
    "unit-without-meaning",
    W,
    "measurements",
    summary="A measurement gives a unit for a milestone or qualitative target, which has none; it is ignored.",
    message={
        "en": "'{id}' is a {kind} and has no unit; the unit '{unit}' is ignored",
        "nl": "'{id}' is een {kind} en heeft geen eenheid; de eenheid '{unit}' wordt genegeerd",
    },
    hint={
        "en": "Leave the unit empty: a milestone is measured as 0 or 1, a qualitative target by a status on its scale.",
        "nl": (
            "Laat de eenheid leeg: een mijlpaal meet u met 0 of 1, een kwalitatief streefdoel met een status van "
            "de schaal."
        ),
    },
    tokens={
        "kind": {
            "qualitative": {"en": "qualitative target", "nl": "kwalitatief streefdoel"},
            "milestone": {"en": "milestone", "nl": "mijlpaal"},
        },
    },
    example=example(
        """
measurements:
  - {target: vakschool-opgestart, date: 2024-09-01, value: 1, unit: percent}
""",
        """
measurements:
  - {target: vakschool-opgestart, date: 2024-09-01, value: 1}
""",
    ),
)

DB415 = Code(
    "DB415",
    "value-too-large",
    E,
    "measurements",
    summary=(
        "A measured value of a quadrillion (10^15) or more in its target's unit, larger than any real figure: most "
        "likely stray digits or a wrong unit."
    ),
    message={
        "en": "'{text}' is too large for a measurement of '{id}': a value is below {limit} in the target's unit",
        "nl": (
            "'{text}' is te groot voor een meting van '{id}': een waarde ligt onder {limit} in de eenheid van het "
            "streefdoel"
        ),
    },
    hint={
        "en": "Check the figure for stray digits, and the unit.",
        "nl": "Controleer het getal op overtollige cijfers, en de eenheid.",
    },
    example=example(
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 4000000000000000}
""",
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40}
""",
    ),
)

DB416 = Code(
    "DB416",
    "read-as-windows-1252",
    W,
    "measurements",
    summary=(
        "Lines of a measurements file that are not UTF-8 are read as Windows-1252, as Excel saves CSV in the "
        "Netherlands; bytes that are neither refuse their line (DB102)."
    ),
    message={
        "en": "the file is not UTF-8 (byte {byte}); {count} line(s) with such bytes are read as Windows-1252",
        "nl": "het bestand is geen UTF-8 (byte {byte}); {count} regel(s) met zulke bytes zijn gelezen als Windows-1252",
    },
    hint={
        "en": (
            "Check letters with accents and the euro sign; save the file as 'CSV UTF-8' to be sure they are read "
            "as meant."
        ),
        "nl": (
            "Controleer letters met accenten en het euroteken; sla het bestand op als 'CSV UTF-8 (door komma's "
            "gescheiden)' om zeker te zijn dat ze goed gelezen worden."
        ),
    },
    example=example(
        """
# saved by Excel as CSV (Windows-1252): 'é' is the single byte 0xE9
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40, source: Woonbedrijf café-overleg}
""",
        """
# saved as UTF-8 ('CSV UTF-8' in Excel)
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40, source: Woonbedrijf café-overleg}
""",
    ),
)

# --- Areas and ratio measurements (issue 12) --------------------------------------------------------

DB430 = Code(
    "DB430",
    "measurement-area-unknown",
    E,
    "measurements",
    summary="A measurement's area is not one of the areas the spec declares (by id, CBS code or name).",
    message={
        "en": "measurement of '{id}' is for area '{ref}', which the spec does not declare",
        "nl": "meting van '{id}' is voor gebied '{ref}', maar dat gebied staat niet in de spec",
    },
    hint={"en": "{suggestion}", "nl": "{suggestion}"},
    tokens={
        "suggestion": {
            "": {
                "en": "Write the id, CBS code or name of an area under 'area:' in the spec, or declare it there.",
                "nl": "Schrijf de id, CBS-code of naam van een gebied onder 'area:' in de spec, of voeg het daar toe.",
            }
        }
    },
    data=DID_YOU_MEAN,
    example=example(
        """
measurements:
  - {target: veiligheidsindex, date: 2024-12-31, value: 6.1, area: Vriehiede}
""",
        """
measurements:
  - {target: veiligheidsindex, date: 2024-12-31, value: 6.1, area: Vrieheide}
""",
    ),
)

DB431 = Code(
    "DB431",
    "measurement-ratio",
    E,
    "measurements",
    summary="A measurement's numerator and denominator cannot make a value.",
    message={
        "en": "measurement of '{id}': {problem}",
        "nl": "meting van '{id}': {problem}",
    },
    hint={
        "en": "Give both the numerator and the denominator as numbers of zero or more, the denominator above zero.",
        "nl": "Geef teller en noemer allebei als getal van nul of meer, de noemer groter dan nul.",
    },
    tokens={
        "problem": {
            "half": {
                "en": "a numerator needs a denominator and the other way round",
                "nl": "een teller hoort bij een noemer en andersom",
            },
            "not_number": {"en": "'{text}' is not a number", "nl": "'{text}' is geen getal"},
            "negative": {"en": "'{text}' is below zero", "nl": "'{text}' is kleiner dan nul"},
            "zero_denominator": {"en": "the denominator is 0", "nl": "de noemer is 0"},
            "disagrees": {
                "en": "the value {text} is not the numerator over the denominator ({computed})",
                "nl": "de waarde {text} is niet de teller gedeeld door de noemer ({computed})",
            },
        },
    },
    example=example(
        """
measurements:
  - {target: werkzaam, date: 2024-12-31, teller: 412}
""",
        """
measurements:
  - {target: werkzaam, date: 2024-12-31, teller: 412, noemer: 690}
""",
    ),
)

DB432 = Code(
    "DB432",
    "misspelt-column",
    E,
    "measurements",
    summary=(
        "A column or key that looks like a misspelt area, unit, numerator or denominator: ignoring it "
        "would change what the rows mean, so they are refused."
    ),
    message={
        "en": "unknown column '{key}' would change what the rows mean if it were ignored; they are left out",
        "nl": (
            "onbekende kolom '{key}' zou de betekenis van de rijen veranderen als hij genegeerd werd; "
            "ze zijn weggelaten"
        ),
    },
    hint={
        "en": (
            "{suggestion} Without it a buurt's value would count for the whole area, or a value in "
            "another unit for the target's unit."
        ),
        "nl": (
            "{suggestion} Zonder die kolom telt de waarde van een buurt voor het hele gebied, of een "
            "waarde in een andere eenheid in de eenheid van het streefdoel."
        ),
    },
    # ``suggestion`` is the column that comes closest (always one: that is when this code is used).
    tokens=CHECK_SPELLING,
    data=DID_YOU_MEAN,
    example=example(
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40, aera: Vrieheide}
""",
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40, area: Vrieheide}
""",
    ),
)

# --- spending (realisatie): DB417–DB423 -----------------------------------------------------------


DB417 = Code(
    "DB417",
    "spending-unknown-node",
    E,
    "spending",
    summary="A spending row for a node id that is not in the spec; the row is left out.",
    message={
        "en": "spending on '{ref}', which is not a node in this spec",
        "nl": "besteding op '{ref}', maar dat is geen onderdeel van deze spec",
    },
    hint={"en": "{suggestion}", "nl": "{suggestion}"},
    tokens=CHECK_SPELLING,
    data=DID_YOU_MEAN,
    example=example(
        """
spending:
  - {node: regio-deal, year: 2019, amount: 1000000}
""",
        """
spending:
  - {node: regio-deal-1, year: 2019, amount: 1000000}
""",
    ),
)

DB418 = Code(
    "DB418",
    "spending-without-money",
    E,
    "spending",
    summary=(
        "Spending on a node where neither it nor anything below it holds money: there is no plan to set it "
        "against, so the row is left out."
    ),
    message={
        "en": "spending on '{id}', but no money is planned on it or below it",
        "nl": "besteding op '{id}', maar daar of daaronder is geen geld begroot",
    },
    hint={"en": "{above}", "nl": "{above}"},
    tokens={
        "above": {
            "": {
                "en": "Book it on the node that holds the money, or give this node a budget.",
                "nl": "Boek het op het onderdeel waar het geld staat, of geef dit onderdeel een begroting.",
            }
        }
    },
    data={
        "above": {
            "en": "Book it on '{above}', the node above it that holds the money.",
            "nl": "Boek het op '{above}', het onderdeel erboven waar het geld staat.",
        }
    },
    example=example(
        """
spending:
  - {node: school, year: 2019, amount: 1000000}
""",
        """
spending:
  - {node: regio-deal-1, year: 2019, amount: 1000000}
""",
    ),
)

DB419 = Code(
    "DB419",
    "spending-outside-plan",
    W,
    "spending",
    summary=(
        "Spending in a year outside the plan period (or, without one, the horizon). The row is kept: it is money "
        "that was spent, and leaving it out would understate the spending."
    ),
    message={
        "en": "spending on '{id}' in {year}, outside the plan period {start}–{end}",
        "nl": "besteding op '{id}' in {year}, buiten de planperiode {start}–{end}",
    },
    hint={
        "en": "Check the year; money moved to a later year belongs in the plan too.",
        "nl": "Controleer het jaar; geld dat naar een later jaar is geschoven, hoort ook in het plan.",
    },
    example=example(
        """
spending:
  - {node: regio-deal-1, year: 2091, amount: 1000000}
""",
        """
spending:
  - {node: regio-deal-1, year: 2019, amount: 1000000}
""",
    ),
)

DB420 = Code(
    "DB420",
    "spending-above-budget",
    W,
    "spending",
    summary=(
        "The spending on a node exceeds what is planned for it from a funder in a year, in a year, from a funder, "
        "or in all. The row is kept: overspending is a fact to report, not a mistake in the file."
    ),
    message={
        "en": "spending on '{id}' {what} reaches {spent}, above the {planned} planned",
        "nl": "besteding op '{id}' {what} komt op {spent}, boven de begrote {planned}",
    },
    hint={
        "en": "Check the amount and the year; if it is right, the plan or its split by year needs revising.",
        "nl": "Controleer het bedrag en het jaar; klopt het, dan moet de begroting of de verdeling over de jaren "
        "worden bijgesteld.",
    },
    tokens={
        "what": {
            "funder_year": {"en": "from '{funder}' in {year}", "nl": "van '{funder}' in {year}"},
            "year": {"en": "in {year}", "nl": "in {year}"},
            "funder": {"en": "from '{funder}'", "nl": "van '{funder}'"},
            "total": {"en": "in all", "nl": "in totaal"},
        }
    },
    example=example(
        """
spending:
  - {node: werken, year: 2023, amount: 600000}   # 500,000 planned for 2023
""",
        """
spending:
  - {node: werken, year: 2023, amount: 450000}
""",
    ),
)

DB421 = Code(
    "DB421",
    "spending-unknown-funder",
    E,
    "spending",
    summary="A spending row names a funder that the spec does not declare under 'funders:'; the row is left out.",
    message={
        "en": "funder '{ref}' is not declared under 'funders:'",
        "nl": "financier '{ref}' staat niet onder 'funders:'",
    },
    hint={"en": "{suggestion}", "nl": "{suggestion}"},
    tokens=CHECK_SPELLING,
    data=DID_YOU_MEAN,
    example=example(
        """
spending:
  - {node: regio-deal-1, year: 2019, amount: 1000000, funder: rijk}
""",
        """
spending:
  - {node: regio-deal-1, year: 2019, amount: 1000000, funder: rijk-regio-deal}
""",
    ),
)

DB422 = Code(
    "DB422",
    "spending-bad-amount",
    E,
    "spending",
    summary="A spent amount that is negative, finer than a cent or too large; the row is left out.",
    message={
        "en": "'{text}' is not an amount spent: {problem}",
        "nl": "'{text}' is geen besteed bedrag: {problem}",
    },
    hint={
        "en": "Write euros with at most two decimals; correct a booking by changing its row, not with a negative one.",
        "nl": "Schrijf euro's met hoogstens twee decimalen; verbeter een boeking in haar eigen regel, niet met een "
        "negatieve.",
    },
    tokens={
        "problem": {
            "negative": {"en": "it is negative", "nl": "het is negatief"},
            "sub_cent": {"en": "it is finer than a cent", "nl": "het is fijner dan een cent"},
            "too_large": {"en": "it is a quadrillion or more", "nl": "het is een biljard of meer"},
        }
    },
    example=example(
        """
spending:
  - {node: regio-deal-1, year: 2019, amount: -5000}
""",
        """
spending:
  - {node: regio-deal-1, year: 2019, amount: 5000}
""",
    ),
)

DB423 = Code(
    "DB423",
    "spending-bad-layout",
    E,
    "spending",
    summary="The spending file or one of its rows is not laid out as a spending file; the row is left out.",
    message={
        "en": "not laid out as spending: {problem}",
        "nl": "niet opgemaakt als bestedingen: {problem}",
    },
    hint={
        "en": (
            "A CSV file starts with the header node,year,amount,funder,source,note (or date instead of year); a "
            "YAML file has a list of rows under 'spending:'."
        ),
        "nl": (
            "Een CSV-bestand begint met de kopregel node,year,amount,funder,source,note (of date in plaats van "
            "year); een YAML-bestand heeft een lijst met regels onder 'spending:'."
        ),
    },
    tokens={
        "problem": {
            "empty": {"en": "the file is empty", "nl": "het bestand is leeg"},
            "no_column": {"en": "the header has no column {columns}", "nl": "de kopregel heeft geen kolom {columns}"},
            "row_width": {
                "en": "the row has {fields} fields, the header {width}",
                "nl": "de regel heeft {fields} velden, de kopregel {width}",
            },
            "field_too_long": {"en": "a field is too long", "nl": "een veld is te lang"},
            "not_csv": {"en": "the row cannot be read as CSV", "nl": "de regel is niet als CSV te lezen"},
            "no_list": {"en": "there is no list under 'spending:'", "nl": "er staat geen lijst onder 'spending:'"},
            "row_not_mapping": {
                "en": "a row is not a mapping (node: ..., year: ..., amount: ...)",
                "nl": "een regel is geen tabel (node: ..., year: ..., amount: ...)",
            },
            "given_twice": {
                "en": "the row gives {column} twice ('{first}:' and '{second}:')",
                "nl": "de regel geeft {column} twee keer ('{first}:' en '{second}:')",
            },
            "column_twice": {
                "en": "the header names the column {column} twice ('{first}' and '{second}')",
                "nl": "de kopregel noemt de kolom {column} twee keer ('{first}' en '{second}')",
            },
            "bom_inside": {
                "en": "the row holds an invisible byte-order mark (U+FEFF); delete it",
                "nl": "de regel bevat een onzichtbaar byte-order mark (U+FEFF); verwijder het",
            },
            "no_field": {"en": "the row has no {key}", "nl": "de regel heeft geen {key}"},
            "bad_year": {
                "en": "'{text}' is not a year (write four digits, e.g. 2024)",
                "nl": "'{text}' is geen jaar (schrijf vier cijfers, bijv. 2024)",
            },
            "year_date": {
                "en": "the year {year} and the date {date} disagree",
                "nl": "het jaar {year} en de datum {date} spreken elkaar tegen",
            },
        },
    },
    example=example(
        """
spending:
  - {node: regio-deal-1, amount: 1000000}
""",
        """
spending:
  - {node: regio-deal-1, year: 2019, amount: 1000000}
""",
    ),
)

CODES = (
    DB401,
    DB402,
    DB403,
    DB404,
    DB405,
    DB406,
    DB407,
    DB408,
    DB409,
    DB410,
    DB411,
    DB412,
    DB413,
    DB414,
    DB415,
    DB416,
    DB430,
    DB431,
    DB432,
    DB417,
    DB418,
    DB419,
    DB420,
    DB421,
    DB422,
    DB423,
)
