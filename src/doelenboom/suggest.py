"""'Did you mean ...?': the closest known id to an unknown one, in bounded time.

Every unknown reference (a ``serves`` id, a target's ``of:``, a ``source:``, a measurements row's
target) asks for the closest known id. Comparing each with every known id is quadratic: a
spec with thousands of broken references against thousands of ids took minutes. A `Suggester`
keeps the work of a whole run linear in its input:

- each distinct unknown value is looked up once (a renamed goal that many themes serve costs one
  lookup);
- at most `MAX_LOOKUPS` distinct values get a suggestion; beyond that the references most likely
  belong to another spec, and the rest are answered with `doelenboom.codes.NO_SUGGESTION`;
- a lookup compares at most `MAX_CANDIDATES` known ids: its neighbours in sorted order (ids that
  share the longest beginning with it: a typo towards the end), its neighbours in the order of
  the reversed ids (the longest common ending: a typo towards the start), and ids with the same
  first letter closest in length (difflib's cutoff of 0.6 rules out ids much shorter or longer:
  ``2 * shorter / (both) >= 0.6``);
- a value longer than `MAX_LENGTH` characters gets no suggestion (difflib's ratio may take time
  quadratic in the length of the strings, and no id is that long).
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Iterable, Sequence

MAX_LOOKUPS = 100
"""Distinct unknown values per `Suggester` that get a 'did you mean'."""
MAX_CANDIDATES = 400
"""Known ids one lookup compares at most."""
MAX_LENGTH = 120
"""Longer values get no suggestion (an id is at most 80 characters)."""
CUTOFF = 0.6
"""difflib's similarity a suggestion needs (its default)."""


class Suggester:
    """The closest of ``known`` to an unknown value (`suggest`), in bounded time per lookup and
    for at most `MAX_LOOKUPS` distinct values."""

    def __init__(self, known: Iterable[str], *, max_lookups: int | None = None) -> None:
        self._by_initial: dict[str, dict[int, list[str]]] = {}
        usable = [ident for ident in dict.fromkeys(known) if 0 < len(ident) <= MAX_LENGTH]  # each once
        for ident in usable:
            self._by_initial.setdefault(ident[:1], {}).setdefault(len(ident), []).append(ident)
        self._all = usable
        self._sorted = sorted(usable)
        self._reversed = sorted(ident[::-1] for ident in usable)
        self._answers: dict[str, str | None] = {}
        self._max_lookups = MAX_LOOKUPS if max_lookups is None else max_lookups

    def suggest(self, value: str) -> str | None:
        """The known id closest to ``value``, or None when none comes close enough (or the
        bounds above say not to look)."""
        if value in self._answers:
            return self._answers[value]
        answer: str | None = None
        if len(self._answers) < self._max_lookups and 0 < len(value) <= MAX_LENGTH:
            close = difflib.get_close_matches(value, self._candidates(value), n=1, cutoff=CUTOFF)
            answer = close[0] if close else None
        if len(self._answers) < self._max_lookups:
            self._answers[value] = answer
        return answer

    def _candidates(self, value: str) -> list[str]:
        """Every known id when there are at most `MAX_CANDIDATES`. Else that many: first the
        neighbours in sorted order of ``value`` and of its beginnings (down to half of it), then
        those of its reversed text and its beginnings among the reversed ids, then ids with the
        same first letter that can reach the cutoff, closest in length first."""
        limit = MAX_CANDIDATES
        if len(self._all) <= limit:  # a spec of ordinary size: every id is compared
            return self._all
        found: dict[str, None] = {}
        for ordered, text, upto in ((self._sorted, value, limit // 2), (self._reversed, value[::-1], 3 * limit // 4)):
            for end in range(len(text), max(len(text) // 2, 1) - 1, -1):
                width = 2 if end < len(text) else max(limit // 16, 2)
                for ident in _around(ordered, text[:end], width):
                    found[ident[::-1] if ordered is self._reversed else ident] = None
                if len(found) >= upto:
                    break
        size = len(value)
        # 2 * min / (a + b) >= CUTOFF: the lengths a suggestion can have
        lowest = int(size * CUTOFF / (2 - CUTOFF))
        highest = int(size * (2 - CUTOFF) / CUTOFF) + 1
        by_length = self._by_initial.get(value[:1], {})
        for length in sorted(range(max(lowest, 1), highest + 1), key=lambda n: (abs(n - size), n)):
            for ident in by_length.get(length, ()):
                if len(found) >= limit:
                    return list(found)
                found[ident] = None
        return list(found)


def _around(ordered: Sequence[str], value: str, width: int) -> Sequence[str]:
    """The ``width`` items on either side of where ``value`` would stand in ``ordered``."""
    where = bisect.bisect_left(ordered, value)
    return ordered[max(0, where - width) : where + width]
