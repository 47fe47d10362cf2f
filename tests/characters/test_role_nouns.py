""""The solicitor turned the page": a role noun of the law is a person noun, so the
"his" and "he" that follow are the solicitor's, not the man named before (original
passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

READING = """
"Get on with it," said Mr. Pengelly, who sat by the fire. Mr. Pengelly hated waiting.

"To my nephew I leave nothing," said the solicitor.

Mr. Pengelly groaned aloud. The solicitor turned the page and cleared his throat.

"To my niece, the house and the orchard," he said.
"""


def test_a_role_noun_subject_takes_the_next_he():
    work = analyze(READING, Options())
    at = work.text.index("he said")
    he = next(m for m in work.mentions if m.start == at)
    assert work.character(he.character).name == "the solicitor"
