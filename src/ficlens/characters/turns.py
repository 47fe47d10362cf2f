"""Turns of a dialogue: who the speech tags of a paragraph named.

Dialogue alternates. When one paragraph's line is tagged with a name ("'A wet
evening,' Venn remarked.") and the next paragraph's line with a plain description
("'...,' the old man replied."), the description is the other party: salience alone
gave it to the name just tagged, merging the two speakers into one character (measured
on se-train: the one description kept for the whole scene then took the other man's lines).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ficlens.characters.describe import _description_gender as description_gender
from ficlens.characters.names import Occ
from ficlens.model import Quote

TAG_GAP = 30  # characters between a quotation and the name that tags it ("," said Mr. Hale)


def note_tag(o: Occ, idx: int, tagged: dict[int, set[int]], quotes: Sequence[Quote], qends: Sequence[int]) -> None:
    """Record, in place, that the name or description `o` (resolved to entity `idx`) tags a line of its
    paragraph in the narration: a speech tag right after or before a quotation (not
    "because he had said her name, Wren", a name spoken of in the narration)."""
    if not o.speech or o.quoted:
        return
    i = bisect_right(qends, o.start)  # `qends`: the quotations' ends, in order
    before = i > 0 and o.start - quotes[i - 1].end <= TAG_GAP
    after = i < len(quotes) and quotes[i].start >= o.end and quotes[i].start - o.end <= TAG_GAP
    if before or after:
        tagged.setdefault(o.para, set()).add(idx)


def previous_turn(o: Occ, tagged: dict[int, set[int]]) -> set[int]:
    """The named speakers of the paragraph just before a description's own tagged line
    (and not named in a tag of its own paragraph): those the description is not."""
    if not o.speech or o.quoted:
        return set()
    return tagged.get(o.para - 1, set()) - tagged.get(o.para, set())


def earlier_party(o: Occ, tagged: dict[int, set[int]], turn: set[int], genders: Sequence[str | None]) -> int | None:
    """The one speaker of the line two paragraphs before, of the description's gender:
    "said a young gardener" / "said Hollis" / "said the young man" is the gardener again."""
    g = description_gender(o.core)
    cands = {i for i in tagged.get(o.para - 2, set()) - turn if g is None or genders[i] in (g, None)}
    return next(iter(cands)) if len(cands) == 1 else None
