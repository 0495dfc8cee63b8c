"""Realised spending (realisatie) and budget execution: what was spent, next to what was planned.

A spending file sits beside the measurements file and is read by the same reader
(`doelenboom.monitor.measurements`): CSV (a header line, then one payment per line; a header
separated by ``;`` means Dutch numbers, ``1.234,56``) or YAML (a list under ``spending:``), UTF-8
with a Windows-1252 fallback per line (DB416). Every bad row is a located diagnostic and is left
out; good rows are always read.

Columns: ``node`` and ``amount`` are required, and ``year`` or ``date`` (YYYY-MM-DD; its year
counts); ``funder``, ``source`` and ``note`` are optional. Dutch headers: onderdeel, jaar, datum,
bedrag, financier, bron, toelichting or opmerking.

Severities: a row that cannot be placed against the plan is refused (an error): an unknown node
(DB417), a node where neither it nor anything below it holds money (DB418, with the node above
that does), an undeclared funder (DB421), an amount that is not money (DB405, DB422), a missing
field or a file not laid out as spending (DB423). A row that can be placed but tells something
unwelcome is kept, with a warning, because it is real money that was spent and leaving it out
would understate the spending: a year outside the plan period (DB419) and spending above the
planned amount from a funder in a year, in the year, from the funder, or in all (DB420).

Missing is not zero: a year without rows is "no data". To say that nothing was spent, write a
row with amount 0: that is data. What a funder spent on a node in a year is known from a row of
that funder, or from a row of 0 without a funder (nobody spent anything); the node's year is
known when every funder that plans money in it (by the spec) is, so a forgotten booking never
reads as 0. The figures per funder are known only where every row in scope names its funder (a
row of 0 needs none).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from doelenboom.codes import NO_SUGGESTION
from doelenboom.diagnostics import Diagnostic, Money, has_errors
from doelenboom.inputs import PathArg, input_name, read_input
from doelenboom.model import Programme
from doelenboom.monitor.aggregate import NodeProgress, ProgressReport
from doelenboom.monitor.measurements import Format, Locate, _decode, _number, _Reader, _suggest
from doelenboom.rollup import Split, money_years, planned
from doelenboom.suggest import Suggester
from doelenboom.text import Cell, csv_cell, plain_decimal
from doelenboom.text import Money as TextMoney
from doelenboom.tree import index

REQUIRED = ("node", "amount")
FIELDS = ("node", "year", "date", "amount", "funder", "source", "note")
ALIASES = {
    "onderdeel": "node",
    "jaar": "year",
    "datum": "date",
    "bedrag": "amount",
    "financier": "funder",
    "bron": "source",
    "toelichting": "note",
    "opmerking": "note",
}
MAX_AMOUNT = Decimal(10) ** 15
"""Amounts are below this (EUR); larger ones are refused (DB422)."""
_YEAR = re.compile(r"[0-9]{4}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CENT = Decimal("0.01")
_MAX_SUGGESTED = 50
"""Distinct unknown node (or funder) ids that get a 'did you mean', as for measurements."""
_SHARE = Decimal("0.0001")  # shares and progress in outputs: 4 decimals, as in `progress`


class Payment(NamedTuple):
    """One accepted spending row, in EUR."""

    node: str
    year: int
    date: date | None
    amount: Decimal
    funder: str | None
    """The funder's id (None: the row does not say who paid)."""
    source: str | None
    note: str | None
    line: int


@dataclass(frozen=True)
class SpendingSet:
    """The accepted rows of one spending file and every diagnostic about the others."""

    file: str
    rows: tuple[Payment, ...]
    diagnostics: tuple[Diagnostic, ...]

    def failed(self, *, strict: bool = False) -> bool:
        """True when any row was refused (or, with ``strict``, anything was warned about)."""
        return has_errors(self.diagnostics, strict=strict)


