"""A pronoun tag on the line after the last speaker's, in a new paragraph with nothing
told of that speaker since, is the one that line was said to (`speakers/replies._recheck`),
though the characters stage's chain of "he"s runs on with the last speaker."""

from __future__ import annotations

from ficlens.pipeline import analyze

from attribution import speaker_of


def test_the_one_spoken_to_answers_a_line_of_his_own_gender():
    text = """Walter Pike stood in the rain and looked at the fallen wall. Ned Harlow came up the lane behind him, and he was angry.

"You said it would hold," he said, low. "You said so to my face. You knew it was rotten."

"It was only stone," he said.
"""
    work = analyze(text)
    assert speaker_of(work, "You said it would") == "Ned Harlow"
    assert speaker_of(work, "It was only stone") == "Walter Pike"
