"""Sentence bounds inside a paragraph, as the tag and beat rules cut them."""

from __future__ import annotations

from ficlens.speakers.patterns import _ABBREV, _SENT_END


def _sentence_cut(seg: str) -> int:
    """Offset of the first sentence end in `seg` (ignoring `Mr.`), or len(seg)."""
    for m in _SENT_END.finditer(seg):
        if m.group().startswith(".") and _ABBREV.search(seg[: m.start() + 1]):
            continue
        return m.start()
    return len(seg)


def _last_sentence_start(seg: str) -> int:
    start = 0
    for m in _SENT_END.finditer(seg):
        if m.end() >= len(seg.rstrip()):
            break
        if m.group().startswith(".") and _ABBREV.search(seg[: m.start() + 1]):
            continue
        start = m.end()
    return start