def read_spending(path: PathArg, programme: Programme) -> SpendingSet:
    """Read a spending file (CSV, or YAML for .yaml/.yml) and check it against ``programme``.
    Never raises for bad input."""
    name = input_name(path)
    raw = read_input(name, "measurements")
    if isinstance(raw, Diagnostic):
        return SpendingSet(name, (), (raw,))
    fmt: Format = "yaml" if Path(name).suffix.lower() in (".yaml", ".yml") else "csv"
    return read_spending_bytes(raw, programme, name, fmt)


def read_spending_bytes(raw: bytes, programme: Programme, name: str = "<bytes>", fmt: Format = "csv") -> SpendingSet:
    """Read spending from the bytes of a file, with the measurements' encoding rules."""
    text, problems = _decode(raw, name)
    found = read_spending_text(text, programme, name, fmt)
    if not problems:
        return found
    return SpendingSet(name, found.rows, tuple(sorted([*problems, *found.diagnostics], key=Diagnostic.sort_key)))


def read_spending_text(text: str, programme: Programme, name: str = "<string>", fmt: Format = "csv") -> SpendingSet:
    """Read spending from text in the given format; see `read_spending`."""
    reader = _SpendingReader(programme, name)
    if fmt == "yaml":
        reader.read_yaml(text)
    else:
        reader.read_csv(text)
    reader.check_budgets()
    return SpendingSet(name, tuple(reader.payments), tuple(sorted(reader.diagnostics, key=Diagnostic.sort_key)))


