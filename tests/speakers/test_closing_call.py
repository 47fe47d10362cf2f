"""A turn that ends on someone's name (`"... You know the current there, Cal?"`) hands
the word to them: anyone else answering it costs more than answering a line that
called them earlier on (`dialogue.CLOSED_COST`, read from `Slot.closes_on`)."""

from __future__ import annotations

from ficlens.pipeline import analyze
from ficlens.speakers.conversation import _last_called
from ficlens.speakers.dialogue import Slot, decode
from ficlens.speakers.index import _Index

FORD = """
Ana spread the map on the table. Ben and Cal leaned over it.

"Where do we cross?" Ana asked.

"Cal, bring the lamp. We cross at the ford," said Ben. "You know the current there, Cal?"
"""


def test_the_names_called_in_a_turns_last_sentence():
    work = analyze(FORD.strip() + "\n")
    ids = {c.name: c.id for c in work.characters}
    ix = _Index(work)
    first, last = work.quotes[1], work.quotes[2]
    # "Cal, bring the lamp. We cross at the ford.": a call, but not in its last sentence
    assert _last_called(ix, first, {ids["Cal"]}) == set()
    assert _last_called(ix, last, {ids["Cal"]}) == {ids["Cal"]}


def _ford(closes: bool) -> list[Slot]:
    # `"Where do we cross?" Ana asked.` / Ben turned to Ana: `"At the ford. You know the
    # current there, Cal?"` / `"Like my own hand."` (untagged; the one-sided guess says Ana)
    return [
        Slot(anchor="ana", anchor_cost=4.0),
        Slot(anchor="ben", anchor_cost=4.0, vocatives={"cal"}, closes_on={"cal"} if closes else set(),
             listener="ana", listener_of="ben"),
        Slot(guess="ana", guess_cost=0.1, guess_weak=True),
    ]


def test_the_one_a_turn_ends_calling_answers_it_over_the_gaze():
    assert decode(_ford(closes=True)) == ["ana", "ben", "cal"]
    # called only earlier in the turn, the gaze and the guess still give it to Ana
    assert decode(_ford(closes=False)) == ["ana", "ben", "ana"]
