"""Two speakers trading lines go on over a silent onlooker's aside (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

KITCHEN = """
Ines had claimed the counter by the sink, which meant Ines had the best view of the show. Dario sat at the table with a mug of coffee. Rafe leaned against the fridge, arms folded, and Rafe was already scowling.

"You snore, Rafe," Dario said.

"I don't, Dario."

"Like a chainsaw with asthma."

"At least I don't talk to birds."

Ines rolled her eyes and reached for the sugar.

"The bird is a drone."

"You named it."

"You named your arm."

"I did not name my arm."
"""


def test_an_onlooker_rolling_her_eyes_does_not_take_a_turn_in_the_exchange():
    work = analyze(KITCHEN.strip() + "\n", Options())
    assert speaker_of(work, "The bird is a drone") == "Dario"
    assert speaker_of(work, "You named it") == "Rafe"
    assert speaker_of(work, "I did not name") == "Rafe"


WATCHING = """
I had claimed the counter by the sink, which meant I had the best view of the show. My coffee was going cold and I did not care. Dario sat at the table with a mug of his own. Rafe leaned against the fridge, arms folded, and Rafe was already scowling at Dario. I could tell this would go on for a while.

"You snore," Dario said.

"I don't."

"Like a chainsaw with asthma."

"At least I don't talk to birds."

I poured myself more coffee and said nothing at all.
"""


def test_a_first_person_narrator_watching_is_not_the_one_a_named_speaker_answers():
    work = analyze(WATCHING.strip() + "\n", Options())
    assert speaker_of(work, "I don't") == "Rafe"
    assert speaker_of(work, "At least I don't") == "Rafe"
