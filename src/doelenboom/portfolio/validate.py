"""Validation of a portfolio: the portfolio file, every programme as `doelenboom.validation` does
it, and the rules of the whole (core indicators, shared funders, scheme envelopes).

Every step is one pass over the programmes (or over one programme's indicators and funders), so
the work grows linearly with the number of programmes. Planned money comes from
`doelenboom.rollup.planned`, computed once per programme and shared with the reports.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from decimal import Decimal

from pydantic import ValidationError

from doelenboom.codes import CATALOGUE
from doelenboom.diagnostics import ArgValue, Diagnostic, Location, Money, Related, Severity, has_errors
from doelenboom.inputs import PathArg, input_name, read_input
from doelenboom.loader import gc_paused, load_bytes, load_file
from doelenboom.model import Programme
from doelenboom.parse import to_diagnostic
from doelenboom.portfolio.model import Portfolio
from doelenboom.rollup import planned
from doelenboom.source import PathKey, SourceMap
from doelenboom.validation import Validation, validate_document


@dataclass(frozen=True)
class Member:
    """One programme of the portfolio as validated."""

    index: int
    """Its place under `programmes:` (0-based)."""
    path: str
    """The file as the diagnostics name it (the portfolio's folder joined with the path written)."""
    validation: Validation | None
    """None when the file could not be read (DB501) or is listed twice (DB502); without its
    programme when `validate_portfolio` ran with ``keep=False``."""
    repeated: bool = False
    """True when an earlier programme of the portfolio has the same programme id (DB502)."""
    valid: bool | None = None
    """Whether it counts (see `counts`), kept when the programme itself is dropped."""

    @property
    def counts(self) -> bool:
        """Whether it counts in the totals: read, listed once, valid on its own (else DB501,
        DB502 or DB506)."""
        if self.valid is not None:
            return self.valid
        v = self.validation
        return v is not None and v.programme is not None and not v.failed() and not self.repeated

    @property
    def programme(self) -> Programme | None:
        """The programme when it counts and was kept; else None."""
        return self.validation.programme if self.counts and self.validation is not None else None


@dataclass(frozen=True)
class PortfolioValidation:
    """The outcome of validating a portfolio: the portfolio (None if it could not be built), its
    programmes, and every diagnostic of the run (the portfolio's, each programme's own, and those
    of the whole), sorted by file and position."""

    file: str
    portfolio: Portfolio | None
    members: tuple[Member, ...]
    diagnostics: tuple[Diagnostic, ...]

    def failed(self, *, strict: bool = False) -> bool:
        """True when there are errors (or, with ``strict``, warnings)."""
        return has_errors(self.diagnostics, strict=strict)

    @property
    def included(self) -> tuple[Member, ...]:
        """The programmes that count in the totals: read, listed once, valid on their own."""
        return tuple(m for m in self.members if m.counts)


def _diag(code: str, location: Location, related: tuple[Related, ...] = (), **args: ArgValue) -> Diagnostic:
    return Diagnostic(code, CATALOGUE[code].severity, location, args, related)


def _parse(data: object, source: SourceMap) -> tuple[Portfolio | None, list[Diagnostic]]:
    if not isinstance(data, dict):
        args: dict[str, ArgValue] = {"key": "portfolio", "where": source.file, "expected": "dict", "found": "none"}
        return None, [Diagnostic("DB203", Severity.ERROR, source.location(()), args)]
    try:
        return Portfolio.model_validate(data), []
    except ValidationError as exc:
        found: dict[tuple[str, int, int], Diagnostic] = {}
        for error in exc.errors(include_url=False):
            diag = to_diagnostic(error, data, source)
            found.setdefault((diag.code, diag.line, diag.column), diag)
        return None, list(found.values())


def validate_portfolio(path: PathArg, *, keep: bool = True) -> PortfolioValidation:
    """Validate a portfolio file and every programme it holds. Never raises for bad input.

    Each programme is validated and checked against the portfolio in turn. With ``keep=False``
    its model is dropped right after (the members then hold only its diagnostics), so that the
    memory of a run is that of one programme: enough for `doelenboom portfolio validate`, not for
    the reports, which need the programmes."""
    with gc_paused():
        name = input_name(path)
        document = load_file(name)
        found: list[Diagnostic] = list(document.diagnostics)
        if document.fatal:
            return PortfolioValidation(name, None, (), tuple(found))
        portfolio, schema = _parse(document.data, document.source)
        found += schema
        if portfolio is None:
            return PortfolioValidation(name, None, (), tuple(sorted(found, key=Diagnostic.sort_key)))
        whole = _Whole(portfolio, document.source, found)
        members = _members(portfolio, name, document.source, whole, keep=keep)
        whole.finish()
        return PortfolioValidation(name, portfolio, members, tuple(sorted(found, key=Diagnostic.sort_key)))


def _members(portfolio: Portfolio, name: str, source: SourceMap, whole: _Whole, *, keep: bool) -> tuple[Member, ...]:
    folder = os.path.dirname(name)
    found = whole.found
    seen: dict[str, int] = {}  # real path → index
    ids: dict[str, int] = {}  # programme id → index
    members = []
    for i, entry in enumerate(portfolio.programmes):
        where = source.location(("programmes", i, "path"))
        file = os.path.normpath(os.path.join(folder, entry.path))
        key = os.path.realpath(file)
        if key in seen:
            first = source.location(("programmes", seen[key], "path"))
            found.append(_diag("DB502", where, (Related(first, entry.path),), path=entry.path))
            members.append(Member(i, file, None))
            continue
        seen[key] = i
        raw = read_input(file, "spec")
        if isinstance(raw, Diagnostic):
            found.append(_diag("DB501", where, path=entry.path, problem=raw.code))
            members.append(Member(i, file, None))
            continue
        result = validate_document(load_bytes(raw, file))
        found += result.diagnostics
        if result.failed() or result.programme is None:
            errors = sum(d.severity is Severity.ERROR for d in result.diagnostics)
            found.append(_diag("DB506", where, path=entry.path, errors=errors))
        ident = result.programme.id if result.programme is not None else None
        repeated = ident is not None and ident in ids
        if repeated:  # one programme under two files: it would count twice
            first = source.location(("programmes", ids[str(ident)], "path"))
            found.append(_diag("DB502", where, (Related(first, entry.path),), path=entry.path))
        elif ident is not None:
            ids[ident] = i
        member = Member(i, file, result, repeated=repeated)
        whole.check(member)
        if not keep:
            member = Member(i, file, Validation(result.file, None, result.diagnostics), repeated, member.counts)
            # the model holds cycles (the index refers back to it): with the collector paused for
            # the run, a dropped programme would stay in memory and the heap grow with each one
            del result
            gc.collect()
        members.append(member)
    return tuple(members)


def _location(programme: Programme, path: PathKey, file: str) -> Location:
    source = programme.source_map
    return source.location(path) if source is not None else Location(file, 1, 1)


def _same(
    found: list[Diagnostic],
    where: tuple[Programme, str, int, SourceMap, int],
    ident: str,
    value: object,
    wanted: object,
    *,
    part: str,
) -> None:
    """DB503 when a programme's indicator ``ident`` gives ``part`` another value than the core set."""
    if value == wanted:
        return
    programme, file, j, source, k = where
    here = _location(programme, ("indicators", j, part), file)
    there = source.location(("indicators", k, part))
    args: dict[str, ArgValue] = {"id": ident, "core": str(wanted), "value": str(value)}
    found.append(_diag("DB503", here, (Related(there, ident),), part=part, **args))


class _Whole:
    """The rules of the whole, fed one programme at a time (`check`), then `finish`ed: each
    programme is looked at once, and only the sums per scheme and year are kept between them."""

    def __init__(self, portfolio: Portfolio, source: SourceMap, found: list[Diagnostic]) -> None:
        self.portfolio, self.source, self.found = portfolio, source, found
        self.core = {ind.id: (k, ind) for k, ind in enumerate(portfolio.indicators)}
        self.shared = {f.id: (k, f) for k, f in enumerate(portfolio.funders)}
        self.by_scheme: dict[str, list[str]] = {}
        for funder in portfolio.funders:
            if funder.scheme is not None:
                self.by_scheme.setdefault(funder.scheme, []).append(funder.id)
        self.sums: dict[str, dict[int, Decimal]] = {s: {} for s in self.by_scheme}
        self._declared_once()
        self._known(portfolio)

    def _declared_once(self) -> None:
        """DB509: an id under indicators, funders, schemes or references declared twice."""
        p = self.portfolio
        for key, items in (("indicators", p.indicators), ("funders", p.funders), ("schemes", p.schemes)):
            self._once(key, [item.id for item in items])
        self._once("references", [item.id for item in p.references])

    def _once(self, key: str, ids: list[str]) -> None:
        first: dict[str, int] = {}
        for k, ident in enumerate(ids):
            if ident in first:
                here, there = self.source.location((key, k, "id")), self.source.location((key, first[ident], "id"))
                self.found.append(_diag("DB509", here, (Related(there, ident),), id=ident, key=key))
            else:
                first[ident] = k

    def _known(self, portfolio: Portfolio) -> None:
        """DB508: a funder's scheme or a reference value's indicator the portfolio does not declare."""
        schemes = {scheme.id for scheme in portfolio.schemes}
        for k, funder in enumerate(portfolio.funders):
            if funder.scheme is not None and funder.scheme not in schemes:
                where = self.source.location(("funders", k, "scheme"))
                self.found.append(_diag("DB508", where, id=funder.scheme, declared_as="scheme"))
        for r, reference in enumerate(portfolio.references):
            for v, value in enumerate(reference.values):
                if value.indicator not in self.core:
                    where = self.source.location(("references", r, "values", v, "indicator"))
                    self.found.append(_diag("DB508", where, id=value.indicator, declared_as="indicator"))

    def check(self, member: Member) -> None:
        # a programme with errors of its own is still checked against the portfolio (when its model
        # could be built): its definitions are what the analyst must fix, whatever else is wrong
        programme = member.validation.programme if member.validation is not None else None
        if programme is None:
            return
        found, source = self.found, self.source
        for j, ind in enumerate(programme.indicators):
            if ind.id not in self.core:
                continue
            k, declared = self.core[ind.id]
            where = (programme, member.path, j, source, k)
            _same(found, where, ind.id, ind.unit, declared.unit, part="unit")
            if ind.direction is not None:  # not written: the programme says nothing else than the core set
                _same(found, where, ind.id, ind.direction, declared.direction, part="direction")
            _same(found, where, ind.id, ind.aggregation, declared.aggregation, part="aggregation")
        for j, funder in enumerate(programme.funders):
            if funder.id in self.shared and funder.kind != self.shared[funder.id][1].kind:
                k, shared = self.shared[funder.id]
                here = _location(programme, ("funders", j, "kind"), member.path)
                there = source.location(("funders", k, "kind"))
                related = (Related(there, funder.id),)
                found.append(_diag("DB504", here, related, id=funder.id, core=shared.kind, value=funder.kind))
        if member.counts:
            self._add(member, programme)

    def _add(self, member: Member, programme: Programme) -> None:
        """What the programme plans from each scheme per year (its own `rollup.planned`)."""
        if not self.by_scheme:
            return
        total = planned(programme).total
        declared = {f.id for f in programme.funders}
        for scheme_id, funders in self.by_scheme.items():
            used = {f for f in funders if f in declared}
            if not used or total.amount is None:
                continue
            if total.cells is None:
                where = self.source.location(("programmes", member.index, "path"))
                node = total.missing_cells or ""
                self.found.append(_diag("DB507", where, programme=programme.id, scheme=scheme_id, node=node))
                continue
            into = self.sums[scheme_id]
            for (year, paid_by), amount in total.cells.items():
                if paid_by in used:
                    into[year] = into.get(year, Decimal(0)) + amount

    def finish(self) -> None:
        """Each scheme's sums per year against its envelope (exact)."""
        for k, scheme in enumerate(self.portfolio.schemes):
            for year, amount in sorted(self.sums.get(scheme.id, {}).items()):
                envelope = scheme.envelope.get(year, Decimal(0))
                if amount <= envelope:
                    continue
                path: PathKey = ("schemes", k, "envelope")
                if year in scheme.envelope:
                    path = (*path, str(year))  # the loader keeps mapping keys as written: the year as text
                where = self.source.location(path)
                planned_eur, envelope_eur = Money(amount), Money(envelope)
                self.found.append(
                    _diag("DB505", where, scheme=scheme.id, year=year, planned=planned_eur, envelope=envelope_eur)
                )
