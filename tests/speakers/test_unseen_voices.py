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


COUNTED = """
Ines and Mara sat on the dock long after the others had gone in. Ines was skipping stones, and Mara counted them.

"Seven," Mara said.

"Eight," said Ines. She laughs at that, low and surprised.

Up at the cabin a door opened, and a voice whispered "Is the stove out?" and another voice, sleepier, said "Tomas, go back to bed," and then, a third, very small, "It went out an hour ago," and the door shut again.

She covered her face. Ines was laughing.
"""


def test_a_second_voice_counted_on_from_one_is_unseen_too_past_a_name_the_first_called():
    cast = [CharacterEntry("Ines"), CharacterEntry("Mara"), CharacterEntry("Tomas")]
    work = run_with_cast(COUNTED, cast)
    assert speaker_of(work, "Tomas, go back to bed") is None
    assert speaker_of(work, "Is the stove out") == "Tomas"
    assert speaker_of(work, "It went out an hour ago") is None
