"""Pronouns a writer gives a character outright, in a note (`jules uses they/them`)."""

from __future__ import annotations

import re

from ficlens.characters.cluster import Ent
from ficlens.lang.en.pronouns import DECLARED_PRONOUNS

_DECLARED = re.compile(DECLARED_PRONOUNS, re.IGNORECASE)
# every declaration holds a pronoun pair with a slash: a text without one is not scanned
# word by word (the full pattern tries every word of the text)
_PAIR = re.compile(r"(?:they|she|he)/(?:them|her|him|they|she|he)", re.IGNORECASE)


def declared_pronouns(text: str, smap: dict, ents: list[Ent]) -> None:
    """Set the gender of each entity whose name a writer's note gives pronouns to
    (`Tobi uses they/them.`, `nonbinary lavellan (they/them)`): fan fiction says so in
    its notes when a character's pronouns are not the reader's guess, so it outweighs a
    given name's usual gender and the narration's votes. A name two entities share, or
    none, is left alone."""
    if "/" not in text or _PAIR.search(text) is None:
        return  # (the substring test first: every pair holds a slash, and is far cheaper)
    by_lower: dict[str, set[int]] = {}
    for surface, t in smap.items():
        for part in {surface, *surface.split()}:
            by_lower.setdefault(part.lower(), set()).update(t)
    for m in _DECLARED.finditer(text):
        name = (m.group("name") or m.group("name2")).lower()
        pron = (m.group("pron") or m.group("pron2")).lower()
        who = by_lower.get(name, set())
        if len(who) == 1:
            ents[next(iter(who))].gender = pron
