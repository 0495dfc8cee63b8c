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
    "missing.no_reference": {"en": "no reference level", "nl": "geen referentiewaarde"},
    "missing.area_only": {"en": "sub-areas only", "nl": "alleen deelgebieden"},
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
    "target.milestone": {"en": "milestone reached", "nl": "mijlpaal bereikt"},
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
    "markdown.aim": {"en": "Aim", "nl": "Doel"},
    "markdown.deadline": {"en": "Deadline", "nl": "Einddatum"},
    "markdown.no_target": {"en": "no target", "nl": "geen streefdoel"},
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
    "column.year": {"en": "Year", "nl": "Jaar"},
    "column.funder": {"en": "Funder", "nl": "Financier"},
    "column.funder_kind": {"en": "Kind of funder", "nl": "Soort financier"},
    "column.scheme": {"en": "Scheme", "nl": "Regeling"},
    "column.planned_eur": {"en": "Planned (EUR)", "nl": "Gepland (EUR)"},
    "column.spent_eur": {"en": "Spent (EUR)", "nl": "Besteed (EUR)"},
    "column.remaining_eur": {"en": "Remaining (EUR)", "nl": "Resterend (EUR)"},
    "column.share_spent": {"en": "Share spent", "nl": "Deel besteed"},
    # --- the sheets of the XLSX export (at most 31 characters, none of []:*?/\\) ----------------------
    "sheet.nodes": {"en": "Programme", "nl": "Programma"},
    "sheet.targets": {"en": "Targets", "nl": "Streefdoelen"},
    "sheet.overhead": {"en": "Overhead", "nl": "Programmakosten"},
    "sheet.totals": {"en": "Totals", "nl": "Totalen"},
    "sheet.funders": {"en": "Funders", "nl": "Financiers"},
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


def column_words(columns: Sequence[str], lang: Language = EN) -> list[str]:
    """The headers of the office outputs (`--format csv-excel`, XLSX) for ``columns`` (column
    ids such as ``own_eur``) in ``lang``; the machine CSV keeps the ids."""
    return [word(f"column.{column}", lang) for column in columns]
