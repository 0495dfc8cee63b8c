"""What one catalogue entry holds; the entries themselves are in ``db1xx.py`` … ``db4xx.py``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from doelenboom.diagnostics import Severity

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

# The words of a ``suggestion`` arg, shared by every code that suggests an id: the id that comes
# closest, worded as data, or NO_SUGGESTION (""), worded as a token.
DID_YOU_MEAN: Mapping[str, Words] = {
    "suggestion": {"en": "Did you mean '{suggestion}'?", "nl": "Bedoelt u '{suggestion}'?"}
}
CHECK_SPELLING: Mapping[str, Mapping[str, Words]] = {
    "suggestion": {"": {"en": "Check the spelling.", "nl": "Controleer de spelling."}}
}

Words = dict[str, str]
"""Language → text (a ``str.format`` template over the diagnostic's args)."""


@dataclass(frozen=True, slots=True)
class Example:
    """What triggers a code (``wrong``) and how the same part reads once fixed (``right``)."""

    wrong: str
    right: str
    language: str = "yaml"
    """How to highlight the snippets: ``yaml``, or ``text`` where YAML cannot show the problem."""


def example(wrong: str, right: str, language: str = "yaml") -> Example:
    """An `Example`, its snippets without leading blank lines and ending in one newline."""
    return Example(wrong.strip("\n") + "\n", right.strip("\n") + "\n", language)


@dataclass(frozen=True, slots=True)
class Code:
    """One catalogue entry: everything about one code, in every language, in one place.

    ``message`` and ``hint`` map a language to a template over the diagnostic's args. An arg that
    is a token (a word of the program, such as ``problem="unserved"``) is worded by ``tokens``
    (arg → token → language → template); an arg that may also carry a value from the file or the
    OS (a suggested id, libyaml's own words) is worded by ``data`` (arg → language → template)
    whenever it is not one of its tokens. Token and data templates are filled with the raw args.
    """

    code: str
    name: str
    severity: Severity
    phase: str
    message: Words
    hint: Words
    summary: str
    tokens: Mapping[str, Mapping[str, Words]] = field(default_factory=dict)
    data: Mapping[str, Words] = field(default_factory=dict)
    example: Example | None = None
    """A wrong and a right snippet for the code's page in the docs (every built-in code has one)."""

    def languages(self) -> set[str]:
        """The languages in which every template of this entry has words."""
        found = set(self.message) & set(self.hint)
        for tokens in self.tokens.values():
            for words in tokens.values():
                found &= set(words)
        for words in self.data.values():
            found &= set(words)
        return found
