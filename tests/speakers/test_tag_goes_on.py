"""A name-tagged speaker goes on past a beat about someone else (original passages)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

KITCHEN = """
Steve came into the kitchen with his phone still in his hand. Bucky was at the table, and Natasha sat across from him with a file.

"Wanda called," Steve said over him. Natasha put her hand flat on the table. "She says somebody's been asking about the farm."

"Asking what?" Bucky said.
"""

PORCH = """
Steve came out onto the porch. Bucky was on the steps, and Natasha leaned on the rail.

"Wanda called," Steve said. Natasha put her hand flat on the rail. "Then we leave tonight."

"Tonight?" Bucky said.
"""


def test_a_line_carrying_on_about_the_one_the_tagged_line_named_is_the_tagged_speakers():
    work = analyze(KITCHEN.strip() + "\n", Options())
    assert speaker_of(work, "Wanda called") == "Steve"
    assert speaker_of(work, "She says somebody") == "Steve"


def test_a_beat_before_a_line_on_something_new_still_gives_it_to_the_beats_subject():
    work = analyze(PORCH.strip() + "\n", Options())
    assert speaker_of(work, "Then we leave") == "Natasha"
