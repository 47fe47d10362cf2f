"""A he/she opening a sentence is not the name later in it (original passages)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

CLUB = """
Dario and Rafe were arguing about the team again. Ines didn't look up from her book.

"Nobody wants you in the club," Rafe told Dario.

"Fine. I'll start my own club." He dropped into the chair beside Rafe.

"You can't start a club with one member."
"""


def _pronoun_at(work, phrase: str) -> str | None:
    at = work.text.index(phrase)
    m = next(m for m in work.mentions if m.start == at)
    c = work.character(m.character)
    return c.name if c else None


def test_he_who_sits_down_beside_rafe_is_not_rafe():
    work = analyze(CLUB.strip() + "\n", Options())
    assert _pronoun_at(work, "He dropped") == "Dario"
    q = next(q for q in work.quotes if "start my own club" in work.text[q.start : q.end])
    assert work.character(q.speaker).name == "Dario"

