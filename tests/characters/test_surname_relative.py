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
