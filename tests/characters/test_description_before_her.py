""""The girl" the narration thinks of while only men are on stage is nobody yet: once
Celia comes in, "said the girl" is Celia, not an unnamed girl of its own (original
passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

CLUB = """
Tom Ashby and Walter Crane sat in the club window. Tom had not slept, and Walter could see it; both men had been thinking of the girl all night.

Next morning Miss Celia Marsh called at the club. Celia stood in the doorway and looked at Tom.

"You must help me," said the girl.
"""


def test_a_description_before_anyone_of_its_gender_is_bound_later():
    work = analyze(CLUB, Options())
    assert speaker_of(work, "You must help") == "Celia Marsh"
