"""What every check reads: the programme, its tree index, and where things stand in the file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from doelenboom.codes import CATALOGUE
from doelenboom.diagnostics import ArgValue, Diagnostic, Location, Related
from doelenboom.model import Programme
from doelenboom.rollup import BudgetTotals, budget_totals
from doelenboom.source import PathKey, SourceMap
from doelenboom.tree import Entry, ProgrammeIndex, TargetEntry, index, level_words
from doelenboom.units import UnitTable


@dataclass
class Context:
    """The programme's tree index (`doelenboom.tree`) and its source map, shared read-only by
    all checks."""

    programme: Programme
    source: SourceMap
    tree: ProgrammeIndex
    # every id in the spec, in file order, with what it names and where: duplicates included
    all_ids: list[tuple[str, str, PathKey]] = field(default_factory=list)

    @classmethod
    def build(cls, programme: Programme) -> Context:
        """Index ``programme`` once for all checks to share. Works without a source map too (a
        programme built in Python): then every location is line 1, column 1 of ``<memory>``."""
        tree = index(programme)
        ctx = cls(programme, programme.source_map or SourceMap("<memory>"), tree)
        ctx.all_ids.append((programme.id, "programme", ("id",)))
        for i, src in enumerate(programme.sources):
            ctx.all_ids.append((src.id, "source", ("sources", i, "id")))
        for i, benefit in enumerate(programme.benefits):
            ctx.all_ids.append((benefit.id, "benefit", ("benefits", i, "id")))
        for i, indicator in enumerate(programme.indicators):
            ctx.all_ids.append((indicator.id, "indicator", ("indicators", i, "id")))
        for i, funder in enumerate(programme.funders):  # format 1.1
            ctx.all_ids.append((funder.id, "funder", ("funders", i, "id")))
        for i, rule in enumerate(programme.co_financing):
            ctx.all_ids.append((rule.id, "co_financing", ("co_financing", i, "id")))
        if programme.budget is not None:
            for i, item in enumerate(programme.budget.overhead):
                ctx.all_ids.append((item.id, "overhead", ("budget", "overhead", i, "id")))
        targets = iter(tree.target_entries)
        pending = next(targets, None)
        for entry in tree.entries:  # node ids and their targets' ids, in file order
            ctx.all_ids.append((entry.node.id, "node", (*entry.path, "id")))
            while pending is not None and pending.owner is entry:
                ctx.all_ids.append((pending.target.id, "target", (*pending.path, "id")))
                pending = next(targets, None)
        return ctx

    @property
    def nodes(self) -> Mapping[str, Entry]:
        """The first occurrence of every node id (`ProgrammeIndex.nodes`)."""
        return self.tree.nodes

    @property
    def targets(self) -> Mapping[str, TargetEntry]:
        """The first occurrence of every target id (`ProgrammeIndex.targets`)."""
        return self.tree.targets

    @property
    def node_infos(self) -> tuple[Entry, ...]:
        """Every node occurrence in pre-order, duplicated ids included."""
        return self.tree.entries

    @property
    def leaf_depth(self) -> int:
        """The depth of the last level in ``levels`` (for Heerlen-Noord: the interventions)."""
        return self.tree.leaf_depth

    def level_name(self, depth: int) -> str:
        """The spec's word for the level at ``depth`` (e.g. ``thema``), for messages."""
        return level_words(self.programme, depth)[1]

    @cached_property
    def units(self) -> UnitTable:
        """The unit table with this programme's own units (`units:`) added to the built-in ones."""
        return UnitTable.of(self.programme.units)

    @cached_property
    def totals(self) -> BudgetTotals:
        """The programme's rolled-up budget (`rollup.budget_totals`), computed once for all checks."""
        return budget_totals(self.programme)

    @cached_property
    def source_ids(self) -> set[str]:
        """The ids declared under ``sources:``, for checking ``source:`` references."""
        return {s.id for s in self.programme.sources}

    def loc(self, path: PathKey, *, key: bool = False) -> Location:
        """Where the value at ``path`` (e.g. ``("tree", 0, "budget", "amount")``) stands in the
        file; with ``key``, where its key stands (for a key that should not be there). A path the file does not hold
        falls back to its nearest ancestor that it does."""
        return self.source.location(path, key=key)

    def related(self, path: PathKey, label: str) -> Related:
        """A second location for a diagnostic, e.g. each figure that adds up to a wrong total."""
        return Related(self.loc(path), label)

    def diag(
        self,
        code: str,
        path: PathKey,
        *,
        key: bool = False,
        related: Iterable[Related] = (),
        more: Mapping[str, ArgValue] | None = None,
        **args: ArgValue,
    ) -> Diagnostic:
        """A diagnostic with ``code``'s severity from the catalogue, located at ``path`` (its key
        with ``key``). ``args`` (and ``more``, for names that are not identifiers) fill the message
        template; ``related`` adds further locations. The code must be registered."""
        merged = {**(more or {}), **args}
        return Diagnostic(code, CATALOGUE[code].severity, self.loc(path, key=key), merged, tuple(related))
