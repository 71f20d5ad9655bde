"""Ids of the Story's parts: slugs of their names, usable in URLs and anchors."""

from __future__ import annotations

import re

from anyascii import anyascii


def slugify(name: str) -> str:
    """Lowercase ASCII words joined by hyphens; names in any script are transliterated first, so that
    "Łódź" is lodz and "北京" is beijing, and two names in a non-Latin script do not become one id."""
    return re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-") or "x"
