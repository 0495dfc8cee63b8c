"""Stage 2: the typed, immutable model of a programme spec (format version 1).

The models are strict: a value of the wrong kind is an error, never silently converted. Each
field's docstring is its documentation in the generated spec reference and JSON Schema.
Custom validation errors use the diagnostic code as their error type, so that `doelenboom.parse`
can map them to the catalogue without guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from doelenboom.source import SourceMap, YamlFloat, YamlTimestamp
from doelenboom.units import MONEY_UNITS

FORMAT_VERSION = 1
FORMAT_VERSIONS = ("1", "1.1")
"""Every format version this doelenboom reads: 1.1 is 1 plus money by year and by funder."""
_LIMIT = Decimal(10) ** 15
# Up to six decimals: cents in EUR, and amounts in kEUR or MEUR exact to the cent or euro.
_AMOUNT_TEXT = re.compile(r"[0-9]+(\.[0-9]{1,6})?")
# NaN and infinity as text: YAML reads only .nan, .inf, -.inf and +.inf as numbers, so '-.nan' or
# '-Infinity' arrive as text; they are not finite, whatever their sign (not "negative", DB206).
_NOT_FINITE_TEXT = re.compile(r"[-+]?\.?(nan|inf|infinity)", re.IGNORECASE)

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", max_length=80)]
# C0 controls but tab, LF and CR; DEL and the C1 controls (U+009B is a terminal's CSI); the bidi
# embeddings, overrides and isolates (U+202E turns text around on screen: 'Trojan Source').
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _text(value: str) -> str:
    # Escapes such as "\u0000" or "\u202e" let invisible control characters into names, and from
    # there into exports and terminals; a blank name is no name.
    found = _CONTROL.search(value)
    if found is not None:
        raise PydanticCustomError("DB212", "control character", {"char": f"U+{ord(found.group()):04X}"})
    if not value.strip():
        raise PydanticCustomError("string_too_short", "blank text", {"min_length": 1})
    return value


def _not_timestamp(value: Any) -> Any:
    # name: 2024-01-01 10:00:00 is a date-time to YAML (and to every other reader of the file);
    # as text it is written in quotes. A date (2024-01-01) is refused by the type itself.
    if isinstance(value, YamlTimestamp):
        raise PydanticCustomError("string_type", "a YAML timestamp where text is meant")
    return value


Text = Annotated[str, StringConstraints(min_length=1), BeforeValidator(_not_timestamp), AfterValidator(_text)]
# A unit as targets write it: a built-in name, an alias, or a declared unit (a slug, so a hyphen
# as in `vo-school` is allowed).
UnitName = Annotated[str, StringConstraints(pattern=r"^(%|[A-Za-z][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*)$", max_length=80)]
MoneyUnit = Literal["EUR", "kEUR", "MEUR"]
assert MONEY_UNITS == ("EUR", "kEUR", "MEUR")


def _as_written(value: Any) -> str:
    """A non-finite number as YAML writes it (.nan, .inf), not as Python prints it."""
    if isinstance(value, Decimal) and not value.is_finite():
        return ".nan" if value.is_nan() else ("-.inf" if value < 0 else ".inf")
    return str(value)


def _number(value: Any) -> Decimal:
    if isinstance(value, str) and _NOT_FINITE_TEXT.fullmatch(value.strip()):
        raise PydanticCustomError("DB209", "not a finite number", {"text": value})
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise PydanticCustomError("number_type", "expected a number")
    number = Decimal(value)
    if not number.is_finite():
        raise PydanticCustomError("DB209", "not a finite number", {"text": _as_written(value)})
    if abs(number) >= _LIMIT:
        raise PydanticCustomError("DB210", "number too large", {"text": str(value), "bound": "below_1e15"})
    return number


def _money(value: Any) -> Decimal:
    if type(value) is int and 0 <= value < _LIMIT:  # most amounts: whole euros (a spec of format
        return Decimal(value)  # 1.1 holds one per year and per funder, so this path is hot)
    if isinstance(value, YamlFloat | float) and not isinstance(value, bool):
        if isinstance(value, Decimal) and not value.is_finite():
            raise PydanticCustomError("DB209", "not a finite number", {"text": _as_written(value)})
        raise PydanticCustomError("DB205", "money written as a decimal number", {"text": str(value)})
    if isinstance(value, str):
        if _NOT_FINITE_TEXT.fullmatch(value.strip()):
            raise PydanticCustomError("DB209", "not a finite number", {"text": value})
        if not _AMOUNT_TEXT.fullmatch(value.strip()):
            if value.strip().startswith("-"):
                raise PydanticCustomError("DB206", "negative amount", {"text": value})
            raise PydanticCustomError("DB211", "not an amount", {"text": value})
        value = Decimal(value.strip())
    amount = _number(value)
    if amount < 0:
        raise PydanticCustomError("DB206", "negative amount", {"text": str(value)})
    return amount


def _non_negative(value: Any) -> Decimal:
    number = _number(value)
    if number < 0:
        raise PydanticCustomError("DB210", "negative", {"text": str(value), "bound": "non_negative"})
    return number


def _percent(value: Any) -> Decimal:
    number = _non_negative(value)
    if number > 100:
        raise PydanticCustomError("DB210", "above 100", {"text": str(value), "bound": "percent"})
    return number


def _date_or_year(value: Any) -> date | int:
    if isinstance(value, date):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        if 1800 <= value <= 2300:
            return value
        raise PydanticCustomError("DB210", "year out of range", {"text": str(value), "bound": "year"})
    raise PydanticCustomError("date_type", "expected a date or year")


def _format_version(value: Any) -> Any:
    # Compared by text as written, so that `true` and `1.0` are not taken for version 1, nor
    # `1.10` for 1.1. YAML reads 1.1 as a number (a `YamlFloat`); it is kept as Decimal("1.1").
    if isinstance(value, str):
        if value.strip() in ("1", "1.1"):  # doelenboom: "1.1" — right version, but in quotes
            raise PydanticCustomError("version_type", "expected a version number without quotes")
        raise PydanticCustomError("DB208", "unsupported format version", {"value": value})
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        text = str(value).lower() if isinstance(value, bool) else str(value)
        raise PydanticCustomError("DB208", "unsupported format version", {"value": text})
    if isinstance(value, int):
        if value != 1:
            raise PydanticCustomError("DB208", "unsupported format version", {"value": str(value)})
        return value
    if str(value) != "1.1":
        raise PydanticCustomError("DB208", "unsupported format version", {"value": str(value)})
    return Decimal("1.1")


def _as_tuple(value: Any) -> Any:
    # Strict mode accepts only tuples for tuple fields; YAML and Python callers give lists.
    return tuple(value) if isinstance(value, list) else value


# What each validator above accepts, as JSON Schema (for `doelenboom.jsonschema`): money is a whole
# number or a quoted amount with cents, never a decimal number.
MONEY_NOTE = "Whole euros as a number, or an amount with cents in quotes. Decimal numbers are refused."
_SCHEMA_LIMIT = 10**15
_MONEY_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 0, "maximum": _SCHEMA_LIMIT - 1},
        {"type": "string", "pattern": r"^[0-9]+(\.[0-9]{1,6})?$"},
    ],
    "examples": [20313455, "1234.50"],
    "$comment": MONEY_NOTE,
}
_NUMBER_SCHEMA: dict[str, Any] = {
    "type": "number",
    "exclusiveMinimum": -_SCHEMA_LIMIT,
    "exclusiveMaximum": _SCHEMA_LIMIT,
}
_NON_NEGATIVE_SCHEMA: dict[str, Any] = {"type": "number", "minimum": 0, "exclusiveMaximum": _SCHEMA_LIMIT}
_PERCENT_SCHEMA: dict[str, Any] = {"type": "number", "minimum": 0, "maximum": 100}
_DATE_OR_YEAR_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 1800, "maximum": 2300},
        {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    ],
    "examples": [2025, "2025-12-31"],
}

_FORMAT_VERSION_SCHEMA: dict[str, Any] = {"enum": [1, 1.1]}

T = TypeVar("T")
Seq = Annotated[tuple[T, ...], BeforeValidator(_as_tuple)]
Money = Annotated[Decimal, BeforeValidator(_money), WithJsonSchema(_MONEY_SCHEMA)]
Number = Annotated[Decimal, BeforeValidator(_number), WithJsonSchema(_NUMBER_SCHEMA)]
NonNegative = Annotated[Decimal, BeforeValidator(_non_negative), WithJsonSchema(_NON_NEGATIVE_SCHEMA)]
Percent = Annotated[Decimal, BeforeValidator(_percent), WithJsonSchema(_PERCENT_SCHEMA)]
DateOrYear = Annotated[date | int, BeforeValidator(_date_or_year), WithJsonSchema(_DATE_OR_YEAR_SCHEMA)]


class Derived:
    """Data derived from a model and cached on it (the tree index), kept out of the model's
    equality: two programmes with the same content are equal whether or not one was indexed."""

    __slots__ = ("value",)

    def __init__(self, value: object = None) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Derived)

    __hash__ = None  # type: ignore[assignment]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, use_attribute_docstrings=True)


class Horizon(_Model):
    """The whole span of the programme (for Heerlen-Noord one generation, 2020–2045)."""

    start: int
    """First year."""
    end: int
    """Last year."""
    block_years: int | None = None
    """Length of the planning blocks in years, if the programme works in blocks."""


class Period(_Model):
    """A span of years inside the horizon, such as the current implementation plan."""

    start: int
    """First year."""
    end: int
    """Last year."""


# --- Areas (issue 12) ------------------------------------------------------------------------------


class SubArea(_Model):
    """A part of the programme's area (a wijk or a buurt), measured on its own."""

    id: Slug
    """Stable id, e.g. `vrieheide`."""
    name: Text
    """Name as policy staff and the sources write it."""
    code: Text | None = None
    """CBS code where one exists: GM + 4 digits, WK + 6 digits or BU + 8 digits."""
    parent: Slug | None = None
    """Id of the sub-area this one lies in (a buurt in its wijk); none: directly in the programme's area."""
    inhabitants: int | None = None
    """Number of inhabitants, the weight for a population-weighted mean."""


