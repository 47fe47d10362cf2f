"""Speaker and addressee attribution for each quotation."""

from __future__ import annotations

from ficlens.model import Span, Work

__all__ = ["attribute_speakers"]


def attribute_speakers(work: Work) -> Work:
    """First version: the nearest named mention in the same paragraph speaks."""
    by_para = {}
    for m in work.mentions:
        by_para.setdefault(_para_of(work, m.start), []).append(m)
    for q in work.quotes:
        cands = [m for m in by_para.get(_para_of(work, q.start), []) if not q.start <= m.start < q.end]
        if cands:
            best = min(cands, key=lambda m: min(abs(m.start - q.end), abs(q.start - m.end)))
            q.speaker, q.evidence, q.confidence = best.character, "explicit", 0.5
            q.cue = Span(best.start, best.end)
    for c in work.characters:
        spoken = [q for q in work.quotes if q.speaker == c.id]
        c.quotes = len(spoken)
        c.words_spoken = sum(len(work.text[q.start : q.end].split()) for q in spoken)
    return work


def _para_of(work: Work, offset: int) -> int:
    for i, p in enumerate(work.paragraphs):
        if p.start <= offset < p.end:
            return i
    return -1
