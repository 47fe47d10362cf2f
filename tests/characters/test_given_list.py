"""A user's own character list (`--characters FILE`): how listed names reach the text."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.model import Work
from ficlens.pipeline import Options, analyze


def run(text: str, cast: list[CharacterEntry]) -> Work:
    return analyze(text.strip() + "\n", Options(characters=cast))


def speaker_of(work: Work, opening: str) -> str | None:
    q = next(q for q in work.quotes if work.text[q.start : q.end].startswith(opening, 1))
    c = work.character(q.speaker)
    return c.name if c else None


CLINIC = """
The rain had not stopped since noon. Wren Castillo shook out her coat in the doorway of the
clinic and looked for somebody who was awake.

The doctor came out of the back room, drying his hands on a towel.

"You're soaked through," the doctor said. "Sit by the stove."

"I walked from the quarry," Wren said. "Nobody else would come."

"Then you had better tell me what happened," said the doctor, and he pulled a chair close.
"""


def test_a_listed_title_names_its_holder_in_the_narration():
    cast = [CharacterEntry("Dr. Elias Brandt"), CharacterEntry("Wren Castillo", ["Wren"])]
    work = run(CLINIC, cast)
    assert speaker_of(work, "You're soaked") == "Dr. Elias Brandt"
    assert speaker_of(work, "I walked") == "Wren Castillo"
    assert speaker_of(work, "Then you had") == "Dr. Elias Brandt"


KITCHEN = """
Hester Vane set the kettle on and waited for her son to come down. Jory was late again.

Jory came in with his boots unlaced and sat at the table.

"Eat something before you go," said the mother. "You never eat."

"I'm not hungry," Jory said.
"""


def test_a_family_role_names_the_listed_character_in_the_scene():
    cast = [CharacterEntry("Mrs. Vane", ["Hester Vane"], "she"), CharacterEntry("Jory", [], "he")]
    work = run(KITCHEN, cast)
    assert speaker_of(work, "Eat something") == "Mrs. Vane"
    assert speaker_of(work, "I'm not hungry") == "Jory"


PARLOUR = """
Walter Penrose came in from the yard. Margaret Quill was already at the window, and the
letter lay open on the sill.

"You've read it, then," he said.

She did not turn round. "Twice. It says nothing we did not know."
"""


def test_a_listed_given_name_says_its_gender():
    cast = [CharacterEntry("Margaret Quill"), CharacterEntry("Walter Penrose")]
    work = run(PARLOUR, cast)
    pronouns = {c.name: c.pronouns for c in work.characters}
    assert pronouns == {"Margaret Quill": "she", "Walter Penrose": "he"}
    assert speaker_of(work, "You've read") == "Walter Penrose"
    assert speaker_of(work, "Twice") == "Margaret Quill"


SUPPER = """
The Ashdowns had come early, as they always did. Mr. Ashdown stood by the fire and rubbed
his hands while Nell Ashdown went to find her cousin.

"It will snow tonight," he said. "Mark me."
"""


def test_a_listed_family_is_no_he_or_she():
    cast = [CharacterEntry("Mr. Ashdown"), CharacterEntry("Nell Ashdown"), CharacterEntry("the Ashdowns")]
    work = run(SUPPER, cast)
    family = next(c for c in work.characters if c.name == "the Ashdowns")
    assert family.pronouns == "they"
    assert speaker_of(work, "It will snow") == "Mr. Ashdown"


def test_a_word_opening_a_sentence_is_no_shortened_listed_name():
    text = """
Washing up took an hour. Nobody helped.

"You could dry," said Tamsin. Washington Abara only laughed.
"""
    work = run(text, [CharacterEntry("Washington Abara"), CharacterEntry("Tamsin")])
    washington = next(c for c in work.characters if c.name == "Washington Abara")
    assert "Washing" not in washington.aliases
    assert not any(work.text[m.start : m.end] == "Washing" for m in work.mentions)
