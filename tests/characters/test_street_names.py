"""A foreign street or square ("Rue du Pont", "Via Lunga") is a place, no character."""

from __future__ import annotations

from ficlens.pipeline import analyze

LETTER = """
Anselme folded the letter twice before he handed it to the porter.

"Where does she live?" the porter asked.

"No. 9, Rue du Pont."

Anselme nodded, and the porter ran off with the letter in his cap.
"""


def test_a_french_street_is_no_character():
    work = analyze(LETTER.strip() + "\n")
    names = {n for c in work.characters for n in (c.name, *c.aliases)}
    assert not any("Pont" in n for n in names)
    assert "Anselme" in names
