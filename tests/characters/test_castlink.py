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


KITCHEN = """
Old Mrs Vane had died in the night, and by noon the house was full of whispering.

Lucy came down to the kitchen, where the cook was crying into her apron. "I never thought to see the day, miss," sobbed the old servant. "Forty years I cooked for her." "There, Hannah," said Lucy, taking her hands, "we must be brave for Papa."
"""


def test_a_described_speaker_the_reply_calls_by_name_is_that_cast_member():
    cast = [CharacterEntry("Lucy", pronouns="she"), CharacterEntry("Hannah", pronouns="she"),
            CharacterEntry("Mrs Vane", pronouns="she")]
    work = run_with_cast(KITCHEN, cast)
    assert speaker_of(work, "I never thought") == "Hannah"
    assert speaker_of(work, "There, Hannah") == "Lucy"

