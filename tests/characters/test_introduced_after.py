"""A description brought in by "a gamekeeper" is the one named after it, not a speaker
already on stage whose own speech tag names him first (original passages)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

LANE = """
The cart stopped at a stile in the lane, beside which stood a tall gamekeeper with two bags over his shoulder.

"Surely they do not mean us to fill those bags?" whispered Mr. Abel Penrose to his cousin, climbing down into the mud.

"Still away in the north, is he, Hollis?" asked his cousin, nodding at the empty house.

The tall gamekeeper only nodded, and watched Mr. Penrose fumble with the gun as if it might bite him.

"You must not carry it so, sir, once it is loaded," said the tall gamekeeper. "You will shoot one of us."

Mr. Penrose lowered the gun at once and went very red.
"""


def test_a_speaker_named_by_his_own_tag_is_not_the_gamekeeper_brought_in_before():
    work = analyze(LANE, Options())
    assert speaker_of(work, "Surely they do not") == "Abel Penrose"
    assert speaker_of(work, "You must not carry") != "Abel Penrose"
