""""Gracious, no!", "By Jove": an oath or exclamation written with a capital is no
character's name (original passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

PARLOUR = """
Aunt Matilda set down her cup when Robert came in with the news.

"Gracious, no!" she cried. "Not the Tolliver boy?"

"The very same," said Robert. "By Jove, you should have seen his face."

"Gracious! And his poor mother," said Aunt Matilda.

"Jove knows what she will say," said Robert.
"""


def test_exclamations_name_nobody():
    work = analyze(PARLOUR, Options())
    names = {f for c in work.characters for f in (c.name, *c.aliases)}
    assert not names & {"Gracious", "Jove"}
