"""A line said by a voice nobody on stage owns is no one's turn (`voices.unseen_voice`),
and is the one the next line calls by name (`turns.name_unseen`)."""

from __future__ import annotations

from attribution import run_with_cast, speaker_of

from ficlens.fandoms import CharacterEntry

OVERHEARD = """
Mara and Daniel sat on the porch steps until the lamps went out across the valley. Daniel talked about the goats, and Mara listened.

"You would like the little black one," he said.

"I like all of them," she said.

Near midnight the kitchen window creaked open, and a voice hissed "are they asleep out there" and another voice, gruffer, muttered "Leave them be, Rosa," and then the window banged shut.

She covered her eyes.

"I am so sorry. My cousins are awful."

"It's fine."

"It is not fine."

"Nothing is wrong."
"""


def test_an_overheard_voice_is_nobody_on_stage_and_not_the_last_speaker():
    cast = [CharacterEntry("Daniel"), CharacterEntry("Mara"), CharacterEntry("Rosa")]
    work = run_with_cast(OVERHEARD, cast)
    assert speaker_of(work, "Leave them be") is None
    # the exchange after the narration is the two on the porch, not Rosa the voice called
    assert speaker_of(work, "I am so sorry") == "Mara"
    assert speaker_of(work, "It's fine") == "Daniel"
    assert speaker_of(work, "It is not fine") == "Mara"
    assert speaker_of(work, "Nothing is wrong") == "Daniel"


def test_an_unseen_voice_is_the_one_the_next_voice_calls_by_name():
    cast = [CharacterEntry("Daniel"), CharacterEntry("Mara"), CharacterEntry("Rosa")]
    work = run_with_cast(OVERHEARD, cast)
    assert speaker_of(work, "are they asleep") == "Rosa"
