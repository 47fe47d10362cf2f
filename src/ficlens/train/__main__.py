"""`python -m ficlens.train`: build silver labels, fit the speaker scorer, judge it on dev.

    python -m ficlens.train [--books ../shared/data/standardebooks] [--splits bench/gold/splits.json]
                            [--per-book 2] [--max-books 0] [--out weights.json] [--seed 1]
                            [--litbank ../shared/data/litbank/quotes.jsonl [--cv]] [--gold-weight 3]

Trains on silver labels from the train-split books only, the gold excerpts of those books
and the train-split original fan fiction (each gold line counted --gold-weight times);
LitBank's gold lines join only with `--litbank` (the shipped weights leave LitBank out, so
its bench/accuracy.py rows need no cross-validation). Reports on the dev-split books (silver labels, same masking): accuracy of
the cascade and of the learned scorer by masking mode, and the expected calibration
error of both confidences with a reliability table. `--cv` also reports LitBank by 5-fold
cross-validation by book (the only LitBank figure a model trained on it may give).
History features are computed on the cascade's speakers of the lines before, as the
decoder meets them (`dataset.HISTORY`). Every fan-fiction story splits.json lists as
train is read, wherever it lies. About 1.5 minutes of CPU with the defaults (3 minutes
wall on a busy machine). Needs the `train` extra (numpy).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from ficlens.read import ReadError
from ficlens.speakers.learned.features import NAMES
from ficlens.speakers.learned.scorer import SCHEMA, Weights, from_dict
from ficlens.train.silver import Silver, book_paths, sample_chunks, silver_from_text

PACKAGE_WEIGHTS = Path(__file__).resolve().parents[1] / "speakers" / "learned" / "weights.json"
ROOT = Path(__file__).resolve().parents[3]
# Gold lines are natural text; silver lines had their tag removed, which makes them harder
# than the untagged lines authors write. Counting gold 3x beat 1x on dev (SE and fan fiction).
GOLD_WEIGHT = 3


def silvers(books: list[Path], per_book: int, seed: int) -> list[Silver]:
    out: list[Silver] = []
    for path in books:
        rng = random.Random(f"{seed}:{path.stem}")  # one stream per book: adding a book moves no other
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            print(f"{path}: skipped, cannot read it ({e})", file=sys.stderr)
            continue
        for i, chunk in enumerate(sample_chunks(text, rng, per_book)):
            try:
                s = silver_from_text(chunk, rng, f"{path.stem}#{i}")
            except ReadError as e:
                print(f"{path}: skipped a window ({e})", file=sys.stderr)
                continue
            except Exception as e:  # a pipeline bug on one window must not stop training; say which
                print(f"{path}: window {i} skipped, the pipeline failed ({type(e).__name__}: {e})", file=sys.stderr)
                continue
            if s is not None and s.labels:
                out.append(s)
    return out


def _se_gold(folder: Path, splits: dict[str, str], split: str) -> list:
    """The book-split gold excerpts (bench/gold/se) of one split, as labelled lines."""
    from ficlens.eval.gold import iter_gold
    from ficlens.train.gold_labels import gold_silver

    out = []
    for g in iter_gold(folder):
        source = g.raw.get("source") or {}
        if splits.get(str(source.get("file", "")).removesuffix(".txt")) == split:
            out.append((g, [gold_silver(g, True), gold_silver(g, False)]))
    return out


def _fanfic_gold(folders: list[Path] | None, splits_file: Path, split: str) -> list:
    """The original fan fiction with gold whose stories the split file lists under `split`,
    as labelled lines: every story (or folder of stories) the split file lists there,
    wherever it lies, so a new train story needs only its splits.json line; `folders`
    adds the stories of more folders that the split file puts in `split`. Chosen by path
    before any file is read, so a dev or test story is never even opened; a story in no
    split is left out."""
    from ficlens.eval.gold import iter_gold
    from ficlens.eval.splits import Splits
    from ficlens.train.gold_labels import gold_silver

    splits = Splits(splits_file)
    files: list[Path] = []
    for listed, s in sorted(splits.fanfic.items()):
        if s != split:
            continue
        where = splits.root / listed
        files += sorted(where.glob("*.gold.json")) if where.is_dir() else [where.with_name(where.name + ".gold.json")]
    for folder in folders or []:
        files += sorted(folder.glob("*.gold.json"))
    out, seen = [], set()
    for f in files:
        key = f.with_name(f.name.removesuffix(".gold.json")).resolve()
        if key in seen or not f.is_file() or _fanfic_split(splits.fanfic, key, splits.root) != split:
            continue
        seen.add(key)
        out += [(g, [gold_silver(g, True), gold_silver(g, False)]) for g in iter_gold(f)]
    return out


def _fanfic_split(listed: dict[str, str], key: Path, root: Path) -> str | None:
    """The split of a story (path without extension): its own entry or its folder's, the
    longest listed prefix winning (as `Splits.of` decides)."""
    rel = key.relative_to(root).as_posix() if key.is_relative_to(root) else key.as_posix()
    for name, s in sorted(listed.items(), key=lambda kv: -len(kv[0])):
        if rel == name or rel.startswith(name.rstrip("/") + "/"):
            return s
    return None


def _litbank(path: Path) -> list:
    from ficlens.eval.gold import iter_gold
    from ficlens.train.gold_labels import gold_silver

    return [(g, [gold_silver(g, True), gold_silver(g, False)]) for g in iter_gold(path)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ficlens.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--books", type=Path, default=ROOT.parent / "shared" / "data" / "standardebooks")
    ap.add_argument("--splits", type=Path, default=ROOT / "bench" / "gold" / "splits.json")
    ap.add_argument("--per-book", type=int, default=2, help="windows sampled per book")
    ap.add_argument("--max-books", type=int, default=0, help="at most this many books per split (0: all)")
    ap.add_argument("--out", type=Path, default=PACKAGE_WEIGHTS)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--l2", type=float, default=None)
    ap.add_argument(
        "--litbank", type=Path, default=None,
        help="LitBank gold quotes (../shared/data/litbank/quotes.jsonl), added to training; then its figures only by "
             "--cv. Left out by default (and of the shipped weights), so that bench/accuracy.py's LitBank rows stay fair",
    )
    ap.add_argument("--no-litbank", action="store_true", help="leave LitBank out (the default; kept for old scripts)")
    ap.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold" / "se",
                    help="book-split gold excerpts; their train-split books are added to training")
    ap.add_argument("--no-gold", action="store_true", help="leave the gold excerpts out")
    ap.add_argument("--fanfic", type=Path, action="append", default=None,
                    help="more folders of original fan fiction with gold; their train-split stories are added "
                         "(every story splits.json lists as train is read anyway, wherever it is)")
    ap.add_argument("--gold-weight", type=int, default=GOLD_WEIGHT,
                    help="each gold line (excerpts, fan fiction) counts this many times against a silver one")
    ap.add_argument("--cv", action="store_true", help="report LitBank speaker accuracy by 5-fold cross-validation by book")
    args = ap.parse_args(argv)
    try:
        import numpy  # noqa: F401
    except ImportError:
        print("python -m ficlens.train needs numpy: pip install 'ficlens[train]'", file=sys.stderr)
        return 2
    from ficlens.train.dataset import rows_of
    from ficlens.train.evaluate import litbank_cv, reliability, tally
    from ficlens.train.fit import L2, fit

    try:
        splits = json.loads(args.splits.read_text(encoding="utf-8"))["standardebooks"]
    except (OSError, ValueError, KeyError) as e:
        print(f"{args.splits}: not a splits file with a 'standardebooks' map ({e})", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    picked = {s: book_paths(args.books, splits, s) for s in ("train", "dev")}
    if args.max_books:
        picked = {s: p[: args.max_books] for s, p in picked.items()}
    if not picked["train"]:
        print(f"{args.books}: no train-split books found", file=sys.stderr)
        return 2
    train = silvers(picked["train"], args.per_book, args.seed)
    rows = [r for s in train for r in rows_of(s)]
    reach = sum(r.y >= 0 for r in rows) / max(1, len(rows))
    print(f"train: {len(picked['train'])} books, {len(train)} windows, {len(rows)} labelled lines, truth among candidates {reach:.3f}")
    if not any(r.y >= 0 for r in rows):
        print("no usable training lines", file=sys.stderr)
        return 2
    l2 = L2 if args.l2 is None else args.l2
    gold_works = [] if args.no_litbank or args.litbank is None or not args.litbank.exists() else _litbank(args.litbank)
    gold_rows = [r for _, ss in gold_works for s in ss for r in rows_of(s)]
    if gold_works:
        print(f"litbank: {len(gold_works)} works, {len(gold_rows)} labelled lines (both character modes)")
    se_gold = [] if args.no_gold or not args.gold.is_dir() else _se_gold(args.gold, splits, "train")
    se_rows = [r for _, ss in se_gold for s in ss for r in rows_of(s)]
    if se_gold:
        print(f"gold excerpts (train split): {len(se_gold)} works, {len(se_rows)} labelled lines (both character modes)")
    fanfic = [] if args.no_gold else _fanfic_gold(args.fanfic, args.splits, "train")
    se_rows += [r for _, ss in fanfic for s in ss for r in rows_of(s)]
    if fanfic:
        print(f"fan fiction (train split): {len(fanfic)} stories, both character modes")
    if args.cv and gold_works:

        def fit_weights(rs: list) -> Weights:
            return from_dict({"schema": SCHEMA, "features": NAMES, "weights": [float(v) for v in fit(rs, l2)]}, "cv")

        for mode, (n, a, b) in litbank_cv(rows, gold_works, fit_weights).items():
            print(f"litbank 5-fold CV by book, {mode}: {n} speech quotes, cascade {a / n:.3f}, learned {b / n:.3f}")
    w = fit(rows + gold_rows + se_rows * max(1, args.gold_weight), l2)
    about: dict[str, object] = {
        "trained_on": "silver labels, train-split books" + (" + LitBank gold" if gold_works else "")
        + (" + gold excerpts of train-split books" if se_gold else "")
        + (f" + {len(fanfic)} train-split fan fiction stories" if fanfic else ""),
        "books": len(picked["train"]),
        "lines": len(rows) + len(gold_rows) + len(se_rows),
        "gold_weight": args.gold_weight,
        "seed": args.seed,
    }
    data = {"schema": SCHEMA, "features": NAMES, "weights": [round(float(v), 5) for v in w], "about": about}
    weights = from_dict(data, str(args.out))
    for name, v in sorted(zip(NAMES, w, strict=False), key=lambda p: -abs(p[1])):
        print(f"  {name:20} {v:+.3f}")
    if picked["dev"]:
        dev = silvers(picked["dev"], args.per_book, args.seed)
        t = tally(dev, weights)
        print(f"dev (silver, {len(picked['dev'])} books, {len(dev)} windows):")
        print("\n".join("  " + line for line in t.lines()))
        for label, pairs in (("learned", t.learned_conf), ("cascade", t.cascade_conf)):
            ece, table = reliability(pairs)
            print(f"  {label} confidence: ECE {ece:.3f}")
            for lo, conf, acc, n in table:
                print(f"    [{lo:.1f}, {lo + 0.1:.1f})  conf {conf:.3f}  acc {acc:.3f}  n {n}")
        about["dev_silver"] = {m: v for m, v in t.by_mode.items()}
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    tmp.replace(args.out)  # never a half-written weights file
    print(f"wrote {args.out} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
