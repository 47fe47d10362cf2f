"""Relations: interaction network and AO3-style relationship tags."""

from __future__ import annotations

from collections import Counter

from ficlens.model import Interaction, Work

__all__ = ["find_relations"]


def find_relations(work: Work) -> Work:
    turns: Counter[tuple[str, str]] = Counter()
    prev = None
    for q in work.quotes:
        if q.speaker and prev and prev != q.speaker:
            turns[tuple(sorted((prev, q.speaker)))] += 1
        prev = q.speaker or prev
    work.interactions = [Interaction(a, b, conversations=n, weight=float(n)) for (a, b), n in turns.most_common()]
    return work
