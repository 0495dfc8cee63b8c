"""DB1xx: reading the file and its YAML. One entry per code: its words in every language, the words of its
tokens, and a wrong and a right snippet for its page in the docs."""

from __future__ import annotations

from doelenboom.codes._entry import Code, E, example
from doelenboom.inputs import DEFAULT_LIMITS, LIMIT_VARIABLE

DB101 = Code(
    "DB101",
    "file-unreadable",
    E,
    "yaml",
    summary="The file cannot be opened or read.",
    message={
        "en": "cannot read the file: {reason}",
        "nl": "het bestand kan niet gelezen worden: {reason}",
    },
    hint={
        "en": "Check the path and the file's permissions.",
        "nl": "Controleer het pad en of u het bestand mag lezen.",
    },
    # The reason is the errno's name (ENOENT), a token of `diff`'s path and git reader, or (for an errno
    # not worded here) the OS's own text, as data.
    tokens={
        "reason": {
            "ENOENT": {"en": "No such file or directory", "nl": "het bestand bestaat niet"},
            "EACCES": {"en": "Permission denied", "nl": "u hebt geen toestemming om het te lezen"},
            "EPERM": {"en": "Operation not permitted", "nl": "u hebt geen toestemming om het te lezen"},
            "EISDIR": {"en": "Is a directory", "nl": "dit is een map, geen bestand"},
            "ENOTDIR": {"en": "Not a directory", "nl": "een deel van het pad is geen map"},
            "null_byte": {"en": "the path holds a NUL byte", "nl": "het pad bevat een NUL-teken"},
            "ENAMETOOLONG": {"en": "File name too long", "nl": "de naam van het bestand is te lang"},
            "ELOOP": {
                "en": "Too many levels of symbolic links",
                "nl": "het pad loopt via te veel symbolische koppelingen (of in een kring)",
            },
            "revision_range": {
                "en": "'{revision}' is a range of revisions; name one revision, as in main:specs/plan.yaml",
                "nl": "'{revision}' is een reeks revisies; noem één revisie, zoals main:specs/plan.yaml",
            },
            "git_directory": {
                "en": "'{path}' is a folder in '{revision}', not a file",
                "nl": "'{path}' is een map in '{revision}', geen bestand",
            },
            "git_not_a_file": {
                "en": "'{path}' in '{revision}' is not a file",
                "nl": "'{path}' in '{revision}' is geen bestand",
            },
            "not_a_revision": {
                "en": "'{revision}' is not a git revision",
                "nl": "'{revision}' is geen git-revisie",
            },
            "git_not_started": {"en": "cannot run git: {detail}", "nl": "git kan niet gestart worden: {detail}"},
            "git_failed": {"en": "git: {detail}", "nl": "git meldt: {detail}"},
            "git_exit": {"en": "git: exit status {status}", "nl": "git meldt: exit status {status}"},
        },
    },
    data={"reason": {"en": "{reason}", "nl": "{reason}"}},
    example=example(
        """
$ doelenboom validate specs/heerlen-noord.yaml    # no such file
""",
        """
$ doelenboom validate specs/heerlen_noord.yaml
""",
        "text",
    ),
)

DB102 = Code(
    "DB102",
    "not-utf8",
    E,
    "yaml",
    summary="The file is not UTF-8 text (for example Latin-1 saved by an old editor).",
    message={
        "en": "the file is not valid UTF-8 (byte {byte} cannot be decoded)",
        "nl": "het bestand is geen geldige UTF-8-tekst (byte {byte} is onleesbaar)",
    },
    hint={
        "en": "Save the file as UTF-8 in your editor.",
        "nl": "Sla het bestand in uw editor op als UTF-8.",
    },
    example=example(
        """
title: Financiële doorkijk    # saved as Windows-1252: 'ë' is the single byte 0xEB
""",
        """
title: Financiële doorkijk    # saved as UTF-8
""",
        "text",
    ),
)

