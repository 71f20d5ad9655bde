"""Material's stylesheets without the rules that no page of the built site can use.

Material ships 150 KB of CSS for every extension and feature it has; the explainer uses a few.
The stylesheets block the first paint, so on a phone every unused rule is time before the
reader sees text. A rule is unused when a class, id or attribute value its selector needs
appears in no page and in no script of the site: nothing can ever give an element that name.
Scripts count, so the classes that Material's JavaScript adds (search results, tooltips, open
drawers) stay, and so do names a script builds from a prefix (`md-source__fact--${kind}`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from importlib.resources import files
from pathlib import Path

import tinycss2

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


def drop_unused_rules(css: str, vocabulary: Vocabulary) -> str:
    """The stylesheet without the rules no page can use (the plan is worked out here, then applied)."""
    return apply_plan(rule_plan(css), vocabulary) + "\n"


@functools.cache
def shipped_plans() -> dict[str, list]:
    """Plans of the theme version this package pins, worked out ahead (tools/build_css_plan.py)."""
    return json.loads((files("generator.plugin") / "theme_css_plans.json").read_text(encoding="utf-8"))


def theme_plan(css: str, cache_folder: Path) -> list:
    """The plan of a theme stylesheet: shipped, or kept in the cache, or worked out now (and kept)."""
    key = digest(css)
    if key in shipped_plans():
        return shipped_plans()[key]
    cached = cache_folder / f"plan-{key}.json"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    plan = rule_plan(css)
    write_atomic(cached, json.dumps(plan, ensure_ascii=False, separators=(",", ":")))
    return plan


def rule_plan(css: str) -> list:
    """The stylesheet as text in pieces, each selector with the names it needs: what pruning needs to know,
    worked out once for a theme version (the parse is most of the cost) and kept as plain JSON."""
    rules = tinycss2.parse_stylesheet(SOURCE_MAP.sub("", css), skip_comments=True, skip_whitespace=True)
    return plan_of(rules)


def plan_of(rules: list) -> list:
    plan: list = []
    for rule in rules:
        if rule.type == "qualified-rule":
            parts = [[needed_names(s), tinycss2.serialize(s)] for s in selectors(rule.prelude)]
            plan.append(["rule", parts, "{" + tinycss2.serialize(rule.content) + "}"])
        elif rule.type == "at-rule" and rule.lower_at_keyword in BLOCKS_WITH_RULES and rule.content is not None:
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            head = "@" + tinycss2.serializer.serialize_identifier(rule.at_keyword) + tinycss2.serialize(rule.prelude)
            plan.append(["block", head, plan_of(inner)])
        elif rule.type not in ("whitespace", "comment"):
            plan.append(["text", rule.serialize()])
    return plan


def needed_names(selector: list) -> list[str]:
    """The class, id and exact attribute-value names a selector needs at its top level.

    Names inside `:not(.x)` do not count: the selector matches *more* when .x is unused.
    """
    names = []
    for before, token in zip([None, *selector], selector, strict=False):
        if (
            token.type == "ident" and before is not None and before.type == "literal" and before.value == "."
        ) or token.type == "hash":
            names.append(token.value)
        elif token.type == "[] block":
            values = [t.value for t in token.content if t.type in ("ident", "string")]
            exact = any(t.type == "literal" and t.value == "=" for t in token.content)
            if exact and len(values) == 2:
                names.append(values[1])
    return names


def apply_plan(plan: list, vocabulary: Vocabulary) -> str:
    """The stylesheet without the rules and selectors that need a name the site does not have."""
    out = []
    for kind, *rest in plan:
        if kind == "rule":
            parts, body = rest
            used = [text for names, text in parts if all(vocabulary.knows(name) for name in names)]
            if used:
                out.append(",".join(used) + body)
        elif kind == "block":
            head, inner = rest
            kept = apply_plan(inner, vocabulary)
            if kept:
                out.append(head + "{" + kept + "}")
        else:
            out.append(rest[0])
    return "".join(out)


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
                slim = apply_plan(theme_plan(css, cache_folder), vocabulary) + "\n"
            for entry in entries:
                if not entry.exists():
                    write_atomic(entry, slim)
            used.update(entry.name for entry in entries)
            write_atomic(path, slim)
            path.with_name(path.name + ".map").unlink(missing_ok=True)  # it describes the full file
            before, after = before + len(css.encode()), after + len(slim.encode())
    if vocabulary is not None:  # every current key is known only when the site has changed
        for stale in cache_folder.glob("*.css"):  # plans stay: they depend on the theme alone
            if stale.name not in used:
                stale.unlink()
    return before, after
