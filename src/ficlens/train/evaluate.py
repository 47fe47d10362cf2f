"""Judge the learned scorer against the rule cascade on silver works, and its calibration."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ficlens.speakers.learned.decode import learn_speakers
from ficlens.speakers.learned.scorer import Weights
from ficlens.train.silver import Silver

if TYPE_CHECKING:
    from ficlens.train.dataset import Row

__all__ = ["Tally", "reliability", "tally"]

BINS = 10


@dataclass(slots=True)
class Tally:
    # mode -> [lines, cascade right, learned right]
    by_mode: dict[str, list[int]] = field(default_factory=dict)
    learned_conf: list[tuple[float, bool]] = field(default_factory=list)
    cascade_conf: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, mode: str, cascade_ok: bool, learned_ok: bool) -> None:
        t = self.by_mode.setdefault(mode, [0, 0, 0])
        t[0] += 1
        t[1] += cascade_ok
        t[2] += learned_ok

    def lines(self) -> list[str]:
        out = [f"{'mode':10} {'lines':>6} {'cascade':>8} {'learned':>8}"]
        total = [0, 0, 0]
        for mode, (n, a, b) in sorted(self.by_mode.items()):
            out.append(f"{mode:10} {n:6d} {a / n:8.3f} {b / n:8.3f}")
            total = [total[0] + n, total[1] + a, total[2] + b]
        if total[0]:
            n, a, b = total
            out.append(f"{'all':10} {n:6d} {a / n:8.3f} {b / n:8.3f}")
        return out


def tally(silvers: list[Silver], weights: Weights, into: Tally | None = None, scope: str = "all") -> Tally:
    """Decode each silver work with `weights` and count who gets the labelled lines right."""
    t = into or Tally()
    for s in silvers:
        before = {q.start: (q.speaker, q.confidence) for q in s.work.quotes}
        learn_speakers(s.work, weights, scope)
        after = {q.start: (q.speaker, q.confidence) for q in s.work.quotes}
        for lab in s.labels:
            c_spk, c_conf = before[lab.start]
            l_spk, l_conf = after[lab.start]
            t.add(lab.mode, c_spk == lab.speaker, l_spk == lab.speaker)
            t.cascade_conf.append((c_conf, c_spk == lab.speaker))
            t.learned_conf.append((l_conf, l_spk == lab.speaker))
    return t


def reliability(pairs: list[tuple[float, bool]], bins: int = BINS) -> tuple[float, list[tuple[float, float, float, int]]]:
    """Expected calibration error and the table (bin low, mean confidence, accuracy, count)."""
    table = []
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(p, ok) for p, ok in pairs if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if not inside:
            continue
        conf = sum(p for p, _ in inside) / len(inside)
        acc = sum(ok for _, ok in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(conf - acc)
        table.append((lo, conf, acc, len(inside)))
    return ece, table


def litbank_cv(
    silver_rows: list, gold_works: list, fit_weights: Callable[[list[Row]], Weights], folds: int = 5
) -> dict[str, tuple[int, int, int]]:
    """Cross-validation by book on LitBank: for each fold, fit on the silver rows and the
    other folds' gold rows, then score the fold's works end to end and with gold characters.

    `gold_works` holds (GoldWork, [Silver with gold characters, Silver end to end]) pairs;
    `fit_weights(rows) -> Weights`. Returns mode -> (gold quotes, cascade right, learned right).
    """
    import copy

    from ficlens.eval.score import score_work
    from ficlens.train.dataset import rows_of
    from ficlens.train.gold_labels import fold_of

    rows_by = {g.id: [r for s in ss for r in rows_of(s)] for g, ss in gold_works}
    out = {"gold characters": [0, 0, 0], "end to end": [0, 0, 0]}
    for k in range(folds):
        held = [(g, ss) for g, ss in gold_works if fold_of(g.id, folds) == k]
        if not held:
            continue
        w = fit_weights(silver_rows + [r for gid, rs in rows_by.items() if fold_of(gid, folds) != k for r in rs])
        for g, ss in held:
            for mode, s in zip(("gold characters", "end to end"), ss, strict=False):
                work = copy.deepcopy(s.work)
                before = score_work(g, work).counts
                learn_speakers(work, w)
                after = score_work(g, work).counts
                t = out[mode]
                t[0] += before.speech
                t[1] += before.speaker_correct
                t[2] += after.speaker_correct
    return {m: (t[0], t[1], t[2]) for m, t in out.items()}
