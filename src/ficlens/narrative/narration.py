"""Narration: the parts of each paragraph outside quotations, and who the pronouns in it are.

POV and tense are properties of the narrator's voice, so both read only narration:
dialogue in present tense inside past narration ("'I am tired,' she said") says nothing
about the narrative tense. Everything here is one linear pass over sorted offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ficlens.layers import Sentences
from ficlens.model import Work

__all__ = ["Subject", "narration_slices", "narration_tokens", "narration_mentions", "name_words", "scene_bounds"]

# Pronouns the fallback resolver maps to the most recent named character of that gender.
_PRON = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
_MALE = frozenset("he him his himself".split())
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


@dataclass(slots=True)
class Subject:
    """A reference to a character in narration (a name, an alias or a resolved pronoun)."""

    start: int
    end: int
    character: str
    kind: str


def narration_slices(work: Work) -> list[list[tuple[int, int]]]:
    """For each paragraph, the (start, end) pieces of it that lie outside every quote."""
    quotes = sorted((q.start, q.end) for q in work.quotes)
    out: list[list[tuple[int, int]]] = []
    qi = 0
    for p in work.paragraphs:
        pieces: list[tuple[int, int]] = []
        pos = p.start
        # quotes ending before this paragraph can never matter again
        while qi < len(quotes) and quotes[qi][1] <= p.start:
            qi += 1
        j = qi
        while j < len(quotes) and quotes[j][0] < p.end:
            qs, qe = quotes[j]
            if qs > pos:
                pieces.append((pos, qs))
            pos = max(pos, qe)
            j += 1
        if pos < p.end:
            pieces.append((pos, p.end))
        out.append(pieces)
    return out


def narration_tokens(text: str, slices: list[list[tuple[int, int]]]) -> list[list[str]]:
    """For each paragraph, the words of its narration (contractions kept whole: "didn't")."""
    out = []
    for pieces in slices:
        toks: list[str] = []
        for a, b in pieces:
            toks += _TOKEN.findall(text, a, b)
        out.append(toks)
    return out


def name_words(work: Work) -> frozenset[str]:
    """Capitalised words of character names and aliases ("Clarke", "Griffin")."""
    words: set[str] = set()
    for c in work.characters:
        for n in [c.name, *c.aliases, c.canonical or ""]:
            words.update(w for w in n.split() if w[:1].isupper() and w.isalpha())
    return frozenset(words)


def narration_mentions(work: Work, slices: list[list[tuple[int, int]]]) -> list[Subject]:
    """Character references in narration, in text order.

    Uses the characters stage's mentions; when it resolved no pronouns, he/she/his/her
    are resolved here to the most recent named character whose pronouns agree (or whose
    pronouns are unknown), which is what a reader does in most fan fiction paragraphs.
    """
    flat = [piece for pieces in slices for piece in pieces]
    starts = [s for s, _ in flat]

    def in_narration(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < flat[i][1]

    named = [m for m in sorted(work.mentions, key=lambda m: m.start) if in_narration(m.start)]
    if any(m.kind == "pronoun" for m in named):
        return [Subject(m.start, m.end, m.character, m.kind) for m in named]
    gender = {c.id: c.pronouns for c in work.characters}
    text = work.text
    sentences = work.layers.get(Sentences)
    events: list[Subject] = [Subject(m.start, m.end, m.character, m.kind) for m in named]
    for s, e in flat:
        for m in _PRON.finditer(text, s, e):
            events.append(Subject(m.start(), m.end(), "", "pronoun"))
    events.sort(key=lambda x: x.start)
    # per pronoun gender ("?" for unknown genders, which may take either pronoun), the two
    # latest distinct characters referred to: [(offset, id), (offset, id)]
    last: dict[str, list[tuple[int, str]]] = {}
    out: list[Subject] = []
    for ev in events:
        if ev.character:
            g = gender.get(ev.character)
            _remember(last, g if g in ("he", "she") else "?", ev.start, ev.character)
            out.append(ev)
            continue
        word = text[ev.start : ev.end].lower()
        g = "he" if word in _MALE else "she"
        cands = sorted(last.get(g, []) + last.get("?", []), reverse=True)
        if not cands:
            continue
        pick = cands[0]
        # "Ione crossed the room and kissed her": an object pronoun is not the subject of
        # its own clause (that would be "herself"), so skip a candidate from this sentence
        if _is_object(text, ev) and len(cands) > 1 and cands[1][1] != pick[1]:
            if sentences.index_of(pick[0]) == sentences.index_of(ev.start):
                pick = cands[1]
        ev.character = pick[1]
        g = gender.get(pick[1])
        _remember(last, g if g in ("he", "she") else "?", ev.start, pick[1])
        out.append(ev)
    return out


_OBJECT_NEXT = re.compile(r"\s*(?:[.,;:!?\"”’—-]|$|(?:and|as|in|on|to|at|for|with|back|again|away|up|down|close|closer|tight|gently|softly|hard|too|once|before|until|while|because|but)\b)")


def _is_object(text: str, ev: Subject) -> bool:
    word = text[ev.start : ev.end].lower()
    if word == "him":
        return True
    return word == "her" and _OBJECT_NEXT.match(text, ev.end) is not None


def _remember(last: dict[str, list[tuple[int, str]]], key: str, offset: int, cid: str) -> None:
    prev = [x for x in last.get(key, []) if x[1] != cid]
    last[key] = [(offset, cid)] + prev[:1]


def scene_bounds(work: Work) -> list[tuple[int, int]]:
    """Paragraph index ranges [i, j) of scenes: split at scene breaks and chapter starts."""
    if not work.paragraphs:
        return []
    cuts = sorted(set(work.scene_breaks) | {c.start for c in work.chapters})
    bounds: list[tuple[int, int]] = []
    first = 0
    ci = 0
    for i, p in enumerate(work.paragraphs):
        crossed = False
        while ci < len(cuts) and cuts[ci] <= p.start:
            crossed = True
            ci += 1
        if crossed and i > first:
            bounds.append((first, i))
            first = i
    bounds.append((first, len(work.paragraphs)))
    return bounds
