"""Pronoun speech tags resolved from the conversation, on short original passages run
through the whole pipeline."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

from attribution import speaker_of


def test_she_answers_the_woman_the_previous_turn_called_by_name():
    # Iris is the subject of the narration, but Walter's whole turn is said to Clara
    text = """
Iris Vane sat by the stove with her sewing, and Walter Reed came in stamping the snow off.

"Listen, Clara," Walter said to the room, "the cart leaves at noon, so be quick about it."

"Nonsense!" said she. "It never leaves before two."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Nonsense") == "Clara"


def test_he_answers_for_the_man_the_last_line_called_by_name():
    # the narration and the tag both favour Frederick, who spoke last; the line was said to Walter
    text = """
Walter sat at the bench, and Frederick leaned in the doorway, watching him work.

"Your hands are shaking again, Walter," said Frederick. "Let me hold the lamp for you."

"I can manage it myself, lamp or no lamp," he answered, and bent over the wheels again.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "I can manage") == "Walter"


def test_a_lone_speaker_keeps_her_pronoun_tags():
    # only Clara is there; Daisy the cat is merely talked to and about, and never answers
    text = """
Clara carried the lamp down to the boathouse and sat on an upturned crate.

"There," thought Clara to herself, "nobody will find me here till supper."

"I hope the oil holds out," she said aloud. "Daisy would hate the damp, and she would say so."

"Daisy would only sulk," she said after a while. "Still, Daisy, you old grump, I could do with your company."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "I hope the oil") == "Clara"
    assert speaker_of(work, "Daisy would only") == "Clara"


def test_he_is_a_party_of_the_exchange_not_a_man_named_in_it():
    # Mr. Pell is only talked about inside the quotes; the exchange is the Harlows'
    text = """
Mr. Harlow was mending a net by the fire when his wife came in from the village.

"The new schoolmaster has come," said Mrs. Harlow.

"Has he," said Mr. Harlow.

"A Mr. Pell, from the city. He lodges at the mill until the school house is dry."

"Is he any good?"

"Mr. Pell taught at a grammar school for ten years, they say."

"Then what does Mr. Pell want with a village like ours?"

"How should I know? Ask Mr. Pell yourself on Sunday."

"I may just do that," replied he. "If I can find him."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "I may just") == "Mr. Harlow"


def test_they_said_is_nobody_in_particular_without_a_group():
    text = """
Walter and Clara came down the lane with the lantern between them.

"The bridge is out," they said together.

Emma looked up from the gate. "Then you had better stay the night," she said.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "The bridge") is None
    assert speaker_of(work, "Then you") == "Emma"


def test_the_woman_heard_speaks_not_the_one_hearing():
    text = """
Nora Pell stood at the window while Mrs. Ashby paced behind her, twisting her gloves.

"Will the boat come back tonight?" Nora heard her say.

"Not before the tide turns," answered the ferryman at the door.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Will the boat") == "Mrs. Ashby"


def test_he_is_the_man_just_named_not_an_opener_further_back():
    # "my uncle" opens a sentence, but the scene's actor is the man named after him
    text = """
Mr. Garrow kept the mill when I was small. I recall my uncle once sent me there for flour, and I arrived just as old Garrow was scolding his apprentice. He had the boy by the collar and was saying, "Sacks go on the left, lad, not the right."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Sacks go") == "Mr. Garrow"


def test_he_is_the_man_the_narration_just_followed_not_the_other_party():
    # Hale spoke before Clara, but the narration since has been all about Brand
    text = """
"And who would want to live by the sea?" asked Mr. Hale.

"My brother moved there last spring," Clara explained. Mr. Brand muttered something polite, and Mr. Hale went on with his story. Privately, Mr. Brand wished himself back in the street. He looked round the room and saw that everyone in it was older than he was.

"Have you ever been to Dover?" he asked Clara.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Have you ever") == "Mr. Brand"


def test_a_sentence_ending_on_spoke_tags_the_next_line():
    # the paragraph opens on "He", but the sentence right before the line says who spoke
    text = """
Tobin Marsh and Mara Quill sat by the fire until late.

"I'll see to the horses," Tobin said.

He stood up and went to the door. From the porch we heard his boots on the steps; at last Mara spoke. "He will not come back tonight."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "He will not") == "Mara Quill"


def test_a_name_called_inside_a_quoted_remark_does_not_bar_its_speaker():
    # Mrs. Lark repeats what someone once said to her; she is not calling herself
    text = """
“Shall we have the fire lit?” asked Nell Vane.

“It is a cold spring,” said Mr. Pym.

Mrs. Lark could never bear a silence, and leaning forward she remarked, “You put me in mind of my late brother, Mr. Pym. A neighbour once told me, ‘He never sat still, Mrs. Lark.’ Neither do you.”
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "You put me") == "Mrs. Lark"


def test_an_as_clause_after_the_tag_does_not_take_the_line():
    text = """
