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



def test_a_beat_opening_on_and_names_the_speaker():
    text = (
        '"The roof leaks again," Tobin said.\n\n'
        '"I mended it twice this spring and my hands are still sore from it." And Mara rubbed her palms.'
    )
    w = build(text, [MARA, TOBIN, ("c3", "Iris", "she", ["Iris"])])
    assert speakers(w) == ["c2", "c1"]
    assert w.quotes[1].evidence == "explicit"
