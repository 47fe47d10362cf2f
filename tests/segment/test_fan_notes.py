"""AO3 plain text: a lower-case title, and notes with no "A/N" label that talk as fan
fiction's notes do (seasons, "pov", "OC", "slow burn", "i said so", "thank u for
reading"), at the start or the end; a story paragraph with one such word stays story."""

from __future__ import annotations

from ficlens.model import Work
from ficlens.segment import segment

STORY = """the orchard gate (or: Pim loses a boot)

set in s4 but nobody is cursed this week. Pim is my OC, and yes the goat is real because i said so.

The gate at the bottom of the orchard had been stuck for a year, and Dara hated it.

"Push," she said. "No, the other way."

Pim pushed. The gate groaned, and a boot went into the mud and stayed there.

"Leave it," said Dara. "The story of this orchard is a story of lost boots."

thank u for reading!! the boot comes home next week
"""


def kinds(text: str) -> dict[str, str]:
    """The first 24 characters of each paragraph -> the kind of its segment."""
    work = segment(Work(text=text))
    out = {}
    for s in work.segments:
        for para in text[s.start : s.end].split("\n\n"):
            out[para.strip()[:24]] = s.kind
    return out


def test_a_lower_case_title_line_is_the_title():
    assert kinds(STORY)["the orchard gate (or: Pi"] == "title"


def test_an_unlabelled_front_note_with_two_conventions_is_a_note():
    assert kinds(STORY)["set in s4 but nobody is "] == "author_note"


def test_thank_u_for_reading_ends_on_a_note():
    assert kinds(STORY)["thank u for reading!! th"] == "author_note"


def test_the_story_after_a_front_note_stays_story():
    work = segment(Work(text=STORY))
    story = " ".join(STORY[s.start : s.end] for s in work.segments if s.kind == "story")
    assert story.startswith("The gate at the bottom")
    assert "lost boots" in story


def test_a_story_opening_with_one_convention_stays_story():
    text = """The Long Field

Mira laughed at her phone. lol ok!! she typed, and put it away.

The field was long and the wind was cold, and the dog ran ahead of them.

"Wait up," said Joss.

They walked on until the light went.
"""
    found = kinds(text)
    assert found["Mira laughed at her phon"] == "story"
    assert found["They walked on until the"] == "story"


def test_comments_are_love_and_part_two_end_on_a_note():
    text = """Under the Bridge

Tam sat under the bridge and waited for the rain to stop.

"It won't," said Oli.

It did, in the end. They went home wet and laughing.

ok so i know trains dont run that late. comments are love, part two is the walk home
"""
    assert kinds(text)["ok so i know trains dont"] == "author_note"


def test_a_quoted_prompt_does_not_keep_a_note_in_the_story():
    text = """paper boats

for the prompt "someone builds a boat that floats." slow burn, no kiss yet.

Wren folded the paper in half, then in half again.

"Will it float?" asked Col.

"Watch," said Wren, and set it on the water.
"""
    assert kinds(text)["for the prompt \"someone "] == "author_note"


def test_an_opening_with_speech_and_two_conventions_stays_story():
    text = """The Ferry

She said "canon is whatever we say it is!!" and the pov of the whole crowd turned to her.

The ferry pulled out and the gulls came after it.

"Sit down," said the captain.

Nobody sat.
"""
    assert kinds(text)["She said \"canon is whate"] == "story"


def test_an_end_note_label_opens_a_note():
    text = """Salt and Smoke

The kiln door would not shut, and Ren kicked it.

"Gently," said Ma.

Ren kicked it gently.

End note: the "kick it gently" line is from my nan. she would have liked Ren.
"""
    assert kinds(text)["End note: the \"kick it g"] == "author_note"


def test_one_convention_and_a_note_tone_end_on_a_note():
    text = """Night Bus

The bus was late, and Ivo counted the lights on the bridge.

"Twelve," he said.

"Thirteen," said Ama. "You missed one."

next chapter is the morning after!! ivo will be insufferable
"""
    assert kinds(text)["next chapter is the morn"] == "author_note"


def test_a_platform_and_an_apology_for_lateness_end_on_a_note():
    text = """The Lantern

Kit lit the lantern and the dark went back a step.

"Better," said Sol.

sorry this is so late, come find me on tumblr
"""
    assert kinds(text)["sorry this is so late, c"] == "author_note"


def test_a_story_line_about_lateness_stays_story():
    text = """The Lantern

Kit lit the lantern and the dark went back a step.

"Better," said Sol.

Kit was sorry it was late, and sorrier still that the oil was gone.
"""
    assert kinds(text)["Kit was sorry it was lat"] == "story"
