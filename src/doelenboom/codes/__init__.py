"""The catalogue of diagnostic codes: every problem doelenboom can report, in every language.

Codes are stable: a code is never renumbered or reused. A new problem gets a new number.
``DB1xx`` are YAML and file problems (`db1xx`), ``DB2xx`` schema problems (`db2xx`), ``DB3xx``
problems of meaning (`db3xx`), ``DB4xx`` measurement problems (`db4xx`),
``DB5xx`` portfolio problems (`db5xx`). Each code is one `Code`
entry holding its severity, name, summary, message and hint per language, the words of its
tokens and its wrong and right example, so that nothing about a code lives anywhere else.

A diagnostic's args are data: ids, numbers, keys, values from the file, or tokens that the entry
words in each language. Messages are ``str.format`` templates over them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from doelenboom.codes import db1xx, db2xx, db3xx, db4xx, db5xx
from doelenboom.codes._entry import Code, Example, Words, example
from doelenboom.diagnostics import ArgValue, Listing, Money
from doelenboom.language import EN, LANGUAGES, Language, UnknownLanguage, add_language, as_language, known_languages
from doelenboom.text import format_eur, format_number, visible
from doelenboom.words import word

if TYPE_CHECKING:
    from doelenboom.diagnostics import Diagnostic

NO_SUGGESTION = ""
"""The ``suggestion`` token for 'no id comes close': a suggested id is never empty."""

CATALOGUE: dict[str, Code] = {}


class MissingWords(LookupError):
    """A registered code has no words for a language, or an arg holds a token its entry does not
    word. A mistake in the catalogue (the tests find every one), never a problem of the input."""


def format_arg(value: ArgValue, lang: Language) -> str:
    """One message argument as text for ``lang``. Money (`diagnostics.Money`) is written as
    `doelenboom.text.format_eur` writes it everywhere (``1,234.50`` in English, ``1.234,50`` in
    Dutch); another Decimal (a share, a quantity) as a plain number with grouped thousands and
    the decimals it has (``38.5``, ``38,5``); a `diagnostics.Listing` as its first items and the
    count of the rest in words (``'a', 'b' and 999,998 more``); text as `doelenboom.text.visible`
    shows it (``\\x1b``, ``\\n``, ``\\u202e`` escaped), so that no renderer can echo a value
    from a file raw; everything else is ``str(value)``."""
    if isinstance(value, Money):
        return format_eur(value, lang)
    if isinstance(value, Decimal):
        return format_number(value, lang)
    if isinstance(value, Listing):
        return _format_listing(value, lang)
    return visible(str(value))


def _format_listing(value: Listing, lang: Language) -> str:
    items = [visible(item) for item in value.items]
    text = value.joiner.join(f"'{item}'" for item in items) if value.quoted else value.joiner.join(items)
    rest = value.total - len(value.items)
    if rest > 0:
        text += " " + word("list.more", lang, count=format_number(Decimal(rest), lang))
    return text


def _fill(template: str, args: Mapping[str, str]) -> str:
    try:
        return template.format_map(args)
    except (KeyError, IndexError, ValueError):  # an arg the emitter did not give: show the template
        return template


def _words(words: Words, lang: Language, what: str) -> str:
    text = words.get(lang)
    if text is None:
        raise MissingWords(f"{what} has no words in {lang!r}")
    return text


def _args(entry: Code, diagnostic: Diagnostic, lang: Language) -> dict[str, str]:
    raw = {key: format_arg(value, lang) for key, value in diagnostic.args.items()}
    worded = dict(raw)
    for arg, value in diagnostic.args.items():
        tokens = entry.tokens.get(arg)
        data = entry.data.get(arg)
        if tokens is None and data is None:
            continue
        choice = tokens.get(str(value)) if tokens is not None else None
        if choice is not None:
            worded[arg] = _fill(_words(choice, lang, f"{entry.code} {arg}={value!r}"), raw)
        elif data is not None:
            worded[arg] = _fill(_words(data, lang, f"{entry.code} {arg} (data)"), raw)
        else:
            raise MissingWords(f"{entry.code}: {value!r} is not a token of {arg!r}")
    return worded


def _render(entry: Code, templates: Words, diagnostic: Diagnostic, lang: Language, what: str) -> str:
    return _fill(_words(templates, lang, f"{entry.code} {what}"), _args(entry, diagnostic, lang))


def render_message(diagnostic: Diagnostic, lang: Language = EN) -> str:
    """The diagnostic's message in ``lang``: the catalogue's template filled with its args, its
    tokens worded. Raises `UnknownLanguage` for a language no one registered. An unregistered code
    shows its args as ``key=value``; a template whose placeholders the args do not fill is shown
    unfilled."""
    lang = as_language(lang)  # also a bare string passed as a Language: unknown is an error
    entry = CATALOGUE.get(diagnostic.code)
    if entry is None:  # an unregistered custom code: show its data rather than fail
        return ", ".join(f"{key}={format_arg(value, lang)}" for key, value in diagnostic.args.items())
    return _render(entry, entry.message, diagnostic, lang, "message")


def render_hint(diagnostic: Diagnostic, lang: Language = EN) -> str:
    """What to do about the diagnostic, in ``lang``, filled like `render_message`; empty for an
    unregistered code."""
    lang = as_language(lang)  # also a bare string passed as a Language: unknown is an error
    entry = CATALOGUE.get(diagnostic.code)
    if entry is None:
        return ""
    return _render(entry, entry.hint, diagnostic, lang, "hint")


def register(code: Code) -> Code:
    """Add a code of your own (e.g. for a custom check) so that every renderer can word it.

    Built-in codes are ``DBnnn``; choose another prefix. The entry needs words in every built-in
    language. Registering the same entry again is harmless; a different entry under a code that
    exists is refused, since codes are stable.
    """
    existing = CATALOGUE.get(code.code)
    if existing is not None and existing != code:
        raise ValueError(f"code {code.code} is already registered as {existing.name!r}")
    lacking = [lang for lang in LANGUAGES if lang not in code.languages()]
    if lacking:
        raise ValueError(f"code {code.code} has no words in {', '.join(lacking)}")
    CATALOGUE[code.code] = code
    return code


@dataclass(frozen=True, slots=True)
class CodeWords:
    """One code's words in a further language (see `register_language`)."""

    message: str
    hint: str
    tokens: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """arg → token → words."""
    data: Mapping[str, str] = field(default_factory=dict)
    """arg → the words around a value that is not a token."""


