"""A double-barrelled surname: "Adam Fenwick-Symes" and "Adam Symes" are one person,
so a bare "Adam" is never left to nobody between the two forms."""

from __future__ import annotations

from tests.characters.test_characters import holder, mention_char, run

THE_TRAIN = """
Walter Ashby-Crane took the last train. Walter laughed at the window all the way to town.

"A ticket, sir," said the guard.

"Here," said Walter. Walter Crane always paid.
"""


def test_either_part_of_a_double_surname_is_the_same_person():
    work = run(THE_TRAIN)
    walter = holder(work, "Walter Ashby-Crane")
    assert "Walter Crane" in walter.aliases or walter.name == "Walter Crane"
    assert mention_char(work, "Walter laughed") == walter.id
