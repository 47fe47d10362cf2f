"""A he/she tag is never the "I" who tells the story: with the narrator the one the
turn order or the exchange would give, the tag goes to the other man or woman there."""

from __future__ import annotations

from attribution import speaker_at

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

CAST = [CharacterEntry("Ada", [], "she"), CharacterEntry("Tobin", [], "he"), CharacterEntry("Arlo", ["I"], "he")]

DOCK = """
Tobin and Ada were arguing about the boat when I came down to the dock. I had the oars over my shoulder and my lunch in my pocket.

"It leaks," said Tobin.

"It floats," said Ada. "Morning, Arlo."

"Morning," I said.

"Tobin thinks it will sink under you," Ada said.

"It will," he said.
"""


def test_a_he_tag_is_not_the_first_person_narrator():
    work = analyze(DOCK.strip() + "\n", Options(characters=CAST))
    assert speaker_at(work, '"Morning,"') == "Arlo"
    assert speaker_at(work, '"It will,"') == "Tobin"
