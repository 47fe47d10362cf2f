"""A plain description inside a quotation ("where did you send the boy?") is someone the
speaker talks about, not the character salient on stage; so the narration's later "said
the boy" is not that character either (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

PICNIC = """
Mr. Pellow walked up the hill with his gun under his arm, and Mr. Pellow was very hot.

"Where did you tell the boy to wait for us with the hamper, Dodd?" he asked.

"By the gate," said Dodd.

They came to the gate at noon. A small figure sat on the wall there, swinging his legs.

"I been here since eleven," said the boy. "The pies is getting cold."
"""


def test_a_description_a_speaker_uses_is_not_the_salient_gentleman():
    work = analyze(PICNIC, Options())
    assert speaker_of(work, "I been here since eleven") not in ("Mr. Pellow", "Dodd")
