"""A plain description written before anyone is named ("this girl" opening a chapter)
is not yet bound to anybody: a later "said the girl" may be the woman on stage
(original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

PIER = """
If only the girl had been the sort one can chat to about the weather, I should have been spared a great deal, I reflected as I walked down to the pier.

Rosalind Tiller was waiting at the end of it, with her umbrella furled and her chin up. She looked at me as if I were a late train. I raised my hat and asked after her mother.

"Mother is quite well, thank you," said the girl coldly. "You are twenty minutes late."

"The tide," I said, which was feeble, and I knew it.
"""


def test_a_description_before_any_name_is_left_for_the_woman_named_later():
    work = analyze(PIER, Options())
    assert speaker_of(work, "Mother is quite well") == "Rosalind Tiller"
