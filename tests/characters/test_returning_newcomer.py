"""With a character list, a listed character who comes back on stage as "a man came in"
and is named soon after: the pronoun-tagged lines after the description are theirs."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry

from attribution import run_with_cast, speaker_of

CAST = [
    CharacterEntry("Owen Marsh", ["Owen"], "he"),
    CharacterEntry("Ida Fenn", ["Ida"], "she"),
    CharacterEntry("Captain Rolt", ["Rolt"], "he"),
]

FERRY = """
Owen Marsh took the last lantern and went down to the landing. Nobody saw him go.

Ida Fenn sat by the stove with the ledger open. Captain Rolt stood at the window. The
rain ran down the glass. The clock ticked. Ida turned a page. Rolt drummed on the sill.
The fire settled. A dog barked somewhere in the lane. Ida wrote a figure and crossed it
out. Rolt yawned. The kettle began to sing. Ida lifted it off the hob.

"It will not clear before morning," Rolt said.

"Then we wait," said Ida.

The door swung open and a man came in from the dark. He was wet to the knees and carried
a lantern that had gone out.

"The ferry has sunk at her moorings," he said. "There is nothing left of her."

Ida stared at him. Rolt did not move. It was Owen Marsh, and his hands were shaking.
"""


def test_a_listed_man_come_back_as_a_man_speaks_the_pronoun_tagged_line():
    work = run_with_cast(FERRY, CAST)
    assert speaker_of(work, "The ferry has sunk") == "Owen Marsh"
    assert speaker_of(work, "It will not clear") == "Captain Rolt"


LANDING = """
Owen Marsh had sailed for the coast in the spring, and nobody had heard from him since.

Ida Fenn kept the inn. Captain Rolt came every evening for his pipe. The winter was long.
Ida counted the bottles. Rolt read the paper. Snow lay on the sill. The lamp smoked. Ida
trimmed the wick. Rolt folded the paper and set it down. The fire had burned low. Ida put
on another log. Rolt watched the sparks go up.

"Nobody will come tonight," said Rolt.

There was a knock. Ida opened the door, and on the step stood a tall man in a sea-coat.

"You have a room, I hope," he said. "I have walked from the harbour."

"Owen?" she whispered. "Owen Marsh?"
"""


def test_a_newcomer_after_the_verb_that_brings_him_in_speaks_the_pronoun_tagged_line():
    work = run_with_cast(LANDING, CAST)
    assert speaker_of(work, "You have a room") == "Owen Marsh"
