"""A pronoun tag after a narration paragraph goes on with that narration's last subject
(`speakers/centering.py`), on short original passages run through the whole pipeline."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze
from ficlens.speakers import centering
from ficlens.speakers.index import _Index

from attribution import speaker_of

CAST = [CharacterEntry("Oren", ["the smith"], "he"), CharacterEntry("Corin", [], "he")]


def test_the_one_the_narration_was_about_says_the_line():
    # Corin is the last man named, but the narration is about the smith, who comes over
    text = """
Oren worked the bellows while Corin watched from the door.

"You are late," Oren said.

Corin's mouth closed.

Rain ran off the eaves. The smith set down his tongs, slowly, like Corin was a horse that might bolt, and came close enough that Corin could see the soot on his face.

"I waited for you all night," he said.
"""
    work = analyze(text.strip() + "\n", Options(characters=CAST))
    assert speaker_of(work, "I waited") == "Oren"


def test_a_last_sentence_about_someone_else_leaves_the_pronoun_alone():
    # the narration ends on Corin: the he is his, as the characters stage has it
    text = """
Oren worked the bellows while Corin watched from the door.

"You are late," Oren said.

Rain ran off the eaves. Corin shook the water from his hat and looked at the smith.

"I waited for you all night," he said.
"""
    work = analyze(text.strip() + "\n", Options(characters=CAST))
    assert speaker_of(work, "I waited") == "Corin"


def test_the_subject_of_a_clause_after_but_acts_last():
    # `..., but Tobin was quicker.`: the man of the last joined clause speaks, not Marek
    text = """
Tobin and Marek sat by the fire, and Nell brought the bill.

"Who will pay?" Nell asked.

Marek opened his purse to answer, but Tobin was quicker.

"I will," said he.
"""
    cast = [CharacterEntry("Tobin", [], "he"), CharacterEntry("Marek", [], "he"), CharacterEntry("Nell", [], "she")]
    work = analyze(text.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "I will") == "Tobin"


def test_a_subject_after_a_short_opening_phrase_is_the_last_subject():
    # `In the end Marek sank down`: three words before the subject, who then speaks
    text = """
Tobin rode up to the inn in the rain, and Nell met him at the door.

"We have no room," she said.

Tobin stared at her. Tobin looked past her at Marek, who lay asleep by the fire. In the end Marek sank down onto the bench.

"He can have mine," he said.
"""
    cast = [CharacterEntry("Tobin", [], "he"), CharacterEntry("Marek", [], "he"), CharacterEntry("Nell", [], "she")]
    work = analyze(text.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "He can have") == "Marek"


def test_a_last_sentence_on_she_goes_on_with_the_subject_before_it():
    # `She meant to find out` continues Ines, the subject of the sentence before it, not
    # Mrs. Pell, whom that sentence only talks about: so does the pronoun tag after it
    text = """
Ines Garrow stopped at the bakery on her way home. Mrs. Pell was counting coins behind the counter, and she looked up with a sigh.

"We're shut, dear," said Mrs. Pell.

Ines let that pass, sure that Mrs. Pell was hiding something from her. She meant to find out what it was before the week was out.

"Who came by this morning?" she asked.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Who came by") == "Ines Garrow"


def test_the_subject_after_an_opening_phrase_and_its_comma_is_the_last_subject():
    # `After a long wait at the crossing, Ines walked ...`: the main clause's subject comes
    # after the comma, past the three words a subject may follow (guess._main_subject)
    text = """
Ines Garrow had spent the whole afternoon at the market with her neighbour. Mrs. Pell had bought far too much, and she was tired.

"We'll never carry all this," said Mrs. Pell.

After a long wait at the crossing, Ines walked Mrs. Pell home.

"It's late, and I can't stop," she said.
"""
    work = analyze(text.strip() + "\n")
    names = {c.id: c.name for c in work.characters}
    found = centering.last_subject(_Index(work), "she", work.text.index("she said"))
    assert found is not None and names[found] == "Ines Garrow"
