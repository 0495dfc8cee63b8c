"""Where things stand in a file: the source positions every stage after loading points with.

Light on purpose (no YAML, no models): the loader fills a `SourceMap`, the model keeps one on the
`Programme`, and parse, checks and the measurements reader look positions up in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from doelenboom.diagnostics import Location

PathKey = tuple[str | int, ...]
"""A path through loaded data: mapping keys and list indexes, from the document's root."""


class YamlFloat(Decimal):
    """A number that was written with a decimal point (or as .nan/.inf) in the YAML text."""

    __slots__ = ()


class YamlTimestamp(str):
    """A date-time as written (2024-01-01 10:00:00), which YAML reads as a timestamp: kept as its
    text, and marked so that a text field can refuse it as the date-time other YAML readers see."""

    __slots__ = ()


@dataclass(frozen=True)
class SourceMap:
    """Where each value (and each mapping key) of a loaded document stands in its file."""

    file: str
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def location(self, path: PathKey, *, key: bool = False) -> Location:
        """The location of ``path``, or of its nearest ancestor that has one."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while True:
            pos = table.get(probe)
            if pos is None and key:
                pos = self.values.get(probe)
            if pos is not None:
                return Location(self.file, pos[0], pos[1])
            if not probe:
                return Location(self.file, 1, 1)
            probe = probe[:-1]
