"""Newcomers: a speaker brought in by a description (`said a voice`) before anyone names them."""

from __future__ import annotations

from bisect import bisect_right

from ficlens.characters.describe import _description_gender
from ficlens.characters.names import (
    Occ,
)

NEWCOMER_REACH = 60  # sentences within which a speaker brought in by description is named


def _newcomers(occs: list[Occ], smap: dict, genders: list) -> dict[int, int]:
    """The named character a described speaker is ("asked a gentleman" ... "said Mr.
    Hollis as he left"), by start of the description: for a speaker brought in
    by an indefinite description, and with a character list for any description with
    no other evidence ("said the officer").

    A writer brings a character in by description and names them later: the speaker
    is the first character of the description's gender that the narration names next
    within NEWCOMER_REACH sentences and that nothing named before."""
    first: dict[int, int] = {}  # entity -> start of its first occurrence anywhere
    shown: list[tuple[int, int, int]] = []  # (start, sentence, entity): first narration names
    seen: set[int] = set()
    for o in occs:
        t = smap.get(o.surface) if not o.nominal else None
        if not t or len(t) != 1:
            continue
        if t[0] not in first:
            first[t[0]] = o.start
        if not o.quoted and t[0] not in seen:
            seen.add(t[0])
            shown.append((o.start, o.sent, t[0]))
    out: dict[int, int] = {}
    starts = [x[0] for x in shown]
    for o in occs:
        if not (o.nominal and o.speech):
            continue
        g = _description_gender(o.core)
        if g is None:
            continue
        for _start, sent, idx in shown[bisect_right(starts, o.start) :]:
            if sent - o.sent > NEWCOMER_REACH:
                break
            if first[idx] > o.start and genders[idx] == g:
                out[o.start] = idx
                break
    return out
