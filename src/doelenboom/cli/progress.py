"""`doelenboom progress SPEC --measurements FILE`: progress, coverage and status per node.

Exit 0 when the measurements file is clean, 1 when rows were refused (they are reported with
file, line and column on stderr, or under "diagnostics" in JSON; the good rows still count).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

import click

from doelenboom.cli._common import FORMATS, LANGUAGE, load_or_exit, write_stdout
from doelenboom.cli._worded import Choice, WordedCommand
from doelenboom.language import Language, default_language

if TYPE_CHECKING:
    from doelenboom.model import Programme
    from doelenboom.monitor.measurements import MeasurementSet
    from doelenboom.monitor.scan import Prefetch

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        if not _ISO_DATE.fullmatch(value):  # fromisoformat also takes 2024-W01-1 and 20240101
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError as exc:
        from doelenboom.cli._worded import context_language
        from doelenboom.words import word

        # --as-of is read before --lang: the language read from the whole command line decides
        raise click.BadParameter(word("cli.date_expected", context_language(_ctx), value=value)) from exc


if TYPE_CHECKING:
    _ParamType = click.ParamType[Decimal]
else:  # ParamType is generic only in newer click; the project supports 8.1 too
    _ParamType = click.ParamType


class _Factor(_ParamType):
    """A threshold factor: a finite decimal number from 0 to `thresholds.MAX_THRESHOLD`."""

    name = "factor"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Decimal:
        from doelenboom.cli._worded import context_language
        from doelenboom.monitor.thresholds import factor_problem  # light: no model while options are read
        from doelenboom.words import word

        lang = context_language(ctx)  # read before --lang: the language read from the whole command line
        if isinstance(value, Decimal):
            number = value
        else:
            try:
                number = Decimal(str(value).strip())
            except InvalidOperation:
                self.fail(word("threshold.not_a_number", lang, value=repr(value)), param, ctx)
        problem = factor_problem(number, lang)
        if problem is not None:
            self.fail(problem, param, ctx)
        return number


@click.command(cls=WordedCommand)
@click.argument("spec", type=click.Path())
@click.option("--measurements", "-m", required=True, type=click.Path())
@click.option("--as-of", callback=_day)
@click.option("--weights", type=Choice(["equal", "budget", "explicit"]), default="equal", show_default=True)
@click.option("--on-track", type=_Factor(), default=Decimal("0.9"), show_default=True)
@click.option(
    "--at-risk",
    type=_Factor(),
    default=Decimal("0.7"),
    show_default=True,
)
@click.option(
    "--min-coverage",
    type=_Factor(),
    default=Decimal("0.5"),
    show_default=True,
)
@click.option(
    "--method",
    type=Choice(["line", "trend"]),
    default="line",
    show_default=True,
)
@click.option(
    "--format",
    "fmt",
    type=Choice(FORMATS),
    default="text",
    show_default=True,
)
@click.option("--by-area", is_flag=True)
@click.option("--engine", type=Choice(["auto", "rows", "columnar"]), default="auto", show_default=True)
@click.option("--lang", type=LANGUAGE)
def progress(
    spec: str,
    measurements: str,
    as_of: date | None,
    weights: str,
    on_track: Decimal,
    at_risk: Decimal,
    min_coverage: Decimal,
    method: str,
    fmt: str,
    by_area: bool,
    engine: str,
    lang: Language | None,
) -> None:
    """Report progress per target and per node as of a date, with coverage and status."""
    # Light imports only until the scan runs: the engine's first step needs no spec, so DuckDB
    # scans the file while Python imports the model and loads the spec.
    from doelenboom.monitor.thresholds import coverage_problem, threshold_problem

    lang = lang or default_language()
    problem = threshold_problem(on_track, at_risk, lang)
    if problem is not None:
        raise click.BadParameter(problem, param_hint="'--at-risk'")
    problem = coverage_problem(min_coverage, lang)
    if problem is not None:
        raise click.BadParameter(problem, param_hint="'--min-coverage'")
    fetch = _prefetch(measurements, engine, lang)
    try:
        from doelenboom.inputs import NOT_READ
        from doelenboom.monitor.aggregate import progress_report
        from doelenboom.monitor.areas import area_progress
        from doelenboom.monitor.progress import Thresholds
        from doelenboom.render import progress as render
        from doelenboom.render.diagnostics import render_text
        from doelenboom.validation import Validation

        when = as_of or datetime.now().date()
        programme = load_or_exit(spec, lang)
        found = _read(measurements, programme, when, fetch, lang)
    finally:
        if fetch is not None:
            fetch.close()
    if any(d.code in NOT_READ for d in found.diagnostics):
        # No report from a file that was not read: every figure would be 'no data' for no reason.
        click.echo(render_text([Validation(found.file, None, found.diagnostics)], lang), err=True, nl=False)
        raise SystemExit(1)
    rules = Thresholds(on_track, at_risk, min_coverage)
    report = progress_report(programme, found, when, weights, rules, method=method)  # type: ignore[arg-type]
    areas = area_progress(programme, found, when, rules)

    if fmt == "json":
        click.echo(render.render_json(report, found.diagnostics, lang, areas), nl=False)
    elif fmt == "csv":
        click.echo(render.render_area_csv(areas) if by_area else render.render_csv(report), nl=False)
    elif fmt == "csv-excel":
        write_stdout(render.render_area_excel_csv(areas, lang) if by_area else render.render_excel_csv(report, lang))
    else:
        click.echo(render.render_text(programme, report, when, lang, areas), nl=False)
    if fmt != "json" and found.diagnostics:  # JSON carries them in its payload
        result = Validation(found.file, None, found.diagnostics)
        click.echo(render_text([result], lang), err=True, nl=False)
    raise SystemExit(1 if found.failed() else 0)


def _prefetch(path: str, engine: str, lang: Language) -> Prefetch | None:
    """The columnar engine's first step, started, when ``--engine`` (see docs/measurements.md)
    chooses the engine for ``path``; None when the row reader reads it."""
    from doelenboom.monitor import scan  # light: the model is not imported yet
    from doelenboom.words import word

    parquet = scan.is_parquet(path)
    if engine == "columnar" or (engine == "auto" and (parquet or scan.takes(path))):
        if not scan.available():
            raise click.UsageError(word("engine.parquet" if parquet else "engine.not_installed", lang, file=path))
        return scan.prefetch(path)
    if parquet and engine == "rows":
        raise click.UsageError(word("engine.parquet", lang, file=path))
    return None


def _read(path: str, programme: Programme, when: date, fetch: Prefetch | None, lang: Language) -> MeasurementSet:
    """The measurements: with the engine's first step ``fetch`` (`_prefetch`), the columnar engine
    hands on only the rows progress as of ``when`` needs, and falls back on the row reader for a
    CSV file it cannot take line for line (same result, more memory); without, the row reader."""
    import os

    from doelenboom import feedback
    from doelenboom.monitor import columnar
    from doelenboom.monitor.measurements import read_measurements
    from doelenboom.words import word

    if fetch is not None:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0
        with feedback.reporting(path, size, lang, stages=feedback.MEASUREMENT_STAGES):
            found = columnar.read_columnar(path, programme, when, prefetched=fetch)
        if found is not None:
            return found
        if columnar.is_parquet(path) and os.path.isfile(path):
            raise click.UsageError(word("engine.parquet_unreadable", lang, file=path))
    return read_measurements(path, programme)
