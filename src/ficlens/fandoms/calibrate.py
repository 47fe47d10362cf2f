"""Fit the pack detector's weights (`detect_weights.json`).

    python -m ficlens.fandoms.calibrate [--data ../shared/data] [--split train] [--write]
    python -m ficlens.fandoms.calibrate --split dev        # report only, on dev books

Stories that must get no pack: windows of Standard Ebooks novels (CC0,
`standardebooks/*.txt`), from the books `bench/gold/splits.json` puts in the split.
Stories that must: the same windows with their most frequent names renamed into the cast
of a random pack, the way fan fiction names its characters (a first name or alias most
of the time, the full name now and then), and with a canon term or two in place of other
capitalised words in half of them. The model is a logistic regression on
`detect.features` of the best pack, fitted by Newton's method in numpy.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from ficlens.fandoms import detect
from ficlens.fandoms.detect import THRESHOLD, evidence, features
from ficlens.fandoms.load import CharacterEntry, Pack, all_packs
from ficlens.read import read
from ficlens.segment import segment

__all__ = ["as_fan_fiction", "dataset", "everyday_in", "everyday_terms_in", "fit", "main"]

ROOT = Path(__file__).resolve().parents[3]
WEIGHTS = Path(__file__).with_name("detect_weights.json")
_WORD = re.compile(r"(?<![\w'’])([A-Z][a-z]{2,})(?![\w'’])")
_NOT_NAMES = frozenset(
    """The This That There Then They Their When What Where Which While With Without
    Mr Mrs Miss Sir Lady Lord Madame Monsieur Captain Doctor God Heaven Christ
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December English French
    But And For Not Now Yes Well Why How Who Here She Her His Him You Your Our
    Chapter Part Book Oh Ah""".split()
)


def windows(text: str, rng: random.Random, count: int) -> list[str]:
    paras = [p for p in text.split("\n\n") if p.strip()]
    out = []
    for _ in range(count):
        size = rng.choice([8, 15, 30, 60])  # about two pages up to a long chapter
        start = rng.randrange(max(1, len(paras) - size))
        out.append("\n\n".join(paras[start : start + size]))
    return out


def _names_by_frequency(text: str) -> list[str]:
    counts = Counter(m.group(1) for m in _WORD.finditer(text) if m.group(1) not in _NOT_NAMES)
    return [w for w, n in counts.most_common() if n >= 2]


def _form(person: CharacterEntry, rng: random.Random) -> str:
    full = detect._PAREN.sub("", person.name).strip()
    forms = [a for a in person.aliases if a[:1].isupper()] or [full]
    return forms[0] if rng.random() < 0.7 else full


def as_fan_fiction(text: str, pack: Pack, rng: random.Random) -> str:
    """The window with its cast renamed into `pack`'s (see the module doc)."""
    found = _names_by_frequency(text)
    k = min(len(found), rng.randint(2, 6))
    people = rng.sample(pack.characters, min(k, len(pack.characters)))
    swap = {old: _form(person, rng) for old, person in zip(found[:k], people, strict=False)}
    if pack.terms and rng.random() < 0.5:
        for old, term in zip(found[k : k + 2], rng.sample(pack.terms, min(2, len(pack.terms))), strict=False):
            swap[old] = term
    return _rename(text, swap)


def _rename(text: str, swap: dict[str, str]) -> str:
    if not swap:
        return text
    pattern = re.compile(r"(?<![\w'’])(" + "|".join(map(re.escape, swap)) + r")(?![\w'’])")
    return pattern.sub(lambda m: swap[m.group(1)], text)


def example(text: str) -> tuple[list[float], str | None] | None:
    work = segment(read(text + "\n"))
    ranked = evidence(work)
    if not ranked:
        return None
    return features(ranked[0], ranked[1] if len(ranked) > 1 else None), ranked[0].pack


