"""Gender votes: the pronouns that refer back to each surface form."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from ficlens.characters.names import (
    Occ,
    Pron,
)


def _vote_gender(occs: list[Occ], prons: list[Pron], smap: dict, quotes: list) -> dict:
    """A narration he/she/they votes for the one character named in its sentence or the one
    before (a "they" counts only for a person it never calls he or she: `cluster.ent_gender`).

    `smap` maps surfaces to keys (surfaces themselves, or entities); returns key -> votes.
    """
    votes: dict = {}
    qstarts = sorted(q.start for q in quotes)
    recent: list[tuple[int, int, int]] = []  # (sentence, entity, offset) of unambiguous narration names
    oi = 0
    for pr in prons:
        if pr.quoted or pr.gender not in ("he", "she", "they"):
            continue
        while oi < len(occs) and occs[oi].start < pr.start:
            o = occs[oi]
            t = smap.get(o.surface)
            if t and len(t) == 1 and not (o.quoted or o.place or o.after_the):
                recent.append((o.sent, t[0], o.start))
            oi += 1
        # the names of the pronoun's own sentence, else of the sentence before
        same: set = set()
        before: set = set()
        for sent, idx, start in reversed(recent):
            if sent < pr.sent - 1:
                break
            bucket = same if sent == pr.sent else before
            bucket.add(idx)
            # a quote in between ("Mary sat. 'Well,' he said") hands the turn to a speaker
            i = bisect_right(qstarts, start)
            if i < len(qstarts) and qstarts[i] < pr.start:
                bucket.add(-1)
        # "T'Challa smiled at her": an object pronoun is not its own sentence's subject
        named = before if (pr.obj or not same) else same
        if len(recent) > 64:
            del recent[:-16]
        if len(named) == 1 and -1 not in named:
            votes.setdefault(named.pop(), Counter())[pr.gender] += 1
    return votes
