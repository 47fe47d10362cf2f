"""Referential gender of characters: given names, descriptions, groups, titles."""

from __future__ import annotations

from ficlens.characters import find_characters
from ficlens.fandoms import CharacterEntry
from ficlens.model import Work
from ficlens.pipeline import Options, analyze
from ficlens.quotes import find_quotes
from ficlens.read import read
from ficlens.segment import segment

from attribution import speaker_of


def run(text: str, restrict: list[CharacterEntry] | None = None) -> Work:
    work = segment(read(text.strip() + "\n"))
    find_quotes(work)
    return find_characters(work, restrict=restrict)


def gender(work: Work, name: str) -> str | None:
    return next(c.pronouns for c in work.characters if c.name == name)


def test_listed_character_takes_the_usual_gender_of_its_given_name():
    text = """
Emma Holt wiped the counter while Walter stacked the chairs.

"Shut the shutters," she told him. He did, slowly.
"""
    cast = [CharacterEntry("Emma Holt"), CharacterEntry("Walter")]
    work = run(text, restrict=cast)
    assert gender(work, "Emma Holt") == "she"
    assert gender(work, "Walter") == "he"


def test_given_name_outweighs_a_few_stray_pronoun_votes():
    # the narration's "he" after Emma's line belongs to Walter, and votes for her by mistake
    text = """
"Bring the lamp," said Emma. He brought it.

Emma set it on the sill. He sat down.

"Thank you," said Emma. She smiled at him.
"""
    work = run(text, restrict=[CharacterEntry("Emma"), CharacterEntry("Walter")])
    assert gender(work, "Emma") == "she"


def test_a_listed_group_is_they_and_never_takes_he():
    text = """
The fishermen hauled the boat up the shingle while Walter watched.

"Storm by night," they said.

"Then I'll stay," he said.
"""
    work = analyze(text.strip() + "\n", Options(characters=[CharacterEntry("the fishermen"), CharacterEntry("Walter")]))
    assert gender(work, "the fishermen") == "they"
    assert speaker_of(work, "Storm") == "the fishermen"
    assert speaker_of(work, "Then") == "Walter"


def test_a_listed_possessive_phrase_is_matched_whole():
    text = """
I was mending a net when my old friend came up the path and called out to me.

"You never lock that gate," he said, laughing.
"""
    cast = [CharacterEntry("I"), CharacterEntry("my old friend", [], "he")]
    work = analyze(text.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "You never") == "my old friend"


def test_the_doctor_is_the_one_character_titled_doctor():
    text = """
Dr. Silas Penn lived at the end of Mill Row, and Walter Hale kept the shop beside him.

One wet evening Walter heard a knock, and the doctor came in shaking out his umbrella.

"Have you any quinine left?" he asked.
"""
    cast = [CharacterEntry("Dr. Penn", ["Dr. Silas Penn"]), CharacterEntry("Walter Hale", ["Walter"])]
    work = analyze(text.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "Have you") == "Dr. Penn"


def test_the_doctor_capitalised_joins_the_one_dr():
    text = """
Dr. Marsh kept his surgery above the bakery. Walter climbed the stairs at nine.

"You again," the Doctor said, not looking up from his ledger.
"""
    work = run(text)
    marsh = [c for c in work.characters if "Dr. Marsh" in (c.name, *c.aliases)]
    assert len(marsh) == 1 and "the Doctor" in (marsh[0].name, *marsh[0].aliases)


def test_a_person_the_narration_only_ever_calls_they_is_singular_they():
    # no he or she for Marlo anywhere, three narration "they"s: the tag's "they" is Marlo
    text = """
Marlo came in out of the rain. They shook the water off their coat and hung it by the door.

"You're soaked, Marlo," said Bea.

Marlo sat down by the stove. They held their hands out to it and did not answer.

Bea put the kettle on. Marlo watched her. They looked tired.

"Cold out there," they said.
"""
    work = analyze(text.strip() + "\n", Options())
    assert gender(work, "Marlo") == "they"
    assert speaker_of(work, "Cold out there") == "Marlo"
