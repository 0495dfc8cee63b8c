"""`doelenboom progress SPEC --measurements FILE`: progress, coverage and status per node.

Exit 0 when the measurements file is clean, 1 when rows were refused (they are reported with
file, line and column on stderr, or under "diagnostics" in JSON; the good rows still count).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

import click

from doelenboom.cli._common import FORMATS, dump_json, load_or_exit, percent


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter("expected a date as YYYY-MM-DD") from exc


if TYPE_CHECKING:
    from doelenboom.aggregate import NodeProgress
    from doelenboom.progress import TargetProgress

    _ParamType = click.ParamType[Decimal]
else:  # ParamType is generic only in newer click; the project supports 8.1 too
    _ParamType = click.ParamType


class _Factor(_ParamType):
    """A threshold factor: a finite decimal number from 0 to `progress.MAX_THRESHOLD`."""

    name = "factor"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Decimal:
        from doelenboom.progress import factor_problem

        if isinstance(value, Decimal):
            number = value
        else:
            try:
                number = Decimal(str(value).strip())
            except InvalidOperation:
                self.fail(f"{value!r} is not a number", param, ctx)
        problem = factor_problem(number)
        if problem is not None:
            self.fail(problem, param, ctx)
        return number


@click.command()
@click.argument("spec", type=click.Path())
@click.option("--measurements", "-m", required=True, type=click.Path(), help="CSV or YAML file.")
@click.option("--as-of", callback=_day, help="Date (YYYY-MM-DD) to report progress on; default today.")
@click.option("--weights", type=click.Choice(["equal", "budget", "explicit"]), default="equal", show_default=True)
@click.option(
    "--on-track", type=_Factor(), default=Decimal("0.9"), show_default=True, help="On track from this × expected."
)
@click.option(
    "--at-risk",
    type=_Factor(),
    default=Decimal("0.7"),
    show_default=True,
    help="At risk from this × expected (at most --on-track).",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["en", "nl"]), help="Language (default: from the locale).")
def progress(
    spec: str,
    measurements: str,
    as_of: date | None,
    weights: str,
    on_track: Decimal,
    at_risk: Decimal,
    fmt: str,
    lang: str | None,
) -> None:
    """Report progress per target and per node as of a date, with coverage and status."""
    from doelenboom.aggregate import PROGRESS_CSV_COLUMNS, progress_report
    from doelenboom.graph import goal_graph
    from doelenboom.measurements import read_measurements
    from doelenboom.progress import Thresholds, threshold_problem
    from doelenboom.render import default_language, diagnostic_json, render_text
    from doelenboom.text import csv_cell, one_line
    from doelenboom.validate import Validation

    problem = threshold_problem(on_track, at_risk)
    if problem is not None:
        raise click.BadParameter(problem, param_hint="'--at-risk'")
    lang = lang or default_language()
    programme = load_or_exit(spec, lang)
    found = read_measurements(measurements, programme)
    when = as_of or datetime.now().date()
    report = progress_report(programme, found, when, weights, Thresholds(on_track, at_risk))  # type: ignore[arg-type]
    graph = goal_graph(programme)

    if fmt == "json":
        payload = {**report.to_dict(), "diagnostics": [diagnostic_json(d, lang) for d in found.diagnostics]}
        click.echo(dump_json(payload), nl=False)
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(PROGRESS_CSV_COLUMNS)
        writer.writerows([csv_cell(cell) for cell in row] for row in report.csv_rows())
        click.echo(out.getvalue(), nl=False)
    else:
        click.echo(f"{one_line(programme.name)} ({when.isoformat()}): {_node_text(report.overall, lang)}")
        for node in graph.walk():
            indent = "  " * graph.depth(node.id)
            click.echo(f"{indent}{one_line(node.name)} ({node.id}): {_node_text(report.nodes[node.id], lang)}")
            for target in node.targets:
                click.echo(f"{indent}  - {target.id}: {_target_text(report.targets[target.id], lang)}")
    if fmt != "json" and found.diagnostics:  # JSON carries them in its payload
        result = Validation(found.file, None, found.diagnostics)
        click.echo(render_text([result], lang), err=True, nl=False)
    raise SystemExit(1 if found.failed() else 0)


def _node_text(node: NodeProgress, lang: str) -> str:
    """'59 % (expected 74 %), coverage 72 %, at risk'; 'coverage 0 %, no data' without progress;
    the status alone without coverage."""
    from doelenboom.progress import word as status_word
    from doelenboom.words import word

    if node.coverage is None:
        return status_word(node.status, lang)
    expected, coverage = word("progress.expected", lang), word("progress.coverage", lang)
    if node.progress is None:
        return f"{coverage} {percent(node.coverage)}, {status_word(node.status, lang)}"
    return (
        f"{percent(node.progress)} ({expected} {percent(node.expected)}), {coverage} {percent(node.coverage)}, "
        f"{status_word(node.status, lang)}"
    )


def _target_text(target: TargetProgress, lang: str) -> str:
    """'100 % (in the band) reached'; without progress the status, and the reason when it says more
    ('no data: no baseline'), never the same fact twice."""
    from doelenboom.progress import word

    if target.progress is None:
        status = word(target.status, lang)
        reason = word(target.missing, lang) if target.missing is not None else status
        return status if reason == status else f"{status}: {reason}"
    band = f" ({word(target.band, lang)})" if target.band is not None else ""
    return f"{percent(target.progress)}{band} {word(target.status, lang)}"
