"""CRF named-entity taggers for Indonesian and English (PERSON, ORGANISATION, PLACE).

The models are data/ner-<language>.crfsuite with data/ner-<language>.json (word types seen in training),
built by `python tools/train_ner.py <language>`. Features mix the word's form and context with what
the gazetteers know: our place gazetteer, the vocabulary, DBpedia's names (data/names-dbpedia.json,
CC BY-SA 3.0) matched with exact case over several tokens, and how common each word is
(data/words-<language>.json, from wordfreq). A gazetteer is a feature, never a label.
"""

from __future__ import annotations

import functools
import json
import re

import pycrfsuite

from generator.data import DATA, data_file, words
from generator.extract.gazetteer import gazetteer
from generator.extract.text import name_key

NAMES = DATA / "names-dbpedia.json"
NAME_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}


def model_name(language: str) -> str:
    """The tagger a language reads with: its own, or a close language's (data/lang/<code>/words.yml)."""
    return words(language)["tagger"]["model"]


def model_path(language: str):
    return DATA / f"ner-{model_name(language)}.crfsuite"


def lexicon_path(language: str):
    return DATA / f"ner-{model_name(language)}.json"


@functools.cache
def lexicon(language: str) -> dict[str, set[str]]:
    """Words the gazetteer and vocabulary know, by what they are."""
    vocab = words(language)
    found: dict[str, set[str]] = {
        "place": set(),
        "country": set(),
        "org": set(),
        "title": set(),
        "role": set(),
        "orghead": set(),
    }
    for key, entries in gazetteer(language).index.items():
        kind = entries[0].kind
        group = "org" if kind == "organization" else "country" if kind in ("country", "state") else "place"
        found[group].update(word.lower() for word in key)
    found["title"] = {w.lower() for t in vocab["titles"] for w in name_key(t)}
    found["role"] = {w.lower() for t in vocab["role_nouns"] for w in t.split()}
    found["orghead"] = {w.lower() for t in vocab["organization_heads"] for w in name_key(t)}
    return found


def index_names(lists: dict[str, list[str]]) -> dict[str, dict]:
    """DBpedia's names by first word (-> whole name -> types, "PER", "ORGLOC", …), and each word's types
    within names: what names-dbpedia.json holds, so that loading it is one json.loads."""
    by_first: dict[str, dict[str, str]] = {}
    parts: dict[str, set[str]] = {}
    for kind, names in lists.items():
        short = NAME_TYPES[kind]
        for name in names:
            words_ = name.split()
            entry = by_first.setdefault(words_[0], {})
            entry[" ".join(words_)] = entry.get(" ".join(words_), "") + short
            for word in words_:
                parts.setdefault(word, set()).add(short)
    return {"by_first": by_first, "parts": {word: "".join(sorted(types)) for word, types in sorted(parts.items())}}


@functools.lru_cache(maxsize=1)
def known_names() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """DBpedia's names by first word (-> whole name -> types), and each word's types within names."""
    index = json.loads(NAMES.read_text(encoding="utf-8"))
    return index["by_first"], index["parts"]


def name_matches(tokens: list[str]) -> list[str]:
    """For each token, B-/I- and the types of the longest DBpedia name that covers it ("" if none)."""
    by_first, _ = known_names()
    marks = [""] * len(tokens)
    i = 0
    while i < len(tokens):
        best, length = "", 0
        for name in by_first.get(tokens[i], ()):
            size = name.count(" ") + 1
            if size > length and " ".join(tokens[i : i + size]) == name:
                best, length = name, size
        if best:
            types = by_first[tokens[i]][best]
            marks[i] = f"B{length > 1:d}{types}"
            for j in range(i + 1, i + length):
                marks[j] = f"I{types}"
            i += length
        else:
            i += 1
    return marks


def frequencies_path(language: str):
    return DATA / f"words-{model_name(language)}.json"


@functools.cache
def frequencies(language: str) -> dict[str, str]:
    """How common each word is in the language: its Zipf frequency, rounded down (from wordfreq's lists)."""
    path = frequencies_path(language)
    if not path.is_file():
        return {}
    buckets = json.loads(path.read_text(encoding="utf-8"))
    return {word: bucket for bucket, joined in buckets.items() for word in joined.split(" ")}


