"""A closing sentence that tells someone's state after a pronoun-tagged line (`"...?" he
demanded. Tobin was entirely calm.`) is the listener reacting, not the speaker finishing
the line: it does not name the pronoun (`speakers/guess._named_in_paragraph`)."""

from __future__ import annotations

from ficlens.pipeline import analyze

from attribution import speaker_of

LEDGER = """
Tobin Marsh had been talking for an hour, and Corin Vale sat with his arms folded. Tobin rubbed his chin.

"I found your name in the ledger," said Tobin.

Corin came forward, his fists clenched.

"Who are you, anyway?" he demanded. "And what business is it of yours?" Tobin was entirely calm.
"""


def test_a_closing_state_sentence_does_not_name_the_speaker():
    work = analyze(LEDGER.strip() + "\n")
    assert speaker_of(work, "Who are you") == "Corin Vale"
