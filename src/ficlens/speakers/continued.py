"""A line tagged `continued the young man` goes on from the previous line's speaker.

`"Tuppy!"` / `"Hello, Jack!"` / `"Years since I saw you," continued the young man.`:
a verb of going on says the speaker is the one who spoke last, and the description
only repeats who that is. When the description names no character (the characters
stage found no evidence for it, as with a user's list that names everyone), the line and
the rest of its turn take the previous line's speaker, if at most one narration
paragraph lies between the two and the description's gender allows. `continue_descriptions(work)`
runs after the conversation pass. No scratch keys.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ficlens.characters.nominals import head_noun, noun_gender
from ficlens.model import Work

# `," continued the young man`, `," went on the stranger`; a name after it is a name tag
_GOES_ON = re.compile(
    r"[ \t]*[,—–-]?[ \t]*(?:continued|went[ \t]+on|resumed|pursued)[ \t]+"
    r"(?P<desc>(?:the|that)[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]*)\b"
)


NARRATION_GAP = 1  # narration paragraphs allowed between the two lines


def continue_descriptions(work: Work) -> None:
    """In place: a `continued the <description>` line with no linked subject takes the
    previous line's speaker (module doc)."""
    text = work.text
    para_starts = [p.start for p in work.paragraphs]
    m_starts = [m.start for m in work.mentions]
    gender = {c.id: c.pronouns for c in work.characters}
    speech = [q for q in work.quotes if q.kind == "speech"]

    def para(at: int) -> int:
        return bisect_left(para_starts, at + 1) - 1

    prev = None  # the last line with a speaker
    for n, q in enumerate(speech):
        last, prev = prev, (q if q.speaker is not None else prev)
        m = _GOES_ON.match(text, q.end, q.end + 80)
        if m is None or last is None or last.speaker == q.speaker or para(q.start) - para(last.start) > 1 + NARRATION_GAP:
            continue
        j = bisect_left(m_starts, m.start("desc"))
        if j < len(m_starts) and m_starts[j] < m.end("desc"):
            continue  # the description names someone: the characters stage knew better
        g = noun_gender(head_noun(m.group("desc")))
        if g is not None and gender.get(last.speaker) not in (g, None):
            continue
        taken = q.speaker
        for r in speech[n:]:
            if para(r.start) != para(q.start) or (r is not q and r.speaker != taken):
                break
            r.speaker = last.speaker
            r.addressees = [a for a in r.addressees if a != last.speaker]
        prev = q
