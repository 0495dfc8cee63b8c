"""Text for people and for spreadsheets, shared by every output (CLI commands, exports, diff).

Light on purpose (no models, no third-party imports) so that any command can use it.

- `one_line`: spec text for a line-oriented output (a name with a newline must not break a line,
  nor a control character reach the terminal).
- `visible`: a value echoed in a message with its control characters, bidi overrides and line
  breaks written as escapes (``\\x1b``, ``\\n``, ``\\u202e``), so that a value from a file can
  neither drive a terminal nor forge a line of output.
- `format_eur`: an amount of money for people, English or Dutch, never rounded.
- `is_formula_like`: the one formula guard of every CSV and XLSX writer (OWASP's list, also
  behind leading spaces and control characters, and in full-width forms); `csv_cell`: one cell of
  any CSV output, text neutralised by `spreadsheet_text`, money exact.
- `write_csv`: every CSV output (budget, progress, export): each cell through `csv_cell`, lines
  ended by CRLF as RFC 4180 says, and every cell holding CR or LF quoted.
- escaping of spec text for each output format: `mermaid_label`, `dot_string`, `xml_text`,
  `markdown_text` (used by the exports, the diff's Markdown and the docs).
"""

from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from doelenboom.language import EN, Language

_WHITESPACE = re.compile(r"\s+")
# What a terminal, a log or a bidi-aware viewer acts on instead of showing: C0 and C1 controls
# (ESC, CSI U+009B, NEL), the line and paragraph separators, bidi marks, embeddings, overrides and
# isolates, and lone surrogates (which no UTF-8 output can hold).
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# OWASP's CSV-injection list: a cell starting with one of these is run (or its start dropped).
_FORMULA_CHARS = frozenset("=+-@\u2212")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")

Cell = str | int | float | Decimal | date | None
"""What a table row may hold before it becomes CSV text."""


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) into one space; a control character
    or bidi override left over is shown escaped (`visible`)."""
    return visible(_WHITESPACE.sub(" ", text).strip())


def visible(text: str) -> str:
    """``text`` with every character a terminal or viewer would act on rather than show written
    as an escape: ``\\n``, ``\\r``, ``\\t``, ``\\x1b`` (C0 and C1 controls), ``\\u202e`` (bidi
    controls, line separators, lone surrogates). Every value echoed in a diagnostic passes here
    (`doelenboom.codes.format_arg`), so an escape sequence in a key cannot clear a screen and a
    newline in an id cannot forge a line of output. Linear in the text."""
    if _INVISIBLE.search(text) is None:
        return text
    return _INVISIBLE.sub(_escape_char, text)


def _escape_char(found: re.Match[str]) -> str:
    char = found.group()
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def format_eur(amount: Decimal | None, lang: Language = EN) -> str:
    """An amount in EUR for people: thousands grouped (``1,234,567`` in English, ``1.234.567``
    in Dutch), cents only when there are any (``1,234.50``), and every decimal when there are
    more than cents (``0.125``): money is never rounded here. ``-`` when there is no amount."""
    if amount is None:
        return "-"
    if amount == amount.to_integral_value():
        text = f"{int(amount):,}"
    else:
        exponent = amount.normalize().as_tuple().exponent
        places = max(2, -exponent) if isinstance(exponent, int) else 2
        text = f"{amount:,.{places}f}"
    return text.translate(str.maketrans(",.", ".,")) if lang == "nl" else text


def format_number(value: Decimal, lang: Language = EN) -> str:
    """A number that is not money (a share, a quantity) for people: thousands grouped, exactly the
    decimals it has (``38.5`` in English, ``38,5`` in Dutch)."""
    text = f"{int(value):,}" if value == value.to_integral_value() else f"{value:,f}"
    return text.translate(str.maketrans(",.", ".,")) if lang == "nl" else text


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula, or strip what starts it: the one
    formula guard of every CSV and XLSX writer. OWASP's list (a start of ``= + - @``, tab, CR,
    LF), also behind leading whitespace (a space, a no-break space) and invisible control or
    format characters, and in the full-width and small forms (``＝``, ``﹢``) and the minus sign
    (U+2212) that some spreadsheets read as their ASCII twins."""
    if text.startswith(("\t", "\r", "\n")):
        return True
    for char in text:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp"):
            continue
        return char in _FORMULA_CHARS or unicodedata.normalize("NFKC", char) in _FORMULA_CHARS
    return False


def spreadsheet_text(text: str) -> str:
    """Text that a spreadsheet will not read as a formula (OWASP's advice for CSV): a leading
    ``'`` before text that `is_formula_like`, and also after each line break inside the text
    whose line is (``"Goal\\r=1+1"`` becomes ``"Goal\\r'=1+1"``), so that a reader that ends
    rows at CR or LF does not find a formula either."""
    if "\r" not in text and "\n" not in text:
        return "'" + text if is_formula_like(text) else text
    pieces = _LINE_BREAKS.split(text)
    breaks = _LINE_BREAKS.findall(text)
    out = ["'" + pieces[0] if is_formula_like(text) else pieces[0]]
    for line_break, piece in zip(breaks, pieces[1:], strict=True):
        out += [line_break, "'" + piece if is_formula_like(piece) else piece]
    return "".join(out)


