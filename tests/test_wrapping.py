"""A hard-wrapped story is the same story: the stages after segmentation read a line
break inside a paragraph as a space. The long check over every sample, held-out story
and LitBank text is bench/wrapcheck.py; this is its cheap version on the samples."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from ficlens import analyze
from ficlens.model import Paragraph
from ficlens.pipeline import unwrapped

ROOT = Path(__file__).parents[1]
_spec = importlib.util.spec_from_file_location("wrapcheck", ROOT / "bench" / "wrapcheck.py")
assert _spec and _spec.loader
wrapcheck = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wrapcheck)


def test_unwrapped_turns_only_newlines_inside_paragraphs_into_spaces():
    text = "Title\n\nOne line\nwrapped here.\n\nNext\npara."
    paras = [Paragraph(7, 29), Paragraph(31, 41)]
    flat = unwrapped(text, paras)
    assert flat == "Title\n\nOne line wrapped here.\n\nNext para."
    assert len(flat) == len(text)


def test_unwrapped_text_is_the_same_object_when_nothing_is_wrapped():
    text = "One.\nTwo.\nThree."
    assert unwrapped(text, [Paragraph(0, 4), Paragraph(5, 9), Paragraph(10, 16)]) is text


def test_the_output_keeps_the_text_as_read():
    text = "\"Come in,\" said\nAnna.\n\n\"Thank you,\" said Bram,\nsmiling.\n"
    work = analyze(text)
    assert work.text == text
    assert len(work.quotes) == 2


INN = """Mrs. Hallam Pryce kept the inn at the crossroads, and Tobias Wren came to it every night at seven.

"You are late again," said Mrs. Hallam Pryce, without looking up from the ledger.

"The road was flooded past the mill," Tobias answered. "I had to go round by the church."

A thin boy with a lantern came in from the yard. "There is a cart stuck in the ford," said the boy, "and the carter is asking for a rope."

"Then take him one," said the innkeeper.

Tobias laughed. "You will have the whole village in here before midnight."

"Let them come," she said. "They pay for their ale."
"""


@pytest.mark.parametrize("width", [25, 30])
def test_a_narrowly_wrapped_story_has_the_speakers_of_the_unwrapped_one(width: int):
    plain, wrapped = analyze(INN), analyze(wrapcheck.hard_wrap(INN, width))
    assert wrapcheck.speaker_changes(plain, wrapped) == []
    names = {c.id: c.name for c in wrapped.characters}
    said = [names.get(q.speaker or "") for q in wrapped.quotes]
    # (who "the innkeeper" is, is the characters stage's call, wrapped or not: a role
    # description joins a named character only on evidence since 2026-12-07)
    assert (said[0], said[1]) == ("Hallam Pryce", "Tobias Wren")


@pytest.mark.parametrize("sample", sorted((ROOT / "src/ficlens/samples").glob("*.txt")), ids=lambda p: p.stem)
def test_a_hard_wrapped_sample_has_the_speakers_of_the_unwrapped_one(sample: Path):
    text = sample.read_text(encoding="utf-8")
    wrapped = wrapcheck.hard_wrap(text, 70)
    assert wrapped != text and max(len(line) for line in wrapped.split("\n")) <= 70 + 30
    assert wrapcheck.speaker_changes(analyze(text), analyze(wrapped)) == []