class ReferenceArea(_Model):
    """An area or group of areas the programme compares itself with, e.g. Heerlen-Zuid, the G4 or
    Nederland. It is never part of the programme's area."""

    id: Slug
    """Stable id, e.g. `g4`."""
    name: Text
    """Name as the sources write it."""
    code: Text | None = None
    """CBS code where one exists: GM + 4 digits, WK + 6 digits or BU + 8 digits."""
    members: Seq[Text] = ()
    """For a group (the G4): the areas it is made of, as words for the reader."""


class Area(_Model):
    """Facts about the programme's area."""

    name: Text | None = None
    """Name of the area."""
    inhabitants: int | None = None
    """Number of inhabitants."""
    inhabitants_approximate: bool = False
    """True when the source gives the number of inhabitants as an estimate ("rond de 53.000")."""
    neighbourhoods: int | None = None
    """Number of neighbourhoods (buurten)."""
    id: Slug | None = None
    """Stable id of the whole area, which measurements may write as their `area`."""
    code: Text | None = None
    """CBS code of the whole area, where it is one CBS area (GM, WK or BU + digits)."""
    parts: Seq[SubArea] = ()
    """The sub-areas (wijken, buurten) as a hierarchy through `parent`. With parts or references
    declared, every measurement's `area` must be one of the declared areas."""
    references: Seq[ReferenceArea] = ()
    """Areas or groups the programme compares itself with (gap targets)."""

    @property
    def declared(self) -> bool:
        """Whether the spec declares areas, so that a measurement's `area` must be one of them."""
        return bool(self.parts or self.references)


