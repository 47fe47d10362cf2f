"""Turns: the speech quotes of one paragraph and the parts of a continued quote."""

from __future__ import annotations

from ficlens.layers import QuoteLayer
from ficlens.model import Work
from ficlens.speakers.index import _Index
from ficlens.speakers.vocatives import _vocatives
from ficlens.speakers.voices import unseen_voice

# --- turns: the speech quotes of one paragraph (and the parts of a continued quote) ---


def _turns(work: Work, ix: _Index) -> list[list[int]]:
    continues = work.layers.get(QuoteLayer).continues
    turns: list[list[int]] = []
    last_para = None
    for i, q in enumerate(work.quotes):
        if q.kind == "non_speech":
            continue
        p = ix.para_of(q.start)
        if p >= 0 and _unseen(work, ix, i, p):
            continue  # an unseen voice is no one's turn: not the last speaker, not answered
        if turns and (p == last_para or (i - 1) in continues and turns[-1][-1] == i - 1):
            turns[-1].append(i)
        else:
            turns.append([i])
        last_para = p
    return turns


def _unseen(work: Work, ix: _Index, i: int, p: int) -> bool:
    para = work.paragraphs[p]
    q = work.quotes[i]
    prev_end = max(work.quotes[i - 1].end, para.start) if i > 0 else para.start
    next_start = min(work.quotes[i + 1].start, para.end) if i + 1 < len(work.quotes) else para.end
    return unseen_voice(ix, q, prev_end, next_start, para.start)


def name_unseen(work: Work, ix: _Index) -> None:
    """An unseen voice's line (left out of the turns) is the one the very next line calls
    by name, when that line stands in the same paragraph and calls one character only:
    `a voice whispers "are they here" and another voice goes "Bea, leave them,"`. The
    line stays out of the conversation; only its own speaker is filled."""
    quotes = work.quotes
    for i in range(len(quotes) - 1):
        q, nxt = quotes[i], quotes[i + 1]
        if q.speaker is not None or q.kind != "speech" or nxt.kind != "speech":
            continue
        p = ix.para_of(q.start)
        if p < 0 or ix.para_of(nxt.start) != p or not _unseen(work, ix, i, p):
            continue
        called = set(_vocatives(ix, nxt))
        if len(called) == 1 and nxt.speaker not in called:
            q.speaker, q.evidence, q.confidence = called.pop(), "implicit", 0.3