class Money(Decimal):
    """An amount in EUR in a table row: `csv_cell` writes it as `plain_decimal` writes money,
    where any other `Decimal` (a target's value, a quantity) is written as `plain_number`."""

    __slots__ = ()


def plain_decimal(amount: Decimal | None) -> str:
    """An exact amount of money for machines, in one format everywhere: whole euros without
    decimals (``138500000``, never ``138500000.0``), cents with exactly two decimals when there
    are any (``2500000.50``), more only when the amount itself has more; no grouping, no
    exponent; ``""`` when there is none."""
    if amount is None:
        return ""
    if amount == amount.to_integral_value():
        return str(int(amount))
    exponent = amount.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return f"{amount:.{places}f}"


def plain_number(value: Decimal | None) -> str:
    """An exact number that is not money, for machines: no trailing zeros (``45.5``, ``400``),
    no grouping, no exponent; ``""`` when there is none."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return str(int(value))
    return f"{value.normalize():f}"


def csv_cell(cell: Cell) -> str:
    """One CSV cell: empty for None, exact text for a `Decimal` (a negative amount stays a
    number), and text guarded by `spreadsheet_text`."""
    if cell is None:
        return ""
    if isinstance(cell, Money):
        return plain_decimal(cell)
    if isinstance(cell, Decimal):
        return plain_number(cell)
    if isinstance(cell, str):
        return spreadsheet_text(cell)
    return str(cell)


def excel_cell(cell: Cell) -> str:
    """One cell of the CSV for a Dutch Excel (`CSV_EXCEL`): as `csv_cell`, but a number (money
    as an exact `Decimal`, a fraction as a float) with a decimal comma and no grouping
    (``179025132``, ``1234,5``, ``0,5904``), which a Dutch Excel reads as a number."""
    if isinstance(cell, Decimal | float):
        return csv_cell(cell).replace(".", ",")
    return csv_cell(cell)


CSV_EXCEL = "csv-excel"
"""The format name of the CSV dialect for an Excel with Dutch regional settings: ``;`` between
cells, decimal comma, UTF-8 with a byte order mark (`csv_bytes`), CRLF, headers in the chosen
language. ``csv`` is the machine dialect (``,``, decimal point, UTF-8 without BOM, column ids)."""


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]], *, excel: bool = False) -> str:
    """A whole CSV document: the header, then one line per row; every cell through `csv_cell`,
    every line ended by CRLF (RFC 4180). A cell holding CR or LF is always quoted: both are
    characters of the line terminator, which the csv module quotes (`tests/test_export.py`
    checks a lone CR). With ``excel`` the dialect of `CSV_EXCEL`: ``;`` between cells and each
    cell through `excel_cell` (decimal comma); encode it with `csv_bytes`."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    cell_text = excel_cell if excel else csv_cell
    writer.writerow([csv_cell(cell) for cell in header])
    writer.writerows([cell_text(cell) for cell in row] for row in rows)
    return out.getvalue()


def csv_bytes(document: str, *, excel: bool = False) -> bytes:
    """A CSV document as bytes: UTF-8, with a byte order mark for Excel (without it Excel reads
    the file as cp1252 and 'werkgeoriënteerd' becomes 'werkgeoriÃ«nteerd')."""
    return document.encode("utf-8-sig" if excel else "utf-8")


# --- escaping for each output format -------------------------------------------------------------

# Characters Mermaid gives meaning to inside or around a quoted label; written as entity codes.
_MERMAID_SPECIAL = frozenset('"#&<>`[]{}()|\\%;')
# XML 1.0 forbids most control characters even when escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]|~#")


def mermaid_label(text: str) -> str:
    """Text for inside a double-quoted Mermaid label: special characters as `#code;` entities."""
    return "".join(f"#{ord(c)};" if c in _MERMAID_SPECIAL else c for c in one_line(text))


def dot_string(text: str) -> str:
    """A quoted DOT string; newlines become DOT's ``\\n`` line breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def xml_text(text: str) -> str:
    """Text XML can hold: characters XML 1.0 forbids become U+FFFD (ElementTree escapes the rest)."""
    return _NOT_XML.sub("\ufffd", text)


def markdown_text(text: str) -> str:
    """Spec text for inline Markdown: one line; HTML and Markdown punctuation as character
    references, which Python-Markdown (mkdocs) and CommonMark (GitHub) both show as text."""
    return "".join(_markdown_char(c) for c in one_line(text))


def _markdown_char(c: str) -> str:
    if c in "&<>":
        return html.escape(c)
    return f"&#{ord(c)};" if c in _MARKDOWN_SPECIAL else c
