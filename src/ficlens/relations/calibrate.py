"""Fit the relationship-tag model (`tag_weights.json`) on gold tags.

    python -m ficlens.relations.calibrate            # leave-one-work-out report on dev
    python -m ficlens.relations.calibrate --write    # fit on every dev work and write
    python -m ficlens.relations.calibrate --report-test   # the test split, once, to report

The gold: every dev work of `bench/gold/splits.json` with `relationships` (the bundled
samples, held-out set A, the dev stories of bench/fanfic). Each is analysed end to end;
each candidate pair of `tags.pair_features` is labelled by the gold tag of the two gold
characters its characters stand for (the fair mapping of `ficlens eval`): romantic,
platonic (family included), or none. Pairs inside a gold group tag of three or more,
and not tagged as a pair, are left out: a reader would tag neither way. A multinomial
logistic regression with a small ridge is fitted by gradient descent in numpy.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from ficlens.eval.gold import GoldWork, iter_gold
from ficlens.eval.score import score_work
from ficlens.eval.splits import Splits
from ficlens.pipeline import run
from ficlens.read import read
from ficlens.relations import tags
from ficlens.relations.interactions import find_interactions

ROOT = Path(__file__).resolve().parents[3]
WEIGHTS = Path(__file__).with_name("tag_weights.json")
FOLDERS = ["src/ficlens/samples", "bench/heldout", "bench/fanfic"]


def gold_works(split: str) -> list[GoldWork]:
    splits = Splits(ROOT / "bench" / "gold" / "splits.json")
    out = []
    for folder in FOLDERS:
        for g in iter_gold(ROOT / folder):
            if isinstance(g.raw.get("relationships"), list) and splits.of(g) == split:
                out.append(g)
    return out


def examples(gold: GoldWork) -> tuple[list[list[float]], list[int]]:
    work = run(read(gold.text), disable=["relations"])  # the tags being fitted are not read
    stands = score_work(gold, work).stands_for
    rels = [r for r in gold.raw["relationships"] if isinstance(r, dict)]
    pairs = {frozenset(r["characters"]): r["kind"] for r in rels if len(r.get("characters") or ()) == 2}
    in_group = {frozenset((a, b)) for r in rels if len(r.get("characters") or ()) > 2
                for a in r["characters"] for b in r["characters"] if a != b}
    xs, ys = [], []
    for pair, x in tags.pair_features(work, find_interactions(work)).items():
        people = frozenset(stands.get(c, f"?{c}") for c in pair)
        if len(people) != 2:
            continue
        kind = pairs.get(people)
        if kind is None and people in in_group:
            continue
        xs.append(x)
        ys.append(0 if kind is None else 1 if kind == "romantic" else 2)
    return xs, ys


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.002, steps: int = 6000, lr: float = 0.3) -> tuple[np.ndarray, np.ndarray]:
    k = len(tags.KINDS)
    w = np.zeros((k, x.shape[1]))
    b = np.zeros(k)
    onehot = np.eye(k)[y]
    for _ in range(steps):
        z = x @ w.T + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / len(y)
        w -= lr * (g.T @ x + l2 * w)
        b -= lr * g.sum(axis=0)
    return w, b


def counts(xs: list[list[float]], ys: list[int], w: np.ndarray, b: np.ndarray) -> list[int]:
    """[tagged right, tagged, gold tags, kind right] for one work's pairs."""
    out = [0, 0, 0, 0]
    if not xs:
        return out
    z = np.array(xs) @ w.T + b
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    for g, t in zip([tags.decide(row, x) for row, x in zip(p.tolist(), xs, strict=True)], ys, strict=True):
        out[1] += g != 0
        out[2] += t != 0
        if g != 0 and t != 0:
            out[0] += 1
            out[3] += g == t
    return out


def summary(total: list[int]) -> dict[str, float]:
    tp, pred, gold, kind = total
    return {"precision": round(tp / max(pred, 1), 3), "recall": round(tp / max(gold, 1), 3),
            "kind_right": round(kind / max(tp, 1), 3), "gold_pairs": gold, "predicted": pred}


def _sum(rows: list[list[int]]) -> list[int]:
    return [sum(col) for col in zip(*rows, strict=True)] if rows else [0, 0, 0, 0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--report-test", action="store_true", help="score the shipped weights on the test split")
    args = ap.parse_args(argv)
    if args.report_test:
        data = [examples(g) for g in gold_works("test")]
        model = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        w, b = np.array(model["weights"]), np.array(model["bias"])
        print(json.dumps({"split": "test", **summary(_sum([counts(xs, ys, w, b) for xs, ys in data]))}))
        return 0
    works = gold_works("dev")
    if not works:
        print("no dev gold with relationships found", file=sys.stderr)
        return 2
    data = [examples(g) for g in works]
    # leave one work out: the dev figure of a model that never saw the work it tags
    rows = []
    for i, (xs, ys) in enumerate(data):
        rest = [d for j, d in enumerate(data) if j != i and d[0]]
        w, b = fit(np.array([v for d in rest for v in d[0]]), np.array([t for d in rest for t in d[1]]))
        rows.append(counts(xs, ys, w, b))
    print(json.dumps({"split": "dev, leave one work out", "works": len(works), **summary(_sum(rows))}))
    if args.write:
        x = np.array([v for xs, _ in data for v in xs])
        y = np.array([t for _, ys in data for t in ys])
        w, b = fit(x, y)
        WEIGHTS.write_text(json.dumps({"features": list(tags.FEATURES), "classes": list(tags.KINDS),
                                       "weights": np.round(w, 4).tolist(), "bias": np.round(b, 4).tolist(),
                                       "fitted_on": f"dev gold tags ({len(works)} works, {len(y)} pairs)"},
                                      indent=1) + "\n", encoding="utf-8")
        own = summary(_sum([counts(xs, ys, w, b) for xs, ys in data]))
        print(f"wrote {WEIGHTS}; on its own training data: {json.dumps(own)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
