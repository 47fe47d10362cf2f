"""A description that is one of the speaker's listed names may speak twice running."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry

from attribution import run_with_cast, speaker_of

ROSES = """
Captain Harrow strode down the path with his stick, and his gardener, Pell, came after him.

"Somebody has been at the roses," said the captain.

"Begging your pardon, sir," said Pell, "but—"

"But what?" barked the captain; and following Pell's glance he saw a boy asleep under the hedge.

"Who are you, you young thief?" said the captain, prodding the boy with his stick.
"""


def test_a_listed_description_answering_its_own_line_stays_with_its_holder():
    cast = [
        CharacterEntry("Captain Harrow", ["the captain"], "he"),
        CharacterEntry("Pell", [], "he"),
    ]
    work = run_with_cast(ROSES, cast)
    assert speaker_of(work, "But what?") == "Captain Harrow"
    assert speaker_of(work, "Who are you") == "Captain Harrow"