Mr. Pym told the whole sorry tale of the flood, and nobody interrupted him.

"Oh, Mr. Pym," cried Mrs. Lark, as he finished, "what a dreadful spring you have had of it!"
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "what a dreadful") == "Mrs. Lark"


def test_the_tag_between_two_parts_of_a_line_says_the_second_part_over_a_beat_after_it():
    # `"...," said Wick, "..." Tobin laughed`: the second part is still Wick's
    text = """
Old Wick the landlord was wiping mugs behind the bar. Tobin Ash leaned on the counter and shook
the snow from his sleeves.

"Is there a room?" he asked.

"There is," said Wick, "the one over the stable." Tobin laughed at that.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Is there") == "Tobin Ash"
    assert speaker_of(work, "the one over") == "Old Wick"


def test_had_spoken_tags_the_line_and_its_he_is_the_one_the_answer_calls_by_name():
    # nobody named in the narration is the "he": the answer calls him Owen
    from ficlens.fandoms import CharacterEntry

    from attribution import run_with_cast

    text = """
"Who goes there?" called a sentry from the gate, and the lantern swung.

The wind got up after dark and rattled the shutters of the farmhouse. A sentry stood at the
gate all night.

At breakfast he had spoken at last, without looking up from his plate: "The boat sails on Monday."

"You'll be on it over my dead body, Owen," his mother had answered. She went on with her darning.
"""
    cast = [CharacterEntry("Owen"), CharacterEntry("his mother"), CharacterEntry("a sentry")]
    work = run_with_cast(text, cast)
    assert speaker_of(work, "The boat sails") == "Owen"
    q = next(q for q in work.quotes if work.text[q.start + 1 : q.end].startswith("The boat sails"))
    assert q.evidence == "anaphoric" and "spoken" in work.text[q.cue.start : q.cue.end]


def test_a_pronoun_beat_is_never_the_one_its_own_clause_names():
    # `She ... not at Ines`: whoever she is, she is not Ines
    cast = [CharacterEntry("Mara", [], "she"), CharacterEntry("Ines", [], "she")]
    text = """
They put the net up together, Mara on the crank and Ines holding the cord.

"Can I ask you something?" Mara says.

Ines nods.

"Next year." She's looking at the net, not at Ines. "Will you be all right on your own?"
"""
    work = analyze(text.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "Next year") == "Mara"


def test_a_pronoun_tag_is_never_the_one_the_clause_joined_onto_it_names():
    # `she says, and Nell does`: the one who does what the line asked is not the one asking
    cast = [CharacterEntry("Ada", [], "she"), CharacterEntry("Nell", [], "she")]
    text = """
Ada came in from the yard and kicked her boots off by the door. Nell was already sitting at the stove with both feet on the fender.

"Shove up," she says, and Nell does, rolling her eyes.
"""
    work = analyze(text.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "Shove up") == "Ada"


def test_a_clause_further_on_may_name_the_pronoun_tags_speaker():
    # only the clause joined onto the tag is someone else; `because Ada ...` after it is her
    cast = [CharacterEntry("Ada", [], "she"), CharacterEntry("Nell", [], "she")]
    text = """
Nell was already sitting at the stove with both feet on the fender. Ada came in from the yard and kicked her boots off by the door.

"Shove up," she says, and that is that, because Ada always gets the warm seat.
"""
    work = analyze(text.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "Shove up") == "Ada"


def test_a_closing_beat_is_the_listeners_when_the_paragraph_opens_on_the_speaker():
    # `Otto came forward. "..." he demanded. "..." The stranger was unruffled.`: the pronoun
    # goes on with the name the paragraph opens on, not with the one reacting at its end
    cast = [CharacterEntry("Otto", [], "he"), CharacterEntry("Bram", [], "he"), CharacterEntry("the stranger", [], "he")]
    text = """
The stranger stood at the gate in a wet coat, and Otto and Bram went down the path to meet him.

Otto came forward slowly. "Who are you, anyhow?" he demanded. "And what do you want here?" The stranger was entirely unruffled.
"""
    work = analyze(text.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "Who are you") == "Otto"
    assert speaker_of(work, "And what do") == "Otto"


def test_a_pronoun_tag_is_never_one_a_clause_joined_by_as_or_a_semicolon_names():
    # `she says, as the cat leaps from Nell's lap`: the clause joined onto the tag by `, as`,
    # `, while` or `;` is read as `, and` is (one joined-clause reading, subjects.joined_clauses)
    cast = [CharacterEntry("Ada", [], "she"), CharacterEntry("Nell", [], "she")]
    for joint in (", as", ", while", ";"):
        text = f"""
Ada came in from the yard and kicked her boots off by the door. Nell was already sitting at the stove with both feet on the fender.

"Shove up," she says{joint} the cat leaps down from Nell's lap.
"""
        work = analyze(text.strip() + "\n", Options(characters=cast))
        assert speaker_of(work, "Shove up") == "Ada", joint
