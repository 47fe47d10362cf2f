"""Segmenter accuracy on the bundled samples and its speed.

    .venv/bin/python tests/segment/segment_measure.py

Accuracy: a predicted title / author_note / chapter_heading segment is right when it
overlaps a gold segment of the same kind; a scene break is right at the gold offset.
Speed: words per second of `segment()` on a 100,000-word text made by repeating the
samples (best of three runs).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from ficlens.model import STORY, Work
from ficlens.segment import segment

SAMPLES = Path(__file__).parents[2] / "src" / "ficlens" / "samples"
KINDS = ("title", "author_note", "chapter_heading", "scene_break")


def samples() -> list[tuple[dict, str]]:
    out = []
    for path in sorted(SAMPLES.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out.append((gold, (SAMPLES / gold["text_file"]).read_text(encoding="utf-8")))
    return out


def counts(gold: dict, work: Work) -> dict[str, list[int]]:
    """kind -> [true positives, predicted, gold]"""
    out = {k: [0, 0, 0] for k in KINDS}
    for kind in KINDS[:3]:
        pred = [s for s in work.segments if s.kind == kind]
        want = [s for s in gold["segments"] if s["kind"] == kind]
        out[kind][0] = sum(any(s.start < g["end"] and g["start"] < s.end for g in want) for s in pred)
        out[kind][1] = len(pred)
        out[kind][2] = len(want)
    pred_b, gold_b = set(work.scene_breaks), set(gold["scene_breaks"])
    out["scene_break"] = [len(pred_b & gold_b), len(pred_b), len(gold_b)]
    return out


def big_text(words: int = 100_000) -> str:
    texts = [t for _, t in samples()]
    parts, n, i = [], 0, 0
    while n < words:
        t = texts[i % len(texts)]
        parts.append(t)
        n += len(t.split())
        i += 1
    return "\n\n".join(parts)


def speed(text: str, runs: int = 3) -> tuple[int, float]:
    best = float("inf")
    for _ in range(runs):
        work = Work(text=text)
        t0 = time.perf_counter()
        segment(work)
        best = min(best, time.perf_counter() - t0)
    words = len(text.split())
    return words, words / best


def main() -> None:
    total = {k: [0, 0, 0] for k in KINDS}
    for gold, text in samples():
        work = segment(Work(text=text))
        for k, v in counts(gold, work).items():
            total[k] = [a + b for a, b in zip(total[k], v)]
    for k, (tp, pred, want) in total.items():
        p = tp / pred if pred else 1.0
        r = tp / want if want else 1.0
        print(f"{k:16} precision {p:.3f} ({tp}/{pred})  recall {r:.3f} ({tp}/{want})")
    words, wps = speed(big_text())
    story = sum(1 for s in segment(Work(text=big_text())).segments if s.kind == STORY)
    print(f"speed: {words} words in {story} story segments, {wps:,.0f} words/s")


if __name__ == "__main__":
    main()
