"""The sentence splitter of story paragraphs (see the package docstring for its rules)."""

from __future__ import annotations

from ficlens.model import (
    Paragraph,
)
from ficlens.segment.lines import strip_span
from ficlens.segment.patterns import _ABBREV, _SENT_END

# --- sentences --------------------------------------------------------------------------------


def sentences(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """Sentence spans over the paragraphs (see the module docstring for the rules)."""
    out: list[tuple[int, int]] = []
    for p in paragraphs:
        start = p.start
        for m in _SENT_END.finditer(text, p.start, p.end):
            end = m.end()
            if _is_abbreviation(text, m.start(), start):
                continue
            out.append(strip_span(text, start, end))
            start = end
        a, b = strip_span(text, start, p.end)
        if a < b:
            out.append((a, b))
    return out


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    i = dot
    while i > floor and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[i].isupper():
        return True  # an initial: "J. K. Rowling"
    return word in _ABBREV
