"""Accuracy on annotated samples and on the NERGrit validation split, held at the README's figures.

tests/samples/ were used while developing the rules; tests/samples-holdout/ were written afterwards
and never tuned on. Floors are the measured values (README, "Accuracy"): a drop fails.
"""
from pathlib import Path

import pytest

from generator.gold import evaluate_samples
from tests.conftest import ROOT

NERGRIT = ROOT.parent / "shared" / "data" / "nergrit" / "valid.txt"

DEV_FLOORS = {"persons": (1.0, 1.0), "organizations": (0.9, 1.0), "places": (1.0, 0.85), "dates": (1.0, 1.0),
              "quotes": (1.0, 1.0), "figures": (1.0, 0.9)}
HOLDOUT_FLOORS = {"persons": (0.75, 0.6), "organizations": (1.0, 0.65), "places": (1.0, 1.0), "dates": (1.0, 1.0),
                  "figures": (0.85, 1.0)}


@pytest.mark.parametrize("folder, floors", [("samples", DEV_FLOORS), ("samples-holdout", HOLDOUT_FLOORS)])
def test_precision_and_recall_per_kind_hold(folder, floors):
    result = evaluate_samples(Path(__file__).parent / folder)
    assert result["articles"] >= 2
    for kind, (precision, recall) in floors.items():
        assert result[kind]["precision"] >= precision, (kind, result[kind])
        assert result[kind]["recall"] >= recall, (kind, result[kind])


@pytest.mark.skipif(not NERGRIT.exists(), reason="../shared/data/nergrit is not beside this checkout")
def test_ner_on_the_validation_split():
    from generator.evaluate import evaluate_ner
    result = evaluate_ner(NERGRIT)
    assert result["f1"] >= 0.71, result  # the goal is 0.80; see README, "Accuracy"
    assert set(result["per_type"]) == {"PERSON", "ORGANISATION", "PLACE"}


def test_evaluate_ner_prints_json_on_its_last_line(tmp_path):
    import json
    import subprocess
    import sys
    sample = tmp_path / "mini.txt"
    sample.write_text("Presiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\ntiba\tO\ndi\tO\nJakarta\tB-PLACE\n\n",
                      encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator.evaluate", "ner", str(sample)], capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    last = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(last) == {"precision", "recall", "f1", "per_type"}
    assert last["per_type"]["PERSON"]["f1"] == 1.0
