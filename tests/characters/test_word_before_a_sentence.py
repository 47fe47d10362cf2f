"""A word ending the sentence before is not the word before a name: "they said. Oxford, ..."."""

from __future__ import annotations

from ficlens.pipeline import analyze

TRIP = """
Tamsin and Reuben argued over the map for most of the morning while the kettle boiled.

"Somewhere quiet, with a good inn and no cousins at all," they said. Harrowgate, Selby, Whitcombe, he offered. None of them would do.

"You choose, then," Reuben said.

"I already have," said Tamsin.
"""


def test_a_place_after_a_speech_verb_ending_a_sentence_is_no_speaker():
    # "said" ends the sentence before "Harrowgate": read as `said Harrowgate`, the town
    # was a speaker and kept as a character
    work = analyze(TRIP.strip() + "\n")
    names = {n for c in work.characters for n in (c.name, *c.aliases)}
    assert "Harrowgate" not in names
    assert {"Tamsin", "Reuben"} <= names
