"""A name called after `and` or `but` opening a new clause of a line (`"Well done!--and
Jack, where have you been?"`) is said to that person: the next line is theirs."""

from __future__ import annotations

from ficlens.pipeline import analyze
from attribution import speaker_at


SUPPER = """
Mother, Polly and Jack came in from the yard together, stamping the snow from their boots.

"I have mended the gate at last," said Polly.

"Well done!--and Jack, where were you when the cow got out?"

"Down at the river."

"At the river! You cannot even swim," laughed Polly.
"""


def test_a_name_called_after_and_answers_the_question():
    work = analyze(SUPPER.strip() + "\n")
    assert speaker_at(work, "Down at the river.") == "Jack"


def test_a_name_joined_by_and_in_a_list_is_not_called():
    work = analyze('"Jack and Polly, both of them, went out," said Mother.\n')
    q = work.quotes[0]
    assert not q.addressees
