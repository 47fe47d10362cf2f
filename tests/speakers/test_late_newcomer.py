"""A tagged newcomer at the end of a two-person exchange leaves the lines before it alone."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

from attribution import speaker_of

CAST = [CharacterEntry("Mara", [], "she"), CharacterEntry("Tobin", [], "he"), CharacterEntry("Ines", [], "she")]

SALT = """
Mara and Tobin had the long table to themselves.

"Pass the salt, Tobin," Mara said.

"Get it yourself."

"You're closer."

"I'm always closer."

"Then you always pass it."

"Children," said Ines from the doorway.
"""


def test_the_lines_before_a_newcomer_keep_the_two_who_were_talking():
    # the tag of the last line brings Ines in; the untagged lines before it still alternate
    # between the two the first line showed talking, Mara and Tobin, not between Mara and
    # Ines by parity from Ines's tag (the break in the alternation comes at the tagged line)
    work = analyze(SALT.strip() + "\n", Options(characters=CAST))
    assert speaker_of(work, "Get it yourself") == "Tobin"
    assert speaker_of(work, "I'm always closer") == "Tobin"
    assert speaker_of(work, "Then you always pass") == "Mara"
    assert speaker_of(work, "Children") == "Ines"
