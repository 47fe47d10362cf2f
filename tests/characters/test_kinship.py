"""Kinship: "his wife", "her mother", "Tom's aunt" and a child's "Da" name the right person."""

from __future__ import annotations

from ficlens.characters import find_characters
from ficlens.fandoms import CharacterEntry
from ficlens.model import Work
from ficlens.pipeline import analyze
from ficlens.quotes import find_quotes
from ficlens.read import read
from ficlens.segment import segment


def run(text: str, restrict: list[CharacterEntry] | None = None) -> Work:
    work = segment(read(text.strip() + "\n"))
    find_quotes(work)
    return find_characters(work, restrict=restrict)


def char_at(work: Work, text_at: str, nth: int = 0) -> str | None:
    """The name of the character of the title mention that starts at `text_at`."""
    pos = -1
    for _ in range(nth + 1):
        pos = work.text.index(text_at, pos + 1)
    names = {c.id: c.name for c in work.characters}
    return next((names[m.character] for m in work.mentions if m.start == pos and m.kind == "title"), None)


def speaker_of(work: Work, line: str) -> str | None:
    names = {c.id: c.name for c in work.characters}
    q = next(q for q in work.quotes if line in work.text[q.start : q.end])
    return names.get(q.speaker)


HARROWS = """
Mr. Harrow came down late to breakfast. Mrs. Harrow had already read the letter twice, and
Violet Harrow was buttering toast by the window.

"The vicar is coming to dinner," said his wife, before he had sat down.

"Then I shall dine at the club," said Mr. Harrow.

Violet laughed. "You cannot, Papa. He is coming for you."

"Violet, do not be pert," her mother said.

"She is quite right, though," said her father, and he took the letter.
"""


def test_his_wife_is_mrs_of_the_same_surname():
    work = analyze(HARROWS)
    assert char_at(work, "his wife") == "Mrs. Harrow"
    assert speaker_of(work, "The vicar is coming") == "Mrs. Harrow"


def test_her_mother_and_her_father_are_the_parents_of_her_family():
    work = analyze(HARROWS)
    assert speaker_of(work, "do not be pert") == "Mrs. Harrow"
    assert speaker_of(work, "quite right, though") == "Mr. Harrow"


def test_a_listed_family_is_found_the_same_way():
    entries = [CharacterEntry("Mr. Harrow"), CharacterEntry("Mrs. Harrow"), CharacterEntry("Violet", ["Violet Harrow"])]
    work = run(HARROWS, restrict=entries)
    assert char_at(work, "his wife") == "Mrs. Harrow"
    assert char_at(work, "her father") == "Mr. Harrow"


def test_unnamed_kin_who_speaks_is_a_character_named_by_the_description():
    text = """
Owen Tally stood at the gate with his hat in his hands. Nobody had answered the bell.

"He is not at home," said Owen's aunt from the upper window. "Go away, the pair of you."

Owen shrugged and walked off. Owen's aunt shut the window and went back to her sewing.
"""
    work = analyze(text)
    assert speaker_of(work, "He is not at home") == "Owen's aunt"
    assert char_at(work, "Owen's aunt", nth=1) == "Owen's aunt"


def test_a_possessor_with_no_family_match_keeps_his_own_lines():
    text = """
Doran leaned on the counter and watched the rain.

"Shut the door," Doran said. "His brother will be here soon enough."
"""
    work = analyze(text)
    assert speaker_of(work, "Shut the door") == "Doran"


def test_a_childs_da_is_the_father_of_the_family():
    text = """
Rose Kettle ran up the lane with her brother behind her. Sam Kettle was always slower.

"Da's boat is in," she called. "I can see the red sail."

Sam looked where she pointed. "That's not Da's. His sail has a patch."

Years later, when they talked of Hugh Kettle, they would remember the patch on that sail.

Rose said it was the only thing about Da that never changed.
"""
    work = run(text)
    da = [c for c in work.characters if "Da" == c.name or "Da" in c.aliases]
    assert len(da) == 1 and da[0].name == "Hugh Kettle"


