"""A test language generated from the English catalogues (codes and interface words): every
template's text with accented letters and wrapped in ⟦ ⟧, its ``{placeholders}`` kept.
Registered like any further language, it shows that every word comes from a catalogue (nothing
English is left, nothing is pre-translated by an emitter) and that every placeholder is filled."""

from __future__ import annotations

import string

from doelenboom.codes import CATALOGUE, CodeWords, Language, register_language
from doelenboom.words import WORDS

__all__ = ["NAME", "pseudo", "register", "register_language"]

NAME = "qps"
"""The pseudo-locale's name (as Windows calls its own)."""

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥíĵķłɱñøþǫŗšŧûṽŵẋýžÅƁÇĐÉƑĜĤÍĴĶŁṀÑØÞǪŘŠŦÛṼŴẊÝŽ",
)


def pseudo(template: str) -> str:
    """``template`` with its text accented and marked, its placeholders (and ``{{``) kept."""
    parts = ["⟦"]
    for text, name, spec, conversion in string.Formatter().parse(template):
        parts.append(text.translate(_ACCENTED).replace("{", "{{").replace("}", "}}"))
        if name is not None:
            parts.append("{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}")
    parts.append("⟧")
    return "".join(parts)


def register() -> Language:
    """Register the pseudo-locale (again: harmless) from the English words of every code."""
    words = {
        code: CodeWords(
            message=pseudo(entry.message["en"]),
            hint=pseudo(entry.hint["en"]),
            tokens={
                arg: {token: pseudo(token_words["en"]) for token, token_words in tokens.items()}
                for arg, tokens in entry.tokens.items()
            },
            data={arg: pseudo(data_words["en"]) for arg, data_words in entry.data.items()},
        )
        for code, entry in CATALOGUE.items()
    }
    interface = {key: pseudo(texts["en"]) for key, texts in WORDS.items()}
    return register_language(NAME, words, interface)
