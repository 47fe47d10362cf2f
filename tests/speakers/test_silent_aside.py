"""Two speakers trading lines go on over a silent onlooker's aside (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

KITCHEN = """
Natasha had claimed the counter by the sink, which meant she had the best view of the show. Sam sat at the table with a mug of coffee. Bucky leaned against the fridge, arms folded.

"You snore," Sam said.

"I don't."

"Like a chainsaw with asthma."

"At least I don't talk to birds."

Natasha rolled her eyes and reached for the sugar.

"Redwing is a drone."

"You named it."

"You named your arm."

"I did not name my arm."
"""


def test_an_onlooker_rolling_her_eyes_does_not_take_a_turn_in_the_exchange():
    work = analyze(KITCHEN.strip() + "\n", Options())
    assert speaker_of(work, "Redwing is a drone") == "Sam"
    assert speaker_of(work, "You named it") == "Bucky"
    assert speaker_of(work, "I did not name") == "Bucky"
