"""The programme's own small unit registry.

One table defines every built-in unit; pint is built from it (lazily: importing pint and building
a registry costs time that `validate` does not need), and money scaling reads the same table.
User text is never handed to pint's string parser: unit names from a spec are looked up in the
table, and quantities are built from numbers, never from strings like "20 313 455 EUR".
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import pint


class UnitDef(NamedTuple):
    dimension: str
    factor: Decimal
    base: str


# name -> (dimension, factor to the base unit, base unit)
BUILTIN_UNITS: dict[str, UnitDef] = {
    "EUR": UnitDef("currency", Decimal(1), "EUR"),
    "kEUR": UnitDef("currency", Decimal(1000), "EUR"),
    "MEUR": UnitDef("currency", Decimal(1_000_000), "EUR"),
    "percent": UnitDef("share", Decimal(1), "percent"),
    "person": UnitDef("person", Decimal(1), "person"),
    "dwelling": UnitDef("dwelling", Decimal(1), "dwelling"),
    "initiative": UnitDef("initiative", Decimal(1), "initiative"),
}

ALIASES: dict[str, str] = {
    "euro": "EUR",
    "%": "percent",
    "procent": "percent",
    "persons": "person",
    "persoon": "person",
    "personen": "person",
    "dwellings": "dwelling",
    "woning": "dwelling",
    "woningen": "dwelling",
    "initiatives": "initiative",
    "initiatief": "initiative",
    "initiatieven": "initiative",
}

MONEY_UNITS = ("EUR", "kEUR", "MEUR")


# Dimensions whose values are not whole counts: money, shares. A spec's own unit declared with
# `kind: measure` (a score, an index) is not counted either.
NOT_COUNTED = ("currency", "share")


class UnitTable:
    """The units one programme may use: the built-ins plus the spec's own units. ``measures``
    names the spec's units whose values have decimals (`CustomUnit.kind` ``measure``)."""

    def __init__(self, extra: Iterable[str] = (), measures: Iterable[str] = ()) -> None:
        self.units = dict(BUILTIN_UNITS)
        for name in extra:
            self.units.setdefault(name, UnitDef(name, Decimal(1), name))
        self.measures = frozenset(name for name in measures if name in self.units and name not in BUILTIN_UNITS)

    @classmethod
    def of(cls, units: Iterable[object]) -> UnitTable:
        """The table of a spec's `units:` (objects with ``name`` and ``kind``)."""
        declared = list(units)
        return cls(
            (str(getattr(u, "name", "")) for u in declared),
            (str(getattr(u, "name", "")) for u in declared if getattr(u, "kind", "count") == "measure"),
        )

    def counted(self, name: str) -> bool:
        """Whether values in ``name`` are whole counts (persons, dwellings, a declared `count`
        unit); False for money, shares, declared measures and unknown units."""
        canonical = self.canonical(name)
        if canonical is None or canonical in self.measures:
            return False
        return self.units[canonical].dimension not in NOT_COUNTED

    def canonical(self, name: str) -> str | None:
        """The registered name for ``name`` (aliases resolved), or None when unknown."""
        if name in self.units:
            return name
        alias = ALIASES.get(name)
        return alias if alias in self.units else None

    def known(self) -> list[str]:
        return sorted(self.units, key=str.lower)

    def compatible(self, a: str, b: str) -> bool:
        """Whether quantities in ``a`` and ``b`` can be converted into each other."""
        ca, cb = self.canonical(a), self.canonical(b)
        if ca is None or cb is None:
            return False
        # The table is what the pint registry is built from, so its dimensions are pint's; reading
        # them here keeps validation from importing pint (0.1 s) for a question the table answers.
        return self.units[ca].dimension == self.units[cb].dimension

    def convert(self, value: Decimal, source: str, target: str) -> Decimal:
        """Convert an exact amount between compatible units (through pint)."""
        cs, ct = self.canonical(source), self.canonical(target)
        if cs is None or ct is None:
            raise KeyError(source if cs is None else target)
        if cs == ct:
            return value
        registry = pint_registry(tuple(sorted(n for n in self.units if n not in BUILTIN_UNITS)))
        result = registry.Quantity(value, _pint_name(cs)).to(_pint_name(ct)).magnitude
        return result if isinstance(result, Decimal) else Decimal(str(result))


def to_base_money(amount: Decimal, unit: str) -> Decimal:
    """An amount in EUR; money scales exactly by the table's factor."""
    return amount * BUILTIN_UNITS[unit].factor


@lru_cache(maxsize=8)
def pint_registry(extra: tuple[str, ...] = ()) -> pint.UnitRegistry[Decimal]:
    """A pint registry holding only this table's units (the full default one is slow to build)."""
    import pint

    registry: pint.UnitRegistry[Decimal] = pint.UnitRegistry(None, non_int_type=Decimal)
    for name, (dimension, _factor, base) in BUILTIN_UNITS.items():
        if name == base:
            registry.define(f"{name} = [{dimension}]")
    for name, (_dimension, factor, base) in BUILTIN_UNITS.items():
        if name != base:
            registry.define(f"{name} = {factor} * {base}")
    for name in extra:  # spec unit names are slugs (the model checks); pint reads '-' as minus
        registry.define(f"{_pint_name(name)} = [{_pint_name(name)}]")
    return registry


def _pint_name(name: str) -> str:
    return name.replace("-", "__")
