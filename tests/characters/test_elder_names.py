"""One called by a grandparent word ("Oma") is old: "the older woman" who comes back on
stage is she, not the girl the scene was about (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

KITCHEN = """
Oma had made the dumplings every Sunday for forty years, and this Sunday was no different.

Hanna was thirteen and bored. Hanna spun on the stool, and Hanna counted the tiles, and Hanna sighed at the ceiling until her brother Felix threw a tea towel at her.

"Stop it," Felix said.

"Make me," said Hanna.

Later the kitchen was empty except for the steam. Hanna came back for a glass of water and found her there.

"You could help, you know," the older woman said, without turning round.

"I could," Hanna said.
"""


def test_the_older_woman_is_the_grandmother():
    work = analyze(KITCHEN.strip() + "\n", Options())
    assert speaker_of(work, "You could help") == "Oma"
