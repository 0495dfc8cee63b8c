"""Stage 6: the command line. Thin: each command calls the library and formats its result.

Commands live in their own modules and are imported only when invoked, so that `validate` does
not pay for what `budget` or `progress` need.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

# command name -> "module:function"; each module holds one command
COMMANDS: dict[str, str] = {
    "diff": "doelenboom.cli.diff:diff",
    "schema": "doelenboom.cli.schema:schema",
    "validate": "doelenboom.cli.validate:validate",
    "budget": "doelenboom.cli.budget:budget",
    "progress": "doelenboom.cli.progress:progress",
    "show": "doelenboom.cli.show:show",
    "export": "doelenboom.cli.export:export",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command: Any = getattr(importlib.import_module(module_name), attr)
        return command  # type: ignore[no-any-return]


@click.group(cls=LazyGroup)
@click.version_option(package_name="doelenboom")
def main() -> None:
    """doelenboom: validate and explore policy programmes written as goal trees."""
    from doelenboom.inputs import InvalidLimit, input_limit

    try:  # a limit that is no number of bytes is a usage error before any command reads a file
        input_limit()
    except InvalidLimit as exc:
        from doelenboom.inputs import LIMIT_VARIABLE
        from doelenboom.render.diagnostics import default_language
        from doelenboom.words import word

        message = word("input.limit_invalid", default_language(), variable=LIMIT_VARIABLE, value=exc.value)
        raise click.UsageError(message) from exc