DB103 = Code(
    "DB103",
    "yaml-syntax",
    E,
    "yaml",
    summary="The YAML itself is malformed: a bad indent, an unclosed quote or bracket.",
    message={
        "en": "YAML syntax error: {problem}",
        "nl": "fout in de YAML-opbouw: {problem}",
    },
    hint={
        "en": "Check the indentation and quotes on this line and the one above it.",
        "nl": "Controleer de inspringing en aanhalingstekens op deze regel en de regel erboven.",
    },
    # The problems libyaml reports most, as tokens; any other problem is libyaml's own text (data).
    tokens={
        "problem": {
            "tab": {"en": "a tab; YAML indents with spaces only", "nl": "een tab; YAML springt alleen in met spaties"},
            "second_colon": {
                "en": "a second ': ' on this line; put text that contains ': ' in quotes",
                "nl": "een tweede ': ' op deze regel; zet tekst met ': ' erin tussen aanhalingstekens",
            },
            "indentation": {
                "en": "the indentation does not match the lines above",
                "nl": "de inspringing past niet bij de regels erboven",
            },
            "unclosed_quote": {
                "en": "a quote that is never closed",
                "nl": "een aanhalingsteken dat nooit gesloten wordt",
            },
            "unclosed_bracket": {
                "en": "a '[' that is never closed with ']'",
                "nl": "een '[' die nooit met ']' gesloten wordt",
            },
            "unclosed_brace": {
                "en": "a '{{' that is never closed with '}}'",
                "nl": "een '{{' die nooit met '}}' gesloten wordt",
            },
            "unknown_escape": {
                "en": "an unknown escape after '\\' in double-quoted text; use single quotes",
                "nl": (
                    "een onbekend teken na '\\' in tekst tussen dubbele aanhalingstekens; gebruik enkele "
                    "aanhalingstekens"
                ),
            },
            "undefined_alias": {
                "en": "an alias (*name) whose anchor does not exist",
                "nl": "een verwijzing (*naam) naar een anker dat niet bestaat",
            },
            "key_without_colon": {"en": "a key without ':'", "nl": "een sleutel zonder ':'"},
            "list_not_continued": {
                "en": "a line that does not continue the list above it",
                "nl": "een regel die de lijst erboven niet voortzet",
            },
            "cannot_start": {
                "en": "'{char}' cannot start a value; put the text in quotes",
                "nl": "'{char}' kan geen waarde beginnen; zet de tekst tussen aanhalingstekens",
            },
            "unreadable": {"en": "unreadable YAML", "nl": "onleesbare YAML"},
            "bom_inside": {
                "en": (
                    "an invisible byte-order mark (U+FEFF) inside the file, often where two files were pasted "
                    "together; YAML readers disagree about it, so delete it"
                ),
                "nl": (
                    "een onzichtbaar byte-order mark (U+FEFF) midden in het bestand, vaak waar twee bestanden "
                    "aan elkaar zijn geplakt; YAML-lezers gaan er verschillend mee om, dus verwijder het"
                ),
            },
            # libyaml's text (``detail``) stays in English: it names the character precisely.
            "control_character": {"en": "{detail}", "nl": "een stuurteken"},
        },
    },
    data={"problem": {"en": "{problem}", "nl": "YAML meldt: {problem}"}},
    example=example(
        """
- id: gezondheid
  name: "Gezondheid
""",
        """
- id: gezondheid
  name: "Gezondheid"
""",
    ),
)

DB104 = Code(
    "DB104",
    "duplicate-key",
    E,
    "yaml",
    summary="A key appears twice in one mapping; YAML would silently keep only the last one.",
    message={
        "en": "key '{key}' appears twice (first on line {first_line})",
        "nl": "sleutel '{key}' komt twee keer voor (eerst op regel {first_line})",
    },
    hint={
        "en": "Remove one of the two, or merge their contents.",
        "nl": "Verwijder een van de twee, of voeg de inhoud samen.",
    },
    example=example(
        """
- id: gezondheid
  name: Gezondheid
  name: Gezondheid en zorg
""",
        """
- id: gezondheid
  name: Gezondheid en zorg
""",
    ),
)

DB105 = Code(
    "DB105",
    "anchor-alias",
    E,
    "yaml",
    summary=(
        "YAML anchors (&name), aliases (*name) and merge keys (<<) are refused: they hide copies and allow alias bombs."
    ),
    message={
        "en": "YAML anchors, aliases and merge keys are not allowed (found {name})",
        "nl": "YAML-ankers, -verwijzingen en samenvoegsleutels zijn niet toegestaan (gevonden: {name})",
    },
    hint={
        "en": "Write the content out in full where it is needed.",
        "nl": "Schrijf de inhoud voluit op de plek waar die nodig is.",
    },
    # ``name`` is the anchor or alias as written (&name, *name), as data, or a token for '<<'
    tokens={
        "name": {
            "merge_key": {
                "en": "the merge key '<<:', which would copy another mapping's keys in",
                "nl": "de samenvoegsleutel '<<:', die de sleutels van een andere tabel zou overnemen",
            },
            "merge_value": {
                "en": "'<<', which YAML reads as a merge key; put text in quotes: \"<<\"",
                "nl": "'<<', dat YAML leest als samenvoegsleutel; zet tekst tussen aanhalingstekens: \"<<\"",
            },
        },
    },
    data={"name": {"en": "'{name}'", "nl": "'{name}'"}},
    example=example(
        """
- id: gezondheid
  budget: &begroting {amount: 20313455}
- id: sociaal
  budget: *begroting
""",
        """
- id: gezondheid
  budget: {amount: 20313455}
- id: sociaal
  budget: {amount: 20313455}
""",
    ),
)

