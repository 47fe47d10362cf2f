"""A text message written all in lower case says nothing about which words are names."""

from __future__ import annotations

from tests.characters.test_characters import holder, mention_char, run

DINER = """
Sorrel Kemp had come into the diner at noon. Hollis watched her order pie.

His phone buzzed. "sorrel says the bridge is out so take the long road"

Sorrel waved at him from the counter. He did not wave back.
"""


def test_a_name_written_small_in_a_text_message_is_still_a_name():
    # "sorrel" in the message would make "Sorrel" opening a sentence a common word
    work = run(DINER)
    kemp = holder(work, "Sorrel Kemp")
    assert mention_char(work, "Sorrel waved") == kemp.id
