"""A pronoun tag right after a line is the other party's, unless the narration since that
line went on about its speaker (`speakers/replies._recheck`, `guess._acted_since_line`),
on short original passages run through the whole pipeline."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry

from attribution import run_with_cast, speaker_of

CAST = [CharacterEntry("Tobin", [], "he"), CharacterEntry("Marek", [], "he")]


def test_the_speaker_the_narration_went_on_about_speaks_again():
    text = """
Tobin and Marek stood by the well.

"Where is the rope?" Marek asked.

"In the shed," said Tobin. Tobin kicked at the bucket with his boot.

"I will bring it myself," he said.
"""
    work = run_with_cast(text, CAST)
    assert speaker_of(work, "I will bring") == "Tobin"


def test_after_a_bare_line_the_other_party_answers():
    text = """
Tobin and Marek stood by the well.

"Where is the rope?" Marek asked.

"In the shed," said Tobin.

"I will bring it myself," he said.
"""
    work = run_with_cast(text, CAST)
    assert speaker_of(work, "I will bring") == "Marek"
