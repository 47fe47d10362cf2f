"""A rank's style in a speech tag ("said her ladyship") says the speaker's gender: the
one the turn before called by name answers only when known to be of it (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

DRAWING_ROOM = """
Lady Marlow sat at her embroidery by the window. Sandrin had ridden out at dawn with the dogs.

The door flew open. Tilda ran in from the garden with her hat in her hand and her hair coming down.

"Sandrin! Is Sandrin back?"

"Hush, child, that is no way to come into a room," said her ladyship.
"""


def test_her_ladyship_is_not_the_one_of_unknown_gender_called_before():
    work = analyze(DRAWING_ROOM, Options())
    assert speaker_of(work, "Hush, child") == "Lady Marlow"
