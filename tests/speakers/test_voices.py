"""An unnamed voice's line goes to the one the narration shows it was (`speakers.voices`)."""

from __future__ import annotations

from attribution import run_with_cast, speaker_of

from ficlens.fandoms import CharacterEntry

POINTED = """
Tamsin wanted the Sunday boats, so Mr. Quill began to read the timetable out to her line by line.

"You have it upside down, Mr. Quill," called a deep voice behind the counter.

Tamsin turned round. "That man must work here, aunt."
"""

KNOWN = """
Nora stood behind the curtain while the two women talked in the parlour.

"He will never come back," said the first, with a sigh.

"Then he is a fool," answered a second voice; Nora could tell it was that of old Hannah.
"""

VOICE_OF = """
Plates clattered all down the table. Above the din the voice of the old captain went on, hoarse and loud:

"Another bottle for the young ones, and be quick about it!"
"""

GROUP_AFTER = """
Wren sat on the wall and watched the clouds go over the orchard.

A thin voice yelled from beyond the barns:

"Supper! Supper!"

The pickers came trooping up the slope with their baskets, and Wren climbed down to join them.
"""


def test_a_voice_the_next_line_points_at_is_that_ones():
    cast = [CharacterEntry("Tamsin"), CharacterEntry("Mr. Quill"), CharacterEntry("the clerk", aliases=["That man"])]
    work = run_with_cast(POINTED, cast)
    assert speaker_of(work, "You have it upside down") == "the clerk"


def test_a_voice_known_to_be_someones_is_theirs():
    cast = [CharacterEntry("Nora"), CharacterEntry("Hannah"), CharacterEntry("the first")]
    work = run_with_cast(KNOWN, cast)
    assert speaker_of(work, "Then he is a fool") == "Hannah"


def test_the_voice_of_someone_tags_the_line_for_them():
    cast = [CharacterEntry("the old captain")]
    work = run_with_cast(VOICE_OF, cast)
    assert speaker_of(work, "Another bottle") == "the old captain"


def test_a_far_voice_is_the_group_that_comes_in_next():
    cast = [CharacterEntry("Wren"), CharacterEntry("the pickers")]
    work = run_with_cast(GROUP_AFTER, cast)
    assert speaker_of(work, "Supper!") == "the pickers"


AUCTION = """
The crier climbed onto the cart and held up the old clock.

"What am I bid, friends, for this fine clock? It keeps good time."

"Two shillings."

"Two shillings! Come, friends, the case alone is worth a crown."

"Three."
"""


def test_a_listed_group_called_out_answers_as_a_group():
    cast = [CharacterEntry("The crier"), CharacterEntry("friends")]
    work = run_with_cast(AUCTION, cast)
    assert speaker_of(work, "Two shillings.") == "friends"
    assert speaker_of(work, "Two shillings!") == "The crier"
    assert speaker_of(work, "Three.") == "friends"


WE = """
The salesman talked for an hour about his engines, and we listened with our hands in our pockets. "Slick!" we said to one another afterwards. "Slick as a new rail."
"""


def test_a_listed_we_says_the_lines_tagged_we():
    cast = [CharacterEntry("we", aliases=["us"]), CharacterEntry("the salesman")]
    work = run_with_cast(WE, cast)
    assert speaker_of(work, "Slick!") == "we"
    assert speaker_of(work, "Slick as") == "we"



OPENING = """
"Bramble! Here, boy!"

The lane stayed empty, and the hens went on scratching by the gate.

"Bramble, you wretch, your supper is going cold! BRAMBLE!"

Mrs. Ashdown set down her bucket, muttered something about dogs, and went to look behind the woodpile.
"""


def test_calls_that_open_a_story_are_the_one_the_narration_shows_next():
    work = run_with_cast(OPENING, [CharacterEntry("Bramble"), CharacterEntry("Mrs. Ashdown")])
    assert speaker_of(work, "Bramble! Here") == "Mrs. Ashdown"
    assert speaker_of(work, "Bramble, you wretch") == "Mrs. Ashdown"



HEARD_NEXT = """
The platform emptied slowly. Ivy stood by her trunk and waited for the porter, who had gone back for her hatbox.

"Excuse me, miss, is this yours?"

A stranger's voice at her elbow made her jump. She had seen him on the train, reading a paper.
"""


def test_a_line_is_the_ones_whose_voice_the_next_paragraph_opens_on():
    cast = [CharacterEntry("Ivy"), CharacterEntry("the porter"), CharacterEntry("A stranger")]
    work = run_with_cast(HEARD_NEXT, cast)
    assert speaker_of(work, "Excuse me") == "A stranger"


EDGE = """
Marta spread the map on the table and told the others where the boat would wait.

"I'm coming too," said Marta's brother Lev.

"Count me in as well."

There was an edge in the voice of Ned, who stood by the stove with his arms folded.
"""


def test_a_line_is_the_ones_in_whose_voice_the_next_paragraph_hears_something():
    cast = [CharacterEntry("Marta"), CharacterEntry("Lev"), CharacterEntry("Ned")]
    work = run_with_cast(EDGE, cast)
    assert speaker_of(work, "Count me in") == "Ned"


DARK_ROOM = """
Mr. Crane hung his wet coat in the hall and started up to the attic for the lamp. Then a voice called down from the landing.

"Mind the loose step, uncle."

Roddy was sitting at the top of the stairs, shelling peas into a bowl.
"""


def test_a_voice_in_narration_is_the_one_the_next_paragraph_opens_on():
    cast = [CharacterEntry("Mr. Crane"), CharacterEntry("Roddy")]
    work = run_with_cast(DARK_ROOM, cast)
    assert speaker_of(work, "Mind the loose step") == "Roddy"


CABIN = """
The cabin was dark, and the fire had burned down to coals. Jonah lay awake in the bunk by the window, listening to the wind. Mateo snored in the corner.

"Is anybody asleep?" asked a tired voice from the stairs.

"Not me," said Jonah.

Priya came down the stairs with her blanket around her shoulders and sat by the fire. "I can't sleep. The wind keeps banging the shutter."
"""


def test_a_voice_from_a_place_is_the_listed_one_the_narration_then_shows_coming_from_it():
    cast = [CharacterEntry("Jonah", pronouns="he"), CharacterEntry("Priya", pronouns="she"),
            CharacterEntry("Mateo", pronouns="he")]
    work = run_with_cast(CABIN, cast)
    assert speaker_of(work, "Is anybody asleep") == "Priya"


SAYS_WHO = """
Pell and Juno sorted the crates in the back of the shop while the kettle boiled.

"Which of these is the glass?"

"Top left. Careful with it."

"You'll want gloves for that one."

That was Corin, leaning in the doorway with his hands in his pockets.
"""


def test_a_line_is_the_ones_the_next_paragraph_says_it_was():
    cast = [CharacterEntry("Pell"), CharacterEntry("Juno"), CharacterEntry("Corin")]
    work = run_with_cast(SAYS_WHO, cast)
    assert speaker_of(work, "You'll want gloves") == "Corin"


TURN = """
Pell and Juno sorted the crates in the back of the shop while the kettle boiled.

"Whose go is it?"

It was Juno's turn, so Pell passed her the list.
"""


def test_whose_turn_it_was_is_no_speaker():
    cast = [CharacterEntry("Pell"), CharacterEntry("Juno")]
    work = run_with_cast(TURN, cast)
    assert speaker_of(work, "Whose go") != "Juno"
