"""`doelenboom portfolio validate FILE` and `doelenboom portfolio report FILE`: several programmes
seen together (`doelenboom.portfolio`)."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from doelenboom.cli._common import FORMATS, LANGUAGE, write_stdout
from doelenboom.cli._worded import Choice, WordedCommand, _Worded, context_language, help_word
from doelenboom.cli.progress import _day
from doelenboom.language import Language
from doelenboom.portfolio.validate import PortfolioValidation
from doelenboom.render.diagnostics import FORMATS as DIAGNOSTIC_FORMATS
from doelenboom.validation import Validation
from doelenboom.words import word


class _Group(_Worded, click.Group):
    """The `portfolio` group, worded like every command."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._word_help()

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        lang = context_language(ctx)
        rows = [(name, help_word(f"portfolio.{name}", None, lang) or "") for name in self.list_commands(ctx)]
        with formatter.section(word("cli.commands", lang)):
            formatter.write_dl(rows)


class _Sub(WordedCommand):
    """A subcommand whose words are under ``help.portfolio.NAME``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.words_name = f"portfolio.{kwargs.get('name') or args[0]}"
        super().__init__(*args, **kwargs)


@click.group(cls=_Group)
@click.option("--lang", type=LANGUAGE, expose_value=False)  # read from the whole line (`cli._worded`)
def portfolio() -> None:
    """A portfolio of programmes."""


def by_file(result: PortfolioValidation) -> list[Validation]:
    """The diagnostics per file (the portfolio's first), each file with its own summary."""
    files: dict[str, list[Any]] = {result.file: []}
    for member in result.members:
        files.setdefault(member.path, [])
    for d in result.diagnostics:
        files.setdefault(d.file, []).append(d)
    return [Validation(name, None, tuple(found)) for name, found in files.items()]


@portfolio.command(cls=_Sub, name="validate")
@click.argument("file", type=click.Path())
@click.option("--format", "fmt", type=Choice(DIAGNOSTIC_FORMATS), default="text")
@click.option("--lang", type=LANGUAGE)
@click.option("--strict", is_flag=True)
def validate(file: str, fmt: str, lang: Language | None, strict: bool) -> None:
    """Validate a portfolio file and every programme it holds."""
    from doelenboom.portfolio import validate_portfolio
    from doelenboom.render import diagnostics as render

    language = lang or context_language(click.get_current_context())  # --lang anywhere on the line, else the locale
    result = validate_portfolio(file, keep=False)  # the programmes are not needed after their checks
    click.echo(render.RENDERERS[fmt](by_file(result), language), nl=False)
    raise SystemExit(1 if result.failed(strict=strict) else 0)


@portfolio.command(cls=_Sub, name="report")
@click.argument("file", type=click.Path())
@click.option("--format", "fmt", type=Choice(FORMATS), default="text")
@click.option("--table", type=Choice(("money", "core")), default="money")
@click.option("--as-of", callback=_day)
@click.option("--lang", type=LANGUAGE)
def report(file: str, fmt: str, table: str, as_of: date | None, lang: Language | None) -> None:
    """Money and core indicators of a portfolio."""
    from doelenboom.diagnostics import Severity
    from doelenboom.portfolio import core_comparison, portfolio_money, validate_portfolio
    from doelenboom.render import diagnostics as render_diagnostics
    from doelenboom.render import portfolio as render

    language = lang or context_language(click.get_current_context())  # --lang anywhere on the line, else the locale
    result = validate_portfolio(file)
    errors = [v for v in by_file(result) if any(d.severity is Severity.ERROR for d in v.diagnostics)]
    if errors:  # the programmes with errors are left out of the totals, which say so
        shown = [
            Validation(v.file, None, tuple(d for d in v.diagnostics if d.severity is Severity.ERROR)) for v in errors
        ]
        click.echo(render_diagnostics.render_text(shown, language), err=True, nl=False)
    if result.portfolio is None:
        raise SystemExit(1)
    money = portfolio_money(result)
    core = core_comparison(result, as_of)
    if fmt == "json":
        click.echo(render.render_json(result.portfolio, money, core), nl=False)
    elif fmt == "csv":
        click.echo(render.render_csv(money, core, table), nl=False)
    elif fmt == "csv-excel":
        write_stdout(render.render_excel_csv(money, core, table, language))
    else:
        click.echo(render.render_text(result.portfolio, money, core, language), nl=False)
