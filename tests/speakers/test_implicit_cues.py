"""Implicit speakers read from the narration and the lines around them (ficlens.speakers)."""

from __future__ import annotations

from tests.speakers.test_speakers import IRIS, MARA, TOBIN, build, speakers


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
    w = build(text, [MARA, TOBIN, IRIS])
    assert speakers(w) == ["c2", "c1"]
    assert w.quotes[1].evidence == "explicit"


def test_the_one_the_first_line_after_narration_is_said_to_answers_it():
    text = (
        '"You always hum at the table," Iris said.\n\n'
        "Tobin leaned back in his chair and began to hum louder.\n\n"
        '"Stop it, Tobin. It is so rude!"\n\n'
        '"That is why I do it."\n\n'
        '"I cannot bear rude boys!"\n\n'
        '"And I cannot bear prim girls!"\n\n'
        '"Peace, both of you," said Mara. "Supper is getting cold."\n\n'
        '"He started it," said Iris.'
    )
    out = speakers(build(text, [MARA, TOBIN, IRIS], pronouns={0: "c2"}))
    assert out[2] == "c2"  # told to stop by name, Tobin answers