class _SpendingReader(_Reader):
    fields = FIELDS
    required = REQUIRED
    aliases = ALIASES
    list_key = "spending"
    value_keys = ("amount", "bedrag")
    layout_code = "DB423"
    meaning_columns: frozenset[str] = frozenset()  # without a funder or note a figure is unknown, never wrong

    def __init__(self, programme: Programme, name: str) -> None:  # not the measurements' state
        self._start_table(name)
        self.programme = programme
        self.tree = index(programme)
        self.money = planned(programme)
        self.years = money_years(programme)
        self.funders = set(self.money.funders)
        self._nodes = Suggester(self.tree.nodes, max_lookups=_MAX_SUGGESTED)
        self._funder_names = Suggester(self.money.funders, max_lookups=_MAX_SUGGESTED)
        self.payments: list[Payment] = []
        self._where: list[Locate] = []  # where each accepted row's fields stand, in `payments` order

    def accept(self, fields: Sequence[Any], line: int, locate: Locate) -> None:
        node, year, when, amount, funder, source, note = fields
        if node is None or amount is None or (year is None and when is None):
            for key, given in (("node", node), ("year", year if when is None else when), ("amount", amount)):
                if given is None:
                    self.emit("DB423", locate(key), problem="no_field", key=key)
            return
        nid = str(node)
        entry = self.tree.nodes.get(nid)
        if entry is None:
            self.emit("DB417", locate("node"), ref=nid, more=_suggest(nid, self._nodes))
            return
        day = self._day(when, locate)
        if day is False:
            return
        number = self._year(year, locate) if year is not None else None
        if number is False:
            return
        if isinstance(day, date) and number is not None and number != day.year:
            self.emit("DB423", locate("year"), problem="year_date", year=number, date=day.isoformat())
            return
        the_year = number if number is not None else day.year if isinstance(day, date) else 0
        money = _number(amount, self.dutch_numbers)
        if money is None:
            self.emit("DB405", locate("amount"), text=str(amount))
            return
        problem = "negative" if money < 0 else "too_large" if money >= MAX_AMOUNT else None
        if problem is None and money != money.quantize(_CENT):
            problem = "sub_cent"
        if problem is not None:
            self.emit("DB422", locate("amount"), text=str(amount), problem=problem)
            return
        who = None if funder is None else str(funder)
        if who is not None and who not in self.funders:
            self.emit("DB421", locate("funder"), ref=who, more=_suggest(who, self._funder_names))
            return
        if self.money.rolled[nid].amount is None:
            above = entry.container
            while above is not None and self.money.rolled[above.node.id].amount is None:
                above = above.container
            self.emit("DB418", locate("node"), id=nid, above=NO_SUGGESTION if above is None else above.node.id)
            return
        if the_year not in self.years:
            self.emit(
                "DB419",
                locate("year" if year is not None else "date"),
                id=nid,
                year=the_year,
                start=self.years.start,
                end=self.years[-1],
            )
        day_value = day if isinstance(day, date) else None
        self.payments.append(Payment(nid, the_year, day_value, money, who, _text(source), _text(note), line))
        self._where.append(locate)

    def _day(self, when: Any, locate: Locate) -> date | bool | None:
        """The row's date, None without one, False when refused (reported)."""
        if when is None:
            return None
        if isinstance(when, date):
            return when
        text = str(when).strip()
        try:
            if _ISO_DATE.fullmatch(text):
                return date.fromisoformat(text)
        except ValueError:
            pass
        self.emit("DB406", locate("date"), text=text)
        return False

    def _year(self, year: Any, locate: Locate) -> int | bool:
        text = str(year).strip()
        if isinstance(year, bool) or not _YEAR.fullmatch(text) or not 1800 <= int(text) <= 2300:
            self.emit("DB423", locate("year"), problem="bad_year", text=text)
            return False
        return int(text)

    def check_budgets(self) -> None:
        """Warn (DB420) at the row where the spending booked on a node first exceeds what is
        planned for it, wherever the plan is known: from one funder in one year, in the year,
        from the funder, and in all (the most specific first; at most one warning per row)."""
        spent: dict[tuple[str, int | None, str | None], Decimal] = {}
        for row, locate in zip(self.payments, self._where, strict=True):  # file order
            split = self.money.rolled[row.node]
            # outside the plan period the row has had its warning (DB419); the totals still count
            year = row.year if row.year in self.years else None
            scopes: list[tuple[dict[str, Any], Decimal | None]] = []  # (DB420's scope, what is planned)
            if row.funder is not None and year is not None:
                scopes.append(
                    ({"what": "funder_year", "year": year, "funder": row.funder}, split.planned(year, row.funder))
                )
            if year is not None:
                scopes.append(({"what": "year", "year": year, "funder": None}, split.planned(year)))
            if row.funder is not None:
                scopes.append(({"what": "funder", "year": None, "funder": row.funder}, split.planned(None, row.funder)))
            scopes.append(({"what": "total", "year": None, "funder": None}, split.amount))
            crossed = None
            for scope, plan in scopes:
                key = (row.node, scope["year"], scope["funder"])
                before = spent.get(key, Decimal(0))
                spent[key] = after = before + row.amount
                if crossed is None and plan is not None and before <= plan < after:
                    crossed = (scope["what"], after, plan)
            if crossed is not None:
                what, after, plan = crossed
                self.emit(
                    "DB420",
                    locate("amount"),
                    id=row.node,
                    what=what,
                    year=row.year,
                    funder=row.funder or "",
                    spent=Money(after),
                    planned=Money(plan),
                )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


# --- budget execution -------------------------------------------------------------------------


@dataclass(frozen=True)
class Execution:
    """Planned against spent for one scope (a node in all, in a year, from a funder, or both).

    Every figure is None where it is not known: ``planned`` when the spec gives no such split,
    ``spent`` when no row speaks of the scope (no data, never 0), ``remaining`` and ``share_spent``
    when either of those is missing (and ``share_spent`` when nothing is planned)."""

    planned: Decimal | None
    spent: Decimal | None

    @property
    def remaining(self) -> Decimal | None:
        """Planned minus spent (below zero when overspent)."""
        return None if self.planned is None or self.spent is None else self.planned - self.spent

    @property
    def share_spent(self) -> Decimal | None:
        """Spent as a fraction of planned (1 = all of it), exact."""
        if self.planned is None or self.spent is None or not self.planned:
            return None
        return self.spent / self.planned

    def to_dict(self) -> dict[str, str | None]:
        """JSON-ready: money as exact decimal strings, the share rounded to 4 decimals."""
        share = self.share_spent
        return {
            "planned_eur": _eur(self.planned),
            "spent_eur": _eur(self.spent),
            "remaining_eur": _eur(self.remaining),
            "share_spent": None if share is None else plain_decimal(share.quantize(_SHARE)),
        }