def test_a_kin_word_called_out_is_the_family_member_it_names():
    text = """
Uncle Barnaby sat by the fire with his boots off. Ivy Stroud brought him his tea.

"Uncle, you will burn your feet," she said.

"Let them burn."

"Oh, uncle, you are impossible."
"""
    work = analyze(text)
    first = next(q for q in work.quotes if "burn your feet" in work.text[q.start : q.end])
    names = {c.id: c.name for c in work.characters}
    assert [names[c] for c in first.addressees] == ["Uncle Barnaby"]
    assert speaker_of(work, "Let them burn") == "Uncle Barnaby"


def test_the_mother_of_a_family_story_is_its_mrs():
    text = """
Mrs. Pell had the kettle on before the children came down. Hester and Ned were late again.

"Sit and eat," said the mother. "The cart leaves at eight."

"I'm not hungry," Ned said.
"""
    entries = [CharacterEntry("Mrs. Pell"), CharacterEntry("Hester"), CharacterEntry("Ned")]
    work = run(text, restrict=entries)
    assert char_at(work, "the mother") == "Mrs. Pell"


def test_kin_of_an_unnamed_possessor_still_speaks():
    text = """
The boy came in from the yard with mud to his knees and stood by the stove.

"I'm going with the drovers in the morning," he said.

"You'll do no such thing," his mother had replied, and she went on scrubbing the pot.
"""
    work = analyze(text)
    assert speaker_of(work, "no such thing") == "his mother"


# the first character clustered (index 0) holds the family title the niece calls out
UNCLE = """
Abel Marsh sat at the head of the table. Abel Marsh was a quiet man, and Uncle Abel to his niece.

"Uncle, you have not touched your soup," said Bess Marsh.
"""


def test_a_kin_word_called_out_names_the_title_holder_even_the_first_character():
    w = run(UNCLE)
    names = {c.id: c.name for c in w.characters}
    at = w.text.index('"Uncle') + 1
    assert [names[m.character] for m in w.mentions if m.start == at] == ["Abel Marsh"]


PORCH = """
Wendell Quill sat on the porch steps with the dog. Sheriff Quill came out with two glasses of lemonade and sat beside him.

Wendell looked at his dad. "Are you going back tonight?"

"Only if the radio goes," said the Sheriff.
"""


def test_a_parent_known_by_an_office_and_the_family_surname():
    # "his dad" of Wendell Quill is the one Quill man known by a rank, not by Mr. (the
    # list keeps them apart, as a pack does: a bare title and surname alone may join him)
    work = run(PORCH, restrict=[CharacterEntry("Wendell Quill", ["Wendell"], "he"),
                                CharacterEntry("Sheriff Quill", ["the Sheriff"], "he")])
    assert char_at(work, "his dad") == "Sheriff Quill"


PHONE = """
I found my phone under a pile of laundry. Four missed calls. I sat on the bed and I rang back before I could think better of it. My hands were cold.

"There you are! I thought you'd fallen in a ditch."

"I'm fine, Mum. I was at work."

"Work until midnight? Are you eating?"

"Yes, Mum."
"""


def test_a_parent_called_out_by_the_narrator_is_a_character_of_their_own():
    # nobody in the story is the narrator's mother: "Mum" on the phone is her, one person
    work = run(PHONE)
    mum = [c for c in work.characters if c.name == "Mum"]
    assert len(mum) == 1 and mum[0].pronouns == "she"
    ids = {m.character for m in work.mentions if work.text[m.start : m.end] == "Mum"}
    assert ids == {mum[0].id}


def test_a_ms_of_the_callers_surname_is_the_mother_called_out():
    # a mother may be Ms. Quarrie, not Mrs.: Dunstan Quarrie's "Mom" is her
    text = """
Dunstan Quarrie dropped his bag by the door. Ms. Quarrie looked up from the stove. She was frowning.

"Hi, Mom," Dunstan said.

"You're late," she said.
"""
    work = run(text)
    at = work.text.index("Mom")
    names = {c.id: c.name for c in work.characters}
    assert [names[m.character] for m in work.mentions if m.start == at] == ["Ms. Quarrie"]