def shape(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", word))))


def token_features(word: str, known: dict[str, set[str]], part: str | None) -> dict[str, object]:
    lower = word.lower()
    features: dict[str, object] = {
        "w": lower,
        "suf3": lower[-3:],
        "suf2": lower[-2:],
        "pre3": lower[:3],
        "shape": shape(word),
        "title": word[:1].isupper(),
        "upper": word.isupper() and len(word) > 1,
        "digit": word.isdigit(),
    }
    for group, words_ in known.items():
        if lower in words_:
            features[f"in_{group}"] = True
    if part and word[:1].isupper():
        features["namepart"] = part
    return features


@functools.cache
def corpus_lexicon(language: str) -> tuple[dict[str, str], frozenset[str]]:
    """Words the training corpora mostly label as one entity type, and words of GeoNames place names."""
    data = json.loads(lexicon_path(language).read_text(encoding="utf-8"))
    return data["types"], frozenset(data["places"])


def sentence_features(tokens: list[str], language: str, types: dict[str, str] | None = None) -> list[dict[str, object]]:
    """One feature dict per token. `types` replaces the shipped word-type lexicon (for training folds)."""
    known = lexicon(language)
    shipped_types, places = corpus_lexicon(language)
    types = shipped_types if types is None else types
    parts = known_names()[1]
    marks = name_matches(tokens)
    low = [word.lower() for word in tokens]
    common = frequencies(language)
    zipf = [common.get(word, "0") for word in low]  # a rare capitalised word is likely a name
    base = [token_features(word, known, parts.get(word)) for word in tokens]
    rows = []
    for i, own in enumerate(base):
        w = low[i]
        row = {
            "bias": 1.0,
            **own,
            "first": i == 0,
            "pre4": w[:4],
            "suf4": w[-4:],
            "pre2": w[:2],
            "zipf": zipf[i],
            "zipf_title": f"{zipf[i]}|{own['title']}|{i == 0}",
            "bi-1": (low[i - 1] if i else "<s>") + "|" + w,
            "bi+1": w + "|" + (low[i + 1] if i + 1 < len(low) else "</s>"),
            "shapes": "|".join(str(base[j]["shape"]) if 0 <= j < len(base) else "_" for j in (i - 1, i, i + 1)),
            "caps_run": sum(1 for j in range(max(0, i - 2), min(len(tokens), i + 3)) if base[j]["title"]),
        }
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
            if abs(offset) == 1:
                row[f"{offset}:zipf"] = zipf[j]
            if abs(offset) <= 1:
                if low[j] in types:
                    row[f"{offset}:lex"] = types[low[j]]
                if low[j] in places and other["title"]:
                    row[f"{offset}:geo"] = True
                if marks[j]:
                    row[f"{offset}:name"] = marks[j]
        rows.append(row)
    return rows


@functools.cache
def common_words(language: str) -> frozenset[str]:
    """Lower-case words that are ordinary words, not names, when capitalised alone ("Kita", "Para", "Lima")."""
    return frozenset(json.loads(lexicon_path(language).read_text(encoding="utf-8")).get("common", ()))


def is_known_name(words_: tuple[str, ...], kind: str) -> bool:
    """Is this exact run of words a DBpedia name of this kind (person, organization, place)?"""
    return NAME_TYPES[kind] in known_names()[0].get(words_[0], {}).get(" ".join(words_), "") if words_ else False


@functools.cache
def tagger(language: str) -> pycrfsuite.Tagger:
    model = pycrfsuite.Tagger()
    model.open(str(data_file(f"ner-{model_name(language)}.crfsuite")))
    return model


def tag(tokens: list[str], language: str = "id") -> list[str]:
    """BIO labels for a sentence's tokens."""
    if not tokens:
        return []
    return tagger(language).tag(sentence_features(tokens, language))


def spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity in a BIO label sequence; a stray I- starts a span."""
    found: list[tuple[int, int, str]] = []
    start: int | None = None
    kind = ""
    for i, label in enumerate([*labels, "O"]):
        if label.startswith("I-") and kind == label[2:]:
            continue
        if start is not None:
            found.append((start, i, kind))
            start, kind = None, ""
        if label != "O":
            start, kind = i, label[2:]
    return found
