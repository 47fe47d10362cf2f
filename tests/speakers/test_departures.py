"""One who leaves the scene takes no part in the lines after (original passages)."""

from __future__ import annotations

from attribution import speaker_of

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
