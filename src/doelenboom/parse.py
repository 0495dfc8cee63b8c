"""Stage 2: plain data → `Programme`, mapping every pydantic error to a located diagnostic.

pydantic reports errors by a ``loc`` path through the data. We walk that path through the loaded
data (skipping union tags, which are not in the data) and look it up in the source map, so a
diagnostic points at the offending key or value, in the policy staff's words, never as a dump.
"""

from __future__ import annotations

import difflib
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ValidationError

from doelenboom.codes import CATALOGUE, NO_SUGGESTION
from doelenboom.diagnostics import ArgValue, Diagnostic, Severity, listing
from doelenboom.model import Programme
from doelenboom.source import PathKey, SourceMap, YamlTimestamp
from doelenboom.units import UnitTable

_TYPE_ERRORS: dict[str, str] = {
    "int_type": "int",
    "int_from_float": "int",
    "string_type": "string",
    "number_type": "number",
    "decimal_type": "number",
    "bool_type": "bool",
    "dict_type": "dict",
    "model_type": "dict",
    "model_attributes_type": "dict",
    "list_type": "list",
    "tuple_type": "list",
    "date_type": "date",
    "version_type": "version",  # the format version in quotes (`doelenboom.model`)
}


_BOUNDS = ("string_too_short", "greater_than_equal", "less_than_equal", "too_long", "string_too_long")


def _bound(kind: str, ctx: dict[str, Any]) -> dict[str, ArgValue]:
    """DB210's token for the bound a value broke (pydantic's own message is for programmers),
    with the limit as written in the model."""
    if kind == "string_too_short":
        n = ctx.get("min_length", 1)
        return {"bound": "filled_in"} if n == 1 else {"bound": "min_length", "limit": str(n)}
    if kind in ("string_too_long", "too_long"):
        return {"bound": "max_length", "limit": str(ctx.get("max_length", "?"))}
    if kind == "greater_than_equal":
        return {"bound": "min", "limit": str(ctx.get("ge"))}
    return {"bound": "max", "limit": str(ctx.get("le"))}


def _describe(value: Any, expected: str = "") -> dict[str, ArgValue]:
    """DB203's ``found``: a token for the kind of value, with the value where the words show it."""
    if value is None:
        return {"found": "none"}
    if expected == "string" and isinstance(value, date | YamlTimestamp):  # YAML read a date: quote text
        return {"found": "timestamp", "value": str(value)}
    if isinstance(value, bool):
        return {"found": "bool"}
    if isinstance(value, int | Decimal):
        return {"found": "number", "value": str(value)}
    if isinstance(value, str):
        return {"found": "text", "value": value[:40]}
    if isinstance(value, list):
        return {"found": "list"}
    if isinstance(value, dict):
        return {"found": "dict"}
    return {"found": type(value).__name__}


def _resolve(data: Any, loc: tuple[str | int, ...]) -> tuple[PathKey, Any]:
    """Follow ``loc`` through ``data``; parts that are not in the data (union tags) are skipped."""
    path: list[str | int] = []
    current = data
    for part in loc:
        if isinstance(current, dict) and isinstance(part, str) and part in current:
            current = current[part]
            path.append(part)
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
            path.append(part)
    return tuple(path), current


def _where(data: Any, path: PathKey, file: str) -> str:
    """The nearest enclosing thing with an id, as policy staff would name it."""
    current = data
    found = f"'{data['id']}'" if isinstance(data, dict) and isinstance(data.get("id"), str) else file
    for part in path:
        current = current[part]
        if isinstance(current, dict) and isinstance(current.get("id"), str):
            found = f"'{current['id']}'"
    return found


# Keys policy staff may write in Dutch, and what the format calls them.
DUTCH_KEYS = {
    "naam": "name",
    "omschrijving": "description",
    "beschrijving": "description",
    "bron": "source",
    "bedrag": "amount",
    "begroting": "budget",
    "totaal": "declared_total",
    "aandeel": "declared_share",
    "eenheid": "unit",
    "waarde": "value",
    "soort": "kind",
    "doelen": "targets",
    "streefdoelen": "targets",
    "kinderen": "children",
    "onderdelen": "children",
    "dient": "serves",
    "verdeling": "allocation",
    "deadline": "deadline",
    "einddatum": "deadline",
    "nulmeting": "baseline",
    "richting": "direction",
    "versie": "doelenboom",
    "niveaus": "levels",
    "looptijd": "horizon",
    # areas and indicators (issue 12)
    "gebied": "area",
    "deelgebieden": "parts",
    "buurten": "parts",
    "wijken": "parts",
    "referentiegebieden": "references",
    "ouder": "parent",
    "valt_onder": "parent",
    "inwoners": "inhabitants",
    "indicatoren": "indicators",
    "definitie": "definition",
    "frequentie": "frequency",
    "aggregatie": "aggregation",
    "optelling": "aggregation",
    "leden": "members",
    # format 1.1: money by year and by funder
    "per_jaar": "per_year",
    "jaren": "per_year",
    "jaarschijven": "per_year",
    "financiering": "funding",
    "financiering_per_jaar": "funding_per_year",
    "financiers": "funders",
    "cofinanciering": "co_financing",
    "totaal_per_jaar": "declared_per_year",
    "totaal_per_financier": "declared_per_funder",
    "regeling": "scheme",
}


