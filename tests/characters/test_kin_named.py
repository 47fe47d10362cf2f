"""The narrator's sibling brought in by relation and named in the next lines is one character."""

from __future__ import annotations

from tests.characters.test_characters import holder, mention_char, run

ATTIC = """
I was sorting the winter coats when my sister climbed the ladder with two mugs of cocoa.

"You missed a moth," Perpetua said. She sat on a trunk and blew on her cocoa.

"I never miss moths," I said.

"Then what's that?" my sister asked, pointing.
"""

GONE = """
My brother went to sea the spring I turned nine, and never wrote.

Lorcan came to the house that summer. He mended the gate and said nothing to anyone.

"Is there work?" Lorcan asked.

"There is," I said.
"""


def test_a_sibling_named_right_after_the_relation_is_that_character():
    work = run(ATTIC)
    perpetua = holder(work, "Perpetua")
    assert mention_char(work, "my sister asked") == perpetua.id


def test_a_sibling_who_never_speaks_is_not_the_next_man_named():
    # the brother is gone: "my brother" never tags a line, so Lorcan is someone else
    work = run(GONE)
    assert mention_char(work, "My brother") != holder(work, "Lorcan").id