def register_language(name: str, words: Mapping[str, CodeWords], interface: Mapping[str, str]) -> Language:
    """Teach every registered code and every interface word a further language, e.g. ``fy``
    (Frisian), and make it known.

    ``words`` needs an entry for every registered code, with words for every token and data arg
    the code's entry has; ``interface`` a text for every key of `doelenboom.words.WORDS`. A
    language is complete or refused (`MissingWords`), so that nothing ever falls back to English.
    """
    from doelenboom import words as interface_words

    absent_words = sorted(set(interface_words.WORDS) - set(interface))
    if absent_words:
        raise MissingWords(f"no interface words for {', '.join(absent_words)}")
    missing = [code for code in CATALOGUE if code not in words]
    if missing:
        raise MissingWords(f"no words for {', '.join(missing)}")
    for code, entry in CATALOGUE.items():
        given = words[code]
        for arg, tokens in entry.tokens.items():
            absent = set(tokens) - set(given.tokens.get(arg, {}))
            if absent:
                raise MissingWords(f"{code}: no words for the tokens {sorted(absent)} of {arg!r}")
        absent_data = set(entry.data) - set(given.data)
        if absent_data:
            raise MissingWords(f"{code}: no words around the data of {sorted(absent_data)}")
    lang = add_language(name)
    for key, texts in interface_words.WORDS.items():
        texts[lang] = interface[key]
    for code, entry in CATALOGUE.items():
        given = words[code]
        # The entries are frozen, their word tables are not: a language is added in place.
        entry.message[lang] = given.message
        entry.hint[lang] = given.hint
        for arg, tokens in entry.tokens.items():
            for token, token_words in tokens.items():
                token_words[lang] = given.tokens[arg][token]
        for arg, data_words in entry.data.items():
            data_words[lang] = given.data[arg]
    return lang


for _module in (db1xx, db2xx, db3xx, db4xx, db5xx):
    for _code in _module.CODES:
        register(_code)

EXAMPLES: dict[str, Example] = {code: entry.example for code, entry in CATALOGUE.items() if entry.example is not None}
"""Every built-in code's wrong and right snippet (also on each entry as ``example``)."""

__all__ = [
    "CATALOGUE",
    "EXAMPLES",
    "LANGUAGES",
    "NO_SUGGESTION",
    "Code",
    "CodeWords",
    "Example",
    "Language",
    "MissingWords",
    "UnknownLanguage",
    "example",
    "format_arg",
    "known_languages",
    "register",
    "register_language",
    "render_hint",
    "render_message",
]
