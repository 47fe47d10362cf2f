""""Said his lordship", "his Grace smiled": a rank's style of address in the narration
names the lord on stage, not the valet named last, nor a woman called Grace (original
passages)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

BREAKFAST = """
Lord Ashcombe came down to breakfast late. Pruett followed him in with the letters, and Pruett set them by the teapot.

"Nothing but bills again," said his lordship, turning them over.
"""

TERRACE = """
The Duke of Wrexford walked out upon the terrace with Mr. Hollis, and Mr. Hollis pointed at the new fountain.

"It cost me a fortune," said his Grace. "I am told it is very fine."
"""


def test_his_lordship_is_the_lord_on_stage():
    work = analyze(BREAKFAST, Options())
    assert speaker_of(work, "Nothing but bills") == "Lord Ashcombe"


def test_his_grace_is_no_woman_called_grace():
    work = analyze(TERRACE, Options())
    assert all(c.name != "Grace" for c in work.characters)
