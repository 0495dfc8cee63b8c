"""The cells of the office outputs (``csv-excel``, XLSX) for people: the ids a machine CSV keeps
(``record``: ``node``; ``kind``: ``part_of``; ``status``: ``on_track``; ``unit``: ``dwelling``)
worded in the chosen language. Which columns are ids and which are words: docs/exports.md."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from doelenboom.language import Language
from doelenboom.text import Cell
from doelenboom.words import WORDS, unit_word, word


def _keyed(prefix: str) -> Callable[[str, Language], str]:
    def worded(value: str, lang: Language) -> str:
        key = f"{prefix}.{value}"
        return word(key, lang) if key in WORDS else value  # not an id of ours: data, as it is

    return worded


WORDED_COLUMNS: dict[str, Callable[[str, Language], str]] = {
    "record": _keyed("record"),
    "type": _keyed("record"),
    "kind": _keyed("kind"),
    "status": _keyed("status"),
    "missing": _keyed("missing"),
    "trend": _keyed("trend"),
    "unit": unit_word,
    "direction": _keyed("direction"),
    "aggregation": _keyed("aggregation"),
}
"""The columns whose cells are ids in the machine CSV and words in the office outputs."""


def worded_rows(columns: Sequence[str], rows: Iterable[Sequence[Cell]], lang: Language) -> Iterable[tuple[Cell, ...]]:
    """``rows`` (under ``columns``) with the cells of `WORDED_COLUMNS` worded in ``lang``."""
    change = [(i, WORDED_COLUMNS[c]) for i, c in enumerate(columns) if c in WORDED_COLUMNS]
    for row in rows:
        cells = list(row)
        for i, worded in change:
            if isinstance(cells[i], str) and cells[i]:
                cells[i] = worded(str(cells[i]), lang)
        yield tuple(cells)
