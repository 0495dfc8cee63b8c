"""The catalogue of interface words: every word an output shows that is not a diagnostic's.

Diagnostics word themselves from their entries in `doelenboom.codes`; everything else a person
reads (severity names, summary lines, the labels of `budget`, `progress`, `show` and `diff`,
progress statuses, target descriptions, the headings of the Markdown export) is here, once, in
every language. Renderers ask for a word by its key; a template's ``{placeholders}`` are filled
with data (ids, figures), never with other text in a language.

    word("status.on_track", "nl")                    # 'op koers'
    word("summary.validate", "en", file="a.yaml", errors=1, warnings=0, infos=0)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from doelenboom.language import EN, Language, as_language

WORDS: dict[str, dict[str, str]] = {
    # --- severities and the summary of a validation ------------------------------------------------
    "severity.error": {"en": "error", "nl": "fout"},
    "severity.warning": {"en": "warning", "nl": "waarschuwing"},
    "severity.info": {"en": "info", "nl": "opmerking"},
    "diagnostic.hint": {"en": "hint", "nl": "tip"},
    # the stages of a long validation, on a terminal's standard error (`doelenboom.feedback`)
    "feedback.load": {"en": "reading the YAML", "nl": "YAML inlezen"},
    "feedback.parse": {"en": "building the model", "nl": "model opbouwen"},
    "feedback.checks": {"en": "checking", "nl": "controleren"},
    "feedback.scan": {"en": "reading the measurements", "nl": "metingen inlezen"},
    "feedback.select": {"en": "selecting the rows progress needs", "nl": "rijen kiezen die de voortgang nodig heeft"},
    "feedback.rows": {"en": "checking the rows", "nl": "rijen controleren"},
    "summary.validate": {
        "en": "{file}: {errors} error(s), {warnings} warning(s), {infos} note(s)",
        "nl": "{file}: {errors} fout(en), {warnings} waarschuwing(en), {infos} opmerking(en)",
    },
    "related.started_here": {"en": "started here", "nl": "hier begonnen"},
    # the rest of a long list in a message: "'a', 'b' and 999,998 more"
    "list.more": {"en": "and {count} more", "nl": "en nog {count}"},
    # `validate --errors-only`: the one line that counts what was left out
    "validate.left_out": {
        "en": "{warnings} warning(s) and {infos} note(s) left out (--errors-only)",
        "nl": "{warnings} waarschuwing(en) en {infos} opmerking(en) weggelaten (--errors-only)",
    },
    # `validate --format github`: GitHub shows at most {limit} annotations per severity per step
    "github.capped_summary": {
        "en": (
            "more than {limit} annotations of one severity: GitHub shows {limit}; every problem is in the job summary"
        ),
        "nl": (
            "meer dan {limit} meldingen van één soort: GitHub toont er {limit}; alle problemen staan in de "
            "samenvatting van de job"
        ),
    },
    "github.capped": {
        "en": "more than {limit} annotations of one severity: GitHub shows {limit}; --format text shows every problem",
        "nl": "meer dan {limit} meldingen van één soort: GitHub toont er {limit}; --format text toont alle problemen",
    },
    "github.summary_title": {"en": "doelenboom: every problem", "nl": "doelenboom: alle problemen"},
    "github.where": {"en": "where", "nl": "waar"},
    "github.severity": {"en": "severity", "nl": "ernst"},
    "github.code": {"en": "code", "nl": "code"},
    "github.message": {"en": "message", "nl": "melding"},
    # --- reading inputs and writing outputs (the CLI's usage errors) -----------------------------------
    "input.limit_invalid": {
        "en": "{variable} must be a whole number of bytes above 0, not '{value}'",
        "nl": "{variable} moet een geheel aantal bytes boven 0 zijn, niet '{value}'",
    },
    "output.empty": {
        "en": "the output file name is empty; give a file name, or '-' for standard output",
        "nl": "de naam van het uitvoerbestand is leeg; geef een bestandsnaam, of '-' voor standaarduitvoer",
    },
    "output.folder": {
        "en": "'{path}' is a folder; give the name of a file in it",
        "nl": "'{path}' is een map; geef de naam van een bestand daarin",
    },
    "output.symlink": {
        "en": "'{path}' is a symbolic link; doelenboom writes only to a regular file: give the path it points to",
        "nl": (
            "'{path}' is een symbolische koppeling; doelenboom schrijft alleen naar een gewoon bestand: geef "
            "het pad waar die naar wijst"
        ),
    },
    "output.fifo": {
        "en": "'{path}' is a named pipe (FIFO), not a regular file; to write into it, use -o - and redirect",
        "nl": "'{path}' is een named pipe (FIFO), geen gewoon bestand; gebruik -o - en stuur de uitvoer door",
    },
    "output.device": {
        "en": "'{path}' is a device, not a regular file; to write into it, use -o - and redirect",
        "nl": "'{path}' is een apparaat, geen gewoon bestand; gebruik -o - en stuur de uitvoer door",
    },
    "output.socket": {
        "en": "'{path}' is a socket, not a regular file",
        "nl": "'{path}' is een socket, geen gewoon bestand",
    },
    "output.other": {
        "en": "'{path}' is not a regular file",
        "nl": "'{path}' is geen gewoon bestand",
    },
    "output.null_byte": {
        "en": "the output file name holds a NUL byte",
        "nl": "de naam van het uitvoerbestand bevat een NUL-teken",
    },
    "oserror.EACCES": {"en": "permission denied", "nl": "u hebt geen toestemming"},
    "oserror.EPERM": {"en": "operation not permitted", "nl": "dit is niet toegestaan"},
    "oserror.ENOENT": {"en": "no such file or folder", "nl": "het bestand of de map bestaat niet"},
    "oserror.ENOTDIR": {"en": "a part of the path is not a folder", "nl": "een deel van het pad is geen map"},
    "oserror.EEXIST": {"en": "a file of that name is in the way", "nl": "er staat al een bestand met die naam"},
    "oserror.EISDIR": {"en": "it is a folder", "nl": "het is een map"},
    "oserror.ENOSPC": {"en": "the disk is full", "nl": "de schijf is vol"},
    "oserror.EROFS": {"en": "the file system is read-only", "nl": "het bestandssysteem is alleen-lezen"},
    "oserror.ENAMETOOLONG": {"en": "the name is too long", "nl": "de naam is te lang"},
    "cli.date_expected": {
        "en": "expected a date as YYYY-MM-DD, not '{value}'",
        "nl": "verwacht een datum als JJJJ-MM-DD, niet '{value}'",
    },
    "export.binary": {
        "en": "{format} is binary; write it to a file with -o FILE",
        "nl": "{format} is binair; schrijf het naar een bestand met -o BESTAND",
    },
    "export.needs_openpyxl": {
        "en": "the xlsx export needs openpyxl; install it with: pip install openpyxl (the 'xlsx' extra of doelenboom)",
        "nl": (
            "de xlsx-export heeft openpyxl nodig; installeer het met: pip install openpyxl (de extra 'xlsx' "
            "van doelenboom)"
        ),
    },
    "output.cannot_write": {
        "en": "cannot write {path}: {reason}",
        "nl": "{path} kan niet geschreven worden: {reason}",
    },
    # --- the command line: click's usage lines and errors (`cli._worded`) ------------------------------
    "cli.usage": {"en": "Usage:", "nl": "Gebruik:"},
    "cli.options": {"en": "Options", "nl": "Opties"},
    "cli.commands": {"en": "Commands", "nl": "Opdrachten"},
    "cli.options_metavar": {"en": "[OPTIONS]", "nl": "[OPTIES]"},
    "cli.command_metavar": {"en": "COMMAND [ARGS]...", "nl": "OPDRACHT [ARGUMENTEN]..."},
    "cli.version": {"en": "{prog}, version {version}", "nl": "{prog}, versie {version}"},
    "cli.metavar.text": {"en": "TEXT", "nl": "TEKST"},
    "cli.metavar.path": {"en": "PATH", "nl": "PAD"},
    "cli.default": {"en": "default: {value}", "nl": "standaard: {value}"},
    "cli.required": {"en": "required", "nl": "verplicht"},
    "cli.try_help": {"en": "Try '{command}' for help.", "nl": "Zie '{command}' voor hulp."},
    "cli.error": {"en": "Error: {message}", "nl": "Fout: {message}"},
    "cli.aborted": {"en": "Aborted.", "nl": "Afgebroken."},
    "cli.missing_argument": {"en": "Missing argument {name}.", "nl": "Argument {name} ontbreekt."},
    "cli.missing_option": {"en": "Missing option {name}.", "nl": "Optie {name} ontbreekt."},
    "cli.missing_parameter": {"en": "Missing parameter {name}.", "nl": "Parameter {name} ontbreekt."},
    "cli.no_such_option": {"en": "No such option: {name}.", "nl": "Onbekende optie: {name}."},
    "cli.no_such_command": {"en": "No such command '{name}'.", "nl": "Onbekende opdracht '{name}'."},
    "cli.did_you_mean": {"en": "Did you mean {names}?", "nl": "Bedoelt u {names}?"},
    "cli.bad_option": {
        "en": "Option {name} is not used right: does it need a value, or take none?",
        "nl": "Optie {name} is niet goed gebruikt: hoort er een waarde bij, of juist niet?",
    },
    "cli.invalid_value": {"en": "Invalid value: {message}", "nl": "Ongeldige waarde: {message}"},
    "cli.invalid_value_for": {
        "en": "Invalid value for {name}: {message}",
        "nl": "Ongeldige waarde voor {name}: {message}",
    },
    "cli.invalid_choice": {
        "en": "'{value}' is not one of {choices}.",
        "nl": "'{value}' is niet een van {choices}.",
    },
    "cli.unknown_language": {
        "en": "'{value}' is not a known language: {known}.",
        "nl": "'{value}' is geen bekende taal: {known}.",
    },
    "cli.extra_args": {
        "en": "Got unexpected extra argument(s): {args}",
        "nl": "Onverwacht extra argument(en): {args}",
    },
    # --- the command line's help: help.COMMAND, help.COMMAND.OPTION (the option's name in Python) ----
    "help.help": {"en": "Show this message and exit.", "nl": "Toon deze hulp en stop."},
    "help.main": {
        "en": "doelenboom: validate and explore policy programmes written as goal trees.",
        "nl": "doelenboom: beleidsprogramma's als doelenboom controleren en verkennen.",
    },
    "help.main.version": {"en": "Show the version and exit.", "nl": "Toon de versie en stop."},
    "help.validate": {"en": "Validate one or more spec files.", "nl": "Controleer een of meer specificaties."},
    "help.portfolio": {
        "en": "A portfolio of programmes: validate it as a whole, or report on it.",
        "nl": "Een portefeuille van programma's: als geheel controleren, of erover rapporteren.",
    },
    "help.portfolio.lang": {"en": "Language of the help and the output.", "nl": "Taal van de hulp en de uitvoer."},
    "help.portfolio.validate": {
        "en": "Validate a portfolio file and every programme it holds.",
        "nl": "Controleer een portefeuillebestand en elk programma daarin.",
    },
    "help.portfolio.validate.fmt": {"en": "Output format.", "nl": "Uitvoerformaat."},
    "help.portfolio.validate.lang": {"en": "Language of the output.", "nl": "Taal van de uitvoer."},
    "help.portfolio.validate.strict": {"en": "Fail on warnings too.", "nl": "Ook bij waarschuwingen mislukken."},
    "help.portfolio.report": {
        "en": (
            "Money per programme, theme, year and funder, and each core indicator per programme next to "
            "the reference; measurements per programme as the portfolio file names them."
        ),
        "nl": (
            "Geld per programma, thema, jaar en financier, en elke kernindicator per programma naast de "
            "referentie; metingen per programma zoals het portefeuillebestand ze noemt."
        ),
    },
    "help.portfolio.report.fmt": {"en": "Output format.", "nl": "Uitvoerformaat."},
    "help.portfolio.report.table": {
        "en": "For CSV: the money or the core indicators.",
        "nl": "Voor CSV: het geld of de kernindicatoren.",
    },
    "help.portfolio.report.as_of": {
        "en": "Date of the report (default: today).",
        "nl": "Datum van het rapport (standaard: vandaag).",
    },
    "help.portfolio.report.lang": {"en": "Language of the output.", "nl": "Taal van de uitvoer."},
    "help.validate.fmt": {
        "en": "Output format; 'github' is the default when GITHUB_ACTIONS=true, else 'text'.",
        "nl": "Uitvoerformaat; 'github' als GITHUB_ACTIONS=true, anders 'text'.",
    },
    "help.validate.lang": {
        "en": "Language of messages (default: from the locale).",
        "nl": "Taal van de meldingen (standaard: uit de taalinstelling).",
    },
    "help.validate.strict": {
        "en": "Also fail (exit 1) on warnings.",
        "nl": "Ook bij waarschuwingen mislukken (exit 1).",
    },
    "help.validate.errors_only": {
        "en": (
            "Show errors only, and one line counting the warnings and notes left out (after the text; on "
            "standard error for the other formats); the exit code is the same as without it."
        ),
        "nl": (
            "Toon alleen fouten, en één regel die de weggelaten waarschuwingen en opmerkingen telt (na de "
            "tekst; bij de andere formaten op standaardfout); de exitcode is dezelfde als zonder."
        ),
    },
    "help.show": {"en": "Print the goal tree.", "nl": "Toon de doelenboom."},
    "help.show.fmt": {"en": "Output format.", "nl": "Uitvoerformaat."},
    "help.show.lang": {"en": "Language (default: from the locale).", "nl": "Taal (standaard: uit de taalinstelling)."},
    "help.budget": {
        "en": (
            "Show the budget per node: own money, rolled up along containment, and attributed (including "
            "what nodes pass on through 'serves' with their allocation). Amounts in EUR."
        ),
        "nl": (
            "Toon de begroting per onderdeel: eigen geld, opgeteld langs de boom, en toegerekend (met wat "
            "onderdelen via 'serves' doorgeven volgens hun verdeling). Bedragen in EUR."
        ),
    },
    "help.budget.fmt": {
        "en": "csv for tools; csv-excel for a Dutch Excel (';', decimal comma, BOM, headers in --lang).",
        "nl": (
            "csv voor programma's; csv-excel voor een Nederlandse Excel (';', decimale komma, BOM, kopjes in --lang)."
        ),
    },
    "help.budget.spending": {
        "en": "Spending file (CSV or YAML): show budget execution.",
        "nl": "Bestand met bestedingen (CSV of YAML): toon de realisatie van de begroting.",
    },
    "help.budget.measurements": {
        "en": "With --spending: show the progress made next to the spending.",
        "nl": "Met --spending: toon de voortgang naast de bestedingen.",
    },
    "help.budget.as_of": {
        "en": "With --measurements: the date of the progress (YYYY-MM-DD).",
        "nl": "Met --measurements: de datum van de voortgang (JJJJ-MM-DD).",
    },
    "help.budget.lang": {
        "en": "Language (default: from the locale).",
        "nl": "Taal (standaard: uit de taalinstelling).",
    },
    "help.progress": {
        "en": "Report progress per target and per node as of a date, with coverage and status.",
        "nl": "Toon de voortgang per streefdoel en per onderdeel op een datum, met dekking en status.",
    },
    "help.progress.measurements": {"en": "CSV, YAML or Parquet file.", "nl": "CSV-, YAML- of Parquet-bestand."},
    "help.progress.as_of": {
        "en": "Date (YYYY-MM-DD) to report progress on; default today.",
        "nl": "Datum (JJJJ-MM-DD) van de voortgang; standaard vandaag.",
    },
    "help.progress.weights": {
        "en": "How targets weigh in a node's progress.",
        "nl": "Hoe streefdoelen meewegen in de voortgang van een onderdeel.",
    },
    "help.progress.on_track": {
        "en": "On track from this × expected.",
        "nl": "Op koers vanaf deze factor × verwacht.",
    },
    "help.progress.at_risk": {
        "en": "At risk from this × expected (at most --on-track).",
        "nl": "Risico vanaf deze factor × verwacht (hoogstens --on-track).",
    },
    "help.progress.min_coverage": {
        "en": "A node covered less than this (0 to 1) is 'insufficient data'.",
        "nl": "Een onderdeel met minder dekking dan dit (0 tot 1) heeft 'te weinig gegevens'.",
    },
    "help.progress.method": {
        "en": "Target status against the straight line, or by the growth rate (Open SDG's trend measure).",
        "nl": "Status van een streefdoel langs de rechte lijn, of naar het groeitempo (de trendmaat van Open SDG).",
    },
    "help.progress.engine": {
        "en": "How to read the measurements: rows (the row reader), columnar (DuckDB, the [scale] extra:"
        " bounded memory, Parquet) or auto (columnar for Parquet and for CSV files of 32 MB or more, when installed).",
        "nl": "Hoe de metingen worden gelezen: rows (rij voor rij), columnar (DuckDB, de extra [scale]:"
        " begrensd geheugen, Parquet) of auto (columnar voor Parquet en voor CSV-bestanden vanaf 32 MB, als het"
        " geïnstalleerd is).",
    },
    "engine.not_installed": {
        "en": "--engine columnar needs DuckDB, the extra scale (in a checkout: pip install '.[scale]')",
        "nl": "--engine columnar heeft DuckDB nodig, de extra scale (in een checkout: pip install '.[scale]')",
    },
    "engine.parquet": {
        "en": "{file}: a Parquet file is read with --engine columnar (or auto), which needs DuckDB, the extra"
        " scale (in a checkout: pip install '.[scale]')",
        "nl": "{file}: een Parquet-bestand wordt gelezen met --engine columnar (of auto), en dat heeft DuckDB"
        " nodig, de extra scale (in een checkout: pip install '.[scale]')",
    },
    "engine.parquet_unreadable": {
        "en": "{file}: not a Parquet file DuckDB can read",
        "nl": "{file}: geen Parquet-bestand dat DuckDB kan lezen",
    },
    "help.progress.by_area": {
        "en": "csv, csv-excel: one row per target and declared area instead of per node and target.",
        "nl": "csv, csv-excel: een rij per streefdoel en opgegeven gebied in plaats van per onderdeel en streefdoel.",
    },
    "help.progress.fmt": {
        "en": "csv for tools; csv-excel for a Dutch Excel (';', decimal comma, BOM, headers in --lang).",
        "nl": (
            "csv voor programma's; csv-excel voor een Nederlandse Excel (';', decimale komma, BOM, kopjes in --lang)."
        ),
    },
    "help.progress.lang": {
        "en": "Language (default: from the locale).",
        "nl": "Taal (standaard: uit de taalinstelling).",
    },
    "help.export.spending": {
        "en": "Spending file (CSV or YAML): add budget execution (json: under 'execution'; xlsx: a sheet).",
        "nl": (
            "Bestand met bestedingen (CSV of YAML): voeg de realisatie toe (json: onder 'execution'; xlsx: een blad)."
        ),
    },
    "help.export": {
        "en": (
            "Export a valid spec; exit 1 (with its errors on stderr) when the spec has errors or the output "
            "file cannot be written, 2 when -o names no regular file (a folder, a FIFO, a device, a symlink). "
            "Missing folders of the output file are made, as `schema -o` does."
        ),
        "nl": (
            "Exporteer een geldige specificatie; exit 1 (met de fouten op standaardfout) als de specificatie "
            "fouten heeft of het uitvoerbestand niet geschreven kan worden, 2 als -o geen gewoon bestand "
            "noemt (een map, een FIFO, een apparaat, een symbolische koppeling). Ontbrekende mappen worden "
            "gemaakt, zoals bij `schema -o`."
        ),
    },
    "help.export.fmt": {
        "en": "What to export to; csv-excel, xlsx and markdown are for people (in --lang), csv for tools.",
        "nl": "Waarnaar te exporteren; csv-excel, xlsx en markdown zijn voor mensen (in --lang), csv voor programma's.",
    },
    "help.export.output": {
        "en": "Regular file to write (atomically); '-' or none for standard output.",
        "nl": "Gewoon bestand om (atomair) te schrijven; '-' of niets voor standaarduitvoer.",
    },
    "help.export.lang": {
        "en": "Language of messages and of what people read (default: from the locale).",
        "nl": "Taal van de meldingen en van wat mensen lezen (standaard: uit de taalinstelling).",
    },
    "help.report": {
        "en": (
            "Write a progress report as one self-contained HTML file (charts, goal tree, money, data quality) "
            "that opens offline; exit 1 when the spec has errors (nothing is written) or rows were refused."
        ),
        "nl": (
            "Schrijf een voortgangsrapportage als één HTML-bestand (grafieken, doelenboom, geld, kwaliteit van de "
            "gegevens) dat zonder internet opent; exit 1 als de specificatie fouten heeft (er wordt niets "
            "geschreven) of als rijen zijn geweigerd."
        ),
    },
    "help.report.measurements": {"en": "CSV or YAML file.", "nl": "CSV- of YAML-bestand."},
    "help.report.spending": {
        "en": "Spending file (CSV or YAML): planned against spent per year and funder.",
        "nl": "Bestand met uitgaven (CSV of YAML): gepland tegenover besteed per jaar en financier.",
    },
    "help.report.as_of": {
        "en": "Date (YYYY-MM-DD) to report progress on; default today.",
        "nl": "Datum (JJJJ-MM-DD) van de voortgang; standaard vandaag.",
    },
    "help.report.output": {"en": "The HTML file to write.", "nl": "Het HTML-bestand dat geschreven wordt."},
    "help.report.lang": {
        "en": "Language (default: from the locale).",
        "nl": "Taal (standaard: uit de taalinstelling).",
    },
    "report.needs_extra": {
        "en": "the report needs the 'report' extra (vl-convert-python): pip install '.[report]' in doelenboom's folder",
        "nl": (
            "de rapportage heeft de extra 'report' nodig (vl-convert-python): pip install '.[report]' in de map "
            "van doelenboom"
        ),
    },
    # --- the HTML report (`doelenboom report`) ----------------------------------------------------
    "report.title": {"en": "Progress report: {name}", "nl": "Voortgangsrapportage: {name}"},
    "report.as_of": {"en": "Progress as of {date}", "nl": "Voortgang op {date}"},
    "report.contents": {"en": "Contents", "nl": "Inhoud"},
    "report.programme": {"en": "The programme", "nl": "Het programma"},
    "report.headline": {"en": "In short", "nl": "In het kort"},
    "report.progress": {"en": "Progress per part", "nl": "Voortgang per onderdeel"},
    "report.targets": {"en": "Targets over time", "nl": "Streefdoelen in de tijd"},
    "report.money": {"en": "Money", "nl": "Geld"},
    "report.tree": {"en": "The goal tree", "nl": "De doelenboom"},
    "report.quality": {"en": "Quality of the data", "nl": "Kwaliteit van de gegevens"},
    "report.name": {"en": "Name", "nl": "Naam"},
    "report.ambition": {"en": "Ambition", "nl": "Ambitie"},
    "report.horizon": {"en": "Horizon", "nl": "Looptijd"},
    "report.plan_period": {"en": "Plan period", "nl": "Planperiode"},
    "report.area": {"en": "Area", "nl": "Gebied"},
    "report.reference_area": {"en": "Reference area", "nl": "Referentiegebied"},
    "report.total_money": {"en": "Budget in the tree (EUR)", "nl": "Begroting in de boom (EUR)"},
    "report.none": {"en": "none", "nl": "geen"},
    "report.insufficient": {
        "en": (
            "Only {coverage} of the targets' weight is measured: too little to say where the programme stands. "
            "The mean of what is measured is shown, but it is no status."
        ),
        "nl": (
            "Maar {coverage} van het gewicht van de streefdoelen is gemeten: te weinig om te zeggen waar het "
            "programma staat. Het gemiddelde van wat gemeten is staat erbij, maar is geen status."
        ),
    },
    "report.legend_bar": {
        "en": "The bar shows the progress made; the dashed mark shows where the plan expects it to be by now.",
        "nl": "De balk toont de gemaakte voortgang; het gestippelde streepje waar het plan nu verwacht te zijn.",
    },
    "report.interim": {"en": "(interim target)", "nl": "(tussendoel)"},
    "report.no_chart": {
        "en": "No measurement to draw for the whole area.",
        "nl": "Geen meting voor het hele gebied om te tekenen.",
    },
    "report.series": {"en": "Series", "nl": "Reeks"},
    "report.series.measured": {"en": "measured", "nl": "gemeten"},
    "report.series.expected": {"en": "expected (straight line)", "nl": "verwacht (rechte lijn)"},
    "report.series.targets": {"en": "target (interim and final)", "nl": "streefwaarde (tussen- en einddoel)"},
    "report.series.reference": {"en": "reference area", "nl": "referentiegebied"},
    "report.date": {"en": "Date", "nl": "Datum"},
    "report.value": {"en": "Value", "nl": "Waarde"},
    "report.chart_title": {"en": "{target} over time", "nl": "{target} in de tijd"},
    "report.multiples_title": {"en": "{target} per area", "nl": "{target} per gebied"},
    "report.multiples_note": {
        "en": "One small chart per area, all on one scale; the figures are in the table below.",
        "nl": "Een kleine grafiek per gebied, allemaal op dezelfde schaal; de getallen staan in de tabel eronder.",
    },
    "report.data_table": {"en": "The figures in a table", "nl": "De getallen in een tabel"},
    "report.no_money": {"en": "The spec holds no money.", "nl": "De specificatie bevat geen geld."},
    "report.money_by_node": {
        "en": "Budget per part: its own and with everything below it (EUR)",
        "nl": "Begroting per onderdeel: eigen bedrag en met alles eronder (EUR)",
    },
    "report.node": {"en": "Part", "nl": "Onderdeel"},
    "report.own": {"en": "Own", "nl": "Eigen"},
    "report.rolled_up": {"en": "With everything below", "nl": "Met alles eronder"},
    "report.no_spending": {
        "en": "Planned money only: no spending file was given (--spending).",
        "nl": "Alleen het geplande geld: er is geen bestand met uitgaven opgegeven (--spending).",
    },
    "report.planned": {"en": "planned", "nl": "gepland"},
    "report.spent": {"en": "spent", "nl": "besteed"},
    "report.year": {"en": "Year", "nl": "Jaar"},
    "report.funder": {"en": "Funder", "nl": "Financier"},
    "report.eur": {"en": "EUR", "nl": "EUR"},
    "report.money_by_year": {"en": "Planned and spent per year (EUR)", "nl": "Gepland en besteed per jaar (EUR)"},
    "report.money_by_funder": {
        "en": "Planned and spent per funder (EUR)",
        "nl": "Gepland en besteed per financier (EUR)",
    },
    "report.money_note": {
        "en": "Bars side by side per year or funder; a missing figure is not known, never zero.",
        "nl": "Staven naast elkaar per jaar of financier; een ontbrekend getal is niet bekend, nooit nul.",
    },
    "report.tree_description": {"en": "The goal tree of {name}", "nl": "De doelenboom van {name}"},
    "report.tree_alt": {
        "en": (
            "A diagram from the programme on the left to its most detailed parts on the right; "
            "the same tree as a list below."
        ),
        "nl": (
            "Een diagram van het programma links tot de kleinste onderdelen rechts; dezelfde boom als lijst hieronder."
        ),
    },
    "report.tree_list": {"en": "The tree as a list", "nl": "De boom als lijst"},
    "report.refused": {"en": "Refused rows", "nl": "Geweigerde rijen"},
    "report.refused_rows": {
        "en": "{count} problem(s) in {file}; those rows are not counted",
        "nl": "{count} probleem/problemen in {file}; die rijen tellen niet mee",
    },
    "report.none_refused": {"en": "No row was refused.", "nl": "Er is geen rij geweigerd."},
    "report.where": {"en": "Where", "nl": "Waar"},
    "report.code": {"en": "Code", "nl": "Code"},
    "report.message": {"en": "Message", "nl": "Melding"},
    "report.missing": {"en": "Targets without progress", "nl": "Streefdoelen zonder voortgang"},
    "report.missing_caption": {
        "en": "{count} target(s) without progress, and why",
        "nl": "{count} streefdoel(en) zonder voortgang, en waarom",
    },
    "report.none_missing": {"en": "Every target has progress.", "nl": "Elk streefdoel heeft voortgang."},
    "report.target": {"en": "Target", "nl": "Streefdoel"},
    "report.reason": {"en": "Reason", "nl": "Reden"},
    "report.coverage_line": {
        "en": "Coverage of the whole programme: {coverage}; progress of what is measured: {progress}.",
        "nl": "Dekking van het hele programma: {coverage}; voortgang van wat gemeten is: {progress}.",
    },
    "help.diff": {
        "en": (
            "Show what changed in meaning between two versions of a spec.\n\nOLD and NEW are files or git "
            "revisions with a path, e.g. main:specs/heerlen_noord.yaml (paths in a revision are relative to "
            "the repository's top folder, as in `git show`)."
        ),
        "nl": (
            "Toon wat er inhoudelijk veranderd is tussen twee versies van een specificatie.\n\nOLD en NEW "
            "zijn bestanden of git-revisies met een pad, bijvoorbeeld main:specs/heerlen_noord.yaml (paden "
            "in een revisie gelden vanaf de bovenste map van de repository, zoals bij `git show`)."
        ),
    },
    "help.diff.fmt": {"en": "Output format.", "nl": "Uitvoerformaat."},
    "help.diff.lang": {"en": "Language (default: from the locale).", "nl": "Taal (standaard: uit de taalinstelling)."},
    "help.diff.exit_code": {
        "en": "Exit 1 when there are changes, as `git diff --exit-code` (2: could not compare).",
        "nl": "Exit 1 als er wijzigingen zijn, zoals `git diff --exit-code` (2: niet te vergelijken).",
    },
    "help.schema": {
        "en": (
            "Print the JSON Schema (draft 2020-12) of the spec format, for editors and CI.\n\nThe hovers are "
            "English unless --lang nl (not the locale: the committed schema files must not depend on who "
            "generates them). Exit 2 when -o names no regular file (a folder, a FIFO, a device, a symlink), "
            "1 when the file cannot be written."
        ),
        "nl": (
            "Toon het JSON Schema (draft 2020-12) van het specificatieformaat, voor editors en CI.\n\nDe "
            "uitleg bij het aanwijzen is Engels, tenzij --lang nl (niet de taalinstelling: de vastgelegde "
            "schemabestanden mogen niet afhangen van wie ze maakt). Exit 2 als -o geen gewoon bestand "
            "noemt (een map, een FIFO, een apparaat, een symbolische koppeling), 1 als het bestand niet "
            "geschreven kan worden."
        ),
    },
    "help.schema.output": {
        "en": "Write the schema to this regular file (atomically) instead of printing it; '-' prints it.",
        "nl": "Schrijf het schema (atomair) naar dit gewone bestand in plaats van het te tonen; '-' toont het.",
    },
    "help.schema.schema_lang": {
        "en": "Language of the hovers (titles and descriptions); keys and values stay as the spec writes them.",
        "nl": "Taal van de uitleg (titels en beschrijvingen); sleutels en waarden blijven zoals in de specificatie.",
    },
    # --- levels ---------------------------------------------------------------------------------------
    # --- budget ---------------------------------------------------------------------------------------
    "budget.own": {"en": "own", "nl": "eigen"},
    "budget.rolled_up": {"en": "rolled up", "nl": "opgeteld"},
    "budget.attributed": {"en": "attributed", "nl": "toegerekend"},
    "budget.tree": {"en": "tree", "nl": "som van de doelenboom"},
    "budget.overhead": {"en": "overhead", "nl": "programmakosten"},
    "budget.total": {"en": "total", "nl": "totaal"},
    # `budget --spending`: budget execution (planned against spent)
    "execution.planned": {"en": "planned", "nl": "gepland"},
    "execution.needs_spending": {
        "en": "--measurements and --as-of go with --spending",
        "nl": "--measurements en --as-of horen bij --spending",
    },
    "export.spending_formats": {
        "en": "--spending is exported as json or xlsx, not as {format}",
        "nl": "--spending wordt geëxporteerd als json of xlsx, niet als {format}",
    },
    "execution.spent": {"en": "spent", "nl": "besteed"},
    "execution.remaining": {"en": "remaining", "nl": "resterend"},
    "execution.share_spent": {"en": "share spent", "nl": "deel besteed"},
    "execution.progress": {"en": "progress", "nl": "voortgang"},
    "execution.all_years": {"en": "all years", "nl": "alle jaren"},
    "execution.no_data": {
        "en": "'-': not known (no split in the spec, or no spending data; write 0 for nothing spent)",
        "nl": "'-': niet bekend (geen verdeling in de spec, of geen bestedingsgegevens; schrijf 0 voor niets besteed)",
    },
    # --- progress -------------------------------------------------------------------------------------
    "progress.expected": {"en": "expected", "nl": "verwacht"},
    "progress.coverage": {"en": "coverage", "nl": "dekking"},
    "status.reached": {"en": "reached", "nl": "bereikt"},
    "status.on_track": {"en": "on track", "nl": "op koers"},
    "status.at_risk": {"en": "at risk", "nl": "risico"},
    "status.off_track": {"en": "off track", "nl": "achter"},
    "status.no_trajectory": {"en": "no trajectory", "nl": "geen tijdpad"},
    "status.no_data": {"en": "no data", "nl": "geen gegevens"},
    "status.not_measurable": {"en": "not measurable", "nl": "niet meetbaar"},
    "missing.no_data": {"en": "no data", "nl": "geen gegevens"},
    "missing.not_measurable": {"en": "not measurable", "nl": "niet meetbaar"},
    "missing.no_baseline": {"en": "no baseline", "nl": "geen beginwaarde"},
    "missing.no_own_baseline": {
        "en": "no value of its own at the baseline date",
        "nl": "geen eigen waarde op de begindatum",
    },
    "missing.no_reference": {"en": "no reference level", "nl": "geen referentiewaarde"},
    "missing.area_only": {"en": "sub-areas only", "nl": "alleen deelgebieden"},
    "status.insufficient_data": {"en": "insufficient data", "nl": "te weinig gegevens"},
    "missing.no_direction": {"en": "no direction", "nl": "geen richting"},
    "missing.direction_conflict": {
        "en": "direction against baseline and target",
        "nl": "richting tegen beginwaarde en streefwaarde in",
    },
    "missing.no_growth_rate": {"en": "no growth rate", "nl": "geen groeitempo"},
    # the Open SDG growth-rate categories (`progress --method trend`)
    "trend.reached": {"en": "target achieved", "nl": "doel bereikt"},
    "trend.on_track": {"en": "on track", "nl": "op koers"},
    "trend.acceleration_needed": {"en": "acceleration needed", "nl": "versnelling nodig"},
    "trend.limited_progress": {"en": "limited progress", "nl": "beperkte vooruitgang"},
    "trend.deterioration": {"en": "deterioration", "nl": "achteruitgang"},
    "progress.trend": {"en": "trend", "nl": "trend"},
    # absolute figures next to a fraction: "92 of 150 initiatives (61 %)"
    "progress.of": {"en": "{value} of {goal} {unit} ({percent})", "nl": "{value} van {goal} {unit} ({percent})"},
    "progress.from_to": {
        "en": "{value} {unit}, from {start} to {goal} ({percent})",
        "nl": "{value} {unit}, van {start} naar {goal} ({percent})",
    },
    # a gap target: the programme's value against the reference area's ("60 % against 70 %")
    "progress.against": {
        "en": "{value} {unit} against {reference} {unit} ({percent} of the gap closed)",
        "nl": "{value} {unit} tegen {reference} {unit} ({percent} van de achterstand ingelopen)",
    },
    "progress.measured": {"en": "{measured} of {total} targets", "nl": "{measured} van {total} streefdoelen"},
    # progress per area (`doelenboom.monitor.areas`)
    "areas.heading": {"en": "Per area:", "nl": "Per gebied:"},
    "areas.derived": {"en": "from its sub-areas", "nl": "uit de deelgebieden"},
    "areas.part_of_sum": {"en": "part of the sum", "nl": "deel van de som"},
    "aggregation.sum": {"en": "sum over areas", "nl": "som over gebieden"},
    "aggregation.ratio": {"en": "summed numerators / summed denominators", "nl": "som tellers / som noemers"},
    "aggregation.weighted_mean": {"en": "mean weighted by inhabitants", "nl": "gemiddelde gewogen naar inwoners"},
    "aggregation.none": {"en": "not aggregated", "nl": "niet opgeteld"},
    "band.below": {"en": "below the band", "nl": "onder de band"},
    "band.in": {"en": "in the band", "nl": "binnen de band"},
    "band.above": {"en": "above the band", "nl": "boven de band"},
    "threshold.not_a_number": {"en": "{value} is not a number", "nl": "{value} is geen getal"},
    "threshold.not_decimal": {"en": "{value} is not a decimal number", "nl": "{value} is geen decimaal getal"},
    "threshold.not_finite": {"en": "{value} is not a finite number", "nl": "{value} is geen eindig getal"},
    "threshold.out_of_range": {
        "en": "{value} is not between 0 and {high}",
        "nl": "{value} ligt niet tussen 0 en {high}",
    },
    "threshold.order": {
        "en": "at_risk ({at_risk}) is above on_track ({on_track})",
        "nl": "at_risk ({at_risk}) is hoger dan on_track ({on_track})",
    },
    # --- what a target aims at (show, the Markdown export) ----------------------------------------------
    "target.count": {"en": "{value} {unit}", "nl": "{value} {unit}"},
    "target.part_of": {"en": "{value} {unit} of {of}", "nl": "{value} {unit} van {of}"},
    "target.range": {"en": "{low}–{high} {unit}", "nl": "{low}–{high} {unit}"},
    "target.range_measure": {"en": "{low}–{high} {unit} {measure}", "nl": "{low}–{high} {unit} {measure}"},
    "target.share": {"en": "{value} %", "nl": "{value} %"},
    "target.share_of": {"en": "{value} % of {population}", "nl": "{value} % van {population}"},
    # a milestone is an aim, not a fact: it reads as what is to be reached, and by when
    "target.milestone": {
        "en": "milestone: {what} by {deadline}",
        "nl": "mijlpaal: {what}, gehaald uiterlijk {deadline}",
    },
    "target.milestone_undated": {"en": "milestone: {what}", "nl": "mijlpaal: {what}"},
    "target.scale": {"en": "status: {scale}", "nl": "status: {scale}"},
    "target.qualitative": {"en": "not measurable as written", "nl": "niet meetbaar zoals geschreven"},
    "target.gap": {
        "en": "close {close} % of the gap to {area} ({unit})",
        "nl": "{close} % van de achterstand op {area} inlopen ({unit})",
    },
    "target.gap_default_area": {
        "en": "close {close} % of the gap to the reference area ({unit})",
        "nl": "{close} % van de achterstand op het referentiegebied inlopen ({unit})",
    },
    # --- the kinds of target (the value of `kind:`), for people; JSON and the csv dialect keep the id --
    "kind.count": {"en": "count", "nl": "aantal"},
    "kind.part_of": {"en": "part of", "nl": "deel van"},
    "kind.range": {"en": "range", "nl": "bandbreedte"},
    "kind.share": {"en": "share", "nl": "percentage"},
    "kind.milestone": {"en": "milestone", "nl": "mijlpaal"},
    "kind.qualitative": {"en": "qualitative", "nl": "kwalitatief"},
    "kind.gap": {"en": "gap to close", "nl": "achterstand inlopen"},
    # --- the kinds of row of the office outputs (the csv dialect keeps the id) -------------------------
    "record.programme": {"en": "programme", "nl": "programma"},
    "record.node": {"en": "node", "nl": "onderdeel"},
    "record.target": {"en": "target", "nl": "streefdoel"},
    "record.overhead": {"en": "overhead", "nl": "programmakosten"},
    # --- the built-in units, one and many (`units.BUILTIN_UNITS`; a spec's own unit as declared) -----
    "unit.one.EUR": {"en": "EUR", "nl": "EUR"},
    "unit.many.EUR": {"en": "EUR", "nl": "EUR"},
    "unit.one.kEUR": {"en": "kEUR", "nl": "kEUR"},
    "unit.many.kEUR": {"en": "kEUR", "nl": "kEUR"},
    "unit.one.MEUR": {"en": "MEUR", "nl": "MEUR"},
    "unit.many.MEUR": {"en": "MEUR", "nl": "MEUR"},
    "unit.one.percent": {"en": "%", "nl": "%"},
    "unit.many.percent": {"en": "%", "nl": "%"},
    "unit.one.person": {"en": "person", "nl": "persoon"},
    "unit.many.person": {"en": "persons", "nl": "personen"},
    "unit.one.dwelling": {"en": "dwelling", "nl": "woning"},
    "unit.many.dwelling": {"en": "dwellings", "nl": "woningen"},
    "unit.one.initiative": {"en": "initiative", "nl": "initiatief"},
    "unit.many.initiative": {"en": "initiatives", "nl": "initiatieven"},
    # --- the Markdown export ------------------------------------------------------------------------------
    "markdown.budget": {"en": "Budget", "nl": "Begroting"},
    "markdown.targets": {"en": "Targets", "nl": "Streefdoelen"},
    "markdown.level": {"en": "Level", "nl": "Niveau"},
    "markdown.own_eur": {"en": "Own (EUR)", "nl": "Eigen (EUR)"},
    "markdown.total_eur": {"en": "Total (EUR)", "nl": "Totaal (EUR)"},
    "markdown.declared_total_eur": {"en": "Declared total (EUR)", "nl": "Opgegeven totaal (EUR)"},
    "markdown.subtotal": {"en": "Subtotal (the tree)", "nl": "Subtotaal (de doelenboom)"},
    "markdown.overhead": {"en": "overhead", "nl": "programmakosten"},
    "markdown.total": {"en": "Total", "nl": "Totaal"},
    "markdown.node": {"en": "Node", "nl": "Onderdeel"},
    "markdown.target": {"en": "Target", "nl": "Streefdoel"},
    "markdown.kind": {"en": "Kind", "nl": "Soort"},
    "markdown.aim": {"en": "Aim", "nl": "Beoogd"},
    "markdown.deadline": {"en": "Deadline", "nl": "Einddatum"},
    "markdown.no_target": {"en": "no target", "nl": "geen streefdoel"},
    "markdown.indicators": {"en": "Indicators", "nl": "Indicatoren"},
    "markdown.indicator": {"en": "Indicator", "nl": "Indicator"},
    "markdown.unit": {"en": "Unit", "nl": "Eenheid"},
    "markdown.direction": {"en": "Better when", "nl": "Beter als"},
    "markdown.aggregation": {"en": "Sub-areas add up as", "nl": "Deelgebieden tellen op als"},
    "markdown.baseline": {"en": "Baseline", "nl": "Nulmeting"},
    "direction.higher": {"en": "higher", "nl": "hoger"},
    "direction.lower": {"en": "lower", "nl": "lager"},
    "markdown.by_year_and_funder": {"en": "Money per year and per funder", "nl": "Geld per jaar en per financier"},
    # --- column headers of the office outputs (`--format csv-excel`, the XLSX export) ------------------
    "column.record": {"en": "Record", "nl": "Soort rij"},
    "column.type": {"en": "Type", "nl": "Soort"},
    "column.id": {"en": "Id", "nl": "Id"},
    "column.parent": {"en": "Parent", "nl": "Valt onder"},
    "column.node": {"en": "Node", "nl": "Onderdeel"},
    "column.level": {"en": "Level", "nl": "Niveau"},
    "column.level_name": {"en": "Level name", "nl": "Naam niveau"},
    "column.depth": {"en": "Depth", "nl": "Diepte"},
    "column.name": {"en": "Name", "nl": "Naam"},
    "column.kind": {"en": "Kind", "nl": "Soort streefdoel"},
    "column.value": {"en": "Value", "nl": "Waarde"},
    "column.low": {"en": "Low", "nl": "Ondergrens"},
    "column.high": {"en": "High", "nl": "Bovengrens"},
    "column.unit": {"en": "Unit", "nl": "Eenheid"},
    "column.deadline": {"en": "Deadline", "nl": "Einddatum"},
    "column.own_eur": {"en": "Own (EUR)", "nl": "Eigen (EUR)"},
    "column.rolled_up_eur": {"en": "Rolled up (EUR)", "nl": "Opgeteld (EUR)"},
    "column.attributed_eur": {"en": "Attributed (EUR)", "nl": "Toegerekend (EUR)"},
    "column.declared_eur": {"en": "Declared (EUR)", "nl": "Opgegeven (EUR)"},
    "column.difference_eur": {"en": "Difference (EUR)", "nl": "Verschil (EUR)"},
    "column.figure": {"en": "Figure", "nl": "Bedrag"},
    "column.progress": {"en": "Progress", "nl": "Voortgang"},
    "column.expected": {"en": "Expected", "nl": "Verwacht"},
    "column.coverage": {"en": "Coverage", "nl": "Dekking"},
    "column.status": {"en": "Status", "nl": "Status"},
    "column.missing": {"en": "Missing", "nl": "Ontbreekt"},
    "column.start": {"en": "Start value", "nl": "Beginwaarde"},
    "column.goal": {"en": "Target value", "nl": "Streefwaarde"},
    "column.trend": {"en": "Trend", "nl": "Trend"},
    "column.target": {"en": "Target", "nl": "Streefdoel"},
    "column.area": {"en": "Area", "nl": "Gebied"},
    "column.code": {"en": "CBS code", "nl": "CBS-code"},
    "column.numerator": {"en": "Numerator", "nl": "Teller"},
    "column.denominator": {"en": "Denominator", "nl": "Noemer"},
    "column.measured_on": {"en": "Measured on", "nl": "Gemeten op"},
    "column.derived": {"en": "From sub-areas", "nl": "Uit deelgebieden"},
    "column.year": {"en": "Year", "nl": "Jaar"},
    "column.funder": {"en": "Funder", "nl": "Financier"},
    "column.funder_kind": {"en": "Kind of funder", "nl": "Soort financier"},
    "column.scheme": {"en": "Scheme", "nl": "Regeling"},
    "column.planned_eur": {"en": "Planned (EUR)", "nl": "Gepland (EUR)"},
    "column.spent_eur": {"en": "Spent (EUR)", "nl": "Besteed (EUR)"},
    "column.remaining_eur": {"en": "Remaining (EUR)", "nl": "Resterend (EUR)"},
    "column.share_spent": {"en": "Share spent", "nl": "Deel besteed"},
    # --- `doelenboom portfolio`: several programmes seen together ------------------------------------
    "column.programme": {"en": "Programme", "nl": "Programma"},
    "column.theme": {"en": "Theme", "nl": "Thema"},
    "column.indicator": {"en": "Indicator", "nl": "Indicator"},
    "column.reference": {"en": "Reference", "nl": "Referentie"},
    "column.reference_value": {"en": "Reference value", "nl": "Referentiewaarde"},
    "column.direction": {"en": "Better when", "nl": "Beter als"},
    "column.aggregation": {"en": "Sub-areas add up as", "nl": "Deelgebieden tellen op als"},
    "column.baseline": {"en": "Baseline", "nl": "Nulmeting"},
    "column.baseline_date": {"en": "Baseline date", "nl": "Datum nulmeting"},
    "column.frequency": {"en": "Frequency", "nl": "Frequentie"},
    "column.source": {"en": "Source", "nl": "Bron"},
    "column.amount_eur": {"en": "Amount (EUR)", "nl": "Bedrag (EUR)"},
    "portfolio.heading": {"en": "Portfolio {name} ({id})", "nl": "Portefeuille {name} ({id})"},
    "portfolio.money": {"en": "Planned money (EUR)", "nl": "Gepland geld (EUR)"},
    "portfolio.money_total": {
        "en": "Total of the programmes that count: {amount}",
        "nl": "Totaal van de programma's die meetellen: {amount}",
    },
    "portfolio.left_out": {
        "en": "Left out of the totals (see the diagnostics): {paths}",
        "nl": "Niet meegeteld in de totalen (zie de meldingen): {paths}",
    },
    "portfolio.overhead": {"en": "overhead", "nl": "apparaatskosten"},
    "portfolio.unsplit": {"en": "not split", "nl": "niet verdeeld"},
    "portfolio.core": {"en": "Core indicators as of {date}", "nl": "Kernindicatoren op {date}"},
    "portfolio.reference": {"en": "{name}: {value} ({date})", "nl": "{name}: {value} ({date})"},
    "portfolio.no_reference": {"en": "no reference value", "nl": "geen referentiewaarde"},
    "portfolio.coverage": {
        "en": "coverage {count} of {total} programmes",
        "nl": "dekking {count} van {total} programma's",
    },
    "portfolio.value": {"en": "{value} ({date})", "nl": "{value} ({date})"},
    "portfolio.missing": {"en": "missing: {reason}", "nl": "ontbreekt: {reason}"},
    "missing.not_declared": {"en": "indicator not in the programme", "nl": "indicator niet in het programma"},
    "missing.no_target": {"en": "no target on the indicator", "nl": "geen streefdoel op de indicator"},
    "missing.no_measurements": {"en": "no measurements file", "nl": "geen metingenbestand"},
    "missing.unreadable": {"en": "measurements file has errors", "nl": "metingenbestand bevat fouten"},
    # --- the sheets of the XLSX export (at most 31 characters, none of []:*?/\\) ----------------------
    "sheet.nodes": {"en": "Programme", "nl": "Programma"},
    "sheet.targets": {"en": "Targets", "nl": "Streefdoelen"},
    "sheet.overhead": {"en": "Overhead", "nl": "Programmakosten"},
    "sheet.totals": {"en": "Totals", "nl": "Totalen"},
    "sheet.funders": {"en": "Funders", "nl": "Financiers"},
    "sheet.indicators": {"en": "Indicators", "nl": "Indicatoren"},
    "sheet.planned": {"en": "Per year and funder", "nl": "Per jaar en financier"},
    "sheet.execution": {"en": "Execution", "nl": "Uitvoering"},
    "totals.tree": {"en": "sum of the tree", "nl": "som van de doelenboom"},
    "totals.overhead": {"en": "overhead", "nl": "programmakosten"},
    "totals.programme": {"en": "programme total", "nl": "programmatotaal"},
    # --- diff -----------------------------------------------------------------------------------------
    "diff.title": {"en": "Changes in meaning", "nl": "Inhoudelijke wijzigingen"},
    "diff.nodes": {"en": "Nodes", "nl": "Onderdelen"},
    "diff.added": {"en": "added", "nl": "toegevoegd"},
    "diff.removed": {"en": "removed", "nl": "verwijderd"},
    "diff.renamed": {"en": "renamed", "nl": "hernoemd"},
    "diff.moved": {"en": "moved", "nl": "verplaatst"},
    "diff.reweighted": {"en": "reweighted", "nl": "ander gewicht"},
    "diff.changed": {"en": "changed", "nl": "gewijzigd"},
    "diff.programme_fields": {"en": "Programme", "nl": "Programma"},
    "diff.scope.level": {"en": "level", "nl": "niveau"},
    "diff.scope.source": {"en": "source", "nl": "bron"},
    "diff.scope.benefit": {"en": "benefit", "nl": "baat"},
    "diff.scope.unit": {"en": "unit", "nl": "eenheid"},
    "diff.scope.overhead": {"en": "overhead item", "nl": "programmakostenpost"},
    "diff.scope.funder": {"en": "funder", "nl": "financier"},
    "diff.scope.co_financing": {"en": "co-financing rule", "nl": "cofinancieringsregel"},
    "diff.scope.area_part": {"en": "sub-area", "nl": "deelgebied"},
    "diff.scope.area_reference": {"en": "reference area", "nl": "referentiegebied"},
    "diff.scope.indicator": {"en": "indicator", "nl": "indicator"},
    "diff.weight": {"en": "weight", "nl": "gewicht"},
    "diff.under": {"en": "under", "nl": "onder"},
    "diff.top": {"en": "(top)", "nl": "(bovenste niveau)"},
    "diff.budget": {"en": "Budget figures", "nl": "Begrotingsbedragen"},
    "diff.totals": {"en": "Rolled-up totals", "nl": "Opgetelde totalen"},
    "diff.tree": {"en": "sum of the tree", "nl": "som van de doelenboom"},
    "diff.overhead": {"en": "overhead", "nl": "programmakosten"},
    "diff.programme": {"en": "programme total", "nl": "programmatotaal"},
    "diff.attributed": {"en": "attributed", "nl": "toegerekend"},
    "diff.links": {"en": "Contributions", "nl": "Bijdragen"},
    "diff.contains": {"en": "contained in", "nl": "valt onder"},
    "diff.serves": {"en": "serves", "nl": "dient"},
    "diff.share": {"en": "share of its money", "nl": "aandeel van het geld"},
    "diff.targets": {"en": "Targets", "nl": "Streefdoelen"},
    "diff.target": {"en": "target", "nl": "streefdoel"},
    "diff.new_diagnostics": {"en": "New problems", "nl": "Nieuwe problemen"},
    "diff.resolved_diagnostics": {"en": "Resolved problems", "nl": "Opgeloste problemen"},
    "diff.not_comparable": {
        "en": "One side could not be read as a programme; only its problems are compared.",
        "nl": "Eén kant kon niet als programma gelezen worden; alleen de problemen zijn vergeleken.",
    },
    "diff.nothing": {"en": "No changes in meaning.", "nl": "Geen inhoudelijke wijzigingen."},
    "diff.none": {"en": "none", "nl": "geen"},
    "diff.change": {"en": "change", "nl": "wijziging"},
    "diff.level": {"en": "level", "nl": "niveau"},
    "diff.id": {"en": "id", "nl": "id"},
    "diff.was": {"en": "was", "nl": "was"},
    "diff.now": {"en": "now", "nl": "nu"},
    "diff.delta": {"en": "difference", "nl": "verschil"},
    "diff.figure": {"en": "figure", "nl": "bedrag"},
    "diff.node": {"en": "node", "nl": "onderdeel"},
    "diff.field": {"en": "field", "nl": "veld"},
    "diff.problem": {"en": "problem", "nl": "probleem"},
    "diff.where": {"en": "where", "nl": "waar"},
}
"""Every interface word by key, per language: the key's first part names where it is used."""


