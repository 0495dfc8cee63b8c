"""The command line in the user's language: help texts, usage lines and click's usage errors
from `doelenboom.words`, in the language ``--lang`` names or the locale implies.

click words its own messages ("Usage:", "Options", "Error: Missing argument") with gettext, in
English unless a translation is installed for the whole process. Rather than install one (a
process-wide side effect, keyed by click's English texts, which change between its versions), the
commands use the classes here: a `WordedContext` carries the language, its formatter writes the
usage prefix, `WordedCommand` writes its help and options from the catalogue, and `worded` turns
click's exceptions (by their type and data, not their text) into messages of the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from doelenboom.language import EN, Language, UnknownLanguage, as_language, default_language
from doelenboom.words import WORDS, word


def requested_language(args: Sequence[str]) -> Language:
    """The language of a command line: its ``--lang`` when that names a known language, else the
    locale's (`language.default_language`). Read before click parses the line, so that
    ``--help`` and a usage error found before ``--lang`` are worded in it too."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else None
        if arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        if value is not None:
            try:
                return as_language(value)
            except UnknownLanguage:
                break  # a usage error of its own, worded in the locale's language
    return default_language()


def context_language(ctx: click.Context | None) -> Language:
    """The language of ``ctx`` (or of the context it is in); English for a plain click context,
    as the generated reference pages use."""
    while ctx is not None:
        if isinstance(ctx, WordedContext):
            return ctx.language
        ctx = ctx.parent
    return EN


