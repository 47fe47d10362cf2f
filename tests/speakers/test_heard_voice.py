"""Implicit speakers read from narration that hears a voice (ficlens.speakers)."""

from __future__ import annotations

from tests.speakers.test_speakers import MARA, TOBIN, build, speakers


def test_the_voice_the_narration_hears_says_the_next_line():
    text = (
        '"Are you coming in?" Tobin asked.\n\n'
        "Iris waited on the stairs a while longer. Tobin heard Mara laughing in the hall.\n\n"
        '"Not yet, the kettle has only just gone on."'
    )
    # the hearer opens the last sentence, but the one heard is the one who speaks
    assert speakers(build(text, [MARA, TOBIN])) == ["c2", "c1"]