class Source(_Model):
    """A document the spec's figures come from."""

    id: Slug
    """Stable id, used by `source:` on nodes and targets."""
    title: Text
    """Title of the document or table."""
    author: Text | None = None
    """Who made it."""
    date: Text | None = None
    """When it was published, as the document says it (e.g. 2020-12)."""
    note: Text | None = None
    """Anything a reader should know about this source, such as OCR damage."""


class Benefit(_Model):
    """An expected benefit (baat) of the programme."""

    id: Slug
    """Stable id."""
    name: Text
    """What the benefit is."""
    source: Slug | None = None
    """Id of the source that names it."""


class Level(_Model):
    """One level of the goal tree. The first level is the programme itself (its ambition)."""

    id: Slug
    """Stable id of the level, e.g. `theme`."""
    name: Text
    """The word policy staff use for it, e.g. `Thema`."""
    goal: bool = False
    """True for the level (or levels) whose nodes are the programme's goals, e.g. `doel`. Without
    a level marked so, the level with id `goal` or `doel` is the goal level, else the first level
    below the ambition."""


DEFAULT_LEVELS: tuple[Level, ...] = tuple(
    Level(id=i, name=n)
    for i, n in [
        ("ambition", "ambition"),
        ("leefgebied", "leefgebied"),
        ("goal", "goal"),
        ("theme", "theme"),
        ("intervention", "intervention"),
    ]
)


