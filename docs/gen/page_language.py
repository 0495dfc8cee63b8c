"""An MkDocs hook: a page whose front matter says ``lang: nl`` is served as ``<html lang="nl">``.

Material for MkDocs sets one language for the whole site (``theme.language``, English here); the
policy staff's guide and the generated Heerlen-Noord page are Dutch, and screen readers, browser
translation and hyphenation read the page's language from the ``<html>`` element.
"""

from __future__ import annotations

import re
from typing import Any

_HTML_LANG = re.compile(r'<html lang="[^"]*"')
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]+)*")


def on_post_page(output: str, page: Any, config: Any) -> str:
    """The page's HTML with the language of its front matter (``lang:``), when it has one."""
    lang = str((getattr(page, "meta", None) or {}).get("lang", ""))
    if not _LANGUAGE.fullmatch(lang):
        return output
    return _HTML_LANG.sub(f'<html lang="{lang}"', output, count=1)
