"""Nicknames made from a known name: fused with an insult, clipped with a pet ending, or a
listed short form that does not begin the long name."""

from __future__ import annotations

from ficlens.layers import Cast
from ficlens.pipeline import analyze
from tests.characters.test_characters import holder, mention_char, run

SHED = """
Marisolde Tarraway and Pendlebury were sanding the boat. Marisolde hummed.

"Pass the rag, Stupendlebury," Marisolde said.

"Get it yourself, Maris," said Pendlebury. He did not look up.

"Please, Pends."

Pendlebury threw it at her.
"""


def test_a_name_fused_with_an_insult_is_that_character():
    work = run(SHED)
    pendlebury = holder(work, "Pendlebury")
    assert mention_char(work, "Stupendlebury") == pendlebury.id


def test_a_clipped_name_with_a_pet_ending_is_that_character():
    work = run(SHED)
    assert mention_char(work, "Pends") == holder(work, "Pendlebury").id


def test_a_short_name_clipped_with_es_is_that_character():
    # "Dumes" keeps all of "Dumo" but its last letter: the two-letter ending is a pet one
    text = """
Dumo mended the net on the jetty. Dumo whistled through his teeth.

"Hand me the twine, Dumes," said Wendeline.

He passed it over without a word.
"""
    work = run(text)
    assert mention_char(work, "Dumes") == holder(work, "Dumo").id


def test_a_clipped_nickname_of_another_gender_stays_apart():
    text = """
Rosalind Ferrow crossed the yard. Rosalind was late.

Rosi met her at the gate. He bowed, and he smiled. He took her basket.
"""
    work = run(text)
    assert mention_char(work, "Rosi met") != holder(work, "Rosalind").id


def test_a_listed_short_form_names_the_long_name():
    text = """
Harriet Quell sat by the window. Harriet did not look up.

"Hattie, the kettle," said her aunt.

Hattie got up.
"""
    work = run(text)
    assert mention_char(work, "Hattie got") == holder(work, "Harriet").id


def test_a_naval_rank_is_a_title_its_epithet_follows():
    text = """
Ensign Abara checked the panel twice. Commander Holt paced behind her.

"Well?" said Holt.

"Nothing yet, sir," said the ensign.
"""
    work = run(text)
    assert mention_char(work, "the ensign") == holder(work, "Ensign Abara").id


KITCHEN = """
My name is Tamsin Vell, and I was halfway through the potatoes when Aunt Ottilie came in from the garden. I didn't look up. I was still angry with her about the letter, and I think she knew it.

"Leave those, Sprout." She took the knife out of my hand and put it in the sink.

"I'm nearly done," I said.

Ottilie sat down at the table. She watched me for a long minute. Outside the hens were fussing.

"You're your mother all over," she said. "Stubborn as a gatepost."

Then the door banged and Corwin came in, muddy to the knees, and Ottilie turned to him.

"Boots off, Mudlark."
"""


def test_a_pet_name_others_call_the_narrator_is_the_narrator():
    work = run(KITCHEN)
    cast = work.layers.find(Cast)
    assert cast is not None and cast.first_person
    narrator = holder(work, "Tamsin").id
    assert mention_char(work, "Sprout") == narrator
    # a bare line calling someone else stays that someone's, not the narrator's
    assert mention_char(work, "Mudlark") != narrator


def test_a_royal_form_of_address_is_no_character():
    text = """
Prince Aldous stood at the window. The steward bowed low behind him.

"The horses are ready, Sire," said the steward.

"Then we ride," said Aldous.
"""
    work = run(text)
    assert not [c for c in work.characters if c.name == "Sire" or "Sire" in c.aliases]


def test_a_word_never_called_out_is_no_nickname():
    # "Westobin" ends with "Tobin" but nobody calls anyone that: a place, not a pet name
    text = """
Tobin Heller walked the dyke at dawn. Tobin counted the geese.

He could see the roofs of Westobin from there. Westobin was still asleep.
"""
    work = run(text)
    tobin = holder(work, "Tobin").id
    assert mention_char(work, "Westobin was") != tobin


def test_a_name_with_a_japanese_honorific_suffix_is_that_name():
    # "Ren-kun" calls Ren: the suffix after the hyphen says respect or fondness, and the
    # name before it is a mention like any other (a call the speaker rules read)
    text = """
Ren stacked the chairs at the back of the club room while Aki swept under the windows.

"Ren-kun, the door's still open!"

"Got it," Ren said, and kicked it shut.
"""
    work = analyze(text.strip() + "\n")
    at = work.text.index("Ren-kun")
    ren = next(c.id for c in work.characters if c.name == "Ren")
    assert any(m.start == at and m.end == at + 3 and m.character == ren for m in work.mentions)


GREENHOUSE = """
Marta was repotting the ferns when Tomas came in with the watering can.

"You missed a shelf," said Marta.

"I did not," said Tomas. He set the can down by the door.

"You missed a shelf, T."

"Fine. Give me that, M."
"""


def test_a_one_letter_call_is_the_one_character_whose_name_it_begins():
    work = run(GREENHOUSE)
    names = {c.id: c.name for c in work.characters}
    assert names.get(mention_char(work, "M.\"")) == "Marta"
    assert names.get(mention_char(work, "T.\"")) == "Tomas"
