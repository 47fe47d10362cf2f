"""A name-tagged speaker goes on past a beat about someone else (original passages)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

KITCHEN = """
Tomas came into the kitchen with his phone still in his hand. Rafe was at the table, and Ines sat across from him with a file.

"Greta called," Tomas said over him. Ines put her hand flat on the table. "She says somebody's been asking about the farm."

"Asking what?" Rafe said.
"""

PORCH = """
Tomas came out onto the porch. Rafe was on the steps, and Ines leaned on the rail.

"Greta called," Tomas said. Ines put her hand flat on the rail. "Then we leave tonight."

"Tonight?" Rafe said.
"""


def test_a_line_carrying_on_about_the_one_the_tagged_line_named_is_the_tagged_speakers():
    work = analyze(KITCHEN.strip() + "\n", Options())
    assert speaker_of(work, "Greta called") == "Tomas"
    assert speaker_of(work, "She says somebody") == "Tomas"


def test_a_beat_before_a_line_on_something_new_still_gives_it_to_the_beats_subject():
    work = analyze(PORCH.strip() + "\n", Options())
    assert speaker_of(work, "Then we leave") == "Ines"
