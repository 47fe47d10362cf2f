"""Given names that translated fiction keeps ("Jules", "Katya") give their usual gender
before any pronoun does (original passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

STATION = """
Jules waited on the platform with Katya. The train was late again.

"It will not come today," said Jules.

"Then we walk," said Katya.
"""


def test_foreign_given_names_have_a_usual_gender():
    work = analyze(STATION, Options())
    gender = {c.name: c.pronouns for c in work.characters}
    assert gender.get("Jules") == "he" and gender.get("Katya") == "she"
