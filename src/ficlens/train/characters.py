"""Fit the pairwise merge model of `ficlens.characters.pairs` (needs the `train` extra).

    python -m ficlens.train.characters [--write]

Pairs of name forms of one work: two forms of one gold character are a positive pair,
forms of two different gold characters a negative one. From LitBank's PER coreference
(`../shared/data/litbank/characters.jsonl`, the PROP mentions of each chain; CC BY 4.0)
and from the SE gold character lists of the train split (bench/gold/se, split by
bench/gold/splits.json). Reports pair accuracy with 5-fold cross-validation by book,
then on the SE-dev pairs next to the rules (whether today's pipeline puts both forms on
one character), on the pairs both find. `--write` stores the weights fitted on all
training books in the package.
"""

from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from ficlens.characters.pairs import FEATURES, WEIGHTS, features
from ficlens.eval import analyze_gold, iter_gold
from ficlens.eval.splits import Splits

ROOT = Path(__file__).resolve().parents[3]
LITBANK = ROOT.parent / "shared" / "data" / "litbank" / "characters.jsonl"
SE = ROOT / "bench" / "gold" / "se"
SPLITS = ROOT / "bench" / "gold" / "splits.json"
MAX_FORMS = 12  # forms per character kept, most frequent first: long chains would dominate

Pair = tuple[str, str, int]


def _pairs(chars: list[list[str]]) -> list[Pair]:
    """Positive pairs within each character's forms, negative ones across characters."""
    forms = [list(dict.fromkeys(f for f in c if f.strip()))[:MAX_FORMS] for c in chars]
    out: list[Pair] = [(a, b, 1) for fs in forms for a, b in combinations(fs, 2) if a != b]
    for fa, fb in combinations(forms, 2):
        out += [(a, b, 0) for a in fa for b in fb if a != b]
    return out


def litbank_books() -> dict[str, list[Pair]]:
    books: dict[str, list[Pair]] = {}
    if not LITBANK.is_file():
        return books
    for line in LITBANK.read_text(encoding="utf-8").splitlines():
        book = json.loads(line)
        chars = []
        for c in book["characters"]:
            counts: dict[str, int] = {}
            for m in c["mentions"]:
                if m["kind"] == "PROP":
                    counts[m["text"]] = counts.get(m["text"], 0) + 1
            if counts:
                chars.append(sorted(counts, key=lambda f: -counts[f]))
        books["litbank:" + book["id"]] = _pairs(chars)
    return books


def se_books(split: str) -> dict[str, list[Pair]]:
    splits = Splits(SPLITS)
    books: dict[str, list[Pair]] = {}
    for f in sorted(SE.glob("*.gold.json")):
        for g in iter_gold(f):
            if splits.of(g) == split:
                data = json.loads(f.read_text(encoding="utf-8"))
                books["se:" + g.id] = _pairs([c.get("names", []) for c in data["characters"]])
    return books


def _matrix(pairs: list[Pair]) -> tuple[Any, Any]:
    x = np.array([features(a, b) for a, b, _ in pairs], dtype=float)
    y = np.array([label for _, _, label in pairs], dtype=float)
    return x, y


def fit(x: Any, y: Any, steps: int = 400, rate: float = 0.5, l2: float = 1e-3) -> Any:
    """Logistic regression by gradient descent, classes weighted to balance."""
    w = np.zeros(x.shape[1])
    pos = max(1.0, y.sum())
    weight = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * max(1.0, len(y) - pos)))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ ((p - y) * weight) / len(y) + l2 * w
        w -= rate * grad
    return w


def _scores(pred: Any, y: Any) -> dict[str, float]:
    tp = float(((pred == 1) & (y == 1)).sum())
    fp = float(((pred == 1) & (y == 0)).sum())
    fn = float(((pred == 0) & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"pairs": float(len(y)), "accuracy": float((pred == y).mean()) if len(y) else 0.0,
            "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def cross_validate(books: dict[str, list[Pair]], folds: int = 5) -> dict[str, float]:
    names = sorted(books)
    preds, ys = [], []
    for k in range(folds):
        test = [n for i, n in enumerate(names) if i % folds == k]
        train = [p for n in names if n not in test for p in books[n]]
        held = [p for n in test for p in books[n]]
        if not train or not held:
            continue
        w = fit(*_matrix(train))
        x, y = _matrix(held)
        preds.append((x @ w > 0).astype(float))
        ys.append(y)
    return _scores(np.concatenate(preds), np.concatenate(ys))


def _decide(w: Any, a: str, b: str) -> float:
    """The model's merge decision, with the hard constraints kept hard (as `pairs`)."""
    x = features(a, b)
    if x[FEATURES.index("hon_gender_clash")] or x[FEATURES.index("given_gender_clash")]:
        return 0.0
    return float(np.array(x) @ w > 0)


def rules_on_dev(w: Any) -> tuple[dict[str, float], dict[str, float]]:
    """SE-dev pairs both forms of which the pipeline finds: the model and the rules."""
    splits = Splits(SPLITS)
    model, rules, ys = [], [], []
    for f in sorted(SE.glob("*.gold.json")):
        for g in iter_gold(f):
            if splits.of(g) != "dev":
                continue
            work = analyze_gold(g)
            holder: dict[str, set[str]] = {}
            for c in work.characters:
                for n in [c.name, *c.aliases]:
                    holder.setdefault(n, set()).add(c.id)
            data = json.loads(f.read_text(encoding="utf-8"))
            for a, b, label in _pairs([c.get("names", []) for c in data["characters"]]):
                if a in holder and b in holder:
                    rules.append(float(bool(holder[a] & holder[b])))
                    model.append(_decide(w, a, b))
                    ys.append(float(label))
    y = np.array(ys)
    return _scores(np.array(model), y), _scores(np.array(rules), y)


def main(argv: list[str]) -> int:
    books = {**litbank_books(), **se_books("train")}
    if not books:
        print("no training data: ../shared/data/litbank and bench/gold/se are missing", file=sys.stderr)
        return 1
    print("cross-validation by book (LitBank + SE train):", json.dumps(cross_validate(books)))
    w = fit(*_matrix([p for ps in books.values() for p in ps]))
    model, rules = rules_on_dev(w)
    print("SE-dev pairs found by the pipeline, model:", json.dumps(model))
    print("SE-dev pairs found by the pipeline, rules:", json.dumps(rules))
    if "--write" in argv:
        WEIGHTS.write_text(json.dumps({"features": list(FEATURES), "weights": [round(float(v), 6) for v in w],
                                       "trained_on": "LitBank PER coreference (PROP) + SE gold train split",
                                       "default": False}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
