"""An indefinite wording the narration uses again is a generic phrase, not one person's
introduction: it names no newcomer (original passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

YARD = """
The rules of the yard were simple. You never told tales, and you never let anyone down
when the prefects came round. A fellow had once been caned for a whole week for it.
Tobin had learned them in his first term.

"Are you coming out?" Tobin asked.

A fellow shouted from the wall that the bell had gone. Nobody moved. The rain came on
harder, and the gravel ran with water.

Corrie Vane pushed his way through the crowd to the gate.

"It's only the first bell," said Corrie Vane. "We have ten minutes."

"Ten minutes is nothing," said Tobin.
"""


def _character_at(work, phrase: str) -> str | None:
    at = work.text.index(phrase)
    m = next((m for m in work.mentions if m.start == at), None)
    c = work.character(m.character) if m is not None else None
    return c.name if c else None


def test_a_generic_fellow_is_not_the_boy_named_next():
    work = analyze(YARD.strip() + "\n", Options())
    assert _character_at(work, "A fellow shouted") != "Corrie Vane"
