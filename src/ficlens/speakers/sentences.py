"""The sentence start before an offset as the tag-before-a-line and opener rules cut it.

Every other speaker rule reads the segmenter's `Sentences` (through `_Index.sentences`).
These two kept this cut because the shared one, measured, loses lines on LitBank: it
splits only before a capital and knows more abbreviations and initials, so it moves the
start of a tag sentence (`clauses._pre_tag`: 12 Zenda lines) and of an opener's sentence
(`replies`: a Secret Garden line).
"""

from __future__ import annotations

from ficlens.lang.en.abbreviations import CAPITALISED
from ficlens.lang.textscan import last_match_end
from ficlens.speakers.patterns import _ABBREV, _SENT_END

_ABBREV_REACH = max(len(a) for a in CAPITALISED) + 2  # characters before a dot `_ABBREV` can need


def _is_abbrev(seg: str, dot: int) -> bool:
    """True when the `.` at `dot` ends `Mr.` and the like. Only the few characters before
    the dot are searched: a search of the whole prefix at every sentence end made a long
    paragraph quadratic."""
    return _ABBREV.search(seg, max(0, dot - _ABBREV_REACH), dot + 1) is not None


def _last_sentence_start(seg: str, lo: int = 0, hi: int | None = None) -> int:
    """Offset (from `lo`) just past the last sentence end in `seg[lo:hi]` that is not at
    its (right-stripped) end, ignoring `Mr.`; 0 when there is none. It costs the length
    of the last sentence, not of `seg` (see `last_match_end`)."""
    hi = len(seg) if hi is None else hi
    limit = hi
    while limit > lo and seg[limit - 1].isspace():
        limit -= 1
    end = last_match_end(_SENT_END, seg, lo, hi, limit, lambda m: not (m.group().startswith(".") and _is_abbrev(seg, m.start())))
    return end - lo if end >= 0 else 0
