"""The languages doelenboom speaks: a `Language` is a checked name, never a bare string.

English and Dutch are built in (`LANGUAGES`). A further language becomes known when its words for
every code are registered (`doelenboom.codes.register_language`); asking for any other language is
an error (`UnknownLanguage`), never a silent fall back to English.
"""

from __future__ import annotations

import os
import re
from typing import NewType

Language = NewType("Language", str)
"""A language doelenboom has words for, by its short name (``en``, ``nl``)."""

EN = Language("en")
NL = Language("nl")
LANGUAGES: tuple[Language, ...] = (EN, NL)
"""The built-in languages: every code has words in each of them."""

_known: list[Language] = list(LANGUAGES)


class UnknownLanguage(ValueError):
    """Raised for a language doelenboom has no words for."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"unknown language {name!r}; known: {', '.join(known_languages())}")


def known_languages() -> tuple[Language, ...]:
    """The built-in languages and any registered since, in that order."""
    return tuple(_known)


def as_language(name: str) -> Language:
    """``name`` (as a user writes it: ``nl``, `` NL ``) as a known `Language`; raises
    `UnknownLanguage` for any other."""
    cleaned = name.strip().lower()
    for lang in _known:
        if lang == cleaned:
            return lang
    raise UnknownLanguage(name)


def add_language(name: str) -> Language:
    """Make ``name`` a known language. Called by `doelenboom.codes.register_language` once every
    code has words in it; not meant to be called on its own."""
    cleaned = name.strip().lower()
    if not re.fullmatch(r"[a-z]{2,3}([_-][a-z0-9]+)*", cleaned):
        raise ValueError(f"a language is a short name such as 'de' or 'fy', not {name!r}")
    lang = Language(cleaned)
    if lang not in _known:
        _known.append(lang)
    return lang


def default_language(environ: dict[str, str] | None = None) -> Language:
    """Dutch when the locale says so (LC_ALL, LC_MESSAGES or LANG starting with 'nl'), else English."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return NL if value.lower().startswith("nl") else EN
    return EN
