"""A line tagged `continued the young man` goes on from the previous line's speaker.

`"Tuppy!"` / `"Hello, Jack!"` / `"Years since I saw you," continued the young man.`:
a verb of going on says the speaker is the one who spoke last, and the description
only repeats who that is. When the description names no character (the characters
stage found no evidence for it, as with a user's list that names everyone), the line and
the rest of its turn take the previous line's speaker, if at most one narration
paragraph lies between the two and the description's gender allows. `continue_descriptions(work, ix)`
runs after the conversation pass.

`alternate_descriptions(work, ix)`, with a user's cast only: `"Mrs. Lorne, I take it," said
Miss Crane.` / `"Yes," said Hetty.` / `"Miss Crane," said the caller.`: a description
tag that names nobody, right after two lines tagged by name in a two-party exchange, is
the earlier party's turn, even when the line is only that party's own name (the
conversation pass takes a lone name for a call to someone else). It reads
`Cast.closed` (a user's cast) and adds no layer.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from ficlens.characters.nominals import head_noun, noun_gender
from ficlens.layers import Cast
from ficlens.model import Quote, Work
from ficlens.speakers.index import _Index


def _desc_tag(verbs: str, articles: str) -> re.Pattern[str]:
    """A tag right after a quote whose subject is a description of up to three words
    (group `desc`); a name there is a name tag, not this."""
    return re.compile(
        rf"[ \t]*[,—–-]?[ \t]*(?:{verbs})[ \t]+"
        rf"(?P<desc>(?:{articles})[ \t]+(?:[a-z][a-z-]*[ \t]+){{0,2}}[a-z][a-z-]*)\b"
    )


# `," continued the young man`, `," went on the stranger`
_GOES_ON = _desc_tag(r"continued|went[ \t]+on|resumed|pursued", "the|that")


def _retake(speech: list[Quote], n: int, para: Callable[[int], int], speaker: str | None) -> None:
    """Give line n and the rest of its turn that shared its old speaker to `speaker`."""
    q = speech[n]
    taken = q.speaker
    for r in speech[n:]:
        if para(r.start) != para(q.start) or (r is not q and r.speaker != taken):
            break
        r.speaker = speaker
        r.addressees = [x for x in r.addressees if x != speaker]


def _free_fit(m: re.Match, m_starts: list[int], gender: dict, speaker: str | None) -> bool:
    """True when the tag's description names nobody (else the characters stage knew
    better) and its gender allows `speaker`."""
    j = bisect_left(m_starts, m.start("desc"))
    if j < len(m_starts) and m_starts[j] < m.end("desc"):
        return False
    g = noun_gender(head_noun(m.group("desc")))
    return g is None or gender.get(speaker) in (g, None)


NARRATION_GAP = 1  # narration paragraphs allowed between the two lines


def continue_descriptions(work: Work, ix: _Index) -> None:
    """In place: a `continued the <description>` line with no linked subject takes the
    previous line's speaker (module doc)."""
    text = work.text
    para, m_starts, gender, speech = ix.para_of, ix.m_starts, ix.gender, ix.speech()
    prev = None  # the last line with a speaker
    for n, q in enumerate(speech):
        last, prev = prev, (q if q.speaker is not None else prev)
        m = _GOES_ON.match(text, q.end, q.end + 80)
        if m is None or last is None or last.speaker == q.speaker or para(q.start) - para(last.start) > 1 + NARRATION_GAP:
            continue
        if not _free_fit(m, m_starts, gender, last.speaker):
            continue
        _retake(speech, n, para, last.speaker)
        prev = q


# `," said the visitor`: a definite description subject after a quote
_DESC_TAG = _desc_tag("said|asked|replied|answered|returned|cried|added", "the")


def alternate_descriptions(work: Work, ix: _Index) -> None:
    """With a user's cast, a line tagged by a description that names nobody (`"Captain
    Ames," said the newcomer.`) in a live two-party exchange whose two lines before
    were tagged by name is the turn of the one who spoke before the previous line, even
    when it names them (a name said alone may be one's own)."""
    if not work.layers.get(Cast).closed:
        return
    text = work.text
    para, m_starts, gender, speech = ix.para_of, ix.m_starts, ix.gender, ix.speech()
    for n in range(2, len(speech)):
        q, b, a = speech[n], speech[n - 1], speech[n - 2]
        m = _DESC_TAG.match(text, q.end, q.end + 80)
        if m is None or None in (a.speaker, b.speaker) or a.speaker == b.speaker or q.speaker == a.speaker:
            continue
        if a.evidence != "explicit" or b.evidence != "explicit":
            continue  # both earlier lines tagged by name: who spoke is known
        if not (para(a.start) + 1 == para(b.start) and para(b.start) + 1 == para(q.start)):
            continue  # one line a paragraph: a live exchange
        if not _free_fit(m, m_starts, gender, a.speaker):
            continue
        _retake(speech, n, para, a.speaker)
