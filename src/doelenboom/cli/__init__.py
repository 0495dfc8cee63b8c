"""Stage 6: the command line. Thin: each command calls the library and formats its result.

Commands live in their own modules and are imported only when invoked, so that `validate` does
not pay for what `budget` or `progress` need.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from doelenboom.cli._worded import _Worded, context_language, help_word, requested_language, worded
from doelenboom.words import word

# command name -> "module:function"; each module holds one command
COMMANDS: dict[str, str] = {
    "diff": "doelenboom.cli.diff:diff",
    "schema": "doelenboom.cli.schema:schema",
    "validate": "doelenboom.cli.validate:validate",
    "budget": "doelenboom.cli.budget:budget",
    "progress": "doelenboom.cli.progress:progress",
    "show": "doelenboom.cli.show:show",
    "export": "doelenboom.cli.export:export",
    "report": "doelenboom.cli.report:report",
    "portfolio": "doelenboom.cli.portfolio:portfolio",
}


class LazyGroup(_Worded, click.Group):
    """The `doelenboom` group: commands imported when invoked; help and usage errors in the
    language of the command line (`cli._worded`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._word_help()

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command: Any = getattr(importlib.import_module(module_name), attr)
        return command  # type: ignore[no-any-return]

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        language = requested_language(args)
        with worded(language):
            return super().make_context(info_name, args, parent, language=language, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        with worded(context_language(ctx)):
            return super().invoke(ctx)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            raise click.UsageError(word("cli.no_such_command", context_language(ctx), name=name), ctx)
        return super().resolve_command(ctx, args)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        lang = context_language(ctx)
        rows = [(name, help_word(name, None, lang) or "") for name in self.list_commands(ctx)]
        with formatter.section(word("cli.commands", lang)):
            formatter.write_dl([(name, _short(text)) for name, text in rows])


def _short(text: str) -> str:
    """A command's help in the list of commands: its first sentence, at most 60 characters."""
    import textwrap

    return textwrap.shorten(text.split("\n\n")[0].split(". ")[0].rstrip("."), 60, placeholder="...")


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--version``: click's option, with its sentence ("%(prog)s, version %(version)s") worded."""
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import version

    click.echo(
        word("cli.version", context_language(ctx), prog=ctx.find_root().info_name, version=version("doelenboom"))
    )
    ctx.exit()


@click.group(cls=LazyGroup)
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version)
def main() -> None:
    """doelenboom: validate and explore policy programmes written as goal trees."""
    from doelenboom.inputs import InvalidLimit, input_limit

    try:  # a limit that is no number of bytes is a usage error before any command reads a file
        input_limit()
    except InvalidLimit as exc:
        from doelenboom.inputs import LIMIT_VARIABLE

        ctx = click.get_current_context()
        message = word("input.limit_invalid", context_language(ctx), variable=LIMIT_VARIABLE, value=exc.value)
        raise click.UsageError(message) from exc