class CustomUnit(_Model):
    """A counting unit of this programme's own, e.g. `school`."""

    name: Slug
    """The unit's name, as targets write it."""
    description: Text | None = None
    """What one of it is."""
    kind: Literal["count", "measure"] = "count"
    """`count`: whole numbers of it (schools); `measure`: a value with decimals (a score, an index,
    a rate)."""


# --- format 1.1: money by year and by funder ----------------------------------------------------
# Kept in one block (with the fields they add to Budget, Overhead, ProgrammeBudget and Programme
# marked "format 1.1"): the rules that these figures add up are checks (checks/money.py).


def _year(value: Any) -> int:
    # A year is a mapping key: text to YAML (`"2023":`, and `2023:` too, which the loader reads
    # as the digits written), an int from a Python caller.
    if type(value) is str and len(value) == 4 and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1800 <= value <= 2300:
        return value
    raise PydanticCustomError("DB210", "not a year", {"text": str(value), "bound": "year"})


Year = Annotated[int, BeforeValidator(_year), WithJsonSchema({"type": "string", "pattern": r"^[0-9]{4}$"})]
"""A year (1800–2300), written as a mapping key: `2023:` or `"2023":`."""
YearAmounts = dict[Year, Money]
"""Money per year (a jaarschijf per year)."""
FunderKind = Literal["rijk", "provincie", "gemeente", "eu", "partner", "other"]
FUNDER_KINDS: tuple[str, ...] = ("rijk", "provincie", "gemeente", "eu", "partner", "other")


class Funder(_Model):
    """Who pays (part of) the programme: the Rijk through a scheme, the municipality, a partner."""

    id: Slug
    """Stable id, used by `funding:` and `co_financing:`."""
    name: Text
    """Name of the funder, e.g. 'Rijk (Regio Deal)'."""
    kind: FunderKind
    """What kind of funder: `rijk`, `provincie`, `gemeente`, `eu`, `partner` (housing
    corporations, companies, funds) or `other`."""
    scheme: Text | None = None
    """The scheme the money comes through, e.g. 'Regio Deal 2018–2022' or 'SPUK Kansrijke Wijk'."""
    source: Slug | None = None
    """Id of the source that names this funder and its contribution."""
    note: Text | None = None
    """Remarks."""


