"""Segmentation: title, author's notes, chapters, scene breaks and paragraphs."""

from __future__ import annotations

import re

from ficlens.model import STORY, Paragraph, Segment, Work

__all__ = ["segment"]

_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


def segment(work: Work) -> Work:
    """Fill segments (unless a structured reader already did), paragraphs and scene breaks."""
    if not work.segments:
        work.segments = [Segment(0, len(work.text), STORY)]
    work.paragraphs = []
    for seg in work.segments:
        if seg.kind != STORY:
            continue
        for m in _PARA.finditer(work.text, seg.start, seg.end):
            start, end = _strip(work.text, m.start(), m.end())
            if start < end:
                work.paragraphs.append(Paragraph(start, end))
    work.meta.words = sum(len(work.text[s.start : s.end].split()) for s in work.story_spans())
    return work


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
