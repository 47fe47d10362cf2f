"""An unnamed first-person narrator is not the man the others talk about, nor the one the
narrator calls by name: with nobody called by a name of theirs, the narrator is "the narrator"."""

from __future__ import annotations

from ficlens.layers import Cast
from tests.characters.test_narrator import narrator_name, run

TALK_OF_MAX = """
I found Dinah at the corner table. She pushed a glass at me.

"Max was here," she said. "Max wants you out of town. Max says so to everyone."

"What else does Max say?" I asked.

"That Max Thaler never forgets a face," she said. "And Max has seen yours."

"I'll chance it," I said. "Tell me about the fight, Dinah."

"It's fixed," she said. "Max fixed it. Ask Al, if you don't believe me."

Al came over from the bar. He was a slim boy with a dented nose.

"Win tonight?" I asked.

"Hope so," he said.

"You'd better," I said. "Don't lose, Al. You don't want to go back east."

"Max says different," he said, and went away. I watched him go. I finished my drink and I stood up.

The telephone rang behind the bar, and she went to it.

"Not now, Max," she said into it. "Later."

"Max will be sore," she said. "Max is always sore."

"Let Max be sore," I said. I put on my hat. I went out. I walked to the hotel.

"Good night," I said to the clerk. I went up. I did not sleep.
"""


def test_the_one_talked_about_is_not_the_narrator():
    work = run(TALK_OF_MAX)
    assert narrator_name(work) not in ("Max Thaler", "Max", "Al", "Dinah")


def test_an_unnamed_narrator_is_the_narrator():
    work = run(TALK_OF_MAX)
    me = work.character(work.layers.get(Cast).narrator)
    assert me is not None and me.name == "narrator" and "I" in me.aliases
