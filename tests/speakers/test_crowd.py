"""Three or more people talking: an untagged line opening on someone's name answers that person's line."""

from __future__ import annotations

from attribution import speaker_at

from ficlens.pipeline import analyze
from ficlens.speakers.dialogue import Slot, decode


def _tagged(*names: str) -> list[Slot]:
    return [Slot(anchor=n, anchor_cost=4.0) for n in names]


def test_in_a_crowd_a_line_said_to_someone_follows_their_line():
    # Ann, Tom and Meg are all tagged; an untagged line the alternation would give Tom
    # is followed by a line said to Ann: Ann, not Tom, spoke in between
    slots = _tagged("Ann", "Tom", "Meg") + [
        Slot(guess="Tom", guess_cost=0.1, guess_weak=True),
        Slot(vocatives={"Ann"}, opens_on={"Ann"}),  # "Ann, you never listen."
    ]
    assert decode(slots)[3] == "Ann"


def test_between_two_people_the_alternation_still_decides():
    # only two are anchored: a line said to Ann after Tom's untagged guess stays cheap
    slots = _tagged("Ann", "Tom") + [
        Slot(guess="Ann", guess_cost=0.1, guess_weak=True),
        Slot(guess="Tom", guess_cost=0.1, guess_weak=True, vocatives={"Ann"}, opens_on={"Ann"}),
    ]
    assert decode(slots) == ["Ann", "Tom", "Ann", "Tom"]


BAKERY = """
Pia, Otto and Lou were icing buns in the back of the shop.

"These are lopsided," said Pia.

"They taste the same," said Otto.

"Nobody buys a lopsided bun," said Lou.

"I would buy one."

"Pia, you would buy anything."
"""


def test_a_passage_where_the_one_called_by_name_spoke_the_line_before():
    work = analyze(BAKERY.strip() + "\n")
    assert speaker_at(work, "I would buy one") == "Pia"
