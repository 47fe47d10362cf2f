"""A narrator whose own lines are never tagged is named by the line the narration tells as
said to "me": `"Oh, love. Captain Moss. Rue." She squeezed my hand.` calls the narrator."""

from __future__ import annotations

from tests.characters.test_narrator import narrator_name, run

DOCK = """
The ferry was late again. I stood at the rail with my collar up and watched the gulls fight over a crust.

Bellamy leaned on the rail beside the wheelhouse and lit his pipe. He had been a pilot for forty years and he never let anyone forget it.

"Fog's coming in."

"It always comes in."

He laughed at that, and the old woman with the basket laughed too. She had been knitting since we left the quay and she had not looked up once.

"Will we make it before dark?"

"Oh, love. Captain Moss. Rue." She squeezed my hand. "Nobody makes it before dark on this boat."

I looked out at the water and I thought about the harbour lights, and the long walk home after.
"""


def test_a_call_in_a_line_said_to_me_names_the_narrator():
    assert narrator_name(run(DOCK)) in ("Rue", "Captain Moss")


TALKS_OF = DOCK.replace('"Oh, love. Captain Moss. Rue."', '"Rue. Bellamy says so."')


def test_a_line_that_names_someone_else_is_no_such_call():
    # the line also names Bellamy, not as a call: its lone name may not be a call to "me"
    assert narrator_name(run(TALKS_OF)) not in ("Rue",)
