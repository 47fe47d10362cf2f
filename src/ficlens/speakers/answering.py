"""A described speaker answering the previous line is not the one who said it.

`"George, come here!" said the old man.` / `"I'm coming," said the son.`: the characters
stage may take "the son" for the salient man of the scene, who is the one who just
spoke. A writer describes the answering speaker so that the reader tells the two apart,
so when a quote's tag subject is a description ("the son", "the maid", "my uncle") and the quote
answers a line of the previous paragraph said by the character the description was
taken for, the speaker is the other party of the exchange instead: the one the previous
line was said to (when it called them by name), else the one who spoke the tagged
line of the paragraph before it (`"...," said a stout farmer.` / `"...," said Tom.` /
`"Come along," said the farmer.`), when the description's gender allows.
`fix_answering_descriptions(work, ix)` runs after the conversation pass. No layers.
"""

from __future__ import annotations

from bisect import bisect_left

from ficlens.characters.nominals import head_noun, noun_gender
from ficlens.layers import Cast
from ficlens.model import Quote, Work
from ficlens.speakers.index import _Index

_DETERMINERS = ("the ", "this ", "that ", "my ")


def fix_answering_descriptions(work: Work, ix: _Index) -> None:
    """In place: move answering lines tagged with a description off the previous speaker."""
    text = work.text
    para, m_starts, gender, speech = ix.para_of, ix.m_starts, ix.gender, ix.speech()
    # a description that is one of the speaker's own names ("the captain" listed for the
    # captain) is evidence, not a guess from salience: the same one may speak twice
    # (a given list only: without one, aliases hold what salience bound)
    closed = work.layers.get(Cast).closed
    own = {c.id: {a.lower() for a in (c.name, *c.aliases)} for c in work.characters} if closed else {}

    for n, q in enumerate(speech):
        if n == 0 or q.evidence != "explicit" or q.cue is None or q.speaker is None:
            continue
        prev = speech[n - 1]
        if prev.speaker != q.speaker or para(prev.start) != para(q.start) - 1:
            continue
        # is the tag's subject a definite description taken for this speaker?
        j = bisect_left(m_starts, q.cue.start)
        desc = None
        while j < len(m_starts) and m_starts[j] < q.cue.end:
            m = work.mentions[j]
            j += 1
            if m.character == q.speaker and text[m.start : m.end].lower().startswith(_DETERMINERS):
                desc = text[m.start : m.end]
                break
        if desc is None or desc.lower() in own.get(q.speaker, ()):
            continue
        g = noun_gender(head_noun(desc.split(",")[0]))
        k = n - 1
        while k > 0 and para(speech[k - 1].start) == para(prev.start):
            k -= 1  # the first line of the answered turn
        # names called anywhere in that turn: `"I should be off, Ned," he said. "Only tell me..."`
        called = set().union(*(_called(work, m_starts, r) for r in speech[k:n]))
        other = _other_party(speech, n - 1, q.speaker, gender, g, called)
        if other is None and k > 0 and para(speech[k - 1].start) == para(prev.start) - 1:
            other = _before(speech[k - 1], q.speaker, gender, g)  # a live exchange: the one before answers
        if other is None:
            continue
        taken = q.speaker
        for r in speech[n:]:
            if para(r.start) != para(q.start) or r.speaker != taken:
                break
            r.speaker = other


def _called(work: Work, m_starts: list[int], q: Quote) -> set[str]:
    """Characters a quote calls by name (`"George, come here!"`)."""
    lo, hi = bisect_left(m_starts, q.start), bisect_left(m_starts, q.end)
    return {m.character for m in work.mentions[lo:hi] if m.kind != "pronoun" and m.character is not None}


def _other_party(speech: list[Quote], k: int, speaker: str, gender: dict, g: str | None, called: set[str]) -> str | None:
    """The one the line at k was said to, when it called them by name, of gender g."""
    for c in speech[k].addressees:
        if c != speaker and c in called and (g is None or gender.get(c) in (g, None)):
            return c
    return None


def _before(q: Quote, speaker: str, gender: dict, g: str | None) -> str | None:
    """The speaker of the line before the one answered, when it is someone else of gender g
    and that line was tagged (`"...," said a stout farmer.` / `"...," said Tom.` /
    `"Come along," said the farmer.`)."""
    if q.speaker is None or q.speaker == speaker or q.evidence != "explicit":
        return None
    return q.speaker if g is None or gender.get(q.speaker) in (g, None) else None
