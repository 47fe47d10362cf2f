"""One person written two ways stays one character ("Doctor Quell" and "Dr. Quell", "Sam"
and "Samuel Treddle", "Van Tromp" and "Cornelius Van Tromp", a canon epithet or nickname
and its pack character), while relatives and other titles stay apart."""

from __future__ import annotations

import pytest

from tests.characters.test_characters import holder, mention_char, run

SURGERY = """
Dr. Quell opened the surgery door and looked out at the rain.

"Come in, both of you," said Dr. Quell.

Marta Bly shook out her umbrella. "Thank you, Doctor Quell," she said.

Doctor Quell nodded and went back to his desk.
"""


PORTER = """
Sam Treddle carried the trunk up the stairs, puffing.

"Where shall I put it?" said Sam Treddle.

"By the window," said Ada Wynn. "You are very kind, Samuel Treddle."

"Samuel Treddle never says no to a lady," he said.
"""


CALLER = """
Nell Ashby drove out to the house of Mrs. Ivy Garrow that morning.

"Do sit down," said Mrs. Garrow. She poured the tea.

"Thank you, Mrs. Garrow," said Nell. "I came about the stolen brooch."

Mrs. Garrow sighed. "Then ask what you like," she said.
"""


SUPPER = """
Haviland Ames came in from the stables. Mrs. Haviland Ames was laying the table.

"You are late again," said Mrs. Ames.

"The mare was lame," said Haviland Ames. He washed his hands.

Mrs. Ames put down the plates. "Then sit," she said.
"""


def test_a_wife_called_by_her_husbands_full_name_keeps_her_own_name():
    work = run(SUPPER)
    wife = holder(work, "Mrs. Haviland Ames")
    assert wife.id != holder(work, "Haviland Ames").id
    assert wife.name == "Mrs. Haviland Ames"


# A pack's `kind`: "the turian" is the one turian of the canon that the story names.
BATTERY = """
Garrus Vakarian was bent over the console when Tali came in.

"Busy?" Tali asked.

"Always," said the turian. He did not look up.

"Then I will wait," said the quarian, and sat down on a crate.
"""


def test_a_canon_kind_names_the_one_character_of_that_kind():
    work = run(BATTERY, pack="mass_effect")
    assert mention_char(work, "the turian") == holder(work, "Garrus Vakarian").id
    assert mention_char(work, "the quarian") == holder(work, "Tali'Zorah vas Normandy").id


def test_a_canon_kind_with_two_holders_in_the_story_names_neither():
    work = run(BATTERY.replace("when Tali came in", "when Tali came in with news of Saren"), pack="mass_effect")
    assert mention_char(work, "the turian") != holder(work, "Garrus Vakarian").id


# The wife "his wife" made a character of is the one the narration calls "the Rector's
# wife": she is shown by that name, and its words ("wife") are no names of hers.
RECTORY = """
The Rector stood on the step of the rectory and listened.

"Someone is in the belfry," said his wife, pulling at his sleeve.

"Then I shall go and see," said the Rector.

The Rector's wife held up the lamp. "Take the stick," said the Rector's wife.
"""


def test_a_kin_character_is_shown_by_the_possessor_who_names_her():
    work = run(RECTORY)
    wife = holder(work, "his wife")
    assert wife.name.lower() == "the rector's wife"
    assert "wife" not in wife.aliases
    at = work.text.index("The Rector's wife")
    assert wife.id in {m.character for m in work.mentions if m.start == at}


# A canon rank in the pack ("Captain Nash") lets "the captain" name its one holder.
STATION = """
Bobby Nash set the pan down on the firehouse stove and went up to his office.

* * *

Buck slid down the pole. Eddie Diaz was already at the rig.

"Two minutes, Buckley," the captain said from the stairs. "Then we roll."

"On it," said Buck.
"""

SEANCE = """
Sherlock Holmes did not look up from the candles.

"And you, Detective Inspector, are late," he said.

"Traffic," said Lestrade.
"""


def test_a_canon_rank_lets_the_title_name_its_holder():
    work = run(STATION, pack="nine_one_one")
    assert mention_char(work, "the captain") == holder(work, "Bobby Nash").id


