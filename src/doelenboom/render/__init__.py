"""Stage 6: presentation. Every output for people or tools is formatted here, and only here.

Each module renders one kind of result and decides nothing: `diagnostics` (validation results as
text, JSON, GitHub annotations, SARIF), `diff` (the semantic diff), `budget`, `progress` and
`show` (the exploring commands' text and CSV), `export` (the goal tree as diagrams, data and
documents). The CLI commands parse options, call the library and hand the result to a renderer.
"""

from __future__ import annotations

import json
from typing import Any


def dump_json(payload: Any) -> str:
    """A JSON output as every command writes it: UTF-8 text as is, indented by 2, one final newline."""
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
