"""An unnamed voice of a listed group speaks for the group."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze
from attribution import speaker_at


HALL = """
Petra waited alone in the dark hall. The sailors came in out of the rain and stamped their boots by the stove. Petra kept very still in her corner. "Cold as a cellar," she heard one voice say. "Who let the fire go out?"
"""

MARKET = """
The drovers came down the lane with their dogs. Old Hesketh stood at the gate of the market.

"Mind the pens, old man," said a gruff voice among the drovers.

Hesketh only waved them on.
"""


def test_a_voice_heard_after_a_group_came_in_is_the_groups_not_the_listeners():
    entries = [CharacterEntry("Petra"), CharacterEntry("the sailors")]
    work = analyze(HALL.strip() + "\n", Options(characters=entries))
    assert speaker_at(work, "Cold as a cellar") == "the sailors"
    assert speaker_at(work, "Who let the fire") == "the sailors"


def test_a_voice_among_a_group_is_the_groups():
    entries = [CharacterEntry("Hesketh"), CharacterEntry("the drovers")]
    work = analyze(MARKET.strip() + "\n", Options(characters=entries))
    assert speaker_at(work, "Mind the pens") == "the drovers"
