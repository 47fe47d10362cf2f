"""A name called in one line and a gendered description tagging the next (`"..., Kerrow."
/ "...," said the old woman`) make that character the old woman only when the text
knows them to be a woman: the one who answers need not be the one called (original
passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

FERRY = """
Kerrow coiled the ropes on the deck below. Hester had skippered the ferry for forty years, and her hair was white under her cap. Hester squinted at the sky.

"We'll never make the crossing in this, Kerrow."

"We made it in worse," said the old woman, and she turned the wheel.
"""


def test_the_old_woman_is_not_the_one_of_unknown_gender_just_called():
    work = analyze(FERRY, Options())
    start = work.text.index("the old woman")
    (who,) = [m.character for m in work.mentions if m.start == start]
    assert next(c.name for c in work.characters if c.id == who) == "Hester"
