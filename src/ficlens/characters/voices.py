"""Whose an unnamed voice is: the one its own sentence names once they are seen.

`'If anyone,' says a low voice from behind the bar, and everyone goes quiet, because
Master Diluc has not looked up`: a writer who lets someone be heard before they are seen
may name them in the same breath. The voice of an indefinite speech tag ("said a voice",
"a muffled voice called") is the one character the rest of its sentence names in the
narration, when the narration has never named that character before the voice (someone
already on stage is the one who hears it: `says a voice from the bed, and Hinata nearly
jumps`). Only the tag's own sentence: a name a sentence or more later was as often the
listener's, on LitBank (-23 quotations with one sentence more). `Links` takes the result
with the dialogue evidence of `castlink` (a reply calling the voice by name wins).
"""

from __future__ import annotations

from ficlens.characters.names import Occ
from ficlens.characters.nominals import _VOICE_WORDS, head_noun, is_indefinite

OWNER_REACH = 0  # the owner is named in the voice tag's own sentence


def seen_owners(occs: list[Occ], noms: list[Occ], smap: dict) -> dict[int, int]:
    """Start of an indefinite voice tag -> the entity the narration names first after it
    (module doc). `occs` are the name occurrences in text order, `noms` the descriptions."""
    voices = [d for d in noms if d.speech and not d.quoted and is_indefinite(d.surface) and head_noun(d.core) in _VOICE_WORDS]
    if not voices:
        return {}
    named = [(o, smap[o.surface][0]) for o in occs
             if not o.quoted and not o.nominal and len(smap.get(o.surface, ())) == 1]
    out: dict[int, int] = {}
    for v in voices:
        before = {i for o, i in named if o.start < v.start}
        after = [(o, i) for o, i in named if o.start > v.start and o.sent - v.sent <= OWNER_REACH]
        if not after:
            continue
        first, idx = after[0]
        in_sentence = {i for o, i in after if o.sent == first.sent}
        if idx not in before and in_sentence == {idx}:
            out[v.start] = idx
    return out