def word(key: str, lang: Language = EN, **args: object) -> str:
    """The word (or filled template) ``key`` in ``lang``. An unknown language raises
    `doelenboom.language.UnknownLanguage`, an unknown key KeyError: a word that is not in the
    catalogue is a bug, never silently English. A further language gets its words through
    `doelenboom.codes.register_language`."""
    template = WORDS[key][as_language(lang)]
    return template.format(**args) if args else template


def words(lang: Language, prefix: str) -> Mapping[str, str]:
    """Every word under ``prefix`` (e.g. ``diff``) in ``lang``, keyed without the prefix."""
    start, lang = prefix + ".", as_language(lang)
    return {key[len(start) :]: text[lang] for key, text in WORDS.items() if key.startswith(start)}


def unit_word(unit: str, lang: Language = EN, amount: Decimal | None = None) -> str:
    """A unit for people, in ``lang``: a built-in unit (or its alias, `units.ALIASES`) in the
    singular when ``amount`` is exactly 1 or not given, else in the plural ("1 woning", "365
    woningen"); a spec's own unit as it is declared (the model has no plural for it)."""
    from doelenboom.units import ALIASES, BUILTIN_UNITS

    name = unit if unit in BUILTIN_UNITS else ALIASES.get(unit, unit)
    if name not in BUILTIN_UNITS:
        return unit
    return word(f"unit.{'one' if amount is None or amount == 1 else 'many'}.{name}", lang)


def column_words(columns: Sequence[str], lang: Language = EN) -> list[str]:
    """The headers of the office outputs (`--format csv-excel`, XLSX) for ``columns`` (column
    ids such as ``own_eur``) in ``lang``; the machine CSV keeps the ids."""
    return [word(f"column.{column}", lang) for column in columns]
