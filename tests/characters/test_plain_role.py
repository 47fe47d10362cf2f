"""With a character list, "the man" given once to one man (a called name answered by
"said the man") is not his name: the next "the man" may be anyone."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry

from attribution import run_with_cast, speaker_of

YARD = """
Bram Hollis kept the gate of the timber yard. Ada Quill came early with the keys.

"Morning, Bram," said Ada.

"Morning," said the man, and opened the gate for her.

Nobody came all morning. In the afternoon Bram went into the town for bread, and the yard
stood empty. The saws were still. Rain fell on the stacks. A cart went by in the lane.

At four Dorran came back from the quay with the tally book. Ada Quill was waiting in the
office with the wages.

Ada counted the coins onto the desk and pushed them across.

The man looked at the coins for a long time.

"Ten shillings!" he said. "That is more than I was owed."
"""


def test_a_plain_description_given_once_is_not_that_mans_name():
    cast = [
        CharacterEntry("Bram Hollis", ["Bram"], "he"),
        CharacterEntry("Dorran", [], "he"),
        CharacterEntry("Ada Quill", ["Ada"], "she"),
    ]
    work = run_with_cast(YARD, cast)
    assert speaker_of(work, "Ten shillings") == "Dorran"
