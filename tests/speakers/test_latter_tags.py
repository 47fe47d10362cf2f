"""`said the latter` in a speech tag: the one the narration named last, not a name the line calls."""

from __future__ import annotations

from ficlens.pipeline import analyze

from attribution import speaker_of


def test_the_latter_is_read_in_the_narration_not_in_the_line():
    # the last name before the tag is the vocative inside the line; the latter is Marek
    text = """
Marek Voss was mending a net. Tobin Hale sat on the jetty, and after a while he looked
across at Marek.

"Well, Tobin," said the latter, "the river is higher than I have ever seen it."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Well, Tobin") == "Marek Voss"