class CoFinancing(_Model):
    """A co-financing rule: some funders together pay at least `ratio` times what other funders
    pay, over the whole programme (tree and overhead) within `period`."""

    id: Slug
    """Stable id of the rule."""
    funders: Seq[Slug]
    """Ids of the funders who co-finance (e.g. the municipality)."""
    matches: Seq[Slug]
    """Ids of the funders whose money they match (e.g. the Rijk)."""
    ratio: NonNegative = Decimal(1)
    """At least this many euros from `funders` per euro from `matches` (1: one to one)."""
    period: Period | None = None
    """The years the rule is about; without it, all planned money."""
    source: Slug | None = None
    """Id of the source of the rule."""
    note: Text | None = None
    """Remarks."""


# --- end of format 1.1 block ----------------------------------------------------------------------


class Discrepancy(_Model):
    """An acknowledged published figure that does not add up. Both figures are pinned, so any
    later change to either makes validation fail again."""

    declared: Money
    """The figure as published."""
    computed: Money
    """The sum of its parts, as computed from the published parts."""
    note: Text
    """Why the published figure is kept."""


class Budget(_Model):
    """Money at one node. All amounts in this block are in `unit`."""

    amount: Money | None = None
    """Money placed at this node itself (in the source table: the 'Extra €' column)."""
    unit: MoneyUnit = "EUR"
    """Unit of every amount in this block."""
    declared_total: Money | None = None
    """A total the source states for this node (own amount plus everything below it)."""
    accept_discrepancy: Discrepancy | None = None
    """Keep a published `declared_total` that does not add up (reported as a warning)."""
    declared_share: Percent | None = None
    """The share of its parent's total the source states, in percent."""
    note: Text | None = None
    """Remarks on the figures."""
    # format 1.1: money by year and by funder
    per_year: YearAmounts | None = None
    """`amount` per year (format 1.1): the years add up to `amount`, each inside the plan period."""
    funding: dict[Slug, Money] | None = None
    """`amount` by funder (format 1.1): funder id → amount; adds up to `amount`."""
    funding_per_year: dict[Slug, YearAmounts] | None = None
    """`amount` by funder per year (format 1.1): funder id → year → amount; each funder's years add
    up to its `funding`, each year's funders to `per_year`."""
    declared_per_year: YearAmounts | None = None
    """Totals per year the source states for this node (own amount plus everything below it)."""
    accept_year_discrepancies: dict[Year, Discrepancy] | None = None
    """Keep a published total per year that does not add up (reported as a warning)."""
    declared_per_funder: dict[Slug, Money] | None = None
    """Totals per funder the source states for this node (own amount plus everything below it)."""
    accept_funder_discrepancies: dict[Slug, Discrepancy] | None = None
    """Keep a published total per funder that does not add up (reported as a warning)."""


class Overhead(_Model):
    """Programme-wide costs outside the tree, such as the programme office."""

    id: Slug
    """Stable id."""
    name: Text
    """Name of the cost line."""
    amount: Money
    """The amount, in the programme budget's unit."""
    fte: NonNegative | None = None
    """Staff in full-time equivalents, where the source gives them."""
    items: Seq[Text] = ()
    """What the amount covers."""
    source: Slug | None = None
    """Id of the source of the amount."""
    # format 1.1: money by year and by funder
    per_year: YearAmounts | None = None
    """`amount` per year (format 1.1); adds up to `amount`."""
    funding: dict[Slug, Money] | None = None
    """`amount` by funder (format 1.1); adds up to `amount`."""
    funding_per_year: dict[Slug, YearAmounts] | None = None
    """`amount` by funder per year (format 1.1)."""


