"""A line opening an exchange after a short narration, said by one of the two who talked
just before it, is answered by the other of the two: a pronoun tag on the answer
(`"I know," she says.`) goes to that other party, not back to the opener's speaker."""

from __future__ import annotations

from attribution import speaker_at

from ficlens.pipeline import analyze

PASSAGE = """The inn was nearly empty by the time the rain stopped.

"You went up the hill without me," Mara says. "I waited all day."

"I had to go," says Ruth.

"You always have to go."

Ruth doesn't answer. She reaches across the table and takes Mara's hand, and Mara's fingers close around hers.

"I'm back now," she says at last.

"I know," she says. "Stay a bit longer anyway."
"""


def test_the_other_party_answers_the_line_that_resumes_an_exchange():
    work = analyze(PASSAGE)
    assert speaker_at(work, "I'm back now,") == "Ruth"
    assert speaker_at(work, "I know,") == "Mara"
    assert speaker_at(work, "Stay a bit longer anyway.") == "Mara"
