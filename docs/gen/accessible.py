"""An MkDocs hook: what axe-core finds missing in Material for MkDocs' pages, added.

Material's search box is a ``role="dialog"`` without a name (axe: aria-dialog-name, serious);
it is named here after the theme's own label for the search field, so that a screen reader
announces it. The browser test (tests/browser/) runs axe on the built site.
"""

from __future__ import annotations

import re
from typing import Any

_DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>')
_LABEL = re.compile(r'<input type="text" class="md-search__input" name="query" aria-label="([^"]*)"')


def on_post_page(output: str, page: Any, config: Any) -> str:
    """The page with its search dialog named like its search field."""
    label = _LABEL.search(output)
    if label is None:
        return output
    return _DIALOG.sub(rf'\1 aria-label="{label.group(1)}">', output, count=1)
