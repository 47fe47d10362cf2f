"""An untagged line after narration whose last sentence a `when` clause interrupts: the
one the clause brings in acts last and says the line (`Ines was rolling out the dough
when Tobin came in.` / `"..."`), not the subject of the main clause."""

from __future__ import annotations

from ficlens.pipeline import analyze

from attribution import speaker_of


def test_the_one_a_when_clause_brings_in_speaks() -> None:
    text = (
        '"You are late," said Ines.\n\n'
        '"The cart lost a wheel," said Tobin.\n\n'
        "Ines was rolling out the dough when Tobin came in from the yard with the eggs.\n\n"
        '"Is there any bread left?"\n'
    )
    assert speaker_of(analyze(text), "Is there any") == "Tobin"


def test_a_when_clause_after_a_comma() -> None:
    text = (
        '"Is the well dry?" asked Mara.\n\n'
        '"Not yet," said Hollis.\n\n'
        "Mara sat on the wall with her boots off, counting the sheep, when Hollis came up the lane.\n\n"
        '"Two are missing."\n'
    )
    assert speaker_of(analyze(text), "Two are") == "Hollis"


def test_the_subject_after_a_clause_that_opens_the_sentence_speaks() -> None:
    """`Later, after Nan had gone up to bed, Bo found Tom in the barn.` / `"..."`: the
    main clause's subject, after the commas, says the line, not the last one named."""
    text = (
        '"Supper is cold," said Nan.\n\n'
        '"Then eat it cold," said Tom.\n\n'
        '"I will not," said Bo.\n\n'
        "Later, after Nan had gone up to bed, Bo found Tom in the barn.\n\n"
        '"You were rude to her."\n'
    )
    assert speaker_of(analyze(text), "You were rude") == "Bo"
