"""A listed "one of them" is matched verbatim and speaks for the member it names."""

from __future__ import annotations

from attribution import run_with_cast, speaker_of

from ficlens.fandoms import CharacterEntry

WELL = """
The villagers crowded round the well in the grey morning. After a long silence one of them, bolder than the rest, cried down into the dark, "Is anybody there?" Nothing answered.

At noon they came back with ropes, and one of them shouted again, "Hold on, we are coming!"
"""


def test_a_listed_partitive_is_a_mention_and_a_speaker():
    cast = [CharacterEntry("the villagers"), CharacterEntry("one of them")]
    work = run_with_cast(WELL, cast)
    assert speaker_of(work, "Is anybody there") == "one of them"


def test_two_listed_members_sharing_one_of_them_both_speak():
    cast = [CharacterEntry("the villagers"), CharacterEntry("one of them"), CharacterEntry("one of them")]
    work = run_with_cast(WELL, cast)
    assert speaker_of(work, "Is anybody there") == "one of them"
    assert speaker_of(work, "Hold on") == "one of them"
