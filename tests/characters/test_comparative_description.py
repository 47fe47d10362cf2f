"""A comparative description ("the older woman") sets someone against the character the
story follows, so salience does not give it to that lead (original passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

KITCHEN = """
Nell came in from the yard with the eggs. Nell put them in the blue bowl, and Nell wiped her boots on the mat.

Nell looked at the stove. Bryony was stirring the soup there, and Nell waited.

"You're late," the older woman said, not turning round.

"The hens were slow," said Nell.
"""


def test_the_older_woman_is_not_the_lead_of_the_scene():
    work = analyze(KITCHEN, Options())
    start = work.text.index("the older woman")
    who = [m.character for m in work.mentions if m.start == start]
    assert all(next(c.name for c in work.characters if c.id == w) != "Nell" for w in who)
