"""Characters the narration sends out of the scene between two lines of dialogue.

`departed(text, start, end, subject)` is the set of characters who leave in the narration
of text[start:end] (`Marco gets up and leaves.`, `She walked out.`, `Tom was gone.`, `was
out the door`, and the other end of a call: `said Jo, and hung up`, `the line went dead`):
the subject of a sentence with a leaving verb. Someone who has left takes no part in the
lines that follow, so the conversation does not hand them a turn or the lines said to
them. `subject(start, end)` gives the subject mention of a sentence span (or None).
It adds no layer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ficlens.lang.en.leaving import LEAVE_WORDS, LEAVES
from ficlens.model import Mention

# Not the segmenter's `Sentences` (measured): they keep "Mr. Bennet ... left the room" one
# sentence where this cuts it at "Mr.", so the departure is seen, the reset ends the
# conversation before the lines around it are decoded together, and one LitBank line goes
# wrong (spk/q 0.845 -> 0.844). Switch when the reset keeps the lines before it.
_SENT = re.compile(r"[^.!?…]+[.!?…]*")


def _may_leave(seg: str) -> bool:
    if not seg.isascii():
        return True
    low = seg.lower()
    return any(w in low for w in LEAVE_WORDS)


def departed(text: str, start: int, end: int, subject: Callable[[int, int], Mention | None]) -> set[str]:
    """Characters who leave in the narration of text[start:end] (see the module docstring)."""
    out: set[str] = set()
    if not _may_leave(text[start:end]) or not LEAVES.search(text, start, end):
        return out
    for s in _SENT.finditer(text, start, end):
        if LEAVES.search(s.group()):
            m = subject(s.start(), s.end())
            if m is not None and m.character:
                out.add(m.character)
    return out