DB106 = Code(
    "DB106",
    "yaml11-boolean",
    E,
    "yaml",
    summary="yes/no/on/off are read as true/false by YAML 1.1, which is rarely what was meant.",
    message={
        "en": "'{text}' is read by YAML as a yes/no value",
        "nl": "'{text}' wordt door YAML gelezen als ja/nee-waarde",
    },
    hint={
        "en": 'Write true or false for a yes/no value, or put the text in quotes: "{text}".',
        "nl": 'Schrijf true of false voor ja/nee, of zet tekst tussen aanhalingstekens: "{text}".',
    },
    example=example(
        """
inhabitants_approximate: yes
""",
        """
inhabitants_approximate: true
""",
    ),
)

DB107 = Code(
    "DB107",
    "leading-zero",
    E,
    "yaml",
    summary="A number with a leading zero is read as octal by YAML 1.1 (010 becomes 8).",
    message={
        "en": "'{text}' starts with a zero and would be read as an octal number",
        "nl": "'{text}' begint met een nul en zou als octaal getal gelezen worden",
    },
    hint={
        "en": "Remove the leading zero, or quote the value if it is a code.",
        "nl": "Haal de voorloopnul weg, of zet de waarde tussen aanhalingstekens als het een code is.",
    },
    example=example(
        """
value: 0750
""",
        """
value: 750
""",
    ),
)

DB108 = Code(
    "DB108",
    "too-deep",
    E,
    "yaml",
    summary="The document nests deeper than any spec needs; refused to protect the loader.",
    message={
        "en": "the document nests deeper than {limit} levels",
        "nl": "het document is dieper genest dan {limit} niveaus",
    },
    hint={
        "en": "Check the indentation; a goal tree needs only a handful of levels.",
        "nl": "Controleer de inspringing; een doelenboom heeft maar een paar niveaus nodig.",
    },
    example=example(
        """
tree:
  - children:
      - children:
          - children:    # ... and so on, more than 100 levels deep
""",
        """
tree:               # as many levels as 'levels:' declares
  - children:
      - children:
""",
    ),
)

DB109 = Code(
    "DB109",
    "number-too-long",
    E,
    "yaml",
    summary="A number has more digits than any real figure; refused to protect the loader.",
    message={
        "en": "the number has more than {limit} digits",
        "nl": "het getal heeft meer dan {limit} cijfers",
    },
    hint={
        "en": "Check the figure; remove stray digits.",
        "nl": "Controleer het bedrag of getal; verwijder overtollige cijfers.",
    },
    example=example(
        """
amount: 2031345500000000000000000000000000000000000
""",
        """
amount: 20313455
""",
    ),
)

DB110 = Code(
    "DB110",
    "not-one-document",
    E,
    "yaml",
    summary="A spec file holds exactly one YAML document.",
    message={
        "en": "the file must hold exactly one YAML document; found {count}",
        "nl": "het bestand moet precies één YAML-document bevatten; gevonden: {count}",
    },
    hint={
        "en": "A spec is one YAML document: remove extra '---' separators, or write the spec into an empty file.",
        "nl": "Een spec is één YAML-document: verwijder extra '---'-scheidingen, of vul een leeg bestand.",
    },
    example=example(
        """
doelenboom: 1
id: heerlen-noord
---
doelenboom: 1
id: heerlen-zuid
""",
        """
doelenboom: 1
id: heerlen-noord
""",
    ),
)

DB111 = Code(
    "DB111",
    "key-not-text",
    E,
    "yaml",
    summary="Keys of a mapping must be plain text.",
    message={
        "en": "keys must be plain text; found {found}",
        "nl": "sleutels moeten gewone tekst zijn; gevonden: {found}",
    },
    hint={
        "en": "Write the key as a word, e.g. 'name:'.",
        "nl": "Schrijf de sleutel als woord, bijvoorbeeld 'name:'.",
    },
    tokens={"found": {"collection": {"en": "a list or mapping", "nl": "een lijst of tabel"}}},
    data={"found": {"en": "{found}", "nl": "{found}"}},  # the key as Python writes it: 1, None
    example=example(
        """
allocation:
  1: 100
""",
        """
allocation:
  meer-mensen-aan-het-werk: 100
""",
    ),
)