class ProgrammeBudget(_Model):
    """The programme's declared budget totals; each is checked against the figures it sums."""

    currency: Literal["EUR"] = "EUR"
    """Currency of every amount in the spec."""
    unit: MoneyUnit = "EUR"
    """Unit of the amounts in this block."""
    share_decimals: Annotated[int, Field(ge=0, le=4)] = 0
    """How many decimals the declared percentage shares are rounded to."""
    declared_subtotal: Money | None = None
    """The stated sum of the tree's budgets (without overhead)."""
    accept_subtotal_discrepancy: Discrepancy | None = None
    """Keep a published subtotal that does not add up (reported as a warning)."""
    overhead: Seq[Overhead] = ()
    """Costs outside the tree."""
    declared_total: Money | None = None
    """The stated grand total: subtotal plus overhead."""
    accept_total_discrepancy: Discrepancy | None = None
    """Keep a published total that does not add up (reported as a warning)."""
    # format 1.1: money by year and by funder
    declared_per_year: YearAmounts | None = None
    """The programme's stated totals per year (the plan's table per jaarschijf): tree plus overhead."""
    accept_year_discrepancies: dict[Year, Discrepancy] | None = None
    """Keep a published total per year that does not add up (reported as a warning)."""
    declared_per_funder: dict[Slug, Money] | None = None
    """The programme's stated totals per funder: tree plus overhead."""
    accept_funder_discrepancies: dict[Slug, Discrepancy] | None = None
    """Keep a published total per funder that does not add up (reported as a warning)."""


class Baseline(_Model):
    """The starting value a target is measured from."""

    value: Number
    """The value at the baseline date, in the target's unit."""
    date: DateOrYear
    """When the baseline was measured: a date or a year."""
    source: Text | None = None
    """Where the baseline comes from."""


# --- Indicators (issue 12) -------------------------------------------------------------------------

Aggregation = Literal["sum", "ratio", "weighted_mean", "none"]


class Indicator(_Model):
    """What is measured, defined once: targets refer to it with `indicator:`, so an interim and a
    final target share one definition and one baseline."""

    id: Slug
    """Stable id, used by `indicator:` on targets."""
    name: Text
    """Name as policy staff write it."""
    definition: Text | None = None
    """Exactly what is measured, e.g. the numerator and denominator of a share."""
    unit: UnitName
    """Unit of its values: a built-in unit or one under `units:` (its `kind` says whether values are
    whole counts or measures with decimals)."""
    direction: Literal["higher", "lower"] | None = None
    """Whether a higher or a lower value is better."""
    source: Text | None = None
    """Where the figures come from: a CBS table, the Leefbaarometer, own registration."""
    frequency: Text | None = None
    """How often it is measured, e.g. `jaarlijks` or `tweejaarlijks`."""
    aggregation: Aggregation = "none"
    """How sub-area values make the value of the area they lie in: `sum` (counts), `ratio` (summed
    numerators over summed denominators; never an average of percentages), `weighted_mean`
    (weighted by the sub-areas' inhabitants) or `none` (only a value measured for the whole area
    counts)."""
    baseline: Baseline | None = None
    """The starting value, shared by every target on this indicator that gives none of its own."""


class _Target(_Model):
    id: Slug
    """Stable id of the target."""
    name: Text
    """The ambition as the source words it."""
    description: Text | None = None
    """Further explanation."""
    source: Slug | None = None
    """Id of the source."""
    deadline: DateOrYear | None = None
    """When the target should be reached: a date or a year."""
    baseline: Baseline | None = None
    """The starting value."""
    direction: Literal["higher", "lower"] | None = None
    """Whether a higher or a lower value is better."""
    measured: Literal["cumulative", "periodic"] = "cumulative"
    """How measurements of this target are reported: `cumulative` (each measurement is the level
    reached so far; the latest one counts) or `periodic` (each measurement is what happened in its
    own period, e.g. new participants this quarter; they are added up since the baseline).
    Only counts and part-of targets add up; shares, ranges and gaps are always levels."""
    weight: NonNegative | None = None
    """Weight of this target among the node's targets when progress is aggregated with explicit
    weights (`--weights explicit`); a target without a weight weighs 1."""
    indicator: Slug | None = None
    """Id of the indicator (under `indicators:`) this target sets a value for; the target takes the
    indicator's baseline and direction where it gives none of its own."""

    @property
    def measurable(self) -> bool:
        return True


