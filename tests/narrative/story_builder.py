"""Build small `Work`s by hand, so narrative and relations tests do not depend on how the
segmenter, quote finder, characters and speakers stages happen to behave today.

    work = build(text, {"c1": ("Clarke", "she"), "c2": ("Lexa", "she")},
                 speakers=[("c1", ["c2"]), ("c2", ["c1"])])

Paragraphs are blank-line separated; `* * *` lines are scene breaks; quotes are the
straight double-quoted spans, given speakers and addressees in order; mentions are the
whole-word occurrences of each character's names; the `Sentences` layer is the shared
sentence splitter's (`ficlens.segment.sentences`) over those paragraphs.
"""

from __future__ import annotations

import re

from ficlens.layers import Sentences
from ficlens.model import Character, Mention, Paragraph, Quote, Segment, Work
from ficlens.segment import sentences

_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_QUOTE = re.compile(r'"[^"]*"')


def build(
    text: str,
    characters: dict[str, tuple] | None = None,
    speakers: list[tuple[str | None, list[str]]] | None = None,
) -> Work:
    w = Work(text=text)
    w.segments = [Segment(0, len(text), "story")]
    breaks = False
    for m in _PARA.finditer(text):
        if m.group().strip() in ("* * *", "***"):
            breaks = True
            continue
        if breaks:
            w.scene_breaks.append(m.start())
            breaks = False
        w.paragraphs.append(Paragraph(m.start(), m.end()))
    w.layers.put(Sentences(tuple(sentences(text, w.paragraphs))))
    for cid, spec in (characters or {}).items():
        name, pronouns, *rest = spec
        w.characters.append(Character(cid, name, aliases=list(rest[0]) if rest else [], pronouns=pronouns))
    for c in w.characters:
        for n in [c.name, *c.aliases]:
            for m in re.finditer(r"\b" + re.escape(n) + r"\b", text):
                w.mentions.append(Mention(m.start(), m.end(), c.id, "name"))
    w.mentions.sort(key=lambda m: m.start)
    speakers = list(speakers or [])
    for i, m in enumerate(_QUOTE.finditer(text)):
        speaker, addressees = speakers[i] if i < len(speakers) else (None, [])
        w.quotes.append(Quote(m.start(), m.end(), speaker, list(addressees)))
    for c in w.characters:
        c.mentions = sum(1 for m in w.mentions if m.character == c.id)
    return w
