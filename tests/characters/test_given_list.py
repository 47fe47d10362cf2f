"""A user's own character list (`--characters FILE`): how listed names reach the text."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import analyze

from attribution import run_with_cast, speaker_of


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
    work = run_with_cast(CLINIC, cast)
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
    work = run_with_cast(KITCHEN, cast)
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
    work = run_with_cast(PARLOUR, cast)
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
    work = run_with_cast(SUPPER, cast)
    family = next(c for c in work.characters if c.name == "the Ashdowns")
    assert family.pronouns == "they"
    assert speaker_of(work, "It will snow") == "Mr. Ashdown"


def test_a_word_opening_a_sentence_is_no_shortened_listed_name():
    text = """
Washing up took an hour. Nobody helped.

"You could dry," said Tamsin. Washington Abara only laughed.
"""
    work = run_with_cast(text, [CharacterEntry("Washington Abara"), CharacterEntry("Tamsin")])
    washington = next(c for c in work.characters if c.name == "Washington Abara")
    assert "Washing" not in washington.aliases
    assert not any(work.text[m.start : m.end] == "Washing" for m in work.mentions)


FERRY = """
The ferry was late, and Tobin sat on his crate at the end of the pier.

"Is this the crossing to Hale?" asked a woman in a green coat.

"It is, when the boat comes," said Tobin.

"Then I shall wait with you."

"Suit yourself."

"I will," said Nora Marrow, and she sat down on the crate beside his.
"""


def test_a_speaker_brought_in_by_description_is_the_listed_character_named_next():
    cast = [CharacterEntry("Tobin", [], "he"), CharacterEntry("Nora Marrow", [], "she"), CharacterEntry("Ada", [], "she")]
    work = run_with_cast(FERRY, cast)
    assert speaker_of(work, "Is this the crossing") == "Nora Marrow"
    assert speaker_of(work, "It is, when") == "Tobin"
    assert speaker_of(work, "Then I shall") == "Nora Marrow"


MILL = """
Tobin Reyes stirred the fire. Mara Quill came in with the letter and sat down across from him.

"Harlan Pike has bought the mill," she said.

"Has he?"

"Harlan Pike paid in gold. Harlan Pike means to pull the old wheel down. Harlan Pike says it
creaks. Harlan Pike says a great many things."

"Then Harlan Pike is a fool."

"You always say that of Harlan Pike."

"And I am always right about Harlan Pike."

He stood up and took his coat from the hook. "I am going out."
"""


def test_a_name_only_talked_about_in_quotes_takes_no_narration_pronoun():
    cast = [CharacterEntry("Tobin Reyes", [], "he"), CharacterEntry("Mara Quill", [], "she"),
            CharacterEntry("Harlan Pike", [], "he")]
    work = run_with_cast(MILL, cast)
    he = work.text.index("He stood")
    m = next(m for m in work.mentions if m.start == he)
    assert work.character(m.character).name == "Tobin Reyes"
    assert speaker_of(work, "I am going out") == "Tobin Reyes"


def test_without_a_list_the_described_speaker_is_also_the_character_named_next():
    work = analyze(FERRY.strip() + "\n")
    assert speaker_of(work, "Is this the crossing") == "Nora Marrow"
    assert speaker_of(work, "It is, when") == "Tobin"


RECESS = """
Ada was the smallest in the school. The other boys in her class hardly noticed her at all. She
sat alone by the wall and read.

"Bookworm," the boys muttered as they went by.
"""


def test_a_listed_group_with_a_modifying_phrase_is_no_he_or_she():
    cast = [CharacterEntry("Ada"), CharacterEntry("The other boys in her class", aliases=["the boys"])]
    work = run_with_cast(RECESS, cast)
    boys = next(c for c in work.characters if c.name == "The other boys in her class")
    assert boys.pronouns == "they"
    assert speaker_of(work, "Bookworm") == "The other boys in her class"


def test_one_of_a_group_is_one_person():
    cast = [CharacterEntry("Ada"), CharacterEntry("one of the boys")]
    work = run_with_cast(RECESS, cast)
    assert next(c for c in work.characters if c.name == "one of the boys").pronouns != "they"


VERANDA = """
Old Mr. Pell had come up from the village to look at the broken gate, and stayed to talk about the harvest.

At last he sat down on the bench that Ada had cleared for him.

"You will stay for tea, I hope," said the girl, who had not had a visitor since May.
"We hardly see a soul out here."

"Just the one cup," said Mr. Pell.

Bess came out onto the veranda with the tea and a plate of biscuits.
"""


def test_a_plain_definite_description_is_the_named_character_on_stage():
    # "the girl" avoids repeating Ada's name: not Bess, whom the narration names only later
    cast = [CharacterEntry("Ada", [], "she"), CharacterEntry("Mr. Pell", [], "he"), CharacterEntry("Bess", [], "she")]
    work = run_with_cast(VERANDA, cast)
    assert speaker_of(work, "You will stay") == "Ada"
    assert speaker_of(work, "We hardly see") == "Ada"


HOMECOMING = """
His mother kept the lamp lit in the window every night that winter.

Far off, at the edge of the camp, a boy came up the road with his pass in his hand.

"Go on, then, and mind the ditch," called a sentry from the dark.

He walked along the river until the lights were far behind him. He climbed the hill in
the snow. He stopped at the gate and looked at the dark barn. He had been gone a year. He
knocked at the kitchen door. She opened it.

"Is it really you?" she said.
"""


def test_a_listed_passer_by_takes_no_he_or_she():
    # "a sentry" has no known gender: the run of "he"s must not make it the "she" too
    cast = [CharacterEntry("Danny"), CharacterEntry("his mother"), CharacterEntry("a sentry")]
    work = run_with_cast(HOMECOMING, cast)
    assert speaker_of(work, "Go on") == "a sentry"
    assert speaker_of(work, "Is it really") == "his mother"


def test_the_given_name_of_a_listed_full_alias_names_that_character():
    # a listed alias of three names ("Rowena Clare Ashdown", the bard's own name under her
    # stage name) gives its first and last names, as a listed two-word name does
    text = """
Oskar sat by the fire with his boots off. Tamsin sat across from him, tuning the lute.

"Play something," Oskar said.

"Only if you sing the chorus," said Rowena, and struck the first chord.
"""
    cast = [CharacterEntry("Oskar", pronouns="he"),
            CharacterEntry("Tamsin", aliases=["Rowena Clare Ashdown"], pronouns="she")]
    work = run_with_cast(text, cast)
    at = work.text.index("Rowena")
    tamsin = next(c.id for c in work.characters if c.name == "Tamsin")
    assert any(m.start == at and m.character == tamsin for m in work.mentions)
    assert speaker_of(work, "Only if you sing") == "Tamsin"


def test_a_listed_nickname_written_small_after_its_first_word_names_that_character():
    # "Sugar Plum" listed, "Sugar plum" written: a nickname of common words keeps only its
    # first capital in a call
    text = """
Bastian leaned in the doorway while Odile laced her skates.

"You'll be late again, Sugar plum," Bastian said.

"Then drive faster," she said.
"""
    cast = [CharacterEntry("Bastian", pronouns="he"),
            CharacterEntry("Odile", aliases=["Sugar Plum"], pronouns="she")]
    work = run_with_cast(text, cast)
    at = work.text.index("Sugar plum")
    odile = next(c.id for c in work.characters if c.name == "Odile")
    assert any(m.start == at and m.end == at + len("Sugar plum") and m.character == odile for m in work.mentions)
