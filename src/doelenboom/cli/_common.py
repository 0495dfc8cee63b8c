"""What the exploring commands share: loading a spec (or exiting with its diagnostics),
percentages, and JSON output. Formatting only; the library decides everything (money is
formatted by `doelenboom.text.format_eur`, the one money format of every output)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import click

from doelenboom.model import Programme

FORMATS = ("text", "json", "csv")


def load_or_exit(spec: str, lang: str) -> Programme:
    """The validated programme. When the spec has errors, print its errors only (warnings and
    notes belong to `doelenboom validate`) to standard error, worded as `validate` words them,
    and exit 1. Every command that needs a valid spec goes through here."""
    from doelenboom.diagnostics import Severity
    from doelenboom.render.diagnostics import render_text
    from doelenboom.validation import Validation, validate

    result = validate(spec)
    if result.programme is None or result.failed():
        errors = tuple(d for d in result.diagnostics if d.severity is Severity.ERROR)
        click.echo(render_text([Validation(result.file, result.programme, errors)], lang), err=True, nl=False)
        raise SystemExit(1)
    return result.programme


def percent(value: Decimal | None) -> str:
    """A fraction as a whole percentage ('59 %'), or '-' when there is none."""
    if value is None:
        return "-"
    return f"{value * 100:.0f} %"


def dump_json(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
