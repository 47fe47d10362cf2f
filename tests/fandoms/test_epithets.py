"""A pack's epithets name their character: "said the Vulcan" in a Star Trek story is Spock."""

from __future__ import annotations

import pytest

from tests.characters.test_characters import mention_char, run

BRIDGE = """
Kirk dropped into the chair and rubbed his eyes. Spock stood at the science station, hands behind his back.

"Report," said Kirk.

"The readings are unchanged, Captain," said the Vulcan. "I would advise patience."

Dr. McCoy came out of the lift with a tricorder. "Patience. He says patience, Jim."
"""


def test_a_pack_epithet_names_its_character():
    work = run(BRIDGE, pack="star_trek")
    spock = next(c for c in work.characters if c.name == "Spock")
    mccoy = next(c for c in work.characters if c.name == "Leonard McCoy")
    assert mention_char(work, "the Vulcan") == spock.id
    assert mention_char(work, "Dr. McCoy") == mccoy.id


TEAHOUSE = """
Toph kicked her feet up on the table. Aang and Katara were arguing about the menu, and Sokka was asleep on a bench.

"Wake up, Snoozles," said Toph. "Twinkle Toes is about to order for you."

"Don't let him, Sugar Queen," Sokka mumbled.

"Let him sleep," said Katara.
"""


def test_a_packs_canon_nicknames_name_their_characters():
    # Toph's nicknames for her friends are canon: each is the friend, never a newcomer
    work = run(TEAHOUSE, pack="avatar")
    names = {c.id: c.name for c in work.characters}
    assert names[mention_char(work, "Snoozles")] == "Sokka (Avatar)"
    assert names[mention_char(work, "Twinkle Toes")] == "Aang (Avatar)"
    assert names[mention_char(work, "Sugar Queen")] == "Katara (Avatar)"


MARKET = """
The Doctor ran ahead through the market, and she was laughing. Yaz caught up with her by the fish stall.

"Left!" said the Doctor. She grabbed Yaz by the sleeve. "No, right. Definitely right."

"You don't know, do you?" said Yaz.
"""


def test_the_doctors_pronouns_come_from_the_story():
    # canon changes the Doctor's pronouns by incarnation: the pack leaves them to the text
    work = run(MARKET, pack="doctor_who")
    doctor = next(c for c in work.characters if c.name == "The Doctor (Doctor Who)")
    assert doctor.pronouns == "she"


LAMPS = """
Geralt sat on the edge of the bed. Jaskier had a blanket around his shoulders and a cup he was not drinking.

"Drink it," the witcher said.

"It tastes of swamp," said the bard, and drank it.
"""


def test_canon_roles_name_their_characters():
    work = run(LAMPS, pack="the_witcher")
    names = {c.id: c.name for c in work.characters}
    assert names[mention_char(work, "the witcher")] == "Geralt z Rivii"
    assert names[mention_char(work, "the bard")] == "Jaskier"


CHAMBERS = """
Merlin carried the basket up the tower stairs. Gaius was grinding something green at the bench.

"Put it there," said the physician, without looking up.
"""


def test_the_court_physician_is_gaius():
    work = run(CHAMBERS, pack="merlin")
    names = {c.id: c.name for c in work.characters}
    assert names[mention_char(work, "the physician")] == "Gaius (Merlin)"


SICKBAY = """
Kirk lay very still on the biobed. McCoy checked the readings again and swore under his breath.

"Bones," the captain said, without opening his eyes. "Stop hovering."
"""


def test_the_captain_is_the_one_captain_the_story_names():
    # the pack knows other captains (Pike, Picard), but this story names only Kirk
    work = run(SICKBAY, pack="star_trek")
    names = {c.id: c.name for c in work.characters}
    assert names[mention_char(work, "the captain")] == "James T. Kirk"


MOTEL = """
Dean threw his bag on the bed. Castiel stood by the door, looking at the wallpaper.

"It's a motel, not a crime scene," said Dean.

"The pattern is distressing," said the angel.
"""


def test_the_angel_is_castiel():
    work = run(MOTEL, pack="supernatural")
    names = {c.id: c.name for c in work.characters}
    assert names[mention_char(work, "the angel")] == "Castiel (Supernatural)"


TAVERN = """
Varric leaned on the bar. Cullen came in from the rain and shook out his cloak.

"Evening, Curly," said Varric. "Buttercup says you owe her a drink."

Sera waved from the corner.
"""


def test_varrics_nicknames_name_their_characters():
    work = run(TAVERN, pack="dragon_age")
    names = {c.id: c.name for c in work.characters}
    assert names[mention_char(work, "Curly")] == names[mention_char(work, "Cullen")]
    assert names[mention_char(work, "Buttercup")] == names[mention_char(work, "Sera waved")]


PITCHSIDE = """
Rebecca stood at the window of her office, watching the rain on the pitch. Ted knocked twice and came in with a box of biscuits.

"Morning, Boss. Brought reinforcements."

"You always bring reinforcements."
"""

BULLPEN = """
Morgan leaned on the edge of Reid's desk and watched him read three files at once.

"Slow down, Genius. The case isn't going anywhere."

"Neither are you, apparently."
"""


WAR_TABLE = """
Cassandra laid the map across the war table. The Inquisitor leaned over it, frowning at the markers.

"The scouts are in place, Your Worship."

"Then we ride at dawn."
"""


@pytest.mark.parametrize(
    ("text", "pack", "call", "name"),
    [(PITCHSIDE, "ted_lasso", "Boss", "Rebecca Welton"), (BULLPEN, "criminal_minds", "Genius", "Spencer Reid"),
     (WAR_TABLE, "dragon_age", "Your Worship", "Inquisitor (Dragon Age)")],
)
def test_a_canon_pet_name_is_its_character(text, pack, call, name):
    # what canon has Ted call Rebecca, and Morgan call Reid: the character, not a newcomer
    work = run(text, pack=pack)
    names = {c.id: c.name for c in work.characters}
    assert names.get(mention_char(work, call)) == name
