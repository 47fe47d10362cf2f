"""A name a pronoun tag's own verb acts on (`He beckoned Tom ... and said`) is neither
the subject nor the speaker: short original passages through the whole pipeline."""

from __future__ import annotations

from ficlens.pipeline import analyze

from attribution import speaker_of


def test_the_man_beckoned_is_not_the_one_who_speaks():
    # Silas opens the paragraph, but "he" beckons Silas and then speaks to him
    text = """
Dr. Marlow came down the stairs slowly. He had seen enough of the sickroom to be angry, and he
meant to say so.

Silas Brand was sitting by the stove with his boots off, humming to himself. His good cheer
grated on the doctor. He beckoned Silas into the hall and said sharply:

"Your daughter has been ill for days. Why was nobody sent for me?"
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Your daughter") == "Dr. Marlow"
