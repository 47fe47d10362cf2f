"""The subject of a narration paragraph of its own, just before a line that opens an
exchange, is the line's likely speaker (`replies.SHOWN_GUESS_COST`): the decoder keeps
that guess against a name the next line calls, on a short original passage."""

from __future__ import annotations

from attribution import speaker_at

from ficlens.pipeline import analyze

PASSAGE = """Ada and Bea had worked in the shed since dawn. Cal sat on a crate by the door.

Ada frowned at the engine.

"It needs another hour."

"Then we wait, Cal," said Bea.

"Cal never waits for anything."
"""


def test_the_one_the_narration_shows_opens_the_exchange():
    # at a guess cost of 0.5 the decoder gave the first line to Cal, whom Bea's answer
    # calls, and then Cal's own name in the third person to Cal as well
    work = analyze(PASSAGE)
    assert speaker_at(work, "It needs another hour.") == "Ada"
    assert speaker_at(work, "Then we wait, Cal,") == "Bea"
    assert speaker_at(work, "Cal never waits") == "Ada"
