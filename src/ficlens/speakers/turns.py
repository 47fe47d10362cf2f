"""Turns: the speech quotes of one paragraph and the parts of a continued quote."""

from __future__ import annotations

from ficlens.layers import QuoteLayer
from ficlens.model import Work
from ficlens.speakers.index import _Index

# --- turns: the speech quotes of one paragraph (and the parts of a continued quote) ---


def _turns(work: Work, ix: _Index) -> list[list[int]]:
    continues = work.layers.get(QuoteLayer).continues
    turns: list[list[int]] = []
    last_para = None
    for i, q in enumerate(work.quotes):
        if q.kind == "non_speech":
            continue
        p = ix.para_of(q.start)
        if turns and (p == last_para or (i - 1) in continues and turns[-1][-1] == i - 1):
            turns[-1].append(i)
        else:
            turns.append([i])
        last_para = p
    return turns
