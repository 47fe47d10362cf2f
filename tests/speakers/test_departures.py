"""One who leaves the scene takes no part in the lines after (original passages)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

ROOM = """
I am sitting on the floor of Jess's room with a bowl of popcorn in my lap. My homework is somewhere under the bed and I have stopped pretending I care. Jess lies on the bed, and Marco is on the beanbag by the window. I throw a piece of popcorn at him and miss.

"So are you going to tell him or not, Ellie?" Jess asks me.

"Tell him what?"

"That you like him. Obviously."

Marco snorts. "She's never going to tell him."

Marco gets up and leaves, still laughing. The door bangs behind him.

"He's right, you know," Jess says.

"He's not right. He's never right."

"You're blushing."

"I am not blushing."
"""


def test_a_friend_who_gets_up_and_leaves_does_not_answer_the_next_lines():
    work = analyze(ROOM.strip() + "\n", Options())
    assert speaker_of(work, "He's not right") == "Ellie"
    assert speaker_of(work, "You're blushing") == "Jess"
    assert speaker_of(work, "I am not blushing") == "Ellie"


OUT_THE_DOOR = """
Nell, Bram and old Tobias were in the kitchen when the kettle began to scream.

"I shall leave you two to it," Tobias said, to nobody, and was out the door before either of them could stop him.

Bram looked at the door. He looked at the cup in his hands. He looked, eventually, at her.

"I made this for you," he said. "It's cold now."

"I'll drink it cold."
"""

CALL = """
Dana had the phone to her ear and Sol was drying the plates.

"I shall ring you back on Sunday," Aunt Jo said, and hung up.

Dana looked at the phone. She looked, eventually, at Sol.

"That was my aunt," she said. "She sends her love."

"Tell her I said hello."
"""


def test_one_who_is_out_the_door_is_not_the_one_spoken_to():
    work = analyze(OUT_THE_DOOR.strip() + "\n", Options())
    assert speaker_of(work, "I'll drink it cold") == "Nell"


def test_the_one_who_hung_up_does_not_answer():
    cast = [CharacterEntry("Dana", [], "she"), CharacterEntry("Sol", [], "he"), CharacterEntry("Aunt Jo", [], "she")]
    work = analyze(CALL.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "Tell her") == "Sol"
