"""Newcomers: a speaker brought in by a description (`said a voice`) before anyone names them."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from ficlens.characters.describe import _description_gender
from ficlens.characters.names import (
    Occ,
)
from ficlens.characters.nominals import head_noun, is_indefinite

NEWCOMER_REACH = 60  # sentences within which a speaker brought in by description is named
# a listed character who comes back on stage as "a man came up" is named again soon
RETURN_REACH = 15  # sentences after the description within which the narration names them
OFFSTAGE = 12  # sentences before it in which they were not mentioned at all


def _newcomers(occs: list[Occ], smap: dict, genders: list, closed: bool = False) -> dict[int, int]:
    """The named character a described speaker is ("asked a gentleman" ... "said Mr.
    Hollis as he left"), by start of the description: for a speaker brought in
    by an indefinite description, and with a character list for any description with
    no other evidence ("said the officer").

    A writer brings a character in by description and names them later: the speaker
    is the first character of the description's gender that the narration names next
    within NEWCOMER_REACH sentences and that nothing named before. A sentence opened by an
    indefinite wording the narration uses more than once is nobody's introduction, and a
    character the rule would give descriptions of two head nouns is given none.

    With a character list (`closed`), a listed character named before may come back
    on stage as "a man came up from below": a narrated indefinite newcomer is the first
    listed character of its gender whom the text names within RETURN_REACH sentences
    after it and nothing mentioned in the OFFSTAGE sentences before it (a later naming
    is the evidence; someone on stage is never "a man")."""
    first: dict[int, int] = {}  # entity -> start of its first occurrence anywhere
    shown: list[tuple[int, int, int]] = []  # (start, sentence, entity): first narration names
    named: list[tuple[int, int, int]] = []  # (start, sentence, entity): every naming
    seen: set[int] = set()
    for o in occs:
        t = smap.get(o.surface) if not o.nominal else None
        if not t or len(t) != 1:
            continue
        named.append((o.start, o.sent, t[0]))
        if t[0] not in first:
            first[t[0]] = o.start
        if not o.quoted and t[0] not in seen:
            seen.add(t[0])
            shown.append((o.start, o.sent, t[0]))
    # an indefinite wording the narration uses again ("A fellow had once been caned ...
    # A fellow shouted from the wall") is a generic phrase, not one person's introduction:
    # a sentence opened by it names nobody the text names next (each use took another
    # newcomer; measured: LitBank 12 -> 11 characters merging speakers, SE train 20 -> 19)
    said = Counter(o.surface.lower() for o in occs if o.nominal and not o.quoted and is_indefinite(o.surface))
    out: dict[int, int] = {}
    starts = [x[0] for x in shown]
    nstarts = [x[0] for x in named]
    for o in occs:
        if not (o.nominal and o.speech):
            continue
        g = _description_gender(o.core)
        if g is None or (o.initial and is_indefinite(o.surface) and said[o.surface.lower()] > 1):
            continue
        for _start, sent, idx in shown[bisect_right(starts, o.start) :]:
            if sent - o.sent > NEWCOMER_REACH:
                break
            if first[idx] > o.start and genders[idx] == g:
                out[o.start] = idx
                break
        if o.start not in out and closed and not o.quoted and is_indefinite(o.surface):
            back = _returning(named, nstarts, o, g, genders)
            if back is not None:
                out[o.start] = back
    # one named character taken for descriptions with two nouns ("a woman was sitting" ...
    # "said the nurse") is two people the rule ran together, with no evidence for either
    # (measured: LitBank 11 -> 10 characters merging speakers, +1 quotation)
    heads: dict[int, set[str]] = {}
    for o in occs:
        if o.start in out:
            heads.setdefault(out[o.start], set()).add(head_noun(o.core))
    for o in occs:
        if o.start in out and len(heads[out[o.start]]) > 1:
            del out[o.start]
    return out


def _returning(named: list[tuple[int, int, int]], starts: list[int], o: Occ, g: str, genders: list) -> int | None:
    """The listed character of gender `g` named first within RETURN_REACH sentences
    after the description `o` and not mentioned in the OFFSTAGE sentences before it."""
    k = bisect_right(starts, o.start)
    recent = {idx for _s, sent, idx in named[:k] if o.sent - sent <= OFFSTAGE}
    for _s, sent, idx in named[k:]:
        if sent - o.sent > RETURN_REACH:
            break
        if idx in recent:
            continue
        if genders[idx] == g:
            return idx
    return None
