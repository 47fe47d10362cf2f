"""Accuracy benchmark: quote detection and speaker attribution on LitBank, the samples and
the held-out stories (bench/heldout: report them, never tune rules on them).

    .venv/bin/python bench/accuracy.py            # every gold set, both modes
    .venv/bin/python bench/accuracy.py --json     # one JSON object per run instead

Each gold set is scored end to end and with `--gold-characters`. Columns: quote
precision and recall, speaker accuracy end to end (missed quotes count as wrong) and
over detected quotes, addressee accuracy, and words/s of the whole pipeline. LitBank lives in
`../shared/data/litbank/quotes.jsonl` (not in a fresh clone: skipped when absent).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ficlens.eval import GoldError, score

ROOT = Path(__file__).resolve().parents[1]
GOLD = {
    "litbank": ROOT.parent / "shared" / "data" / "litbank" / "quotes.jsonl",
    "samples": ROOT / "src" / "ficlens" / "samples",
    # original stories written after the rules and never tuned against (build_gold.py --heldout)
    "heldout": ROOT / "bench" / "heldout",
}


def _f(x: float | None) -> str:
    return "   –  " if x is None else f"{x:6.3f}"


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    if not as_json:
        print(f"{'gold':8} {'mode':15} {'quotes':>6} {'P':>6} {'R':>6} {'spk':>6} {'spk|det':>7} {'addr':>6} {'words/s':>9}")
    for name, path in GOLD.items():
        if not path.exists() or (path.is_dir() and not any(path.glob("*.gold.json"))):
            print(f"{name}: skipped, {path} not found", file=sys.stderr)
            continue
        for gold_characters in (False, True):
            mode = "gold characters" if gold_characters else "end to end"
            try:
                report = score(path, gold_characters=gold_characters)
            except GoldError as e:
                print(f"{name}: {e}", file=sys.stderr)
                return 1
            t = report.total
            if as_json:
                print(json.dumps({"gold": name, "mode": mode, **report.to_dict()}))
                continue
            wps = report.words_per_second or 0
            print(
                f"{name:8} {mode:15} {t.gold:6d} {_f(t.precision)} {_f(t.recall)} "
                f"{_f(t.speaker_accuracy)} {_f(t.speaker_accuracy_detected):>7} {_f(t.addressee_accuracy)} {wps:9,.0f}"
            )
            types = {k: v for k, v in t.by_type.items() if k != "(untyped)"}
            for k, tc in sorted(types.items()):
                print(f"{'':8} {'  ' + k:15} {tc.gold:6d} {'':6} {'':6} {_f(tc.accuracy)} {_f(tc.accuracy_detected):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
