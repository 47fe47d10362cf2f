"""Descriptions in speech tags linked to a member of a user's cast (original passages)."""

from __future__ import annotations

from attribution import run_with_cast, speaker_of

from ficlens.fandoms import CharacterEntry

HARBOUR = """
A man stood at the end of the pier in the rain, and nobody asked his business.

"The boat will not come tonight," said the man.

CHAPTER ONE. THE HARBOUR

Next morning Ned Fallow walked down to the harbour with his sister Wynne. Ned had slept badly and his eyes were red.

"You look like a drowned cat," said Wynne.

Ned laughed and kicked a pebble into the water.

"I feel like one," said the young man. "Let us find some breakfast before the rain starts again."
"""


def test_a_plain_description_is_not_the_listed_stranger_with_the_same_noun():
    cast = [CharacterEntry("a man", pronouns="he"), CharacterEntry("Ned Fallow", aliases=["Ned"], pronouns="he"),
            CharacterEntry("Wynne", pronouns="she")]
    work = run_with_cast(HARBOUR, cast)
    assert speaker_of(work, "The boat will not") == "a man"
    assert speaker_of(work, "I feel like one") == "Ned Fallow"
