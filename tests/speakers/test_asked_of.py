"""The one a question is put to after `of` (`Harvey asked of Manuel.`) hears the line and
answers it, like `asked Manuel`: a short original passage through the whole pipeline."""

from __future__ import annotations

from ficlens.pipeline import analyze

from attribution import speaker_of


def _addressees(work, opening: str) -> list[str]:
    q = next(q for q in work.quotes if work.text[q.start : q.end].lstrip("\"“").startswith(opening))
    return [c.name for a in q.addressees if (c := work.character(a)) is not None]


TEXT = """
The boat rocked under them. Dan Troop sat in the bow mending a net, and Manuel worked the oars.

"Will the fog lift?" Harvey Cheyne said.

"Maybe by noon," said Dan.

The wind turned cold. Manuel kept rowing.

"How far is the schooner?" Harvey asked of Manuel.

"Two mile. Perhaps less."

"Can you find her in this?"

"I always find her."
"""


def test_a_question_asked_of_someone_is_said_to_them():
    work = analyze(TEXT.strip() + "\n")
    assert _addressees(work, "How far") == ["Manuel"]


def test_the_one_asked_of_answers():
    work = analyze(TEXT.strip() + "\n")
    assert speaker_of(work, "Two mile") == "Manuel"
    assert speaker_of(work, "I always") == "Manuel"
