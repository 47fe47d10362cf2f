"""A bare surname the tags give a man ("said Vell") is not the titled lady of that
surname ("Lady Ann Vell", his sister); and an ambiguous first name is resolved by
recency, never dropped (original passages)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

HALL = """
Lady Ann Vell came down the stairs in her riding habit. Her brother stood by the fire.

"You are late again," said Vell, not looking up from his paper.

"The horses were slow," said Ann.

"They always are," said Vell, and turned the page.
"""


def test_a_tagged_bare_surname_is_not_the_titled_lady():
    work = analyze(HALL, Options())
    ann = next(c for c in work.characters if "Ann" in c.name)
    assert "Vell" not in ann.aliases and ann.name != "Vell"


def _mentions_of(work, surface):
    return [m for m in work.mentions if work.text[m.start:m.end] == surface]


LETTERS = """
Lucy Marr wrote to her aunt on Monday. Lucy Hale, her cousin, wrote on the same day.

The letters crossed in the post, and the rain came on.

* * *

At last the sun came out, and Lucy walked into the village to ask for her letter.
"""


def test_an_ambiguous_first_name_long_after_both_is_still_someone():
    work = analyze(LETTERS, Options())
    assert _mentions_of(work, "Lucy")
