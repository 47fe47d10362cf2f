"""Direct attribution: a speech tag or voice next to one quote (`"No," Ann said`)."""

from __future__ import annotations

import re

from ficlens.lang.en.function_words import STOP
from ficlens.lang.en.given_names import FEMALE_NAMES, MALE_NAMES
from ficlens.lang.en.speech_verbs import SPEECH_VERB
from ficlens.model import Paragraph, Quote, Span
from ficlens.speakers import voices
from ficlens.speakers.beats import _post_beat, _pre_beat
from ficlens.speakers.clauses import _post_tag, _pre_tag
from ficlens.speakers.index import _Attr, _attr, _Index
from ficlens.speakers.tuning import CONF_BEAT_NAME, CONF_TAG_NAME, EXPLICIT
from ficlens.speakers.vocatives import _vocatives

# --- direct attribution: tags and beats next to one quote ---


def _direct(ix: _Index, i: int) -> _Attr | None:
    a = _voice(ix, i) or _direct_raw(ix, i) or _voice_next(ix, i)
    if a is not None and a.addressee == a.speaker and a.pronoun is None:
        a.addressee = None
    return a


def _bounds(ix: _Index, i: int) -> tuple[int, int, int] | None:
    """(paragraph index, end of what comes before quote i in its paragraph, start of what
    comes after it): the narration a tag of that quote may stand in; None outside the
    story paragraphs."""
    work = ix.work
    q = work.quotes[i]
    p = ix.para_of(q.start)
    if p < 0:
        return None
    para = work.paragraphs[p]
    prev_end = max(work.quotes[i - 1].end, para.start) if i > 0 else para.start
    next_start = min(work.quotes[i + 1].start, para.end) if i + 1 < len(work.quotes) else para.end
    return p, prev_end, next_start


def _direct_raw(ix: _Index, i: int) -> _Attr | None:
    work = ix.work
    q = work.quotes[i]
    b = _bounds(ix, i)
    if b is None:
        return None
    p, prev_end, next_start = b
    para = work.paragraphs[p]
    vocs = set(_vocatives(ix, q))
    post = _post_tag(ix, q, next_start, next_start < para.end)
    if post is not None and _introduced(ix, q, prev_end):
        # `"No," Ann said, "not today." Joe grinned.`: the tag ending on a comma introduces
        # the line; the sentence after it is a beat of whoever is listening
        post = _pre_tag(ix, prev_end, q.start) or post
    for attr in (post, _pre_tag(ix, prev_end, q.start) if post is None else None):
        if attr is not None:
            return attr
    for attr in (_pre_beat(ix, prev_end, q.start), _post_beat(ix, q.end, next_start)):
        if attr is not None and attr.speaker not in vocs:
            return (_tag_goes_on(ix, i, attr) if attr.cue.end <= q.start and not vocs else None) or attr
    if prev_end == para.start and p > 0:
        return _intro(ix, work.paragraphs[p - 1], work.quotes[i - 1].end if i > 0 else 0)
    return None


_OPENING_PRONOUN = re.compile(r"[\"'“‘]*\s*(he|she)\b", re.IGNORECASE)


def _tag_goes_on(ix: _Index, i: int, beat: _Attr) -> _Attr | None:
    """`"Wanda called," Steve said. Natasha sat down. "She says ..."`: a line opening on a
    pronoun that carries on about someone the name-tagged line before it in the same
    paragraph talked about is that tagged speaker's, not the beat's (the beat's character
    would have her own paragraph)."""
    if i == 0 or beat.pronoun is not None:
        return None
    q, prev = ix.work.quotes[i], ix.work.quotes[i - 1]
    if ix.para_of(prev.start) != ix.para_of(q.start):
        return None
    opening = _OPENING_PRONOUN.match(ix.text, q.start)
    if opening is None:
        return None
    a = _direct_raw(ix, i - 1)
    if a is None or a.speaker in (None, beat.speaker) or a.pronoun is not None or a.confidence != CONF_TAG_NAME:
        return None
    if not prev.end <= a.cue.start < beat.cue.start:
        return None  # only a tag after the line, before the beat
    gender = opening.group(1).lower()
    talked = {m.character for m in ix.mentions_in(prev.start, prev.end) if m.kind != "pronoun"} - {a.speaker, beat.speaker}
    if not any(ix.gender.get(c) == gender for c in talked) and not _talks_of_newcomer(ix, prev, gender):
        return None
    return _Attr(a.speaker, EXPLICIT, a.cue, CONF_BEAT_NAME)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _talks_of_newcomer(ix: _Index, q: Quote, gender: str) -> bool:
    """Whether the line names someone no character stands for (`"Greta called,"`), of
    `gender` when a given-name list knows it: a person met only in the lines."""
    named = {m.start for m in ix.mentions_in(q.start, q.end)}
    for found in _CAPITALISED.finditer(ix.text, q.start, q.end):
        w = found.group()
        if w in STOP or found.start() in named:
            continue
        g = "she" if w in FEMALE_NAMES else "he" if w in MALE_NAMES else None
        if g in (None, gender):
            return True
    return False


def _voice(ix: _Index, i: int) -> _Attr | None:
    """An unnamed voice's line, given to the one the narration shows it was (`voices`)."""
    b = _bounds(ix, i)
    if b is None:
        return None
    p, prev_end, next_start = b
    q = ix.work.quotes[i]
    m = voices.voice_tag(ix, q, prev_end, next_start, ix.work.paragraphs[p].start)
    return _attr(ix, m, None, Span(m.start, m.end), True) if m is not None else None


def _introduced(ix: _Index, q: Quote, prev_end: int) -> bool:
    """True when narration ending on a comma or colon leads into the quote and the
    quote ends its sentence with a capital after it: the narration after the quote is
    a sentence of its own, no tag of this line."""
    lead = ix.text[prev_end : q.start].rstrip()
    inner_end = ix.text[q.start : q.end].rstrip("\"'”’ ")[-1:]
    after = ix.text[q.end : q.end + 4].lstrip()[:1]
    return lead.endswith((",", ":")) and inner_end in (".", "!", "?", "…") and after.isupper()


def _voice_next(ix: _Index, i: int) -> _Attr | None:
    """A line the next paragraph hears in someone's voice (`voices.voice_next`)."""
    q = ix.work.quotes[i]
    p = ix.para_of(q.start)
    if p < 0:
        return None
    m = voices.voice_next(ix, q, ix.work.paragraphs[p].end)
    return _attr(ix, m, None, Span(m.start, m.end), False) if m is not None else None


def _intro(ix: _Index, para: Paragraph, last_quote_end: int) -> _Attr | None:
    """A paragraph that introduces the next one's speech: `He waved Hollis in and
    said sternly:--`, `Then the tall girl had said:`."""
    start = max(para.start, last_quote_end)
    seg = ix.text[start : para.end].rstrip()
    if not seg.rstrip("-—–").endswith((":", ",")) and not _SAID_DASH.search(seg):
        return None
    return _pre_tag(ix, start, start + len(seg))


# `Marek frowned, and after a while he answered--`: a dash right after a speech verb (and
# whom it was said to) opens the next paragraph's line like a colon
_SAID_DASH = re.compile(rf"\b(?:{SPEECH_VERB.pattern})(?:\s+(?:to|at)\s+[\w.’' ]{{1,30}})?\s*(?:—|–|--)$")