def dataset(books: list[Path], rng: random.Random, per_book: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows of features with label 1 (renamed, and the best pack is the renamed-into pack)
    or 0 (the original window, or a renamed one whose best pack is another)."""
    packs = list(all_packs())
    xs, ys = [], []
    for book in books:
        for win in windows(book.read_text(encoding="utf-8"), rng, per_book):
            neg = example(win)
            xs.append(neg[0] if neg else [0.0, 0.0, 0.0, 0.0])
            ys.append(0)
            pack = rng.choice(packs)
            renamed = as_fan_fiction(win, pack, rng)
            pos = example(renamed)
            if pos is not None:
                xs.append(pos[0])
                ys.append(1 if pos[1] == pack.id else 0)
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 50) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method, with a small ridge for the bias-free weights."""
    a = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(a.shape[1])
    reg = np.eye(a.shape[1]) * l2
    reg[-1, -1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-a @ w))
        grad = a.T @ (p - y) + reg @ w
        hess = (a * (p * (1 - p))[:, None]).T @ a + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def report(x: np.ndarray, y: np.ndarray, weights: np.ndarray, bias: float) -> dict[str, float]:
    p = 1.0 / (1.0 + np.exp(-(x @ weights + bias)))
    chosen = p >= THRESHOLD
    tp = float((chosen & (y == 1)).sum())
    bins = np.clip((p * 10).astype(int), 0, 9)
    ece = sum(
        abs(p[bins == b].mean() - y[bins == b].mean()) * (bins == b).sum() for b in range(10) if (bins == b).any()
    )
    return {
        "examples": float(len(y)),
        "precision": tp / max(float(chosen.sum()), 1.0),
        "recall": tp / max(float((y == 1).sum()), 1.0),
        "false_pack_rate_on_originals": float((chosen & (y == 0)).sum()) / max(float((y == 0).sum()), 1.0),
        "ece": float(ece) / len(y),
    }


# Books that are themselves the canon of a pack (Conan Doyle's Holmes stories are the
# Sherlock canon): a pack is right for them, so they are no example of an original story.
CANON_AUTHORS = ("arthur-conan-doyle_",)


EVERYDAY_SHARE = 0.05  # a one-word pack name in this share of novels is an everyday name


def everyday_in(books: list[Path]) -> list[str]:
    """One-word pack names found capitalised in at least EVERYDAY_SHARE of the books."""
    forms = {f for p in all_packs() for c in p.characters
             for f in [detect._PAREN.sub("", c.name).strip(), *c.aliases] if " " not in f and f[:1].isupper()}
    seen: Counter[str] = Counter()
    for book in books:
        words = set(re.findall(r"[A-Z][\w'’-]*", book.read_text(encoding="utf-8")))
        seen.update(forms & words)
    return sorted(f for f, n in seen.items() if n >= EVERYDAY_SHARE * len(books))


TERM_SHARE = 0.05  # a pack term in this share of novels is a real place or a common word


def everyday_terms_in(books: list[Path]) -> list[str]:
    """Pack terms found in at least TERM_SHARE of the books ("Scotland Yard", "Paris")."""
    terms = sorted({t for p in all_packs() for t in p.terms})
    patterns = {t: re.compile(detect._term_pattern(t)) for t in terms}
    seen: Counter[str] = Counter()
    for book in books:
        text = book.read_text(encoding="utf-8")
        seen.update(t for t, pat in patterns.items() if pat.search(text))
    return sorted(t for t, n in seen.items() if n >= TERM_SHARE * len(books))


def _save(model: dict[str, object]) -> None:
    WEIGHTS.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for cached in (detect._model, detect._name_index, detect._term_index):
        cached.cache_clear()


def books_in(split: str, data: Path) -> list[Path]:
    splits = json.loads((ROOT / "bench" / "gold" / "splits.json").read_text(encoding="utf-8"))
    return [data / "standardebooks" / f"{slug}.txt" for slug, s in sorted(splits["standardebooks"].items())
            if s == split and not slug.startswith(CANON_AUTHORS)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--split", default="train", choices=["train", "dev", "test"])
    ap.add_argument("--per-book", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--write", action="store_true", help="fit on the split and write detect_weights.json")
    args = ap.parse_args(argv)
    books = [b for b in books_in(args.split, args.data) if b.is_file()]
    if not books:
        print(f"{args.data / 'standardebooks'}: no books of the {args.split} split", file=sys.stderr)
        return 2
    if args.write:
        model = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        model["everyday"] = everyday_in(books)
        model["everyday_terms"] = everyday_terms_in(books)
        _save(model)
    x, y = dataset(books, random.Random(args.seed), args.per_book)
    if args.write:
        weights, bias = fit(x, y)
        model.update({"features": ["names", "terms", "others", "lead"],
                      "weights": [round(float(v), 4) for v in weights], "bias": round(bias, 4),
                      "fitted_on": f"standardebooks {args.split}", "seed": args.seed, "per_book": args.per_book})
        _save(model)
        print(f"wrote {WEIGHTS}")
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    print(json.dumps({"split": args.split, **report(x, y, np.array(data["weights"]), data["bias"])}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

