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

from ficlens.model import Mention

# leaving the scene; not `turned left`, not `went out of her way`
LEAVES = re.compile(
    r"\b(?:(?:gets?|got|getting|stands?|stood) up and (?:leaves|left|goes|went|walks|walked|heads|headed)\b|"
    r"(?:leaves|left|leave) the (?:room|house|kitchen|table|flat|apartment|office|building|bar|car)\b|"
    r"(?:walk|storm|stalk|stomp|march|slip|head|flounce)(?:s|ed)? (?:out|off|away)\b(?! of (?:her|his|their|my|your) way)|"
    r"(?:slips|slipped|strides|strode|goes|went) out\b(?! of (?:her|his|their|my|your) way)|"
    r"(?:is|was) gone\b|(?:leaves|left)\s*[.!;]|disappears\b|disappeared\b|exits\b|exited\b|"
    # `was out the door`, `hurried out the door`; not `looked out the door`
    r"(?:is|was|are|were|ran|runs|hurried|hurries|rushed|rushes|dashed|dashes|bolted|bolts) out the door\b|"
    # the other end of a call: `said Mycroft, and the line went dead`, `Jody hung up`
    r"(?:hangs|hung) up\b|the line (?:goes|went) dead\b)",
    re.IGNORECASE,
)
# Not the segmenter's `Sentences` (measured): they keep "Mr. Bennet ... left the room" one
# sentence where this cuts it at "Mr.", so the departure is seen, the reset ends the
# conversation before the lines around it are decoded together, and one LitBank line goes
# wrong (spk/q 0.845 -> 0.844). Switch when the reset keeps the lines before it.
_SENT = re.compile(r"[^.!?…]+[.!?…]*")
# every phrase LEAVES finds holds one of these, in lower case; on ASCII text re.IGNORECASE
# folds nothing but A-Z, so a stretch holding none of them cannot match (a substring test
# is several times cheaper than the case-insensitive search)
_NEEDED = ("up and", "leave", "left", " out", " off", " away", "gone", "disappear", "exit", "ng up", "dead")


def _may_leave(seg: str) -> bool:
    if not seg.isascii():
        return True
    low = seg.lower()
    return any(w in low for w in _NEEDED)


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
