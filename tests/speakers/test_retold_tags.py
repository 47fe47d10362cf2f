"""A pronoun tag after a line that opens its paragraph (`"Morning," he said.`) takes
the speaker the decoded turn order gives, when the pronoun fits them: the line answers
the one the line before called (`"Morning, Arlo."`), not the other man of the exchange.
A beat before the line in its paragraph (`Tobin shrugged.`) still says who speaks."""

from __future__ import annotations

from attribution import speaker_at

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

CAST = [CharacterEntry("Bram", [], "he"), CharacterEntry("Tobin", [], "he"), CharacterEntry("Arlo", [], "he")]

DOCK = """
Bram and Tobin were arguing about the boat when Arlo came down to the dock.

"It leaks," said Tobin.

"It floats," said Bram. "Morning, Arlo."

"Morning," he said. "Tobin's right, you know. Who's taking her out?"

"Arlo, I am."

"In that?"

"In that," said Bram.
"""


def test_a_pronoun_tag_takes_the_speaker_the_turn_order_gives():
    work = analyze(DOCK.strip() + "\n", Options(characters=CAST))
    assert speaker_at(work, "\"Morning,\"") == "Arlo"
    assert speaker_at(work, "Tobin's right") == "Arlo"  # the rest of his turn goes with it
    assert speaker_at(work, "In that?") == "Arlo"


def test_a_beat_before_the_line_keeps_its_speaker():
    text = DOCK.replace('"Morning," he said.', 'Tobin shrugged. "Morning," he said.')
    work = analyze(text.strip() + "\n", Options(characters=CAST))
    assert speaker_at(work, "\"Morning,\"") == "Tobin"


GATE = """
Mara walked Iris to the gate after supper. She would not stay the night.

"It's late, and the road is dark," she said. "I'll come back on Sunday."

"Then take the lantern, Iris."

"I will."

"And mind the ditch by the mill, Iris."
"""


def test_the_retold_line_is_said_to_its_neighbour_in_the_order():
    # the next line calls Iris: the one leaving said the first, to Mara
    cast = [CharacterEntry("Mara", [], "she"), CharacterEntry("Iris", [], "she")]
    work = analyze(GATE.strip() + "\n", Options(characters=cast))
    assert speaker_at(work, "It's late") == "Iris"
    q = next(q for q in work.quotes if work.text[q.start : q.end].startswith('"It\'s late'))
    assert [work.character(c).name for c in q.addressees] == ["Mara"]
