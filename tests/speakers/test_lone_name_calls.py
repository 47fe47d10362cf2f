"""A name that is a sentence of its own inside a line (`"Fine. Pia. Pass me the jug."`)
calls that person: the next untagged line is theirs. A name the speaker gives as their
own, a description or an initial before a surname is no such call."""

from __future__ import annotations

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


def test_a_name_given_as_ones_own_is_not_called():
    text = 'Tom Hale looked up from the ledger.\n\n"Who is it?" said Tom.\n\n"It\'s me. Ada Moss. Open up."\n'
    assert _called(text, "It's me.") == []


def test_a_surname_after_initials_or_a_cry_is_not_called():
    text = 'Tom Hale and Ada Moss stood at the gate.\n\n"It is J. R. Moss!" said Tom. "Oh! Moss! How odd."\n'
    assert _called(text, "It is J.") == []
    assert _called(text, "Oh!") == []


def test_a_description_standing_alone_is_not_called():
    text = 'Tom Hale and his sister went in.\n\n"Yeah. My sister. She wants me home," said Tom.\n'
    assert _called(text, "Yeah.") == []


def test_a_lone_name_after_a_short_word_or_as_a_question_is_called():
    text = 'Tom Hale and Ada Moss stood at the gate.\n\n"Oh. Ada. You came," said Tom. "I vote we go in. Ada?"\n'
    assert _called(text, "Oh.") == ["Ada Moss"]
    assert _called(text, "I vote") == ["Ada Moss"]


def test_a_surname_after_a_title_is_not_called():
    text = 'Tom Hale and Ada Moss stood at the gate.\n\n"I spoke to Dr. Moss. She was out," said Tom.\n'
    assert _called(text, "I spoke") == []


def test_a_call_opening_a_later_sentence_past_a_fond_apposition():
    text = 'Tom Hale and Ada Moss came in from the snow.\n\n"Sit down! Ada, my dear girl, you look frozen," said Tom.\n'
    assert _called(text, "Sit down!") == ["Ada Moss"]