class CountTarget(_Target):
    """A number of something: 750 persons, 664 dwellings."""

    kind: Literal["count"]
    value: NonNegative
    """How many."""
    unit: UnitName
    """What is counted (person, dwelling, initiative, or a unit under `units:`)."""


class PartOfTarget(_Target):
    """A part of another target: 75 of the 380 persons."""

    kind: Literal["part_of"]
    of: Slug
    """Id of the target this is a part of."""
    value: NonNegative
    """How many of the whole."""
    unit: UnitName
    """Unit; must be convertible to the whole's unit."""


class RangeTarget(_Target):
    """A change relative to the baseline within a band: 10–20 % fewer incidents."""

    kind: Literal["range"]
    low: Number
    """Near end of the band."""
    high: Number
    """Far end of the band."""
    unit: UnitName
    """Unit of the band, usually percent."""
    measure: Text | None = None
    """What is measured, e.g. 'incidenten'."""


class ShareTarget(_Target):
    """A share of a population: 40 % of pupils."""

    kind: Literal["share"]
    value: Percent
    """The share in percent."""
    unit: UnitName = "percent"
    """Always percent."""
    population: Text | None = None
    """Of whom or what the share is taken."""


class MilestoneTarget(_Target):
    """Something that has happened or not: the vakschool has started."""

    kind: Literal["milestone"]


class QualitativeTarget(_Target):
    """An ambition that cannot be measured as written. It loads, with a warning."""

    kind: Literal["qualitative"]
    scale: Seq[Text] = ()
    """An ordinal status scale from the first step to the goal reached, e.g. `[niet gestart,
    gestart, op stoom, gerealiseerd]`. With a scale the target is measured by naming a status;
    progress is the status's position on the scale (first 0, last 1)."""

    @property
    def measurable(self) -> bool:
        return bool(self.scale)


class GapTarget(_Target):
    """Reach the level of a reference area: close (a share of) the gap between this programme's
    area and the reference area, e.g. Heerlen-Noord towards Heerlen-Zuid. Progress is the share
    of the gap at the baseline that has been closed."""

    kind: Literal["gap"]
    unit: UnitName
    """Unit of both series."""
    reference_area: Text | None = None
    """Name of the reference area as the measurements' `area` column writes it; by default the
    programme's `reference_area`."""
    reference_baseline: Number | None = None
    """The reference area's value at the baseline date; by default taken from the reference
    series in the measurements (the latest value on or before the baseline date)."""
    close: Percent = Decimal(100)
    """How much of the gap to close by the deadline, in percent (100: reach the reference)."""


Target = Annotated[
    CountTarget | PartOfTarget | RangeTarget | ShareTarget | MilestoneTarget | QualitativeTarget | GapTarget,
    Field(discriminator="kind"),
]


class Node(_Model):
    """One node of the goal tree. Its level follows from its depth and the spec's `levels`."""

    id: Slug
    """Stable id (lowercase letters, digits, hyphens); other nodes refer to it."""
    name: Text
    """Name as policy staff write it."""
    description: Text | None = None
    """Further explanation."""
    source: Slug | None = None
    """Id of the source the node comes from."""
    serves: Seq[Slug] = ()
    """Ids of further nodes (of the parent's level) this node contributes to, besides its parent."""
    allocation: dict[Slug, Percent] | None = None
    """How the budget divides over the parent and the served nodes, in percent (adds up to 100)."""
    budget: Budget | None = None
    """Money at this node."""
    targets: Seq[Target] = ()
    """What this node aims to achieve."""
    no_target_reason: Text | None = None
    """Why this node has no target of its own."""
    weight: NonNegative | None = None
    """Weight of this node among the nodes it contributes to when progress is aggregated with
    explicit weights (`--weights explicit`); a node without a weight weighs 1."""
    children: Seq[Node] = ()
    """The nodes contained in this one (one level down)."""

    def __repr_args__(self) -> Iterator[tuple[str | None, object]]:
        # A short repr (and str): a node's whole subtree would run to thousands of characters.
        yield "id", self.id
        yield "children", len(self.children)
        yield "targets", len(self.targets)


