"""Accuracy on real text, held at the README's figures: a drop fails.

The dev set is the twelve real articles of ../shared/data/articles (macro-averaged); the taggers are
measured on held-out splits of the news corpora in ../shared/data. Floors sit a little under the
measured values (README, "Accuracy"), so that a real loss fails and noise does not.
"""

import json
import subprocess
import sys

import pytest

from generator.measure.devset import evaluate_devset
from tests.conftest import ROOT

SHARED = ROOT.parent / "shared" / "data"
ARTICLES = SHARED / "articles"
needs_shared = pytest.mark.skipif(not ARTICLES.exists(), reason="../shared/data is not beside this checkout")

# kind -> (precision, recall), macro over the twelve articles
DEV_FLOORS = {
    "persons": (0.95, 0.95),
    "organizations": (0.78, 0.80),
    "places": (0.95, 0.90),
    "events": (0.85, 0.88),
    "quotes": (0.92, 0.97),
    "speakers": (0.92, 0.92),
}
NER_FLOORS = [
    ("nergrit/valid.txt", "id", 0.75),
    ("ner/id_idner-news-2k/test.txt", "id", 0.90),
    ("ner/id_nerui/test.txt", "id", 0.86),
    ("ner/en_uner-pud/test.txt", "en", 0.62),
]


@needs_shared
def test_extraction_on_the_real_dev_articles_holds():
    macro = evaluate_devset(ARTICLES)["macro"]
    for kind, (precision, recall) in DEV_FLOORS.items():
        assert macro[kind]["precision"] >= precision, (kind, macro[kind])
        assert macro[kind]["recall"] >= recall, (kind, macro[kind])


@needs_shared
@pytest.mark.parametrize("path, language, floor", NER_FLOORS)
def test_taggers_on_held_out_news(path, language, floor):
    from generator.measure.scores import evaluate_ner

    result = evaluate_ner(SHARED / path, language)
    assert result["f1"] >= floor, result
    assert set(result["per_type"]) == {"PERSON", "ORGANISATION", "PLACE"}


@needs_shared
def test_evaluate_samples_prints_a_table_then_json():
    result = subprocess.run(
        [sys.executable, "-m", "generator.evaluate", "samples", str(ARTICLES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("article") and "macro average" in lines[-2]
    last = json.loads(lines[-1])
    assert len(last["articles"]) == 12
    assert set(last["macro"]) >= {"persons", "organizations", "places", "events", "quotes", "speakers"}


@pytest.mark.parametrize("language", ["id", "en"])
def test_evaluate_ner_prints_json_on_its_last_line(tmp_path, language):
    sample = tmp_path / "mini.txt"
    sample.write_text(
        "Presiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\ntiba\tO\ndi\tO\nJakarta\tB-PLACE\n\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "generator.evaluate", "ner", str(sample), "--language", language],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    last = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(last) == {"precision", "recall", "f1", "per_type"}
    assert last["per_type"]["PERSON"]["f1"] == 1.0
