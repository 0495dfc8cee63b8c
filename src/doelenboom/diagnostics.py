"""The one problem type of every phase: YAML syntax, schema, semantics, measurements.

A `Diagnostic` is data: a stable code, a severity, where it happened and the values the message
needs. The words are not stored here; they come from the catalogue (`doelenboom.codes`) in the
language the reader asks for (`doelenboom.language`), so the same diagnostic renders in English
or Dutch.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from doelenboom.language import EN, Language


class Money(Decimal):
    """An amount in EUR as a diagnostic argument: messages word it in the one money format
    (`doelenboom.text.format_eur`); any other `Decimal` (a share, a quantity) is worded as a
    plain number."""


LIST_LIMIT = 10
"""How many items of a list a message shows; the rest is counted ("and 999,997 more")."""


@dataclass(frozen=True, slots=True)
class Listing:
    """A list as a diagnostic argument (the nodes a node also serves, the units one could use):
    messages show the first items and count the rest in words ("'a', 'b' and 999,998 more"), so
    that a message stays short however long the list in the file. Make one with `listing`."""

    items: tuple[str, ...]
    """The items shown, at most `LIST_LIMIT` by default."""
    total: int
    """How many items the whole list has."""
    joiner: str = ", "
    quoted: bool = False
    """Each item in single quotes, as messages quote ids."""


def listing(values: Iterable[str], *, joiner: str = ", ", quoted: bool = False, limit: int = LIST_LIMIT) -> Listing:
    """A `Listing` of ``values``: the first ``limit`` kept, the others only counted (one pass, so
    linear in the list however long it is)."""
    found = iter(values)
    shown = tuple(itertools.islice(found, limit))
    return Listing(shown, len(shown) + sum(1 for _ in found), joiner, quoted)


ArgValue = str | int | Decimal | Listing

RELATED_LIMIT = 20
"""How many related locations a diagnostic lists at most; the rest is one `more_related`."""
MORE_LABEL = "more:"


def more_related(location: Location, count: int) -> Related:
    """The last related location of a cut list: renderers word it "and 1,980 more" (the
    ``list.more`` word); ``location`` is where the whole list stands."""
    return Related(location, f"{MORE_LABEL}{count}")


def cut_related(related: tuple[Related, ...], location: Location) -> tuple[Related, ...]:
    """``related`` itself when it has at most `RELATED_LIMIT` items, else its first ones and a
    `more_related` at ``location``: a diagnostic's output never grows with the whole file."""
    if len(related) <= RELATED_LIMIT:
        return related
    return (*related[:RELATED_LIMIT], more_related(location, len(related) - RELATED_LIMIT))


class Severity(enum.Enum):
    """How bad a problem is. Errors fail validation; warnings fail it only with ``--strict``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a file; line and column are 1-based, as editors count them."""

    file: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Related:
    """A second place that belongs to a diagnostic, e.g. a figure that adds up to a total."""

    location: Location
    label: str


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One located problem. ``args`` fills the catalogue's message template for ``code``."""

    code: str
    severity: Severity
    location: Location
    args: Mapping[str, ArgValue] = field(default_factory=dict)
    related: tuple[Related, ...] = ()

    @property
    def file(self) -> str:
        """The file as the caller named it (or ``REV:path`` in a diff)."""
        return self.location.file

    @property
    def line(self) -> int:
        """1-based line of the problem."""
        return self.location.line

    @property
    def column(self) -> int:
        """1-based column of the problem."""
        return self.location.column

    @property
    def name(self) -> str:
        """The code's short name from the catalogue (e.g. ``money-float``), or ``unregistered``."""
        from doelenboom.codes import CATALOGUE

        entry = CATALOGUE.get(self.code)
        return entry.name if entry is not None else "unregistered"

    def message_in(self, lang: Language = EN) -> str:
        """The message in ``lang`` (``en``, ``nl`` or a registered language), filled in from
        ``args``; raises `doelenboom.language.UnknownLanguage` for any other language, and never
        for a code no one registered. Use this rather than `message` to show Dutch users Dutch."""
        from doelenboom.codes import render_message
        from doelenboom.language import as_language

        return render_message(self, as_language(lang))

    def hint_in(self, lang: Language = EN) -> str:
        """What to do about it, in ``lang`` (checked like `message_in`); empty when the code has
        no hint."""
        from doelenboom.codes import render_hint
        from doelenboom.language import as_language

        return render_hint(self, as_language(lang))

    @property
    def message(self) -> str:
        """The message in English (`message_in` for another language)."""
        return self.message_in(EN)

    @property
    def hint(self) -> str:
        """The hint in English (`hint_in` for another language)."""
        return self.hint_in(EN)

    def __str__(self) -> str:
        """``file:line:col: severity CODE message`` in English: the first line the text report
        (`doelenboom.render.diagnostics.render_text`) writes for it. ``repr`` stays the data."""
        from doelenboom.render.diagnostics import render_text
        from doelenboom.validation import Validation

        return render_text([Validation(self.file, None, (self,))]).split("\n", 1)[0]

    def sort_key(self) -> tuple[str, int, int, str]:
        """Sort by file, line, column and code: the order in which people read a report."""
        return (self.file, self.line, self.column, self.code)


def has_errors(diagnostics: Iterable[Diagnostic], *, strict: bool = False) -> bool:
    """True when validation fails: any error, or with ``strict`` any warning too."""
    limit = Severity.WARNING.rank if strict else Severity.ERROR.rank
    return any(d.severity.rank >= limit for d in diagnostics)


class SpecError(Exception):
    """Raised by `doelenboom.load` when a spec has errors; carries every diagnostic of the run."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        errors = [d for d in self.diagnostics if d.severity is Severity.ERROR]
        first = errors[0] if errors else None
        summary = f"{len(errors)} error(s)"
        if first is not None:
            summary += f"; first: {first.file}:{first.line}:{first.column} {first.code} {first.message}"
        super().__init__(summary)
