"""A pronoun tag on the line after the same speaker's own, with nothing told of her
since, goes to the one her line was said to when nobody knows that one's gender
(`replies._recheck`): the pronoun cannot rule them out, and a new paragraph is a new turn."""

from __future__ import annotations

from ficlens.pipeline import analyze

from attribution import speaker_of

QUAY = """
Mara found Ves at the far end of the quay, mending a net by lamplight. Mara pulled her coat tighter.

"You're late, Ves," Mara said. "The boat went an hour ago."

"It always goes early," she said, and did not look up.
"""


def test_she_after_her_own_line_is_the_one_she_called_whose_gender_is_unknown():
    work = analyze(QUAY.strip() + "\n")
    assert {c.name: c.pronouns for c in work.characters}["Ves"] is None
    assert speaker_of(work, "It always goes") == "Ves"
