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


def test_he_answers_for_the_man_the_last_line_called_by_name():
    # the narration and the tag both favour Frederick, who spoke last; the line was said to Walter
    text = """
Walter sat at the bench, and Frederick leaned in the doorway, watching him work.

"It is the best clock you have made, Walter," said Frederick. "You should show it at the fair."

"I don't think I shall show it anywhere," he answered, and bent over the wheels again.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "I don't") == "Walter"


def test_a_lone_speaker_keeps_her_pronoun_tags():
    # only Clara is there; Daisy the cat is merely talked to and about, and never answers
    text = """
Clara climbed the attic stairs with a candle and sat down among the trunks.

"Well!" thought Clara to herself, "after a climb like that, I shan't mind the cellar at all."

"I wonder how long the candle will last?" she said aloud. "Daisy would hate it up here, and she would say so."

"Daisy hates everything but the stove," she said after a while. "Daisy, my dear, I wish you were up here!"
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "I wonder") == "Clara"
    assert speaker_of(work, "Daisy hates") == "Clara"
