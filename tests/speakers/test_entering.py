"""A run of untagged lines is not handed back to someone a later line first calls by name."""

from __future__ import annotations

from ficlens.pipeline import analyze
from attribution import speaker_at


POND = """
Ned was sitting on the bench by the pond when Tom came down the lawn. Ned's face was grey.

"I'm off," he said, getting up.

Tom thought he saw a flaw in this.

"Off where?"

"To the pond."

"Whatever for?"

"To sink in it."

"Don't be a chump."

"I'm not a chump. I'm a man with a broken heart. Am I a chump, Barker?"

"A trifle hasty, sir, if I may say so."

"Sinking, you mean?"

"Yes, sir."
"""


def test_the_two_on_the_scene_talk_until_a_third_is_called():
    # Barker is nowhere in the scene until the line that calls him: the lines before it
    # are Tom's, not Barker's turned round to answer that call
    work = analyze(POND.strip() + "\n")
    assert speaker_at(work, "Off where") == "Tom"
    assert speaker_at(work, "Whatever for") == "Tom"
    assert speaker_at(work, "be a chump") == "Tom"
    assert speaker_at(work, "not a chump") == "Ned"
    assert speaker_at(work, "trifle hasty") == "Barker"
