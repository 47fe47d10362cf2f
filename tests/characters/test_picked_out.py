""""The man with the grey coat" is someone the writer tells apart by his coat, not the
salient man the bare "the man" would stand for (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

POST_OFFICE = """
Arthur Penrose waited at the counter of the little post office. Arthur tapped the brass bell twice, and Arthur hummed a tune while the clock ticked.

"Nothing has come for you today, sir," said the man with the grey coat. "Try again on Thursday."

Arthur sighed and put his hat back on.
"""


def test_a_description_with_its_own_phrase_is_not_the_salient_man():
    work = analyze(POST_OFFICE, Options())
    assert speaker_of(work, "Nothing has come") != "Arthur Penrose"
