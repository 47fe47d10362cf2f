"""What a grandchild calls a grandparent in another language, used as the only name
("Nonna", "Opa"), says the person's sex as a given name does (original passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

ORCHARD = """
Nonna sat under the fig tree with Opa. The radio crackled between them.

"The figs are early this year," said Nonna.

"They are always early," said Opa.
"""


def test_grandparent_words_have_a_usual_gender():
    work = analyze(ORCHARD, Options())
    gender = {c.name: c.pronouns for c in work.characters}
    assert gender.get("Nonna") == "she" and gender.get("Opa") == "he"
