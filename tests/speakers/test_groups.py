"""A line said to everyone present (`"Children, ..."`, `all of you`, `said to the room`)
is addressed to all the others of the scene: short original passages through the whole
pipeline."""

from __future__ import annotations

from ficlens.model import Work
from ficlens.pipeline import analyze


def addressees_of(work: Work, opening: str) -> set[str]:
    q = next(q for q in work.quotes if work.text[q.start : q.end].lstrip("\"“").startswith(opening))
    return {work.character(a).name for a in q.addressees if work.character(a)}


_KITCHEN = """
Marta was chopping onions when the twins came in arguing.

"You ate the last of the bread," Oskar said.

"There was hardly any left," said Pia.

"There was half a loaf."

"Quarter, at most."

"{line}" Marta said, without turning round.
"""


def test_a_plural_call_addresses_everyone_who_spoke():
    work = analyze(_KITCHEN.format(line="Children, if you two can't share, nobody gets pudding.").strip() + "\n")
    assert addressees_of(work, "Children") == {"Oskar", "Pia"}


def test_all_of_you_addresses_everyone_who_spoke():
    work = analyze(_KITCHEN.format(line="Out of my kitchen, all of you.").strip() + "\n")
    assert addressees_of(work, "Out of my kitchen") == {"Oskar", "Pia"}


def test_a_line_to_one_of_them_stays_with_that_one():
    work = analyze(_KITCHEN.format(line="Pia, fetch the butter.").strip() + "\n")
    assert addressees_of(work, "Pia, fetch") == {"Pia"}


def test_you_all_right_is_not_a_group():
    text = """
Dell found Rowan and Ivo on the back step after the storm.

"The fence is down," Rowan said.

"And the shed roof," said Ivo.

"You all right?" Dell asked Rowan.
"""
    work = analyze(text.strip() + "\n")
    assert addressees_of(work, "You all right") == {"Rowan"}


def test_a_name_the_line_calls_is_who_it_is_said_to():
    text = """
Bram, Tess and Jory were mending nets on the quay.

"If I have to listen to Bram grumbling about the weather all week, I'll throw him in," Jory said.

"I don't grumble," Bram said.

"You grumbled about the fog for an hour."

"It was in my eyes, Tess."

Jory laughed. "It was fog, Bram."
"""
    work = analyze(text.strip() + "\n")
    assert addressees_of(work, "It was in my eyes") == {"Tess"}


def test_the_one_the_speaker_turns_to_hears_the_line():
    text = """
Maud and Carrow had been arguing about the rent all evening, while Lina read by the fire.

"It's due on Friday," Maud said.

"Then I'll pay it on Friday," Carrow said, and turned to Lina. "Are you still awake?"

"Then pay it on Friday," Maud said.

"Fine," Carrow said, catching Lina's eye. "Goodnight."
"""
    work = analyze(text.strip() + "\n")
    assert addressees_of(work, "Are you still awake") == {"Lina"}
    assert addressees_of(work, "Fine") == {"Lina"}
    assert addressees_of(work, "Goodnight") == {"Lina"}


def test_one_seen_looking_is_not_turning_to_anyone():
    text = """
Maud and Carrow had been arguing about the rent all evening, and Lina had stopped listening.

"It's due on Friday," Carrow said.

Maud put her cup down. I have seen her look at Lina like that before.

"Then pay it on Friday."
"""
    work = analyze(text.strip() + "\n")
    assert addressees_of(work, "Then pay it") != {"Lina"}


def test_a_counted_group_takes_that_many_listeners():
    text = """
The lamp flickered over the map. Ines and Paul had been bickering about the route for an hour.

"The north pass is shorter," Ines said.

"And covered in snow," said Paul.

"The bridge is out," Marek said from the doorway, and that was enough to make all three of them look up.

"Since when?" asked Odile.
"""
    work = analyze(text.strip() + "\n")
    assert addressees_of(work, "The bridge is out") == {"Ines", "Paul", "Odile"}


def test_a_line_added_to_the_previous_one_goes_to_its_listener():
    text = """
Greta and Ansel were whispering by the stove when Pim came down in his nightshirt.

"Are you two plotting something?" Pim asked.

"We are plotting your birthday," Greta told Pim.

"Go back to bed," Ansel added.
"""
    work = analyze(text.strip() + "\n")
    assert addressees_of(work, "Go back to bed") == {"Pim"}
