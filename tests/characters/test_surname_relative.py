"""A bare surname is not the full name the text gives as that surname's relative:
"Garrick's brother Toby" is someone other than the "Garrick" who has the brother."""

from __future__ import annotations

from tests.characters.test_characters import holder, run

THE_CHIEF = """
Garrick rang at noon. He wanted the report by evening.

"Did you ever hear of Garrick's brother Toby, the one who drowned?" asked Wilma.

"Toby Garrick drowned at the lake," I said. "Garrick never believed it."

Garrick rang again at six. He was angry.

"Tell him nothing," said Wilma.
"""


def test_a_bare_surname_is_not_the_brother_named_by_it():
    work = run(THE_CHIEF)
    toby = holder(work, "Toby Garrick")
    assert "Garrick" not in toby.aliases
    chief = holder(work, "Garrick")
    assert chief.id != toby.id


THE_SON = """
Mr. Hallam came home at six. Mrs. Hallam met him at the door.

"Where is the boy?" asked Mr. Hallam.

Young Edwin Hallam was up the apple tree. When young Edwin came down at last, his knees were green.

"Edwin Hallam, look at you," said Mrs. Hallam.

"I fell," said Edwin.
"""


def test_mister_is_not_the_young_one_of_the_house():
    work = run(THE_SON)
    son = holder(work, "Edwin Hallam")
    assert "Mr. Hallam" not in son.aliases
    father = holder(work, "Mr. Hallam")
    assert father.id != son.id
