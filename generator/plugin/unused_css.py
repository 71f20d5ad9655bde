"""Material's stylesheets without the rules that no page of the built site can use.

Material ships 150 KB of CSS for every extension and feature it has; the explainer uses a few.
The stylesheets block the first paint, so on a phone every unused rule is time before the
reader sees text. A rule is unused when a class, id or attribute value its selector needs
appears in no page and in no script of the site: nothing can ever give an element that name.
Scripts count, so the classes that Material's JavaScript adds (search results, tooltips, open
drawers) stay, and so do names a script builds from a prefix (`md-source__fact--${kind}`).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import tinycss2
from tinycss2.ast import LiteralToken

from generator.sources.files import write_atomic

THEME_STYLESHEETS = ("assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css")
BLOCKS_WITH_RULES = {"media", "supports", "layer", "container"}
WORD = re.compile(r"-*[A-Za-z_][\w-]*")
SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=[^*]*\*/")
NAMES_IN_CSS = re.compile(r"[.#=]\s*\"?(-*[A-Za-z_][\w-]*)")  # every name a selector could need, and more


class Vocabulary:
    """Every name the site's pages and scripts could give an element."""

    def __init__(self, texts):
        self.words: set[str] = set()
        seen: set[str] = set()
        for text in texts:
            # Pages repeat most of their lines (the navigation, the header): read each line once.
            lines = set(text.splitlines()) - seen
            seen |= lines
            self.words.update(WORD.findall("\n".join(lines)))
        # `md-tag--${x}` in a script: any name that starts with `md-tag--` may appear.
        self.prefixes = tuple(sorted(w for w in self.words if w.endswith(("--", "__")) and len(w) > 4))

    def knows(self, name: str) -> bool:
        return name in self.words or name.startswith(self.prefixes)


def selectors(prelude: list) -> list[list]:
    """The comma-separated selectors of a rule's prelude, as lists of tokens."""
    parts: list[list] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def can_match(selector: list, vocabulary: Vocabulary) -> bool:
    """False when the selector names a class, id or attribute value that nothing on the site has.

    Only names at the top level count: `:not(.x)` matches *more* when .x is unused.
    """
    for before, token in zip([None, *selector], selector, strict=False):
        if token.type == "ident" and before is not None and before.type == "literal" and before.value == ".":
            if not vocabulary.knows(token.value):
                return False
        elif token.type == "hash" and not vocabulary.knows(token.value):
            return False
        elif token.type == "[] block":
            values = [t.value for t in token.content if t.type in ("ident", "string")]
            exact = any(t.type == "literal" and t.value == "=" for t in token.content)  # not ^= *= $=
            if exact and len(values) == 2 and not vocabulary.knows(values[1]):
                return False
    return True


def keep_used(rules: list, vocabulary: Vocabulary) -> list:
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            used = [s for s in selectors(rule.prelude) if can_match(s, vocabulary)]
            if not used:
                continue
            rule.prelude = [token for i, s in enumerate(used) for token in ([LiteralToken(0, 0, ",")] if i else []) + s]
        elif rule.type == "at-rule" and rule.lower_at_keyword in BLOCKS_WITH_RULES and rule.content is not None:
            inner = keep_used(
                tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), vocabulary
            )
            if not inner:
                continue
            rule.content = inner
        elif rule.type in ("whitespace", "comment"):
            continue
        kept.append(rule)
    return kept


def drop_unused_rules(css: str, vocabulary: Vocabulary) -> str:
    rules = tinycss2.parse_stylesheet(SOURCE_MAP.sub("", css), skip_comments=True, skip_whitespace=True)
    return tinycss2.serialize(keep_used(rules, vocabulary)) + "\n"


def digest(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def names_key(css: str, vocabulary: Vocabulary) -> str:
    """The stylesheet and which of its names the site knows: all that the slim stylesheet depends on."""
    known = sorted({name for name in NAMES_IN_CSS.findall(css) if vocabulary.knows(name)})
    return digest(css, *vocabulary.prefixes, "", *known)


def slim_theme_stylesheets(site_dir: Path, cache_folder: Path) -> tuple[int, int]:
    """Rewrites the theme's stylesheets in a built site; returns their total bytes before and after.

    Parsing 150 KB of CSS takes longer than the rest of a cached build, so results are kept in
    cache_folder under two keys: the stylesheet with the whole text of the site (unchanged site: no
    work at all), and the stylesheet with the names the site knows (an edited page that brings no new
    name: no parsing).
    """
    files = [p for pattern in ("**/*.html", "**/*.js") for p in sorted(site_dir.glob(pattern))]
    hasher = hashlib.sha256()
    for file in files:  # one at a time: fifty explainers are 60 MB of HTML
        hasher.update(file.read_bytes())
    site = hasher.hexdigest()
    vocabulary: Vocabulary | None = None
    before = after = 0
    used: set[str] = set()
    for pattern in THEME_STYLESHEETS:
        for path in sorted(site_dir.glob(pattern)):
            css = path.read_text(encoding="utf-8")
            entries = [cache_folder / f"{digest(css, site)}.css"]
            if not entries[0].exists():
                vocabulary = vocabulary or Vocabulary(p.read_text(encoding="utf-8", errors="replace") for p in files)
                entries.append(cache_folder / f"{names_key(css, vocabulary)}.css")
            found = next((entry for entry in entries if entry.exists()), None)
            if found:
                slim = found.read_text(encoding="utf-8")
            else:
                vocabulary = vocabulary or Vocabulary(p.read_text(encoding="utf-8", errors="replace") for p in files)
                slim = drop_unused_rules(css, vocabulary)
            for entry in entries:
                if not entry.exists():
                    write_atomic(entry, slim)
            used.update(entry.name for entry in entries)
            write_atomic(path, slim)
            path.with_name(path.name + ".map").unlink(missing_ok=True)  # it describes the full file
            before, after = before + len(css.encode()), after + len(slim.encode())
    if vocabulary is not None:  # every current key is known only when the site has changed
        for stale in cache_folder.glob("*.css"):
            if stale.name not in used:
                stale.unlink()
    return before, after
