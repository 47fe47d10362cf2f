"""A nod or a shake of the head right after a question answers it (`speakers.beats`,
`speakers.clauses`): the one nodding is the listener, and the asker goes on
(`"You remember the key?" She nodded. "Well, keep it safe."`)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

NOD = """
Alison stood by the gate with her bag while Lawrence locked up the house.

"Did you shut the shed?" asked Lawrence, pulling on his gloves.

"Yes."

"And you remember the key I gave you?" She nodded slowly. "Well, keep it somewhere safe."
"""


def test_the_one_nodding_at_a_question_said_neither_line_around_the_nod():
    cast = [CharacterEntry("Alison", [], "she"), CharacterEntry("Lawrence", [], "he")]
    work = analyze(NOD.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "And you remember") == "Lawrence"
    assert speaker_of(work, "Well, keep it") == "Lawrence"


SHRUG = """
Alison stood by the gate with her bag while Lawrence locked up the house.

"Did you shut the shed?" asked Lawrence, pulling on his gloves.

"Yes. It's done." She nodded at the shed. "Twice."
"""


def test_a_nod_after_a_line_that_asks_nothing_is_the_speakers_beat():
    cast = [CharacterEntry("Alison", [], "she"), CharacterEntry("Lawrence", [], "he")]
    work = analyze(SHRUG.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "Twice") == "Alison"


KEPT_NODDING = """
Alison stood by the gate with her bag while Lawrence locked up the house.

"Did you shut the shed?" asked Lawrence, pulling on his gloves.

"Yes."

"And you remember the key I gave you?" She sat shaking her head. "Well, look in your bag."
"""


def test_shaking_the_head_answers_a_question_as_a_shake_does():
    # the nod words are one list (lang/en/speech_verbs.NOD_WORDS) for the beat and the tag
    # rule: the beat's `nodding`, `shaking` answer too
    cast = [CharacterEntry("Alison", [], "she"), CharacterEntry("Lawrence", [], "he")]
    work = analyze(KEPT_NODDING.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "And you remember") == "Lawrence"
    assert speaker_of(work, "Well, look") == "Lawrence"
