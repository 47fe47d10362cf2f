"""Outputs derived from the attribution: pronoun mentions inside quotes and per-character counts."""

from __future__ import annotations

from ficlens.layers import Sentences
from ficlens.model import Mention, Work
from ficlens.speakers.patterns import _FIRST_PERSON, _FIRST_PERSON_SMALL, _SECOND_PERSON, _WORD

# --- outputs derived from the attribution ---


def _quote_pronouns(work: Work) -> None:
    """`I` in a quote is its speaker, `you` its single addressee: add them as mentions.
    In a work written in lower case by choice a small `i` is `I` too."""
    text, added = work.text, []
    sentences = work.layers.find(Sentences)
    first = _FIRST_PERSON_SMALL if sentences is not None and sentences.lowercase else _FIRST_PERSON
    for q in work.quotes:
        if q.speaker is None or q.kind == "non_speech":
            continue
        inner = text[q.start : q.end]
        for m in first.finditer(inner):
            added.append(Mention(q.start + m.start(), q.start + m.end(), q.speaker, "pronoun"))
        if len(q.addressees) == 1:
            for m in _SECOND_PERSON.finditer(inner):
                added.append(Mention(q.start + m.start(), q.start + m.end(), q.addressees[0], "pronoun"))
    if added:
        work.mentions = sorted(work.mentions + added, key=lambda m: (m.start, m.end))


def _count(work: Work) -> None:
    quotes: dict[str, int] = {}
    words: dict[str, int] = {}
    for q in work.quotes:
        if q.speaker is None:
            continue
        quotes[q.speaker] = quotes.get(q.speaker, 0) + 1
        inner = work.text[q.start + 1 : q.end - 1]
        words[q.speaker] = words.get(q.speaker, 0) + len(_WORD.findall(inner))
    for c in work.characters:
        c.quotes = quotes.get(c.id, 0)
        c.words_spoken = words.get(c.id, 0)