class Programme(_Model):
    """A whole programme spec: the root of the goal tree (its ambition) and everything below."""

    doelenboom: Annotated[
        Literal[1] | Decimal, BeforeValidator(_format_version), WithJsonSchema(_FORMAT_VERSION_SCHEMA)
    ]
    """Version of the spec format: 1, or 1.1 for a spec that splits money by year or by funder."""
    id: Slug
    """Stable id of the programme."""
    name: Text
    """Name of the programme."""
    ambition: Text | None = None
    """The overall ambition (the root of the tree)."""
    description: Text | None = None
    """Further explanation."""
    horizon: Horizon
    """The whole span of the programme."""
    plan_period: Period | None = None
    """The period of the current implementation plan."""
    area: Area | None = None
    """Facts about the area."""
    reference_area: Text | None = None
    """The area whose level the programme aims to reach."""
    sources: Seq[Source] = ()
    """Documents the figures come from."""
    benefits: Seq[Benefit] = ()
    """Expected benefits (baten)."""
    levels: Seq[Level] = DEFAULT_LEVELS
    """Level names from the root (the ambition) down to the leaves (interventions)."""
    units: Seq[CustomUnit] = ()
    """Counting units of this programme's own."""
    indicators: Seq[Indicator] = ()
    """What the programme measures, each defined once; targets refer to them by id."""
    budget: ProgrammeBudget | None = None
    """Declared programme totals and overhead."""
    # format 1.1: money by year and by funder
    funders: Seq[Funder] = ()
    """Who pays (format 1.1): every funder that `funding:` names, declared once."""
    co_financing: Seq[CoFinancing] = ()
    """Co-financing rules (format 1.1), e.g. the municipality matches the Rijk one to one."""
    tree: Seq[Node]
    """The nodes one level below the ambition (for Heerlen-Noord: the leefgebieden)."""

    _source: SourceMap | None = PrivateAttr(default=None)
    _derived: Derived = PrivateAttr(default_factory=Derived)

    def model_post_init(self, context: Any, /) -> None:
        """Keep the source map that `doelenboom.parse` passes in the validation context
        (``model_validate(data, context={"source": source_map})``)."""
        source = context.get("source") if isinstance(context, dict) else None
        if isinstance(source, SourceMap):
            self._source = source

    @property
    def format_version(self) -> str:
        """The format version as written: "1" or "1.1" (one of `FORMAT_VERSIONS`)."""
        return str(self.doelenboom)

    @property
    def source_map(self) -> SourceMap | None:
        """Where each value stood in the file this programme was loaded from."""
        return self._source

    def walk(self) -> Iterator[tuple[Node, int, tuple[str | int, ...]]]:
        """Every node in pre-order with its depth (1 = first level below the ambition) and its
        path in the source data; duplicated ids included. `doelenboom.tree.index` has the rest."""
        from doelenboom.tree import index

        for entry in index(self).entries:
            yield entry.node, entry.depth, entry.path

    def level_of(self, depth: int) -> Level | None:
        """The level at ``depth`` (0 = the ambition), or None when the tree is deeper."""
        return self.levels[depth] if 0 <= depth < len(self.levels) else None

    def __repr_args__(self) -> Iterator[tuple[str | None, object]]:
        # A short repr (and str): the whole tree would run to 17,000 characters for Heerlen-Noord.
        from doelenboom.tree import index

        found = index(self)
        yield "id", self.id
        yield "nodes", len(found.entries)
        yield "targets", len(found.target_entries)
