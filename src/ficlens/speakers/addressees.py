"""Addressees fixed after attribution: a name the line calls, a listener the narration shows looked at."""

from __future__ import annotations

from bisect import bisect_left

from ficlens.model import Quote, Work
from ficlens.speakers import gaze
from ficlens.speakers.index import _Attr, _Index
from ficlens.speakers.scan import any_between
from ficlens.speakers.vocatives import _vocatives


def _called_hear(work: Work, ix: _Index) -> None:
    """A name the line calls (`"It was a fish, Bell."`) is who it is said to, whatever
    the alternation passes guessed after the first reading."""
    for q in work.quotes:
        if q.speaker is None or q.kind == "non_speech":
            continue
        vocs = [c for c in _vocatives(ix, q) if c != q.speaker]
        if vocs and not set(vocs) <= set(q.addressees):
            q.addressees = vocs


def _looked_at(work: Work, ix: _Index, direct: dict[int, _Attr]) -> None:
    """A line whose speaker the narration shows turning to, looking at or touching
    someone (`"What?" he said, catching her eye`, `She squeezed Clarke's hand. / "Told
    you."`) is said to them, unless the line calls someone or its tag names a listener."""
    quotes, text, paras = work.quotes, work.text, work.paragraphs
    verbs = gaze.verb_starts(text)
    seen: tuple[int, str, str] | None = None  # (paragraph, speaker, listener) of the last line so read
    for i, q in enumerate(quotes):
        if q.speaker is None or q.kind == "non_speech" or len(q.addressees) > 1:
            continue
        p = ix.para_of(q.start)
        if p < 0:
            continue
        near = seen is not None and seen[:2] == (p, q.speaker)
        lo = paras[p - 1].start if p > 0 else paras[p].start
        if not near and not any_between(verbs, lo, paras[p].end):
            continue  # no turning, looking or touching verb anywhere near
        a = direct.get(i)
        if a is not None and a.addressee is not None or any(c != q.speaker for c in _vocatives(ix, q)):
            continue
        if near and seen is not None:  # near implies seen; said again for the type checker
            q.addressees = [seen[2]]  # the rest of the speaker's paragraph goes to the same listener
            continue
        c = beat_listener(ix, quotes, i, q.speaker, verbs)
        if c is not None:
            q.addressees = [c]
            seen = (p, q.speaker, c)


def beat_listener(ix: _Index, quotes: list[Quote], i: int, speaker: str, verbs: list[int]) -> str | None:
    """The one the narration next to quote i shows `speaker` turning to, looking at or
    touching: the sentence after the line, the narration before it in its paragraph, or,
    for a line opening its paragraph, the last sentence of a narration paragraph before.
    `verbs` is `gaze.verb_starts` of the text."""
    q, text, paras = quotes[i], ix.work.text, ix.work.paragraphs
    p = ix.para_of(q.start)
    if p < 0:
        return None
    para = paras[p]
    after_end = min(quotes[i + 1].start, para.end) if i + 1 < len(quotes) else para.end
    spans = [(q.end, ix.sentences.end_after(q.end, after_end))]
    before_start = max(quotes[i - 1].end, para.start) if i > 0 else para.start
    spans.append((before_start, q.start))
    if before_start == para.start and p > 0 and (i == 0 or quotes[i - 1].end <= paras[p - 1].start):
        # a line opening its paragraph after pure narration: that narration's last sentence
        prev = paras[p - 1]
        spans.append((ix.sentences.start_before(prev.end - 1, prev.start), prev.end))
    for start, end in spans:
        if end - start < 3 or bisect_left(verbs, start) == bisect_left(verbs, end):
            continue
        c = gaze.beat_listener(text, ix.sentences, ix.mentions, ix.m_starts, start, end, speaker)
        if c is not None:
            return c
    return None
