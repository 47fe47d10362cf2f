"""A name that is a sentence of its own inside a line (`"Fine. Pia. Pass me the jug."`)
calls that person: the next untagged line is theirs. A name the speaker gives as their
own, a description or an initial before a surname is no such call."""

from __future__ import annotations

import pytest
from attribution import speaker_at

from ficlens.pipeline import analyze
from ficlens.speakers.index import _Index
from ficlens.speakers.vocatives import _vocatives

PORCH = """
Nell, Bo and Pia sat on the porch steps with a jug between them.

"Stop humming," said Nell.

"I wasn't humming," said Bo.

"You were. Pia. Pass me the jug."

"Here. It's nearly empty."
"""


def _addressed(work, line: str) -> list[str]:
    q = next(q for q in work.quotes if line in work.text[q.start : q.end])
    return [c.name for a in q.addressees if (c := work.character(a)) is not None]


def test_a_lone_name_between_sentences_is_called_and_answers():
    work = analyze(PORCH.strip() + "\n")
    assert "Pia" in _addressed(work, "Pass me the jug")
    assert speaker_at(work, "Here. It's nearly empty.") == "Pia"


def _called(text: str, line: str) -> list[str]:
    work = analyze(text)
    q = next(q for q in work.quotes if line in work.text[q.start : q.end])
    return [c.name for a in _vocatives(_Index(work), q) if (c := work.character(a)) is not None]


GATE = "Tom Hale and Ada Moss stood at the gate.\n\n"


@pytest.mark.parametrize(
    ("text", "line", "called"),
    [
        # a name given as one's own
        ('Tom Hale looked up.\n\n"Who is it?" said Tom.\n\n"It\'s me. Ada Moss. Open up."\n', "It's me.", []),
        # a surname after initials, after a cry, after a title
        (GATE + '"It is J. R. Moss!" said Tom. "Oh! Moss! How odd."\n', "It is J.", []),
        (GATE + '"It is J. R. Moss!" said Tom. "Oh! Moss! How odd."\n', "Oh!", []),
        (GATE + '"I spoke to Dr. Moss. She was out," said Tom.\n', "I spoke", []),
        # a description standing alone
        ('Tom Hale and his sister went in.\n\n"Yeah. My sister. She wants me home," said Tom.\n', "Yeah.", []),
        # a lone name after a short word, or asked as a question of its own
        (GATE + '"Oh. Ada. You came," said Tom. "I vote we go in. Ada?"\n', "Oh.", ["Ada Moss"]),
        (GATE + '"Oh. Ada. You came," said Tom. "I vote we go in. Ada?"\n', "I vote", ["Ada Moss"]),
        # a call opening a later sentence past a fond apposition
        (GATE + '"Sit down! Ada, my dear girl, you look frozen," said Tom.\n', "Sit down!", ["Ada Moss"]),
    ],
)
def test_which_lone_names_are_calls(text: str, line: str, called: list[str]) -> None:
    assert _called(text, line) == called


def test_a_bare_name_after_a_question_calls_unless_the_question_asks_who():
    asked = 'Tom Hale and Ada Moss sat over the board.\n\n"Can I buy both of them?" said Ada.\n\n"Ada."\n'
    assert _called(asked, '"Ada."') == ["Ada Moss"]
    who = 'Tom Hale and Ada Moss sat over the board.\n\n"Who bought the green ones?" said Tom.\n\n"Ada."\n'
    assert _called(who, '"Ada."') == []
