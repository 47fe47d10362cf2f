"""Relationship tags against gold tags (the samples' and held-out stories' `relationships`).

A predicted tag matches a gold tag when the gold characters its characters stand for
(the fair mapping of `ficlens.eval.fair`) are exactly the gold tag's characters; matching
is one-to-one. Its kind is right when it reads romance as romance (`/`) and anything
else as not: a gold `family` tag is an AO3 `&` tag, so `platonic` is its right kind.
Gold without a `relationships` field says nothing about tags and is not counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from ficlens.eval.gold import GoldWork
from ficlens.model import Work

__all__ = ["TagCounts", "score_tags"]


@dataclass(slots=True)
class TagCounts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    kind_right: int = 0


def _romantic(kind: object) -> bool:
    return kind == "romantic"


def score_tags(gold: GoldWork, work: Work, stands_for: dict[str, str]) -> TagCounts:
    rels = gold.raw.get("relationships")
    if not isinstance(rels, list):
        return TagCounts()
    wanted = [(frozenset(r.get("characters") or ()), r.get("kind")) for r in rels if isinstance(r, dict)]
    counts = TagCounts(gold=len(wanted), predicted=len(work.relationships))
    taken: set[int] = set()
    for rel in work.relationships:
        people = frozenset(stands_for.get(c, f"?{c}") for c in rel.characters)
        hit = next((i for i, (chars, _) in enumerate(wanted) if i not in taken and chars == people), None)
        if hit is None:
            continue
        taken.add(hit)
        counts.matched += 1
        counts.kind_right += _romantic(rel.kind) == _romantic(wanted[hit][1])
    return counts
