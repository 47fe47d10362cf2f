"""Pronouns a writer's note gives a character (`Rosa uses they/them`)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

from attribution import speaker_of


def test_a_note_giving_they_them_outweighs_the_given_name():
    text = """
a short one for the prompt exchange. rosa uses they/them. no beta, sorry

Rosa carried the last crate up from the cellar and set it down by the door.

"Is that all of them, Rosa?" asked Gil.

"That's the lot," they said.
"""
    work = analyze(text.strip() + "\n", Options())
    assert next(c.pronouns for c in work.characters if c.name == "Rosa") == "they"
    assert speaker_of(work, "That's the lot") == "Rosa"


def test_a_name_in_brackets_with_pronouns():
    text = """
nonbinary Rosa (they/them) and their very tired brother.

Rosa carried the last crate up from the cellar and set it down by the door.

"Is that all of them, Rosa?" asked Gil.

"That's the lot," they said.
"""
    work = analyze(text.strip() + "\n", Options())
    assert speaker_of(work, "That's the lot") == "Rosa"
