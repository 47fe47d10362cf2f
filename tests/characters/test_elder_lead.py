""""The older woman" sets someone against the lead of her gender, unless the text has made
that lead the old one: a grandmother the story follows stays "the older woman" (original
passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

BOARD = """
Nonna floured the board at six. Nonna pressed the dough flat with the heel of her hand, and Nonna hummed the song about the sailor, and Nonna did not look at the clock once.

Gia came down at seven in her socks and stood by the door.

"Can I do the edges?" Gia asked.

"Wash your hands first," the older woman said, not looking up.

"They're clean," said Gia.
"""


def test_the_older_woman_is_the_grandmother_the_story_follows():
    work = analyze(BOARD.strip() + "\n", Options())
    assert speaker_of(work, "Wash your hands first") == "Nonna"
