"""Abbreviations a full stop does not end a sentence after: the one list.

`ABBREVIATIONS` is lower-case, without the stop (`mr`, `mt`, `e.g`). The segmenter's
sentence splitter compares the lower-cased word before a stop against it; the speaker
rules, cutting a tag clause at a sentence end, match the capitalised forms
(`CAPITALISED`, so `Mt.` but not a lower-case `no.`).
"""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "CAPITALISED"]

ABBREVIATIONS = frozenset(
    "mr mrs ms mx dr st prof sr jr mt capt col gen lt sgt rev fr hon messrs mme mlle no vs etc "
    "e.g i.e cf approx dept est fig inc ltd co jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

# longest first, so an alternation of them tries `Mrs` before `Mr`
CAPITALISED = tuple(sorted({a[:1].upper() + a[1:] for a in ABBREVIATIONS}, key=lambda a: (-len(a), a)))
