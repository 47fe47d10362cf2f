"""Narrative: point of view and tense."""

from __future__ import annotations

import re

from ficlens.model import Work

__all__ = ["analyze_narrative"]

_FIRST = re.compile(r"\b(?:I|me|my|we|our)\b")
_THIRD = re.compile(r"\b(?:he|she|his|her|they)\b", re.I)


def analyze_narrative(work: Work) -> Work:
    quoted = [(q.start, q.end) for q in work.quotes]
    narration = _outside(work.text, quoted, work.story_spans())
    first = len(_FIRST.findall(narration))
    third = len(_THIRD.findall(narration))
    work.narrative = {"pov": {"person": "first" if first > third / 2 else "third", "character": None},
                      "tense": {"dominant": None, "shifts": []}}
    return work


def _outside(text, quoted, spans) -> str:
    parts, qi = [], 0
    for s in spans:
        pos = s.start
        for qs, qe in quoted:
            if s.start <= qs < s.end:
                parts.append(text[pos:qs])
                pos = qe
        parts.append(text[pos : s.end])
    return " ".join(parts)