def _suggestion(key: str, allowed: list[str]) -> dict[str, ArgValue]:
    lowered = key.lower()
    translated = DUTCH_KEYS.get(lowered)
    prefixed = [a for a in allowed if lowered.startswith(a) or a.startswith(lowered)]
    close = (
        [translated]
        if translated in allowed
        else sorted(prefixed, key=len, reverse=True)[:1] or difflib.get_close_matches(lowered, allowed, n=1)
    )
    if close:
        return {"suggestion": close[0]}
    return {"suggestion": NO_SUGGESTION, "allowed": ", ".join(allowed)}


def _allowed_keys(data: Any, path: PathKey) -> list[str]:
    """The keys the model at ``path`` accepts, found by walking the model classes."""
    model: type[BaseModel] | None = Programme
    current = data
    for part in path:
        if model is None:
            return []
        if isinstance(part, int):
            current = current[part] if isinstance(current, list) else None
            continue
        current = current.get(part) if isinstance(current, dict) else None
        field = model.model_fields.get(part)
        model = _model_of(field.annotation if field else None, current)
    return list(model.model_fields) if model is not None else []


def _model_of(annotation: Any, value: Any) -> type[BaseModel] | None:
    import typing

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_of(arg, value)
        if found is None:
            continue
        kind = value.get("kind") if isinstance(value, dict) else None
        kind_field = found.model_fields.get("kind")
        if kind_field is not None and kind is not None and typing.get_args(kind_field.annotation) != (kind,):
            continue
        return found
    return None


def to_diagnostic(error: Any, data: Any, source: SourceMap) -> Diagnostic:
    """One pydantic error as a located diagnostic."""
    kind: str = error["type"]
    loc = tuple(error["loc"])
    path, value = _resolve(data, loc)
    ctx = error.get("ctx") or {}
    where = _where(data, path, source.file)
    key = str(path[-1]) if path and isinstance(path[-1], str) else (str(loc[-1]) if loc else "")
    args: dict[str, ArgValue]
    at_key = False
    if len(loc) >= 2 and loc[-1] == "[key]":  # a mapping key is wrong (e.g. under 'allocation'), not its value
        value, at_key = loc[-2], True
    if kind in CATALOGUE:
        code, args = kind, {k: v if isinstance(v, int | Decimal) else str(v) for k, v in ctx.items()}
        args.setdefault("key", key)
    elif kind == "extra_forbidden":
        extra = str(loc[-1])
        suggestion = _suggestion(extra, _allowed_keys(data, path[:-1] if path and path[-1] == extra else path))
        code, args, at_key = "DB201", {"key": extra, "where": where, **suggestion}, True
    elif kind == "missing":
        code, args = "DB202", {"key": str(loc[-1]), "where": where}
    elif kind == "union_tag_not_found":
        code, args = "DB202", {"key": str(ctx.get("discriminator", "kind")).strip("'"), "where": where}
    elif kind == "union_tag_invalid":
        allowed = str(ctx.get("expected_tags", "")).replace("'", "")
        code, args = "DB204", {"key": "kind", "value": str(ctx.get("tag", "")), "allowed": allowed}
        path = (*path, "kind")
    elif kind == "literal_error" and loc == ("doelenboom",):
        code, args = "DB208", {"value": str(value)}
    elif kind in ("literal_error", "enum"):
        allowed = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        code, args = "DB204", {"key": key, "value": str(value), "allowed": allowed}
    elif kind == "string_pattern_mismatch" and key == "unit":
        # no unit can be written like that ('m/s', 'km²'): the same answer as any unknown unit
        code, args = "DB316", {"unit": str(value), "known": listing(UnitTable().known())}
    elif kind == "string_pattern_mismatch":
        code, args = "DB207", {"value": str(value)}
    elif kind in _TYPE_ERRORS:
        expected = _TYPE_ERRORS[kind]
        code, args = "DB203", {"key": key, "where": where, "expected": expected, **_describe(value, expected)}
    elif kind in _BOUNDS:
        code, args = "DB210", {"key": key, "text": str(value) if value != "" else "''", **_bound(kind, ctx)}
    else:
        code, args = "DB299", {"key": key, "where": where, "detail": error["msg"]}
    location = source.location(path, key=at_key or kind == "missing")
    return Diagnostic(code, CATALOGUE[code].severity, location, args)


def parse_programme(data: Any, source: SourceMap) -> tuple[Programme | None, list[Diagnostic]]:
    """Validate loaded data into a `Programme`; on failure return every schema diagnostic."""
    if not isinstance(data, dict):
        args = {"key": "doelenboom", "where": source.file, "expected": "dict", **_describe(data)}
        diag = Diagnostic("DB203", Severity.ERROR, source.location(()), args)
        return None, [diag]
    try:
        programme = Programme.model_validate(data, context={"source": source})
    except ValidationError as exc:
        seen: set[tuple[str, int, int]] = set()
        diagnostics = []
        for error in exc.errors(include_url=False):
            diag = to_diagnostic(error, data, source)
            if (diag.code, diag.line, diag.column) not in seen:
                seen.add((diag.code, diag.line, diag.column))
                diagnostics.append(diag)
        return None, diagnostics
    return programme, []
