"""Escaping for the two places article text lands: Markdown text and HTML attributes.

Article text and story.yml are untrusted: every value a template prints goes through
`markdown_text` unless it is Markup made here on purpose.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from markupsafe import Markup

# Characters that start inline Markdown (or HTML) anywhere in a line.
INLINE = re.compile(r"([\\`*_{}\[\]|])")
# Characters that start a block only at the beginning of a line.
BLOCK_START = re.compile(r"^(\s*)([#+\-]|\d+(?=[.)]))")


def markdown_text(value: object) -> str:
    """Plain text that Markdown will show as typed: no emphasis, links, HTML or blocks."""
    return markdown_fragment(" ".join(str(value).split()), line_start=True)


def markdown_fragment(text: str, line_start: bool = False) -> str:
    """A piece of such text, spaces at its ends kept, for text interleaved with links."""
    text = html.escape(re.sub(r"\s+", " ", text), quote=False)
    text = INLINE.sub(r"\\\1", text)
    match = BLOCK_START.match(text) if line_start else None
    if match:
        digits = match.group(2)
        if digits.isdigit():
            end = match.end() + 1
            text = text[: match.end()] + "\\" + text[match.end() :] if end <= len(text) else text
        else:
            text = text[: match.start(2)] + "\\" + text[match.start(2) :]
    return text


def attribute(value: object) -> Markup:
    """Text for an HTML attribute value (quoted with ")."""
    return Markup(html.escape(" ".join(str(value).split()), quote=True))


def url(value: object) -> Markup:
    """A web address from the editor or the article's front matter, safe in a Markdown link."""
    text = str(value).strip()
    if not re.match(r"https?://", text):
        return Markup("#")
    return Markup(quote(text, safe=":/?#[]@!$&'*+,;=%~-._"))