def test_a_canon_form_of_address_names_its_holder():
    work = run(SEANCE, pack="sherlock")
    assert mention_char(work, "Detective Inspector") == holder(work, "Greg Lestrade").id


BANKER = """
Cornelius Van Tromp arrived at the bank at noon.

"The vault," said Van Tromp. "Open it."

The clerk hurried away, and Van Tromp waited by the window.
"""


@pytest.mark.parametrize(("pack", "line", "nickname", "canonical"), [
    ("my_hero_academia", "Kaminari Denki grinned. \"Move it, Dunce Face,\" said Bakugou.", "Dunce Face", "Kaminari Denki"),
    ("my_hero_academia", "Kirishima Eijirou waved. \"Not now, Shitty Hair,\" said Bakugou.", "Shitty Hair", "Kirishima Eijirou"),
    ("harry_potter", "Ron Weasley went red. \"Oh, Won-Won,\" sighed Lavender.", "Won-Won", "Ron Weasley"),
    ("dc", "Tim Drake looked up. \"Pass the rolls, Replacement,\" said Jason.", "Replacement", "Tim Drake"),
    ("dragon_age", "The Inquisitor read the letter. \"Bad news, Herald?\" asked Varric.", "Herald", "Inquisitor (Dragon Age)"),
])
def test_a_canon_nickname_names_its_character(pack: str, line: str, nickname: str, canonical: str):
    work = run(line, pack=pack)
    assert mention_char(work, nickname) == next(c.id for c in work.characters if c.name == canonical)


DOWAGER = """
Mrs. Elmer Quade poured the tea while Elmer Quade read the paper.

"The old lady is coming to stay," said Mrs. Elmer Quade.

Mrs. Quade arrived at four with three trunks. "Elmer, my boy," said Mrs. Quade.
"""


RELATIVE = """Sam Treddle sat on the cart. His son Samuel Treddle held the reins.

"Gee up," said Samuel Treddle.

"Steady," said Sam Treddle.
"""


@pytest.mark.parametrize(("text", "a", "b", "same"), [
    (SURGERY, "Dr. Quell", "Doctor Quell", True),  # a title and its short form
    (SURGERY.replace("Doctor Quell nodded", "Captain Quell nodded"), "Dr. Quell", "Captain Quell", False),
    (PORTER, "Sam Treddle", "Samuel Treddle", True),  # a pet given name, the same surname
    (PORTER.replace("Samuel Treddle", "Walter Treddle"), "Sam Treddle", "Walter Treddle", False),
    (RELATIVE, "Sam Treddle", "Samuel Treddle", False),  # ... unless the text makes them kin
    (CALLER, "Mrs. Garrow", "Mrs. Ivy Garrow", True),  # the full form the text gives a wife
    (CALLER.replace("Mrs. Ivy Garrow", "Ivy Garrow"), "Mrs. Garrow", "Ivy Garrow", False),
    (DOWAGER, "Mrs. Quade", "Mrs. Elmer Quade", False),  # her husband's name: maybe the son's wife
    (BANKER, "Van Tromp", "Cornelius Van Tromp", True),  # a surname with its particle
])
def test_two_forms_are_one_person_or_two(text: str, a: str, b: str, same: bool):
    work = run(text)
    assert (holder(work, a).id == holder(work, b).id) is same


# A copula before a name gives it a role: "the gardener was Tobias Venn".
GATE = """
A man was clipping the hedge by the gate. Learning that the gardener was Tobias Venn, Kit asked about the key.

The gardener shook his head. "No key here," said the gardener.

Kit thanked him and walked back to the lane.
"""


def test_a_role_the_text_names_by_a_copula_is_that_person():
    work = run(GATE)
    assert mention_char(work, "The gardener shook") == holder(work, "Tobias Venn").id


# A pet form of a given name the story gives in full ("Ike" for Isaac Dunmore).
MILL = """
Isaac Dunmore worked the mill wheel all morning.

"Ike, come and eat," called his sister.

"In a minute," said Ike, and went on with the sacks.
"""


def test_a_pet_form_joins_the_full_given_name():
    work = run(MILL)
    assert holder(work, "Ike").id == holder(work, "Isaac Dunmore").id
