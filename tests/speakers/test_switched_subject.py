"""A he/she tag whose sentence goes on with a clause naming its subject (`"...," he said,
and Marek went to fetch a bucket`): the one named there is someone else than the
pronoun (`speakers/subjects.switched_subjects`)."""

from __future__ import annotations

from ficlens.pipeline import analyze

from attribution import speaker_of

SHED = """
Marek and Tobin were sorting nails in the back of the shed. Tobin had his sleeves rolled up.

"You're humming again," said Tobin.

Marek put down the box and looked up at the roof for a long while.

"The rain is coming in," he said, and Marek went to fetch a bucket.
"""


def test_a_name_subject_joined_after_the_tag_is_not_the_pronoun():
    # the narration is about Marek, but the tag's own sentence names him as someone new
    work = analyze(SHED.strip() + "\n")
    assert speaker_of(work, "The rain is") == "Tobin"

