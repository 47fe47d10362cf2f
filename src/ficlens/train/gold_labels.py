"""Labelled lines from gold annotations (LitBank): the pipeline's quotations matched to gold ones.

Gold speakers are gold character ids; a label needs a predicted character, the one whose
names share most normalised names with the gold speaker's (as `ficlens eval` matches
them). LitBank may be used only with cross-validation by book: `folds` splits its works
by a hash of their id, so a book is never on both sides.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ficlens.eval import analyze_gold
from ficlens.eval.gold import GoldWork
from ficlens.eval.score import match_spans, norm_name
from ficlens.model import Work
from ficlens.pipeline import Options
from ficlens.train.silver import Labelled, Silver

__all__ = ["fold_of", "gold_silver"]

FOLDS = 5


def fold_of(work_id: str, folds: int = FOLDS) -> int:
    """A book's cross-validation fold, from its id alone (stable across runs and machines)."""
    return int.from_bytes(hashlib.sha256(work_id.encode()).digest()[:4], "big") % folds


def _names(work: Work) -> dict[str, set[str]]:
    return {c.id: ({norm_name(c.name)} | {norm_name(a) for a in c.aliases}) - {""} for c in work.characters}


def gold_silver(gold: GoldWork, gold_characters: bool) -> Silver:
    """The pipeline's analysis of `gold` with a label on every speech quotation that
    matches a gold one whose speaker a predicted character stands for."""
    work = analyze_gold(gold, Options(), gold_characters=gold_characters)
    names = _names(work)
    gold_names = {c.id: {norm_name(n) for n in c.names} - {""} for c in gold.characters}
    match = match_spans([(q.start, q.end) for q in gold.quotes], [(q.start, q.end) for q in work.quotes])
    out = Silver(work, origin=gold.id)
    for gi, pi in sorted(match.items()):
        g, p = gold.quotes[gi], work.quotes[pi]
        if not g.is_speech or p.kind != "speech":
            continue
        want = gold_names.get(g.speaker or "", set())
        best = max(names, key=lambda c: len(names[c] & want), default=None)
        if best is not None and names[best] & want:
            out.labels.append(Labelled(p.start, best, "gold"))
    return out


def gold_silvers(golds: Iterable[GoldWork]) -> list[Silver]:
    """Both views of each gold work: with the gold character list and end to end."""
    return [gold_silver(g, gc) for g in golds for gc in (True, False)]
