"""The columns of a measurements file and its separator: what the row reader
(`doelenboom.monitor.measurements`) and the engine's spec-free scan (`doelenboom.monitor.scan`)
both need to read a header.

Light on purpose (no model, no pydantic): `doelenboom progress` imports it through the scan
before the model loads.
"""

from __future__ import annotations

import io

REQUIRED = ("target", "date", "value")
OPTIONAL = ("unit", "area", "source", "note", "numerator", "denominator")
RATIO = ("numerator", "denominator")
"""A ratio's parts: given both, a row needs no value (it is numerator / denominator, times 100 for
a target in percent)."""
FIELDS = REQUIRED + OPTIONAL
ALIASES = {
    "streefdoel": "target",
    "datum": "date",
    "waarde": "value",
    "eenheid": "unit",
    "gebied": "area",
    "buurt": "area",
    "bron": "source",
    "toelichting": "note",
    "opmerking": "note",
    "teller": "numerator",
    "noemer": "denominator",
}
"""The Dutch column names, and the column each stands for."""


def _delimiter(text: str) -> str:
    """The separator the header line (the first line that is not blank) uses: ``;`` when it holds
    ``;`` and no ``,``, a tab when it holds tabs and neither, else ``,``."""
    header = next((line for line in io.StringIO(text) if line.strip()), "")
    if "," in header:
        return ","
    if ";" in header:
        return ";"
    return "\t" if "\t" in header else ","


__all__ = ["ALIASES", "FIELDS", "OPTIONAL", "RATIO", "REQUIRED"]
