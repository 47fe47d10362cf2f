"""Two people cry out at a third's news; the untagged line after their cries is the
third's, going on with the news."""

from __future__ import annotations

from ficlens.pipeline import analyze
from attribution import speaker_at


NEWS = """
Ann came in from the village with her basket and sat down at the table with Tom and Meg.

"You will never guess," said Ann. "The old mill on the hill has been sold at last, and the new owner moved in on Monday."

"Never!" cried Tom.

"Surely not!" exclaimed Meg.

"It has, and by a painter from the city!"
"""


def test_the_one_whose_news_drew_two_cries_goes_on():
    work = analyze(NEWS.strip() + "\n")
    assert speaker_at(work, "Never!") == "Tom"
    assert speaker_at(work, "Surely not!") == "Meg"
    assert speaker_at(work, "by a painter") == "Ann"
