"""A wife's title before her husband's full name ("Mrs Alfred Lammle") names her, not
him: her character is never called by his bare full name, and his given name stays his."""

from __future__ import annotations

from tests.characters.test_characters import holder, run

BREAKFAST = """
Edwin Penhale came down to breakfast late. Mrs Edwin Penhale was already at the table.

"You are late," said Mrs Edwin Penhale.

"I am," said Edwin Penhale. He sat down.

"Then eat," she said. Edwin ate.
"""


def test_the_wife_is_not_named_by_her_husbands_full_name():
    work = run(BREAKFAST)
    wife = holder(work, "Mrs Edwin Penhale")
    husband = holder(work, "Edwin Penhale")
    assert wife.id != husband.id
    assert wife.name == "Mrs Edwin Penhale"
    assert "Edwin" not in wife.aliases
