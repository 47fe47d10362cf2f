"""A pack's epithets name their character: "said the Vulcan" in a Star Trek story is Spock."""

from __future__ import annotations

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
