""""Said the inspector" with one Inspector Hallam in the story is Hallam, though the
reply calls another man by name (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

STUDY = """
Inspector Hallam stood by the window of the study. Captain Verey lit a cigarette, and Mrs. Dane watched them both from the sofa.

"The window was open at ten o'clock," said the inspector.

"You cannot think it was me, Verey," said Mrs. Dane.
"""


def test_the_one_title_holder_before_the_reply_call():
    work = analyze(STUDY, Options())
    assert speaker_of(work, "The window was open") == "Inspector Hallam"
