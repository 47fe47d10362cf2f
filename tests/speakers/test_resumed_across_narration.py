"""A line calling the one the narration before it shows acting (`"Don't, Jo."` after
`Jo whistled.`) is said by whoever spoke just before the narration only when that
narration is one sentence: over a longer one the scene has moved on."""

from __future__ import annotations

from ficlens.pipeline import analyze

from attribution import speaker_of

LINES = (
    '"You are both late," said Ines.\n\n'
    '"The ferry was slow," said Tobin.\n\n'
    '"It was not," said Mara.\n\n'
    '"Then why are you wet?" Ines asked.\n\n'
)


def test_after_one_sentence_the_one_who_spoke_before_goes_on() -> None:
    text = LINES + 'Tobin laughed at the puddle.\n\n"Stop laughing, Tobin."\n'
    assert speaker_of(analyze(text), "Stop laughing") == "Ines"


def test_after_a_longer_narration_the_one_who_spoke_before_does_not() -> None:
    text = LINES + (
        "Mara wrung the rain out of her sleeve and dropped her bag by the stove. "
        "Water ran across the boards, and Tobin laughed at the puddle.\n\n"
        '"Stop laughing, Tobin."\n'
    )
    assert speaker_of(analyze(text), "Stop laughing") == "Mara"
