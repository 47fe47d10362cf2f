"""A newcomer linked to two descriptions with different nouns ("a woman" ... "the nurse")
is two people run together: neither description is the woman named later (original passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

WARD = """
Tom woke in a narrow white room. A woman was sitting by the window with her knitting.
He tried to sit up and could not.

"Lie still," said the nurse. "You have had a bad fall."

Tom closed his eyes again. The rain beat on the glass. Somewhere a door banged, and
feet went by in the corridor.

At noon Mrs. Crane came in with a basket of apples and sat down at the foot of the bed.

"They tell me you will mend," said Mrs. Crane.
"""


def test_the_nurse_is_not_the_woman_named_later():
    work = analyze(WARD.strip() + "\n", Options())
    q = next(q for q in work.quotes if "Lie still" in work.text[q.start : q.end])
    c = work.character(q.speaker) if q.speaker else None
    assert c is None or c.name != "Mrs. Crane"
