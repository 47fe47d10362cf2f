"""Evaluation: run the pipeline on gold-annotated works and score quotes and speakers.

    from ficlens.eval import score
    report = score("../shared/data/litbank/quotes.jsonl", gold_characters=True)
    report.total.recall, report.total.speaker_accuracy

The matching rule (DESIGN.md) is in `ficlens.eval.score`; the gold format in
`ficlens.eval.gold`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ficlens.eval.gold import GoldError, GoldWork, iter_gold
from ficlens.eval.score import (
    Counts,
    WorkScore,
    gold_entries,
    match_spans,
    norm_name,
    score_work,
)
from ficlens.eval.splits import SPLITS, Splits, find_splits
from ficlens.model import Source, Work
from ficlens.pipeline import Options, analyze

__all__ = [
    "Counts",
    "GoldError",
    "GoldWork",
    "Report",
    "WorkScore",
    "analyze_gold",
    "iter_gold",
    "match_spans",
    "norm_name",
    "score",
    "score_work",
]

# Story files that must go through their own reader; anything else is scored on the
# gold text itself, so that gold offsets and analysed offsets are the same string.
_STRUCTURED = (".html", ".htm", ".xhtml", ".epub")


@dataclass(slots=True)
class Report:
    gold: str
    gold_characters: bool
    split: str | None = None
    works: list[WorkScore] = field(default_factory=list)
    total: Counts = field(default_factory=Counts)
    words: int = 0
    seconds: float = 0.0  # time spent in analyze(), reading included

    @property
    def words_per_second(self) -> float | None:
        return self.words / self.seconds if self.seconds else None

    def to_dict(self, per_work: bool = False, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "gold": self.gold,
            "gold_characters": self.gold_characters,
            "split": self.split,
            "works": len(self.works),
            "words": self.words,
            "seconds": round(self.seconds, 4),
            "words_per_second": self.words_per_second,
            "total": self.total.to_dict(),
        }
        if per_work or details:
            out["per_work"] = [w.to_dict(details) for w in self.works]
        return out


def _splits(gold_path: str | Path, split: str | None, splits_file: str | Path | None) -> Splits | None:
    if split is None:
        return None
    if split not in SPLITS:
        raise GoldError(f"unknown split {split!r}; want {'/'.join(SPLITS)}")
    path = Path(splits_file) if splits_file is not None else find_splits(Path(gold_path))
    if path is None:
        raise GoldError(f"{gold_path}: --split needs bench/gold/splits.json (none found; give --splits FILE)")
    return Splits(path)


def analyze_gold(gold: GoldWork, options: Options | None = None, gold_characters: bool = False) -> Work:
    """Run the pipeline on one gold work's text (with its character list if asked)."""
    options = options or Options()
    if gold_characters:
        options = replace(options, characters=gold_entries(gold.characters))
    if gold.path is not None and gold.path.suffix.lower() in _STRUCTURED:
        return analyze(gold.path, options)
    source = Source(str(gold.path) if gold.path else None, "text" if gold.path else "string")
    return analyze(Work(text=gold.text, source=source), options)


def score(
    gold_path: str | Path,
    options: Options | None = None,
    gold_characters: bool = False,
    progress: Callable[[GoldWork], None] | None = None,
    data_dir: str | Path | None = None,
    split: str | None = None,
    splits_file: str | Path | None = None,
    inspect: Callable[[GoldWork, Work, WorkScore], None] | None = None,
) -> Report:
    """Analyse every work of a gold file (JSONL, `*.gold.json`, or a folder) and score it;
    with `split`, only the works of that part of the book-level split (bench/gold/splits.json,
    or `splits_file`). `data_dir` holds the books that excerpt gold refers to; `inspect`
    sees each analysed work with its score (for measures beyond the report's)."""
    report = Report(str(gold_path), gold_characters, split=split)
    splits = _splits(gold_path, split, splits_file)
    for gold in iter_gold(gold_path, (options or Options()).max_bytes, data_dir):
        if splits is not None and splits.of(gold) != split:
            continue
        if progress is not None:
            progress(gold)
        t0 = time.perf_counter()
        work = analyze_gold(gold, options, gold_characters)
        seconds = time.perf_counter() - t0
        structured = gold.path is not None and gold.path.suffix.lower() in _STRUCTURED
        if not structured and work.text != gold.text:
            raise GoldError(f"{gold.id}: the analysed text differs from the gold text, offsets would not line up")
        ws = score_work(gold, work)
        ws.seconds = seconds
        if inspect is not None:
            inspect(gold, work, ws)
        report.works.append(ws)
        report.total.add(ws.counts)
        report.words += ws.words
        report.seconds += seconds
    return report
