"""Fit the conversation decoder's hand-set costs on the train splits by coordinate search.

    PYTHONPATH=src .venv/bin/python bench/fit_costs.py                 # fit, print each pass
    PYTHONPATH=src .venv/bin/python bench/fit_costs.py --passes 2 --budget 1500
    PYTHONPATH=src .venv/bin/python bench/fit_costs.py --check         # baseline only: the objective

Objective: quotations right (fair scorer, `Counts.quotation_correct`), end to end plus with
gold characters, summed over se-train and fanfic-train. Only train works are ever loaded
here: choosing on dev is a separate, single look per candidate (bench/accuracy.py).

The costs are module attributes read at call time (`dialogue.SAME_COST` ... inside
`decode` / `_emit`, `dialogue.LISTENER_COST` when a `Slot` is made, `dialogue.TAGGED` (a
name tag's anchor, and the bar for a tagged turn in the reaction rule) in `replies._slot`
and `decode`, `replies.NARRATION_GUESS_COST` ... inside `_slot`, `_reply_slot` and
`_later_speakers`, `conversation.RESUMED_COST` / `REPLIED_GUESS_COST` in
`_resumed_listener` / `_decode_runs`; `CLUE_COST` is bound into `replies` by its import, so
it is patched there). The search sets them in-process. A new cost belongs in COSTS.

The characters stage (and those before it) does not read these costs, so each work is run
up to `characters` once per mode and kept; each setting deep-copies those works and runs
only the stages from `speakers` on (`ficlens.pipeline.run` with the first three disabled;
its requirement check is skipped, since the copies already hold what they require).
`--check` also scores the train rows the ordinary way (`ficlens.eval.score`) to confirm the
cached path gives the same figure.

Search: for each cost in turn, try it times each of STEPS; keep the best step only if it
gains more than MIN_GAIN quotations on the objective; repeat passes while the budget allows.
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path
from typing import Any

from ficlens import pipeline
from ficlens.eval import _STRUCTURED as STRUCTURED  # what `analyze_gold` reads from its file
from ficlens.eval import GoldWork, iter_gold, score
from ficlens.eval import _splits as splits_of  # the same split lookup `score` uses
from ficlens.eval.score import gold_entries, score_work
from ficlens.model import Source, Work
from ficlens.pipeline import Options
from ficlens.read import read
from ficlens.speakers import conversation, dialogue, replies

ROOT = Path(__file__).resolve().parents[1]
TRAIN = [("se-train", ROOT / "bench" / "gold" / "se"), ("fanfic-train", ROOT / "bench" / "fanfic")]
# (module, attribute): every cost the decoder or its slot builder reads at call time
COSTS: list[tuple[Any, str]] = [
    (dialogue, n)
    for n in (
        "SAME_COST", "THIRD_COST", "UNKNOWN_COST", "VOCATIVE_COST", "NAMED_COST", "SELF_NAMED_COST",
        "ANSWERS_COST", "OPENS_ON_COST", "LATE_CALL_MANY_COST", "REACTED_COST", "RECENT_COST", "PASSED_COST", "TURNED_COST",
        "LISTENER_COST", "CLOSED_COST", "TAGGED", "ENTER_COST",
    )
] + [
    (replies, n)
    for n in (
        "NARRATION_GUESS_COST", "SHOWN_GUESS_COST", "CLUE_COST", "PRONOUN_TAG_COST", "ALTERNATION_GUESS_COST",
        "REPLY_COST", "COMPLY_COST", "LATER_TAG_COST",
    )
] + [(conversation, n) for n in ("RESUMED_COST", "REPLIED_GUESS_COST")]
STEPS = (0.5, 0.75, 1.25, 1.5, 2.0)
MIN_GAIN = 5
EARLY = ("segment", "quotes", "characters")


def _structured(gold: GoldWork) -> bool:
    return gold.path is not None and gold.path.suffix.lower() in STRUCTURED


def _prepared() -> list[tuple[GoldWork, Work]]:
    """Each train work, per mode, run up to the characters stage."""
    out: list[tuple[GoldWork, Work]] = []
    for _, path in TRAIN:
        splits = splits_of(path, "train", None)
        assert splits is not None
        for gold in iter_gold(path):
            if splits.of(gold) != "train":
                continue
            for gold_chars in (False, True):
                options = Options(characters=gold_entries(gold.characters)) if gold_chars else Options()
                if _structured(gold):
                    assert gold.path is not None
                    work = read(gold.path, options.max_bytes)
                else:
                    src = Source(str(gold.path) if gold.path else None, "text" if gold.path else "string")
                    work = Work(text=gold.text, source=src)
                pipeline.run(work, options, until="characters")
                out.append((gold, work))
    return out


def objective(prepared: list[tuple[GoldWork, Work]]) -> int:
    """Quotations right over both train rows and both modes, with the costs as set now."""
    check, pipeline.check = pipeline.check, lambda stages: None  # type: ignore[assignment]
    try:
        right = 0
        for gold, base in prepared:
            work = copy.deepcopy(base)
            pipeline.run(work, Options(), disable=EARLY)
            right += score_work(gold, work).counts.quotation_correct
        return right
    finally:
        pipeline.check = check  # type: ignore[assignment]


def _plain() -> int:
    return sum(
        score(path, gold_characters=gc, split="train").total.quotation_correct for _, path in TRAIN for gc in (False, True)
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--budget", type=float, default=1800.0, help="seconds; no new trial starts after it")
    ap.add_argument("--check", action="store_true", help="only the baseline, cached and plain")
    ap.add_argument("--only", default="", help="comma-separated cost names to search (default: all)")
    args = ap.parse_args(argv)
    t0 = time.time()
    prepared = _prepared()
    base = objective(prepared)
    print(f"prepared {len(prepared)} runs in {time.time() - t0:.0f}s; baseline objective {base}", flush=True)
    if args.check:
        print(f"plain score(): {_plain()}")
        return 0
    costs = [(m, n) for m, n in COSTS if not args.only or n in args.only.split(",")]
    start = {n: getattr(m, n) for m, n in costs}
    best = base
    for p in range(args.passes):
        gained = False
        for mod, name in costs:
            if time.time() - t0 > args.budget:
                break
            cur = getattr(mod, name)
            trials: dict[float, int] = {}
            for step in STEPS:
                setattr(mod, name, cur * step)
                trials[step] = objective(prepared)
            step, val = max(trials.items(), key=lambda kv: kv[1])
            if val - best > MIN_GAIN:
                setattr(mod, name, cur * step)
                best, gained = val, True
                print(f"  pass {p + 1}: {name} {cur:g} -> {cur * step:g}: {val} ({val - base:+d})", flush=True)
            else:
                setattr(mod, name, cur)
            print(f"    {name}={getattr(mod, name):g} trials {trials} [{time.time() - t0:.0f}s]", flush=True)
        print(f"pass {p + 1}: objective {best} ({best - base:+d})", flush=True)
        if not gained or time.time() - t0 > args.budget:
            break
    print("fitted: " + ", ".join(f"{n} {start[n]:g} -> {getattr(m, n):g}" for m, n in costs if getattr(m, n) != start[n]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
