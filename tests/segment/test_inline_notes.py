"""Author's notes inside a chapter: a postscript that talks as notes do and replies to
reviewers are notes, not story; a postscript in a letter of the story stays story."""

from __future__ import annotations

from ficlens.model import Work
from ficlens.segment import segment

CHAPTER = """Chapter 3

Ann walked into the kitchen and put the kettle on.

"Tea?" she asked.

P.S. Sorry this chapter is late, exams ate my week!

Bram shook his head and sat down.

To the guest who asked about Bram: yes, he will be back soon!

Reply to Starlight22: thank you so much for the lovely words!

Ann poured two cups anyway. That night she wrote to her brother.

Dear Tom, the inn is quiet and the roads are bad. Love, Ann.

P.S. Burn this letter.
"""


def kinds(text: str) -> dict[str, str]:
    work = segment(Work(text=text))
    return {text[s.start : s.end].split("\n")[0][:24]: s.kind for s in work.segments}


def test_a_postscript_about_the_chapter_is_a_note():
    assert kinds(CHAPTER)["P.S. Sorry this chapter "] == "author_note"


def test_replies_to_reviewers_are_notes():
    got = kinds(CHAPTER)
    assert got["To the guest who asked a"] == "author_note"
    assert "Reply to Starlight22" not in " ".join(k for k, v in got.items() if v == "story")


def test_a_postscript_in_the_story_stays_story():
    work = segment(Work(text=CHAPTER))
    story = " ".join(CHAPTER[p.start : p.end] for p in work.paragraphs)
    assert "P.S. Burn this letter." in story
    assert "Bram shook his head" in story and "Ann poured two cups" in story
