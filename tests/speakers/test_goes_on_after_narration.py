"""A pronoun tag right after a line is the other party's, unless the narration since that
line went on about its speaker (`speakers/replies._recheck`, `guess._acted_since_line`),
on short original passages run through the whole pipeline."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import analyze

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


def test_a_narration_paragraph_that_names_the_other_but_goes_on_with_the_speaker():
    # the paragraph names Walter last, in "Walter's line", but its "he" after that is Ned,
    # who spoke before it: the tag after it goes on with Ned (`replies._named_between`)
    text = """Ned Harlow and Walter Pike had been at the wall since dawn, and neither had said a word about the money.

"Hold the end," said Ned. "No, the other end."

"I am holding it," said Walter.

"Then hold it still. And pass me the mallet while you are at it, Walter."

Walter passed it over. Ned tapped the last stone into Walter's line, and then he stepped back to look at it.

"You owe me nine shillings," he said.
"""
    work = analyze(text)
    assert speaker_of(work, "You owe me") == "Ned Harlow"
