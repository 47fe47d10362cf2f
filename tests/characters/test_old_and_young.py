""""Old Tam" and "Young Tam" in one text are father and son: two people (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

MILL = """
Old Tam sat on the step of the mill with his pipe, and Young Tam carried the sacks in from the cart.

"Mind the wet one," said Old Tam. "It split last week."

Young Tam swung the sack on to his shoulder and grinned. "I know it did," said Young Tam. "I mended it."

Tam dropped the sack by the door and wiped his hands. "There," he said. "Done."

Old Tam knocked out his pipe against the step and went inside without a word.
"""


def test_young_and_old_with_one_name_are_two_people():
    work = analyze(MILL, Options())
    names = {c.name for c in work.characters}
    assert {"Old Tam", "Young Tam"} <= names
    assert speaker_of(work, "Mind the wet one") == "Old Tam"
    assert speaker_of(work, "I know it did") == "Young Tam"
