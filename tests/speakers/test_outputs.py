"""Outputs of the attribution: pronoun mentions inside quotes."""

from __future__ import annotations

from ficlens.pipeline import analyze

SMALL = """
the bakery was shut but the light was on in the back.

"i left my keys inside," pell said.

ivo tried the door anyway. it didn't move.

"you always do," ivo said.

"not always," pell said, and sat down on the kerb.

the light in the back went off.
"""


def _pronouns_in(work, line: str) -> dict[str, str]:
    at = work.text.index(line)
    q = next(q for q in work.quotes if q.start <= at < q.end)
    return {work.text[m.start : m.end]: m.character for m in work.mentions if q.start <= m.start < q.end and m.kind == "pronoun"}


def test_a_small_i_in_a_lower_case_work_is_the_speaker():
    work = analyze(SMALL.strip() + "\n")
    pell = next(c.id for c in work.characters if c.name == "Pell")
    assert _pronouns_in(work, "i left my keys") == {"i": pell, "my": pell}


def test_a_small_i_in_ordinary_text_is_nobody():
    text = SMALL.replace("the bakery", "The bakery").replace("ivo tried", "Ivo tried").replace("pell said", "Pell said")
    text = text.replace("the light in", "The light in")
    text = text.replace("ivo said", "Ivo said").replace('"i left', '"Oh, i left').replace('"not', '"Not').replace('"you', '"You')
    work = analyze(text.strip() + "\n")
    pell = next(c.id for c in work.characters if c.name == "Pell")
    assert _pronouns_in(work, "i left my keys") == {"my": pell}  # a slip of the keys, not `I`
