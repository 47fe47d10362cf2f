"""Pronoun chains of the characters stage, on short original passages run through the
whole pipeline: who a narration "he" is when the speech tag has only a pronoun."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

from attribution import speaker_of


def test_a_name_that_is_a_common_word_still_names_its_man_at_a_sentence_start():
    # "Frost" is a word too, but this story uses it as a name far more than as a word
    text = """
Daniel Frost came to the valley in the spring of that year. The farmers liked Frost at once,
and the miller said that Frost could mend anything with wheels.

One morning, with frost on the road, Frost walked down to the ford. There Walter Pike was quarrelling with Abel Crane over a penny.

"I will not pay you another farthing," said Walter Pike.

"Then you may swim," said Abel Crane, and turned his back.

Frost looked from one to the other. A penny seemed a small thing to quarrel over on a cold
morning. "Here," he said, and held out the coin.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Here") == "Daniel Frost"
    looked = work.text.index("Frost looked")
    assert any(m.start == looked and work.character(m.character).name == "Daniel Frost" for m in work.mentions)


def test_a_man_named_only_inside_a_reported_question_is_not_the_next_he():
    # Mr. Hale is only asked about; the "he" who answers is the man she asked
    text = """
Owen Marsh waited by the inn door with his bag at his feet. The yard was empty. He watched the
rain. Nell came out to him at last and asked, in a low voice, whether Mr. Hale had come
in on the evening coach, or whether Mr. Hale had sent word.

"Not tonight," he answered. "The road is flooded past the mill."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Not tonight") == "Owen Marsh"


def test_a_woman_named_only_as_an_owner_is_not_the_seamstress_who_comes_in():
    # "at the back of Mrs. Abbot's shop" names the shop, not someone in it
    text = """
Ned waited on a stool at the back of Mrs. Abbot's shop, among the bolts of cloth. He counted the
buttons in the tray. He counted them again. The rain drummed on the awning. The bell over the
door rang. He looked up.

"Stand up straight," said the seamstress. "Let me see the sleeves."

Ned stood. The seamstress tugged at his cuffs. She had pins in her mouth, and she frowned at him
for a long time.

"Did nobody ever tell you to stop growing?" she said at last.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Did nobody") == "the seamstress"


def test_the_one_whose_call_the_narration_names_is_the_next_she():
    # "at the call of Hetty": Hetty is calling, so she is the "she" of the tag
    text = """
Mrs. Penrose sat by the fire with her knitting, and she did not look up when the boys came in
from the yard. She had scolded them twice already that day, and she meant to do it again. She
counted her stitches. The boys, at the call of Hetty, came in from the orchard and dropped their caps on the bench.

"Boots off," said she, "the lot of you, and not a crumb on the rug."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Boots off") == "Hetty"


def test_a_she_goes_on_with_the_subject_before_not_the_woman_driven_home():
    # centering: Mira has been "she" all afternoon, but the sentence before makes Tessa the
    # subject; "She would not come in" and the tag after it are Tessa's
    text = """
Tessa Brand kept the pony cart at the inn. Mira Quell spent the whole afternoon at the fair.
Mira bought ribbons for her mother. She tried the coconut shy twice and won nothing. She ate a
hot pie by the carousel. She was tired by six.

Tessa Brand drove Mira home in the pony cart. She would not come in for supper.

"The pony is lame in one foot," she said. "I must get him to the stable before dark."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "The pony") == "Tessa Brand"


def test_the_subject_of_an_as_clause_is_not_the_one_the_next_he_goes_on_with():
    # Tobin comes in inside an `as` clause: the sentence is about Marek, who speaks
    text = """
In the hall a fire was burning.

Marek sat at the table, counting coins. He looked round as Tobin came in.

"You are late," he said.
"""
    cast = [CharacterEntry("Tobin", [], "he"), CharacterEntry("Marek", [], "he")]
    work = analyze(text.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "You are late") == "Marek"


def test_a_man_named_only_after_a_preposition_weighs_less_than_the_one_the_narration_follows():
    # "from Sam Reed" is an oblique: the "he" of the tag goes on with Tom, who sat there all along
    text = """
Tom Hale sat by the fire. The dog slept at his feet. Rain ran down the window. The clock
ticked on the wall. A letter lay on the table from Sam Reed.

"He will not come tonight," he said.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "He will not") == "Tom Hale"
