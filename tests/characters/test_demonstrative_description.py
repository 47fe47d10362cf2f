"""A demonstrative description ("This man talked with ...") points back to someone just
brought in, not to the named character salience favours (original passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

STATION = """
Tobias walked to the halt with his sister, and Tobias carried the basket all the way. Apart from a solitary porter, nobody saw them arrive.

This man lifted the basket onto his shoulder without a word.
"""


def test_this_man_is_not_the_salient_named_man():
    work = analyze(STATION, Options())
    start = work.text.index("This man")
    who = [m.character for m in work.mentions if m.start == start]
    assert all(next(c.name for c in work.characters if c.id == w) != "Tobias" for w in who)
