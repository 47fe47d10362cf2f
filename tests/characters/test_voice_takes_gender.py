""""A voice" heard and then "replied the man's voice" is his: a later "the woman"
in the same exchange is someone else, never the man's voice too (original passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

COTTAGE = """
Tom Wicket knocked at the door of the cottage on the hill. Nobody came, but the latch lifted of itself.

"Come in, come in," called a deep voice from somewhere near the fire.

"Is anybody here?" asked Tom, peering about the empty room.

"Of course," replied the man's voice. "We are sitting at the table."

"You must be hungry," the woman answered, with a low laugh. "Sit down."

"Thank you," said Tom, and he sat down on the bench by the wall.
"""


def test_a_voice_taken_by_a_man_is_not_the_woman():
    work = analyze(COTTAGE, Options())
    by_id = {c.id: c for c in work.characters}
    for c in work.characters:
        forms = {c.name.lower(), *(a.lower() for a in c.aliases)}
        assert not ({"the man", "the man's voice", "the man’s voice"} & forms and "the woman" in forms), by_id
