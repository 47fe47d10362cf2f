"""A letter quoted whole in its own paragraph names its writer in its sign-off (`Love,
Gran`); the writer is not in the scene, so the line after it is not theirs: the narration
rule reads only the narration of the paragraph before, not a letter filling it."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry

from attribution import run_with_cast, speaker_of

CAST = [
    CharacterEntry("Tansy", [], "she"), CharacterEntry("Oren", [], "he"),
    CharacterEntry("Gran", [], "she"),
]

KITCHEN = """
"Is the boat late again?" Oren asked, dropping his bag by the door.

"Only by an hour," Tansy said. "Put the kettle on."

There was a card propped against the kettle, in a looping old-fashioned hand, and a tin of shortbread beside it.

"Darlings, the soup is in the small pan and the bread wants eating. Do not let the cat on the table. Love, Gran"

"She always thinks we'll starve."

"We would starve, without her."
"""


def test_the_line_after_a_signed_letter_is_not_its_writers():
    work = run_with_cast(KITCHEN, CAST)
    assert speaker_of(work, "Darlings") is None
    assert speaker_of(work, "She always") != "Gran"
