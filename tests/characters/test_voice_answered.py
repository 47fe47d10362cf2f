""""Said the girl" right after an unnamed voice is still the girl the text has called
"the girl" before, answering the voice, not the voice itself (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

MILL = """
Nell Hartley pushed open the gate of the old mill and went in. The girl looked about her at the broken wheel and the nettles.

"Who is there?" called a hollow voice from the loft.

"Only me," said the girl, stepping back. "I came for the cat."
"""


def test_a_description_used_before_answers_the_voice():
    work = analyze(MILL, Options())
    assert speaker_of(work, "Only me") == "Nell Hartley"
