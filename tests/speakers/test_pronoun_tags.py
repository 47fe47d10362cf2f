"""Pronoun speech tags resolved from the conversation, on short original passages run
through the whole pipeline."""

from __future__ import annotations

from ficlens.model import Work
from ficlens.pipeline import analyze


def speaker_of(work: Work, opening: str) -> str | None:
    q = next(q for q in work.quotes if work.text[q.start : q.end].lstrip("\"“").startswith(opening))
    c = work.character(q.speaker) if q.speaker else None
    return c.name if c else None


def test_she_answers_the_woman_the_previous_turn_called_by_name():
    # Iris is the subject of the narration, but Walter's whole turn is said to Clara
    text = """
Iris Vane sat by the stove with her sewing, and Walter Reed came in stamping the snow off.

"Listen, Clara," Walter said to the room, "the cart leaves at noon, so be quick about it."

"Nonsense!" said she. "It never leaves before two."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Nonsense") == "Clara"
