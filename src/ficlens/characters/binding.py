"""A he/she opening a sentence is not someone the same sentence names after it.

`named_after(text, occs, prons, smap, starts)` maps the start of each unquoted subject
he/she that opens its sentence (`He dropped into the chair beside Bucky.`, `And she
took Ana's hand.`) to the entities a name later in that sentence stands for: English
would say `himself` or repeat no name for the same person, so the pronoun resolver
(`characters._resolve`) does not give the pronoun to them. A pronoun inside a clause
that only leads into the main one (`When he came in, Bucky sat down`) may well be the
name after it, so only a sentence-opening pronoun is read this way.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ficlens.characters.names import Occ, Pron

# what may come before a sentence-opening pronoun: quote marks, markup, a conjunction
_OPENING = re.compile(r"[\s\"'“‘”’*_—–-]*(?:(?:And|But|Then|So)\s+)?")


def named_after(text: str, occs: list[Occ], prons: list[Pron], smap: dict, starts: list[int]) -> dict[int, set[int]]:
    """Pronoun start -> entities named later in its sentence (see the module docstring)."""
    names: dict[int, list[tuple[int, int]]] = defaultdict(list)  # sentence -> (start, entity)
    for o in occs:
        if o.quoted or o.nominal:
            continue
        t = smap.get(o.surface)
        if t and len(t) == 1:
            names[o.sent].append((o.start, t[0]))
    out: dict[int, set[int]] = {}
    for p in prons:
        if p.quoted or not p.subject or p.gender not in ("he", "she") or p.sent not in names:
            continue
        if not 0 <= p.sent < len(starts):
            continue
        s0 = starts[p.sent]
        if _OPENING.fullmatch(text, s0, p.start) is None:
            continue
        later = {e for start, e in names[p.sent] if start > p.start}
        if later:
            out[p.start] = later
    return out
