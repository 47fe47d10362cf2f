"""An unnamed voice's line goes to the one the narration shows it was (`speakers.voices`)."""

from __future__ import annotations

from attribution import run_with_cast, speaker_of

from ficlens.fandoms import CharacterEntry

POINTED = """
Tamsin asked the waiter whether the ferry ran on Sundays, and Mr. Quill began to explain the timetable to her.

"Never on Sundays!" called a voice from the far end of the room. "Mr. Quill, you have it backwards."

"That gentleman seems to know," murmured Tamsin to her aunt.
"""

KNOWN = """
Nora stood behind the curtain while the two women talked in the parlour.

"He will never come back," said the first, with a sigh.

"Then he is a fool," replied another voice, which Nora knew to be that of Mrs. Penrose, the vicar's widow.
"""

VOICE_OF = """
The dinner went on noisily. Above the clatter of plates rose the voice of the old captain, booming:

"Another bottle for the young ones, and be quick about it!"
"""

GROUP_AFTER = """
Wren sat on the wall and watched the clouds go over the orchard.

A voice shouted far off by the barns:

"Supper! Supper!"

The pickers came trooping up the slope with their baskets, and Wren climbed down to join them.
"""


def test_a_voice_the_next_line_points_at_is_that_ones():
    cast = [CharacterEntry("Tamsin"), CharacterEntry("Mr. Quill"), CharacterEntry("That gentleman")]
    work = run_with_cast(POINTED, cast)
    assert speaker_of(work, "Never on Sundays") == "That gentleman"
    assert speaker_of(work, "Mr. Quill, you have") == "That gentleman"


def test_a_voice_known_to_be_someones_is_theirs():
    cast = [CharacterEntry("Nora"), CharacterEntry("Mrs. Penrose"), CharacterEntry("the first")]
    work = run_with_cast(KNOWN, cast)
    assert speaker_of(work, "Then he is a fool") == "Mrs. Penrose"


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

