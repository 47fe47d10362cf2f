"""Three people in a scene: the line after a narration that shows the one spoken to."""

from __future__ import annotations

from ficlens.pipeline import analyze
from attribution import speaker_at


PARLOUR = """
Hattie, Rose and Nell sat round the fire after supper.

"We shall have no presents this year," said Hattie.

"Nell will sulk about it all week," remarked Rose, with a look at her sister on the rug.

Nell kicked the fender and began to hum.

"Stop it, Nell. You sound like a kettle."

"That is why I do it."

"You are a horrid child!"

"And you are a prig!"

"Hush, both of you," said Hattie.
"""


def test_the_one_who_spoke_before_the_narration_talks_to_the_one_it_shows():
    work = analyze(PARLOUR.strip() + "\n")
    assert speaker_at(work, "Stop it, Nell") == "Rose"
    assert speaker_at(work, "That is why") == "Nell"
    assert speaker_at(work, "horrid child") == "Rose"
    assert speaker_at(work, "a prig") == "Nell"


KITCHEN = """
The kettle boiled at last. Tom fetched the cups, Ann cut the bread, and Ned poured the tea with a grin at the others.

"Two sugars for me, and no arguing."

"You will have one," said Ann.
"""


def test_after_joined_clauses_the_last_clauses_subject_speaks():
    work = analyze(KITCHEN.strip() + "\n")
    assert speaker_at(work, "Two sugars") == "Ned"
