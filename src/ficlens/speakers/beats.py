"""Beats: narration around a quote that shows its speaker acting (`Joe grinned. "Fine."`)."""

from __future__ import annotations

import re

from ficlens.lang.en.speech_verbs import NOD_WORDS, SPEECH_VERB
from ficlens.model import Quote, Span
from ficlens.speakers.index import _Attr, _attr, _Index
from ficlens.speakers.patterns import _INDIRECT
from ficlens.speakers.subjects import _bare_pronoun, _heard, _subject
from ficlens.speakers.tuning import CONF_ANSWER


def _pre_beat(ix: _Index, start: int, q_start: int) -> _Attr | None:
    seg = ix.text[start:q_start]
    if not seg.strip():
        return None
    s0 = ix.last_sentence_start(start, q_start) - start
    s0 += len(seg[s0:]) - len(seg[s0:].lstrip(" \t\n,—–-"))
    if seg[s0 : s0 + 1] == "(":
        return None  # an aside: `(Rufus was the pony.)`
    if ix.in_quote(start - 1) and _LISTENER.search(ix.text, start + s0, q_start):
        # `"Do you like it?" Emmy made no reply. "I think ..."`: between two lines, the one
        # kept silent is listening to the speaker of both
        return None
    if _answers_question(ix, start, start + s0, q_start):
        return None
    m = _subject(ix, start + s0, q_start)
    if m is not None and (m := _heard(ix, m, q_start, True)) is None:
        return None
    word = None if m else _bare_pronoun(ix, start + s0, q_start)
    return _attr(ix, m, word, Span(start + s0, start + len(seg.rstrip())), False)


# a beat opening on a nod or a shake of the head: `She nodded slowly.`, `Tom shakes his head.`
_NOD_BEAT = re.compile(
    r"[ \t\n—–-]*(?:[\w’'.-]+\s+){1,3}?(?:[a-z]+ly\s+)?(?:" + "|".join(sorted(NOD_WORDS, key=len, reverse=True)) + r")\b"
)


def _answers_question(ix: _Index, q_end: int, start: int, end: int) -> bool:
    """Whether the beat text[start:end] right after a line that ends on a question mark
    (the line ending at `q_end`) nods or shakes its head: that is the listener answering,
    and the asker goes on (`"You remember the bag?" She nodded. "Well, it was in it."`)."""
    if not ix.in_quote(q_end - 1):
        return False
    inner = ix.text[max(0, q_end - 4) : q_end].rstrip("\"'”’ ")
    return inner.endswith("?") and _NOD_BEAT.match(ix.text, start, end) is not None


def _post_beat(ix: _Index, q_end: int, end: int) -> _Attr | None:
    seg = ix.text[q_end:end]
    if not seg.strip():
        return None
    lead = len(seg) - len(seg.lstrip(" \t\n,—–-"))
    if seg[lead : lead + 1] == "(":
        return None  # an aside after the line: `(Rufus was the pony.)`
    cut = ix.stop_after(q_end, end) - q_end
    if _answers_question(ix, q_end, q_end + lead, q_end + cut):
        return None
    m = _subject(ix, q_end + lead, q_end + cut)
    if m is not None and (m := _heard(ix, m, q_end + cut, True)) is None:
        return None
    v = SPEECH_VERB.search(ix.text, q_end + lead, q_end + cut)
    if v is not None and _INDIRECT.match(ix.text, v.end()):
        return None  # `"...?" I answered that the ferry had gone`: the one who answers is not the one asking
    word = None if m else _bare_pronoun(ix, q_end + lead, q_end + cut)
    if _LISTENER.search(ix.text, q_end + lead, q_end + cut):
        return None  # `"..." Sam could not guess what she meant.`: the one puzzling over a line did not say it
    return _attr(ix, m, word, Span(q_end + lead, q_end + max(cut, lead)), False)


# a beat that puzzles over what someone else meant or said: its subject heard the line;
# or one that keeps its subject silent (`The count knit his brows, and remained silent`,
# `Emmy made no reply.`): someone else said the line next to it
_LISTENER = re.compile(
    r"\b(?:know|knew|understand|understood|see|saw|guess|guessed|wonder|wondered|ask|asked)\s+what\s+(?:he|she)\s+(?:meant|means|had meant|said|says|had said|was saying|was talking about)\b"
    r"|(?:\b(?:remained|remains|was|kept|keeps|fell)\s+silent\b|\b(?:made|makes|gave|gives|could\s+find)\s+no\s+(?:reply|answer|response)\b"
    r"|\bsaid\s+nothing\b|\bdid\s+not\s+(?:answer|reply)\b|\bheld\s+(?:his|her)\s+tongue\b)"
    # not a silence that ends in the same sentence (`He was silent for a time, then returned to this theme`)
    r"(?![^.!?]*\b(?:then|till|until|at\s+last|at\s+length)\b)"
)


def _para_beat(ix: _Index, quotes: list[Quote], turn: list[int], vocs: list[str]) -> _Attr | None:
    """A subject opening any narration sentence of the turn's paragraph, not only the
    one next to a quote: `"Suit yourself." The rain went on. Iris shut it. It banged.`"""
    p = ix.para_of(quotes[turn[0]].start)
    if p < 0:
        return None
    para = ix.work.paragraphs[p]
    bounds = [para.start] + [x for i in turn for x in (quotes[i].start, quotes[i].end)] + [para.end]
    for k in range(0, len(bounds) - 1, 2):
        start, end = bounds[k], min(bounds[k + 1], para.end)
        if start >= end or start < para.start:
            continue
        text = ix.text
        for s0, s1 in ix.sentences.within(start, end):
            lead = s1 - s0 - len(text[s0:s1].lstrip(" \t\n,—–-"))
            # not an aside (`(Rufus was the pony.)`), nor a listener's puzzling (`Sam could not guess what she meant.`)
            if not text[start:s0].strip() and _answers_question(ix, start, s0 + lead, s1):
                continue  # `"You remember the bag?" She nodded.`: the listener answering
            if s1 - s0 - lead > 0 and text[s0 + lead] != "(" and not _LISTENER.search(text, s0, s1):
                subj = _subject(ix, s0 + lead, s1)
                if subj is not None and subj.character not in vocs:
                    a = _attr(ix, subj, None, Span(subj.start, subj.end), False)
                    if a is not None:
                        a.confidence = CONF_ANSWER
                        return a
    return None
