"""Untagged banter among four: the names the lines call say whose line each answers."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

from attribution import speaker_of

CAST = [
    CharacterEntry("Nell", [], "she"), CharacterEntry("Bram", [], "he"),
    CharacterEntry("Tobin", [], "he"), CharacterEntry("Ada", [], "she"),
]

TEAROOM = """
The flower seller tucked a flower behind Bram's ear. Nell, across the room, set her cup down too hard. Bram went completely still.

"Whoa." Ada looked up from her book. "Somebody's heart just skipped, Bram, and it wasn't yours."

"Nobody's heart did anything."

"Uh-huh."

"I'm only surprised. I didn't know Bram had friends here."

"Friends," Tobin repeated. "Friiiends, Nell."

"Stop it."

"I'm only saying, Nell, she gave him a flower."

"She did not, you made that up."

"Can't hear you. Too much fun, Nell."
"""


def test_the_one_the_teasing_calls_by_name_is_the_one_who_spoke():
    # Ada's first line is said to Bram, but every later line calls Nell: Nell is the one
    # answering, and her line talks about Bram by name (with "he" for Bram the decoder held
    # Bram and Nell level there, and only the order of its ties, after the old parity
    # backfill from Tobin's tag, gave Nell)
    work = analyze(TEAROOM.strip() + "\n", Options(characters=CAST))
    assert speaker_of(work, "I'm only surprised") == "Nell"
    assert speaker_of(work, "Stop it") == "Nell"
