"""A CRF named-entity tagger for Indonesian (PERSON, ORGANISATION, PLACE), trained on NERGrit.

The model file is data/ner.crfsuite, built by `python tools/train_ner.py`. Features mix the word's
form and context with what the gazetteer and the vocabulary know, so the two sources agree.
"""
from __future__ import annotations

import functools
import json
import re

import pycrfsuite

from .gazetteer import gazetteer
from .text import name_key
from .vocabulary import DATA, words

MODEL = DATA / "ner.crfsuite"
LEXICON = DATA / "ner_lexicon.json"


@functools.lru_cache(maxsize=None)
def lexicon(language: str) -> dict[str, set[str]]:
    """Words the gazetteer and vocabulary know, by what they are."""
    vocab = words(language)
    found = {"place": set(), "country": set(), "org": set(), "title": set(), "role": set(), "orghead": set()}
    for key, entries in gazetteer(language).index.items():
        kind = entries[0].kind
        group = "org" if kind == "organization" else "country" if kind in ("country", "state") else "place"
        found[group].update(word.lower() for word in key)
    found["title"] = {w.lower() for t in vocab["titles"] for w in name_key(t)}
    found["role"] = {w.lower() for t in vocab["role_nouns"] for w in t.split()}
    found["orghead"] = {w.lower() for t in vocab["organization_heads"] for w in name_key(t)}
    return found


def shape(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", word))))


def token_features(word: str, known: dict[str, set[str]]) -> dict[str, object]:
    lower = word.lower()
    features = {"w": lower, "suf3": lower[-3:], "suf2": lower[-2:], "pre3": lower[:3], "shape": shape(word),
                "title": word[:1].isupper(), "upper": word.isupper() and len(word) > 1, "digit": word.isdigit()}
    for group, words_ in known.items():
        if lower in words_:
            features[f"in_{group}"] = True
    return features


@functools.lru_cache(maxsize=1)
def corpus_lexicon() -> tuple[dict[str, str], frozenset[str]]:
    """Words NERGrit mostly labels as one entity type, and words of GeoNames place names."""
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    return data["types"], frozenset(data["places"])


def sentence_features(tokens: list[str], language: str = "id",
                      types: dict[str, str] | None = None) -> list[dict[str, object]]:
    """One feature dict per token. `types` replaces the shipped word-type lexicon (for training folds)."""
    known = lexicon(language)
    shipped_types, places = corpus_lexicon()
    types = shipped_types if types is None else types
    low = [word.lower() for word in tokens]
    base = [token_features(word, known) for word in tokens]
    rows = []
    for i, own in enumerate(base):
        w = low[i]
        row = {"bias": 1.0, **own, "first": i == 0, "pre4": w[:4], "suf4": w[-4:], "pre2": w[:2],
               "bi-1": (low[i - 1] if i else "<s>") + "|" + w,
               "bi+1": w + "|" + (low[i + 1] if i + 1 < len(low) else "</s>"),
               "shapes": "|".join(base[j]["shape"] if 0 <= j < len(base) else "_" for j in (i - 1, i, i + 1)),
               "caps_run": sum(1 for j in range(max(0, i - 2), min(len(tokens), i + 3)) if base[j]["title"])}
        for offset in (-3, -2, -1, 0, 1, 2, 3):
            j = i + offset
            if not 0 <= j < len(base):
                row[f"{offset}:edge"] = True
                continue
            other = base[j]
            if offset:
                row.update({f"{offset}:w": other["w"], f"{offset}:title": other["title"]})
            if abs(offset) <= 2 and offset:
                row[f"{offset}:shape"] = other["shape"]
                row.update({f"{offset}:{k}": True for k in other if k.startswith("in_")})
            if abs(offset) <= 1:
                if low[j] in types:
                    row[f"{offset}:lex"] = types[low[j]]
                if low[j] in places and other["title"]:
                    row[f"{offset}:geo"] = True
        rows.append(row)
    return rows


@functools.lru_cache(maxsize=1)
def tagger() -> pycrfsuite.Tagger:
    model = pycrfsuite.Tagger()
    model.open(str(MODEL))
    return model


def tag(tokens: list[str], language: str = "id") -> list[str]:
    """BIO labels for a sentence's tokens."""
    if not tokens:
        return []
    return tagger().tag(sentence_features(tokens, language))


def spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity in a BIO label sequence; a stray I- starts a span."""
    found, start, kind = [], None, None
    for i, label in enumerate(labels + ["O"]):
        if label.startswith("I-") and kind == label[2:]:
            continue
        if start is not None:
            found.append((start, i, kind))
            start = kind = None
        if label != "O":
            start, kind = i, label[2:]
    return found
