"""A gendered description ("the old woman") is taken by salience only for a character
known to be of its gender, not for a salient one the text gives no gender (original
passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

HARBOUR = """
Hester had skippered the ferry for forty years, and her hair was white under her cap.

"Mail's late again," said Kerrow, coming up the gangway with the sack. Kerrow dropped it on the deck and sat on it.

The old woman laughed at that and turned the wheel.
"""


def test_the_old_woman_is_not_the_salient_one_of_unknown_gender():
    work = analyze(HARBOUR, Options())
    start = work.text.index("The old woman")
    (who,) = [m.character for m in work.mentions if m.start == start]
    assert next(c.name for c in work.characters if c.id == who) == "Hester"
