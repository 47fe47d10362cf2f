""""The latter" is the one named last, "the former" the one named before him: the next
"he said" goes on with whom they point at (original passages)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

LATTER = """
Captain Orrin Vask stood at the rail with the ferryman, Dunmore Pell.

"The tide is turning," said Vask.

Vask glanced at the clouds and turned to Pell. The latter only nodded.

"We cross at dawn, then," he said.
"""

FORMER = """
Captain Orrin Vask stood at the rail with the ferryman, Dunmore Pell.

"The tide is turning," said Pell.

Vask and Pell walked down to the landing. The former said nothing for a while, frowning at the clouds.

"We cross at dawn, then," he said at last.
"""


def test_the_latter_is_the_one_named_last():
    assert speaker_of(analyze(LATTER, Options()), "We cross at dawn") == "Dunmore Pell"


def test_the_former_is_the_one_named_before():
    assert speaker_of(analyze(FORMER, Options()), "We cross at dawn") == "Orrin Vask"
