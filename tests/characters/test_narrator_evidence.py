"""What is no evidence of the narrator's name, and what is: a call the speaker retells from
another day, a name given of a third person ("His name is ..."), a call in a line that
introduces the narrator to the one who answers it, calls never made next to a chatty
narrator's own lines."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from tests.characters.test_narrator import narrator_name, run

RETOLD = """
Hollis poured the coffee and pushed a cup across to me. I took it and I sat down.

"Sit, Vane. You look tired."

"I am tired," I said. I rubbed my eyes. I had not slept.

"Then listen. I went down to the docks last night and found the man. I told him: 'Listen, Corbin, you owe me forty. Pay up, Corbin.' He paid."

"All of it?" I asked.

"Every coin." Hollis grinned and drank, and I drank too.
"""


def test_a_retold_call_names_nobody_here():
    # Corbin is called twice, but inside a line Hollis retells: Vane is the one called here
    assert narrator_name(run(RETOLD)) == "Vane"


GROOM = """
Lise met me at the gate with a boy at her heels. I got down from the cart and I stretched.

"You came, Dace," she said. "This is the new groom. His name is Tobiah."

"Does he ride?" I asked. I looked the boy over. My back ached from the road.

"Better than you," she said, and laughed. "Go and saddle the mare, Tobiah."

The boy ran off. She took my arm and I let her lead me up to the house.
"""


def test_a_name_given_of_a_third_person_is_not_the_narrators():
    cast = [CharacterEntry("Lise"), CharacterEntry("Tobiah"), CharacterEntry("Dace")]
    assert narrator_name(run(GROOM, restrict=cast)) == "Dace"


CLUB = """
Abel met me in the hall of the club and steered me to a corner. I let him. I was early and I had nowhere else to be.

"Mr. Vane, this is my partner, Mr. Quill."

A stout man rose from the armchair and shook my hand. I sat down across from him.

"Pleased," said Mr. Quill. "Abel speaks of you."

"Only the good parts, I hope," I said. I lit my pipe and I waited.
"""


def test_an_introduction_calls_the_one_introduced():
    # Mr. Quill answers the line, but the line names him: the call in it is to the narrator
    assert narrator_name(run(CLUB)) == "Mr. Vane"


_TURN = """
"Is it late?" I asked.

"Not yet," said the clerk.

"Good," I said.
"""

PARTY = """
The party was loud. I stood by the piano with my glass and I watched the door.
""" + _TURN * 3 + """
Across the room the host waved his arms at a young man by the window.

"More wine!" the host shouted.

"Play us something, Rudi!"

"Come on, Rudi, just one."

"Rudi, for me?"

The young man shook his head and looked at the floor.

"Then I'll play it myself," the host said.
""" + _TURN * 3 + """
I finished my glass and I went home.
"""


def test_calls_away_from_a_chatty_narrators_lines_are_to_someone_else():
    # the narrator says a dozen lines; "Rudi" is called three times, never next to one of them
    assert narrator_name(run(PARTY)) != "Rudi"


DOORMAN = """
The hotel was quiet. I stood at the desk with my bag and I watched the clock.
""" + _TURN * 3 + """
The doorman came in from the street, shaking the rain off his cap.

"Wet out," the doorman said.

"Good evening, Mr. Vane."

"Your coat?"
""" + _TURN * 3 + """
I took my key and I went up.
"""


def test_a_chatty_narrator_called_once_by_a_title_is_that_name():
    # a dozen lines of the narrator's, one call of "Mr. Vane" away from them: too weak as
    # evidence among names, yet better than no name when nobody else is called at all
    assert narrator_name(run(DOORMAN)) == "Mr. Vane"


def test_an_elision_opens_no_retold_line():
    from ficlens.characters.narrator import _retold

    line = "\"Get 'em, Rudi! I told him: 'Run, Pip.' Go on, Rudi.\""
    assert not _retold(line, 0, line.index("Rudi"))
    assert _retold(line, 0, line.index("Pip"))
    assert not _retold(line, 0, line.rindex("Rudi"))
