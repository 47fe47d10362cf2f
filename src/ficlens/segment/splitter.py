"""The sentence splitter of story paragraphs (see the package docstring for its rules)."""

from __future__ import annotations

from ficlens.model import (
    Paragraph,
)
from ficlens.segment.lines import strip_span
from ficlens.segment.patterns import _ABBREV, _SENT_END, _SENT_END_SMALL

# --- sentences --------------------------------------------------------------------------------


def sentences(text: str, paragraphs: list[Paragraph], small: bool = False) -> list[tuple[int, int]]:
    """Sentence spans over the paragraphs (see the module docstring for the rules); `small`:
    the work is written in lower case by choice, so a sentence may open on a small letter."""
    out: list[tuple[int, int]] = []
    ends = _SENT_END_SMALL if small else _SENT_END
    for p in paragraphs:
        start = p.start
        for m in ends.finditer(text, p.start, p.end):
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


def lowercase_narration(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether the work is written in lower case by choice (`the gym smelled like floor
    polish`): at least a third of its narration paragraphs (those opening on a letter) open
    on a small one, and at least three do. In such a work a spoken line opening on a small
    letter is the author's style, not a text message typed the way phones are."""
    narration = small = 0
    for start, end in paragraphs:
        first, _ = strip_span(text, start, end)
        if first < end and text[first].isalpha():
            narration += 1
            small += text[first].islower()
    return small >= 3 and 3 * small >= narration