DB112 = Code(
    "DB112",
    "unsupported-tag",
    E,
    "yaml",
    summary="Explicit YAML tags (!!python/..., !custom) are refused.",
    message={
        "en": "YAML tag '{tag}' is not allowed",
        "nl": "YAML-tag '{tag}' is niet toegestaan",
    },
    hint={
        "en": "Remove the tag; write the plain value.",
        "nl": "Verwijder de tag; schrijf de gewone waarde.",
    },
    example=example(
        """
amount: !bedrag 20313455
""",
        """
amount: 20313455
""",
    ),
)

DB113 = Code(
    "DB113",
    "odd-number-notation",
    E,
    "yaml",
    summary="Hexadecimal, binary or sexagesimal (1:30) numbers, which YAML 1.1 silently converts.",
    message={
        "en": "'{text}' would be read by YAML as a number in another base",
        "nl": "'{text}' zou door YAML gelezen worden als getal in een ander talstelsel",
    },
    hint={
        "en": "Write the number in plain digits, or quote the value if it is text.",
        "nl": "Schrijf het getal in gewone cijfers, of zet tekst tussen aanhalingstekens.",
    },
    example=example(
        """
value: 0x2EE
""",
        """
value: 750
""",
    ),
)

DB114 = Code(
    "DB114",
    "not-a-regular-file",
    E,
    "yaml",
    summary=(
        "The input is a device, a named pipe (FIFO) or a socket, not a file on disk; refused before "
        "reading, since such a file may never end or wait forever for a writer."
    ),
    message={
        "en": "cannot read the file: it is {kind}, not a regular file",
        "nl": "het bestand kan niet gelezen worden: het is {kind}, geen gewoon bestand",
    },
    hint={
        "en": "Give the path of a file saved on disk; save the output of a command or pipe to a file first.",
        "nl": (
            "Geef het pad van een bestand op schijf; sla de uitvoer van een opdracht of pipe eerst op in een bestand."
        ),
    },
    tokens={
        "kind": {
            "device": {"en": "a device (such as /dev/zero)", "nl": "een apparaat (zoals /dev/zero)"},
            "fifo": {"en": "a named pipe (FIFO)", "nl": "een named pipe (FIFO)"},
            "socket": {"en": "a socket", "nl": "een socket"},
            "other": {"en": "a special file", "nl": "een speciaal bestand"},
        },
    },
    example=example(
        """
$ doelenboom validate /dev/zero                  # a device: it never ends
$ doelenboom validate <(git show main:spec.yaml)  # a pipe
""",
        """
$ git show main:spec.yaml > /tmp/spec.yaml && doelenboom validate /tmp/spec.yaml
$ doelenboom diff main:spec.yaml spec.yaml        # diff reads a revision itself
""",
        "text",
    ),
)

DB115 = Code(
    "DB115",
    "file-too-large",
    E,
    "yaml",
    summary=(
        f"The file is larger than the size limit: {DEFAULT_LIMITS['spec'] // 10**6} MB for a spec, "
        f"{DEFAULT_LIMITS['measurements'] // 10**9} GB for a measurements file, or what "
        f"{LIMIT_VARIABLE} sets. Refused before reading."
    ),
    message={
        "en": "the file is {size} bytes, more than the limit of {limit} bytes",
        "nl": "het bestand is {size} bytes, meer dan de grens van {limit} bytes",
    },
    hint={
        "en": (
            "Check that this is the file you meant; to read a larger file, set DOELENBOOM_MAX_INPUT_BYTES "
            "to its size in bytes or more."
        ),
        "nl": (
            "Controleer of dit het bedoelde bestand is; zet DOELENBOOM_MAX_INPUT_BYTES op de grootte in "
            "bytes of meer om een groter bestand te lezen."
        ),
    },
    example=example(
        """
$ ls -l metingen.csv
-rw-r--r-- 1 staf staf 5368709120 metingen.csv     # 5 GB: over the 4 GB limit
$ doelenboom progress spec.yaml --measurements metingen.csv
""",
        """
$ DOELENBOOM_MAX_INPUT_BYTES=6000000000 doelenboom progress spec.yaml --measurements metingen.csv
""",
        "text",
    ),
)

CODES = (
    DB101,
    DB102,
    DB103,
    DB104,
    DB105,
    DB106,
    DB107,
    DB108,
    DB109,
    DB110,
    DB111,
    DB112,
    DB113,
    DB114,
    DB115,
)
