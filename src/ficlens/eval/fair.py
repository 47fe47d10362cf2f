"""Which gold character each predicted character stands for, and how the cast came out.

The fair rule (issue 11): a predicted character stands for at most one gold character,
the one sharing the most normalised names with it; on a tie, the one that most of the
predicted character's matched quotes belong to (then the one listed first in the gold).
A predicted character that merges two people therefore earns credit for one of them
only. The lenient rule, kept as a labelled extra, lets a predicted character count for
every gold character it shares a name with.

The characters block counts, over gold speakers (gold characters who say at least one
speech quote): found (some predicted character stands for them), split (two or more
do), merged (a predicted character carries names of them and of another gold speaker);
and alias precision / recall: the names of the predicted characters that stand for a
gold speaker against that speaker's gold names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ficlens.eval.gold import GoldWork

__all__ = ["CastScore", "fair_map", "score_cast"]


def fair_map(
    gold_names: dict[str, set[str]],
    pred_names: dict[str, set[str]],
    votes: dict[str, Counter[str]],
) -> dict[str, str]:
    """{predicted id: the one gold id it stands for}; `votes[pred][gold]` counts the
    matched quotes given to `pred` whose gold speaker is `gold` (the tie-break)."""
    order = {g: i for i, g in enumerate(gold_names)}
    out: dict[str, str] = {}
    for pid, names in pred_names.items():
        shared = {g: len(names & gn) for g, gn in gold_names.items()}
        best = max(shared.values(), default=0)
        if best == 0:
            continue
        tied = [g for g, n in shared.items() if n == best]
        v = votes.get(pid, Counter())
        out[pid] = min(tied, key=lambda g: (-v[g], order[g]))
    return out


@dataclass(slots=True)
class CastScore:
    gold_speakers: int = 0
    found: int = 0
    split: int = 0
    merged: int = 0  # gold speakers who share a predicted character with another
    merged_predicted: int = 0  # predicted characters carrying names of 2+ gold speakers
    alias_predicted: int = 0  # names of predicted characters that stand for someone
    alias_predicted_right: int = 0  # ... that are among that gold character's names
    alias_gold: int = 0  # names of gold speakers
    alias_gold_found: int = 0  # ... carried by a predicted character standing for them
    per_character: list[dict[str, Any]] = field(default_factory=list)


def score_cast(
    gold: GoldWork,
    gold_names: dict[str, set[str]],
    pred_names: dict[str, set[str]],
    mapping: dict[str, str],
    display: dict[str, str],
) -> CastScore:
    """Found / split / merged per gold speaker, and alias precision / recall."""
    speakers = [c.id for c in gold.characters if c.id in {q.speaker for q in gold.quotes if q.is_speech}]
    standing: dict[str, list[str]] = {}
    for pid, gid in mapping.items():
        standing.setdefault(gid, []).append(pid)
    touches: dict[str, list[str]] = {  # predicted id -> the gold speakers it carries names of
        pid: [g for g in speakers if names & gold_names[g]] for pid, names in pred_names.items()
    }
    cast = CastScore(gold_speakers=len(speakers))
    cast.merged_predicted = sum(len(gs) > 1 for gs in touches.values())
    for g in speakers:
        preds = standing.get(g, [])
        merged_with = sorted({o for gs in touches.values() if g in gs and len(gs) > 1 for o in gs} - {g})
        cast.found += bool(preds)
        cast.split += len(preds) > 1
        cast.merged += bool(merged_with)
        carried = set().union(*(pred_names[p] for p in preds)) if preds else set()
        cast.alias_gold += len(gold_names[g])
        cast.alias_gold_found += len(gold_names[g] & carried)
        cast.per_character.append(
            {"gold": g, "found": bool(preds), "predicted": [display[p] for p in preds],
             "merged_with": merged_with}
        )
    for pid, gid in mapping.items():
        if gid not in standing or gid not in speakers:
            continue
        cast.alias_predicted += len(pred_names[pid])
        cast.alias_predicted_right += len(pred_names[pid] & gold_names[gid])
    return cast
