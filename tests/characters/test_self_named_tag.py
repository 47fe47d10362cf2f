"""A description tag whose quote names its speaker ("it's Antilles," said the comlink) is that character."""

from __future__ import annotations

from ficlens.pipeline import analyze

RADIO = """
Marisol stood by the hangar door while Tavi argued with the mechanic.

Her radio crackled at her belt. She thumbed it on.

"Commander, it's Okonjo," said the radio. "The convoy is late."

"Tell them to hurry," Marisol said.

"Copy that," said the radio.

An hour later Okonjo walked in and waved.
"""

DOCK = """
Marisol stood on the dock while Tavi argued with the mechanic.

"Look, it's Okonjo," said the mechanic. "He's early."

"So he is," Marisol said.

An hour later Okonjo walked in and waved.
"""


def _speaker(work, line: str) -> str | None:
    at = work.text.index(line)
    q = next(q for q in work.quotes if q.start <= at < q.end)
    c = next((c for c in work.characters if c.id == q.speaker), None)
    return c.name if c else None


def test_a_voice_that_names_itself_is_that_character():
    work = analyze(RADIO.strip() + "\n")
    assert _speaker(work, "Commander, it's") == "Okonjo"
    assert _speaker(work, "Copy that") == "Okonjo"


def test_announcing_someone_else_names_nobody():
    work = analyze(DOCK.strip() + "\n")
    assert _speaker(work, "Look, it's") != "Okonjo"