class WordedFormatter(click.HelpFormatter):
    """click's help formatter with the usage line's prefix in the catalogue's words."""

    def __init__(self, language: Language, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.language = language

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None:
            prefix = word("cli.usage", self.language) + " "
        super().write_usage(prog, args, prefix)


class WordedContext(click.Context):
    """A click context that knows the language of the command line (from the root's
    ``language``, which `LazyGroup.main` reads from the line before parsing it)."""

    def __init__(self, *args: Any, language: Language | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parent = self.parent
        self.language: Language = language or (parent.language if isinstance(parent, WordedContext) else EN)

    def make_formatter(self) -> click.HelpFormatter:
        return WordedFormatter(self.language, width=self.terminal_width, max_width=self.max_content_width)


def help_word(command: str, param: str | None, lang: Language) -> str | None:
    """The help of ``command`` (or of its option ``param``) in ``lang``: ``help.COMMAND`` and
    ``help.COMMAND.PARAM`` in `doelenboom.words`; ``--help`` itself is ``help.help``."""
    key = "help.help" if param == "help" else f"help.{command}" + (f".{param}" if param else "")
    return word(key, lang) if key in WORDS else None


if TYPE_CHECKING:
    _Base = click.Command
else:
    _Base = object


class _Worded(_Base):
    """What a worded command and the worded group share: help and usage from the catalogue."""

    context_class = WordedContext
    words_name: str | None = None
    """The command's key under ``help.`` when its name alone is not unique (a subcommand:
    ``portfolio.validate``)."""

    def _words_key(self) -> str:
        return self.words_name or self.name or ""

    def _word_help(self) -> None:
        """Set the English help texts (for `--help` in English and the generated reference)."""
        self.help = help_word(self._words_key(), None, EN) or self.help
        self.short_help = None
        for param in self.params:
            text = help_word(self._words_key(), param.name, EN)
            if text is not None and isinstance(param, click.Option):
                param.help = text

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        lang = context_language(ctx)
        metavars = {
            self.options_metavar: word("cli.options_metavar", lang),
            getattr(self, "subcommand_metavar", None): word("cli.command_metavar", lang),
        }
        return [metavars.get(piece) or piece for piece in super().collect_usage_pieces(ctx)]

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        text = help_word(self._words_key(), None, context_language(ctx))
        if text:
            formatter.write_paragraph()
            indent = " " * (formatter.current_indent + formatter.indent_increment)
            wrapped = click.formatting.wrap_text(text, formatter.width, indent, indent, preserve_paragraphs=True)
            formatter.write(wrapped + "\n")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = context_language(ctx)
        rows = []
        help_names = set(self.get_help_option_names(ctx))
        for param in self.get_params(ctx):
            record = None if isinstance(param, click.Argument) else _help_record(param, ctx, lang)
            if record is None:
                continue
            name = "help" if help_names & set(param.opts) else param.name
            text = help_word(self._words_key(), name, lang) or ""
            rows.append((record[0], f"{text}{_extras(param, ctx, lang)}".strip()))
        if rows:
            with formatter.section(word("cli.options", lang)):
                formatter.write_dl(rows)


def _help_record(param: click.Parameter, ctx: click.Context, lang: Language) -> tuple[str, str] | None:
    """click's help record of ``param``, with click's metavar for a text or a path (``TEXT``,
    ``PATH``) in ``lang`` (``cli.metavar.text``)."""
    key = f"cli.metavar.{param.type.name}"
    if not isinstance(param, click.Option) or param.metavar is not None or param.is_flag or key not in WORDS:
        return param.get_help_record(ctx)
    param.metavar = word(key, lang)
    try:
        return param.get_help_record(ctx)
    finally:
        param.metavar = None


def _extras(param: click.Parameter, ctx: click.Context, lang: Language) -> str:
    """An option's default and whether it is required, as click shows them, in ``lang``."""
    if not isinstance(param, click.Option):
        return ""
    bits = []
    show = param.show_default if param.show_default is not None else ctx.show_default
    default = param.default
    if show and default is not None and not callable(default) and not (param.is_flag and not default):
        bits.append(word("cli.default", lang, value=show if isinstance(show, str) else default))
    if param.required:
        bits.append(word("cli.required", lang))
    return f"  [{'; '.join(bits)}]" if bits else ""


class WordedCommand(_Worded, click.Command):
    """A command whose help and usage errors are in the command line's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._word_help()

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # click refuses extra arguments with its own English sentence; let them through and refuse
        # them here, in the catalogue's words
        allowed, ctx.allow_extra_args = ctx.allow_extra_args, True
        rest = super().parse_args(ctx, args)
        ctx.allow_extra_args = allowed
        if ctx.args and not allowed and not ctx.resilient_parsing:
            raise click.UsageError(word("cli.extra_args", context_language(ctx), args=" ".join(ctx.args)), ctx)
        return rest


if TYPE_CHECKING:
    _ChoiceBase = click.Choice[str]
else:  # Choice is generic only in newer click; the project supports 8.1 too
    _ChoiceBase = click.Choice


class Choice(_ChoiceBase):
    """click's Choice, refusing a value in the catalogue's words."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            choices = ", ".join(f"'{choice}'" for choice in self.choices)
            self.fail(word("cli.invalid_choice", context_language(ctx), value=value, choices=choices), param, ctx)


class WordedError(click.ClickException):
    """A click exception shown in the catalogue's words; the original is its ``__cause__``."""

    def __init__(self, original: click.ClickException, language: Language) -> None:
        super().__init__(original.format_message())
        self.original, self.language = original, language

    def show(self, file: Any = None) -> None:
        lang, original = self.language, self.original
        ctx = original.ctx if isinstance(original, click.UsageError) else None
        if ctx is not None:
            hint = ""
            if ctx.command.get_help_option(ctx) is not None:
                hint = word("cli.try_help", lang, command=f"{ctx.command_path} --help") + "\n"
            click.echo(f"{ctx.get_usage()}\n{hint}", file=file, err=file is None, color=ctx.color)
        message = word("cli.error", lang, message=_message(original, lang))
        click.echo(message, file=file, err=file is None, color=ctx.color if ctx else None)


class WordedUsageError(WordedError):
    """A usage error (exit 2) shown in the catalogue's words."""

    exit_code = 2


def _message(error: click.ClickException, lang: Language) -> str:
    """click's usage errors in ``lang``, by their type and data; any other (the commands' own,
    already in the catalogue's words) as it is."""
    if isinstance(error, click.MissingParameter):
        param = error.param
        kind = error.param_type or (param.param_type_name if param is not None else "parameter")
        hint = error.param_hint or (param.get_error_hint(error.ctx) if param is not None and error.ctx else "")
        key = f"cli.missing_{kind}" if f"cli.missing_{kind}" in WORDS else "cli.missing_parameter"
        return word(key, lang, name=hint)
    if isinstance(error, click.NoSuchOption):
        text = word("cli.no_such_option", lang, name=error.option_name)
        if error.possibilities:
            names = ", ".join(sorted(error.possibilities))
            text += " " + word("cli.did_you_mean", lang, names=names)
        return text
    if isinstance(error, click.BadOptionUsage):
        return word("cli.bad_option", lang, name=error.option_name)
    if isinstance(error, click.BadParameter):
        param = error.param
        given = error.param_hint
        if given is not None:
            hint = given if isinstance(given, str) else " / ".join(given)
        elif param is not None and error.ctx is not None:
            hint = param.get_error_hint(error.ctx)
        else:
            return word("cli.invalid_value", lang, message=error.message)
        return word("cli.invalid_value_for", lang, name=hint, message=error.message)
    return error.format_message()


# click 8.2 and later show the help for a group called without arguments by raising this
_SHOWS_HELP: tuple[type[Exception], ...] = tuple(
    kind for kind in (getattr(click.exceptions, "NoArgsIsHelpError", None),) if isinstance(kind, type)
)


@contextmanager
def worded(language: Language) -> Iterator[None]:
    """Turn click's exceptions raised inside into `WordedError` in ``language``."""
    try:
        yield
    except click.ClickException as exc:
        if isinstance(exc, (WordedError, *_SHOWS_HELP)):
            raise  # worded already; or click's "no arguments: the help" (worded by its context)
        kind = WordedUsageError if exc.exit_code == WordedUsageError.exit_code else WordedError
        raise kind(exc, language) from exc
    except click.Abort:
        click.echo(word("cli.aborted", language), err=True)
        raise SystemExit(1) from None