@dataclass(frozen=True)
class NodeExecution:
    """Budget execution of one node (its own money and everything it contains)."""

    id: str
    name: str
    depth: int
    total: Execution
    by_year: Mapping[int, Execution]
    by_funder: Mapping[str, Execution]
    by_funder_year: Mapping[tuple[str, int], Execution]
    progress: Decimal | None = None
    """The share of progress made (`ProgressReport` of the node), when a report was given."""


@dataclass(frozen=True)
class ExecutionReport:
    """Planned, spent, remaining and share spent per node, year and funder (`budget --spending`)."""

    programme_id: str
    years: tuple[int, ...]
    funders: tuple[str, ...]
    nodes: tuple[NodeExecution, ...]
    """Every node that holds money or has spending, in file order."""
    programme: NodeExecution
    """The whole tree together, under the programme's id."""
    file: str = ""
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: per node, the figures in all, per year, per funder and per funder per year."""
        return {
            "programme": self.programme_id,
            "spending_file": self.file,
            "years": list(self.years),
            "funders": list(self.funders),
            "total": _node_dict(self.programme),
            "nodes": {n.id: _node_dict(n) for n in self.nodes},
        }

    def table_rows(self) -> list[tuple[Cell, ...]]:
        """One row per node × scope under `EXECUTION_CSV_COLUMNS`: in all, then per year, per
        funder and per funder per year; money as exact `Decimal`, None where not known."""
        rows: list[tuple[Cell, ...]] = []
        for node in (self.programme, *self.nodes):
            scopes: list[tuple[int | None, str | None, Execution]] = [(None, None, node.total)]
            scopes += [(y, None, e) for y, e in node.by_year.items()]
            scopes += [(None, f, e) for f, e in node.by_funder.items()]
            scopes += [(y, f, e) for (f, y), e in node.by_funder_year.items()]
            for year, funder, e in scopes:
                share = e.share_spent
                rows.append(
                    (
                        node.id,
                        year,
                        funder,
                        *(None if x is None else TextMoney(x) for x in (e.planned, e.spent, e.remaining)),
                        None if share is None else share.quantize(_SHARE),
                        None if node.progress is None else node.progress.quantize(_SHARE),
                    )
                )
        return rows

    def csv_rows(self) -> list[list[str]]:
        """`table_rows` as text cells (`doelenboom.text.csv_cell`), for the machine CSV."""
        return [[csv_cell(cell) for cell in row] for row in self.table_rows()]


EXECUTION_CSV_COLUMNS = (
    "id",
    "year",
    "funder",
    "planned_eur",
    "spent_eur",
    "remaining_eur",
    "share_spent",
    "progress",
)


def _eur(amount: Decimal | None) -> str | None:
    return None if amount is None else plain_decimal(amount)


def _node_dict(node: NodeExecution) -> dict[str, Any]:
    funder_year: dict[str, dict[str, Any]] = {}
    for (funder, year), figures in node.by_funder_year.items():
        funder_year.setdefault(funder, {})[str(year)] = figures.to_dict()
    return {
        "name": node.name,
        "depth": node.depth,
        **node.total.to_dict(),
        "progress": None if node.progress is None else plain_decimal(node.progress.quantize(_SHARE)),
        "per_year": {str(year): figures.to_dict() for year, figures in node.by_year.items()},
        "per_funder": {funder: figures.to_dict() for funder, figures in node.by_funder.items()},
        "per_funder_per_year": funder_year,
    }


class _Spent:
    """Spending added up for one node's subtree: in all, per year, per funder, per both; a scope
    with a row that names no funder has no known split by funder."""

    __slots__ = ("all", "cells", "funders", "funders_known", "years")

    def __init__(self) -> None:
        self.all: Decimal | None = None
        self.years: dict[int, Decimal] = {}
        self.cells: dict[tuple[str, int], Decimal] = {}
        self.funders: dict[str, Decimal] = {}  # per funder, over all years
        self.funders_known: dict[int, bool] = {}  # per year: every row names its funder

    def add(self, row: Payment) -> None:
        self.all = row.amount if self.all is None else self.all + row.amount
        self.years[row.year] = self.years.get(row.year, Decimal(0)) + row.amount
        # a row that names no funder hides the split by funder, unless it is 0 (nothing from anyone)
        known = self.funders_known.get(row.year, True) and (row.funder is not None or not row.amount)
        self.funders_known[row.year] = known
        if row.funder is not None:
            key = (row.funder, row.year)
            self.cells[key] = self.cells.get(key, Decimal(0)) + row.amount
            self.funders[row.funder] = self.funders.get(row.funder, Decimal(0)) + row.amount


class _Known(NamedTuple):
    """What is known of one part of a node's money (or of a node): the years whose spending is
    complete, whether the total is, the (funder, year) cells and the funders whose totals are."""

    years: frozenset[int]
    total: bool
    cells: frozenset[tuple[str, int]]
    funders: frozenset[str]


def _payers(split: Split, year: int) -> frozenset[str] | None:
    """The funders that plan money for ``split`` in ``year`` (by the spec); None when the spec
    gives no split by funder, so that a row of any funder makes the year complete."""
    if split.cells is not None:
        return frozenset(f for (y, f), v in split.cells.items() if y == year and v > 0)
    if split.by_year is not None and not split.by_year.get(year):
        return frozenset()  # nothing planned this year, from anyone
    if split.by_funder is not None:  # no split per year: every funder of the node may pay
        return frozenset(f for f, v in split.by_funder.items() if v > 0)
    return None


def _known_part(rows: Sequence[Payment], split: Split, funders: Sequence[str]) -> _Known:
    """What the rows booked on one node itself say, against the money they stand for (``split``).

    A (funder, year) cell is known from a row of that funder, from a row of 0 without a funder
    (nothing spent by anyone), or, in a complete year, for a funder that plans nothing then; a
    row of more than 0 without a funder hides the split of its year. A year is complete when
    every funder that plans money in it is known: a forgotten booking never reads as 0."""
    by_year: dict[int, list[Payment]] = {}
    for row in rows:
        by_year.setdefault(row.year, []).append(row)
    years: set[int] = set()
    cells: set[tuple[str, int]] = set()
    for year, found in by_year.items():
        named = {r.funder for r in found if r.funder is not None}
        nobody = any(r.funder is None and not r.amount for r in found)
        hidden = any(r.funder is None and r.amount for r in found)
        payers = _payers(split, year)
        complete = nobody or payers is None or payers <= named
        if complete:
            years.add(year)
        if not hidden:  # in a complete year a funder without a row spent 0 (with no split in the spec, all)
            free = frozenset(funders) - (payers or frozenset()) if complete else frozenset()
            cells.update((f, year) for f in funders if nobody or f in named or f in free)
    total = bool(by_year) and years >= by_year.keys()
    ftotals = frozenset(f for f in funders if total and all((f, y) in cells for y in by_year))
    return _Known(frozenset(years), total, frozenset(cells), ftotals)


def budget_execution(
    programme: Programme, spending: SpendingSet, progress: ProgressReport | None = None
) -> ExecutionReport:
    """Planned, spent, remaining and share spent of every node with money, in all, per year, per
    funder and per funder per year, from the accepted rows of ``spending``. ``progress``: a
    `doelenboom.monitor.ProgressReport`, whose node progress is shown next to the share spent
    (never recomputed here).

    A node's spending in a year is known when every part of its money has complete data for that
    year: its own money (rows booked on the node itself) and each node below it that holds money;
    a node without money of its own may also be booked on as a whole. Rows booked on a node make a
    year complete when every funder that plans money there that year (by the spec) has a row, or
    one row of 0 names no funder (nothing spent by anyone); without a split by funder in the spec,
    any row does. Otherwise the figure is missing (None), never a partial sum that looks like the
    whole. The total over all years is known when every part has data and each year it has data
    for is complete; per funder and per funder per year, likewise from that funder's cells
    (`_known_part`), and only where every row in scope names its funder or is 0."""
    tree = index(programme)
    money = planned(programme)
    spent: dict[str, _Spent] = {}
    direct: dict[str, list[Payment]] = {}  # node -> rows booked on the node itself
    whole = _Spent()
    for row in spending.rows:
        whole.add(row)
        direct.setdefault(row.node, []).append(row)
        up = tree.nodes.get(row.node)
        while up is not None:  # the row counts for its node and every node containing it
            spent.setdefault(up.node.id, _Spent()).add(row)
            up = up.container
    known: dict[str, _Known] = {}

    def completeness(ident: str, own: Split | None) -> _Known:
        parts = [_known_part(direct.get(ident, ()), own, money.funders)] if own is not None else []
        below = [c.node.id for c in tree.children(ident) if money.rolled[c.node.id].amount is not None]
        parts += [known[c] for c in below]
        if parts:
            state = _Known(
                frozenset.intersection(*(p.years for p in parts)),
                all(p.total for p in parts),
                frozenset.intersection(*(p.cells for p in parts)),
                frozenset.intersection(*(p.funders for p in parts)),
            )
        else:
            state = _Known(frozenset(), False, frozenset(), frozenset())
        if own is None and ident in direct:  # booked on as a whole: the rows stand for all of it
            split = money.tree if ident == programme.id else money.rolled[ident]
            as_whole = _known_part(direct[ident], split, money.funders)
            booked = [known[c] for c in below if c in spent]  # a part with rows of its own adds to them
            state = _Known(
                state.years | as_whole.years,
                as_whole.total and all(p.total for p in booked),
                state.cells | as_whole.cells,
                as_whole.funders.intersection(*(p.funders for p in booked)),
            )
        return state

    for entry in sorted(tree.nodes.values(), key=lambda e: -e.depth):  # children first
        own_split = money.own[entry.node.id]
        known[entry.node.id] = completeness(entry.node.id, own_split if own_split.amount is not None else None)
    progress_nodes: Mapping[str, NodeProgress] = progress.nodes if progress is not None else {}

    def one(ident: str, name: str, depth: int, split: Split, done: _Spent) -> NodeExecution:
        node_progress = progress_nodes.get(ident)
        state = known[ident]
        complete_years, complete = state.years, state.total
        years = sorted({*(split.by_year or {}), *done.years})
        funders = [f for f in money.funders if f in (split.by_funder or {}) or f in done.funders]
        by_year = {y: Execution(split.planned(y), done.years.get(y) if y in complete_years else None) for y in years}
        by_funder: dict[str, Execution] = {}
        by_cell: dict[tuple[str, int], Execution] = {}
        named = all(done.funders_known.values())  # every row in scope names its funder
        for f in funders:
            total_f: Decimal | None = None
            if complete and named and f in state.funders:
                total_f = done.funders.get(f, Decimal(0))
            by_funder[f] = Execution(split.planned(None, f), total_f)
            for y in years:
                cell = None
                if (f, y) in state.cells and done.funders_known.get(y, False):
                    cell = done.cells.get((f, y), Decimal(0))
                by_cell[(f, y)] = Execution(split.planned(y, f), cell)
        return NodeExecution(
            ident,
            name,
            depth,
            Execution(split.amount, done.all if complete else None),
            by_year,
            by_funder,
            by_cell,
            None if node_progress is None else node_progress.progress,
        )

    nodes = tuple(
        one(ident, entry.node.name, entry.depth, money.rolled[ident], spent.get(ident, _Spent()))
        for ident, entry in tree.nodes.items()
        if money.rolled[ident].amount is not None or ident in spent
    )
    known[programme.id] = completeness(programme.id, None)
    root = one(programme.id, programme.name, 0, money.tree, whole)
    return ExecutionReport(programme.id, money.years, money.funders, nodes, root, spending.file, spending.diagnostics)
