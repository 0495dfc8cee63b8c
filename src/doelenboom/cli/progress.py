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

_STATUS_NL = {
    "reached": "bereikt",
    "on_track": "op koers",
    "at_risk": "risico",
    "off_track": "achter",
    "no_trajectory": "geen tijdpad",
    "no_data": "geen gegevens",
    "not_measurable": "niet meetbaar",
}
_MISSING_NL = {
    "no-data": "geen gegevens",
    "not-measurable": "niet meetbaar",
    "no-baseline": "geen beginwaarde",
    "no-reference": "geen referentiewaarde",
    "area-only": "alleen deelgebieden",
}
_BAND_NL = {"below": "onder de band", "in": "binnen de band", "above": "boven de band"}


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter("expected a date as YYYY-MM-DD") from exc


if TYPE_CHECKING:
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
@click.argument("spec", type=click.Path(dir_okay=False))
@click.option("--measurements", "-m", required=True, type=click.Path(dir_okay=False), help="CSV or YAML file.")
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

    def dutch(words: dict[str, str], value: str) -> str:
        return words.get(value, value) if lang == "nl" else value

    def status(value: str) -> str:
        return dutch(_STATUS_NL, value)

    if fmt == "json":
        payload = {**report.to_dict(), "diagnostics": [diagnostic_json(d, lang) for d in found.diagnostics]}
        click.echo(dump_json(payload), nl=False)
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(PROGRESS_CSV_COLUMNS)
        writer.writerows(report.csv_rows())
        click.echo(out.getvalue(), nl=False)
    else:
        words = ("verwacht", "dekking") if lang == "nl" else ("expected", "coverage")
        top = report.overall
        click.echo(
            f"{programme.name} ({when.isoformat()}): {percent(top.progress)} ({words[0]} {percent(top.expected)}), "
            f"{words[1]} {percent(top.coverage)}, {status(top.status.value)}"
        )
        for node in graph.walk():
            n = report.nodes[node.id]
            indent = "  " * graph.depth(node.id)
            line = f"{indent}{node.name} ({node.id}): "
            if n.coverage is None:
                click.echo(line + status(n.status.value))
                continue
            line += f"{percent(n.progress)} ({words[0]} {percent(n.expected)}), {words[1]} {percent(n.coverage)}, "
            click.echo(line + status(n.status.value))
            for target in node.targets:
                t = report.targets[target.id]
                extra = f" [{dutch(_MISSING_NL, t.missing)}]" if t.missing else ""
                band = f" ({dutch(_BAND_NL, t.band.value)})" if t.band is not None else ""
                click.echo(f"{indent}  - {target.id}: {percent(t.progress)}{band} {status(t.status.value)}{extra}")
    if fmt != "json" and found.diagnostics:  # JSON carries them in its payload
        result = Validation(found.file, None, found.diagnostics)
        click.echo(render_text([result], lang), err=True, nl=False)
    raise SystemExit(1 if found.failed() else 0)
