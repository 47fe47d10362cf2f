"""The subject of a narration paragraph of its own before a line (`Mrs. Pratt sniffed
loudly.`) is often a listener reacting, not the next speaker: in the decoded run it only
weighs lightly, and the alternation back from a later tag decides."""

from __future__ import annotations

from attribution import speaker_at

from ficlens.pipeline import analyze

KITCHEN = """
Tom Hale found the maid Elsie and the cook, Mrs. Pratt, in the kitchen.

"You heard the shot, then?" said Tom.

Mrs. Pratt sniffed loudly.

"Yes, sir. I was on the back stairs."

"Of course."

"I did hear it, sir. Truly," said Elsie.
"""


def test_a_reacting_listener_is_not_the_next_speaker_against_the_alternation():
    work = analyze(KITCHEN.strip() + "\n")
    assert speaker_at(work, "Yes, sir. I was") == "Elsie"
    assert speaker_at(work, "Of course.") == "Tom Hale"
