"""Measure the extraction: `python -m generator.evaluate ner FILE [--language en]`, `... samples DIR`.

Both print a JSON object on their last line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator.data import languages
from generator.model.errors import InputError


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a `token<TAB>label` file, blank lines between sentences."""
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    labels: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            if tokens:
                sentences.append((tokens, labels))
            tokens, labels = [], []
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            raise InputError(path, number, "not a token<TAB>label line", "two tab-separated columns")
        tokens.append(parts[0])
        labels.append(parts[1].strip())
    if tokens:
        sentences.append((tokens, labels))
    return sentences


def prf(true_positive: int, predicted: int, actual: int) -> dict[str, float]:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score_spans(gold: list[list[tuple]], found: list[list[tuple]]) -> dict:
    """Exact typed span precision, recall and F1, overall and per type."""
    kinds = sorted({s[2] for sentence in gold + found for s in sentence})
    counts = {kind: [0, 0, 0] for kind in kinds}
    for gold_spans, found_spans in zip(gold, found, strict=True):
        for kind in kinds:
            g = {s for s in gold_spans if s[2] == kind}
            f = {s for s in found_spans if s[2] == kind}
            counts[kind][0] += len(g & f)
            counts[kind][1] += len(f)
            counts[kind][2] += len(g)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {**prf(*total), "per_type": {kind: prf(*c) for kind, c in counts.items()}}


def evaluate_ner(path: Path, language: str = "id") -> dict:
    from generator.extract.ner import spans, tag

    gold, found = [], []
    for tokens, labels in read_conll(path):
        gold.append(spans(labels))
        found.append(spans(tag(tokens, language)))
    return score_spans(gold, found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.evaluate", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    ner = commands.add_parser("ner", help="typed span F1 of the NER tagger on a NERGrit-format file")
    ner.add_argument("file")
    ner.add_argument("--language", choices=languages(), default="id", help="which tagger (default: id)")
    article = commands.add_parser("article", help="precision and recall per kind against a gold YAML")
    article.add_argument("article")
    article.add_argument("gold")
    samples = commands.add_parser(
        "samples",
        help="per-article and macro scores over DIR/<slug>.txt with <slug>.gold.yml "
        "(../shared/data/articles), or summed over DIR/*/article.md with gold.yml",
    )
    samples.add_argument("folder")
    samples.add_argument("--errors", action="store_true", help="list what each article got wrong or missed")
    args = parser.parse_args(argv)
    try:
        if args.command == "ner":
            result = evaluate_ner(Path(args.file), args.language)
        elif args.command == "article":
            from generator.measure.gold import evaluate_article

            result = evaluate_article(Path(args.article), Path(args.gold))
        elif any(Path(args.folder).glob("*.gold.yml")):
            from generator.measure.devset import errors, evaluate_devset, summary, table

            result = evaluate_devset(Path(args.folder))
            print(errors(result) if args.errors else table(result))
            result = summary(result)
        else:
            from generator.measure.gold import evaluate_samples

            result = evaluate_samples(Path(args.folder))
    except InputError as error:
        print(error, file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
