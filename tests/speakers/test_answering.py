"""A described speaker answering the previous line (`speakers/answering.py`) and a plain
"said the girl" for someone already on stage, with a user's character list."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.model import Work
from ficlens.pipeline import Options, analyze


def run(text: str, cast: list[CharacterEntry]) -> Work:
    return analyze(text.strip() + "\n", Options(characters=cast))


def speaker_of(work: Work, opening: str) -> str | None:
    q = next(q for q in work.quotes if work.text[q.start : q.end].startswith(opening, 1))
    c = work.character(q.speaker)
    return c.name if c else None


WORKSHOP = """
The old man sat by the stove in the workshop, mending a net, and his son stood at the bench.
Nobody had come in all morning.

"Corin, bring me the lamp," said the old man.

"It is already lit," said the son. "Look at the window."
"""


def test_a_description_answering_a_line_is_the_one_that_line_called():
    cast = [CharacterEntry("the old man", ["Abel Fenn"], "he"), CharacterEntry("Corin", [], "he")]
    work = run(WORKSHOP, cast)
    assert speaker_of(work, "Corin, bring") == "the old man"
    assert speaker_of(work, "It is already") == "Corin"
    assert speaker_of(work, "Look at the") == "Corin"


TEAROOM = """
The curate came in late and took the chair that Nell Ashby had kept for him.

"I am so glad to see you," said the girl, who had spoken to nobody all week.

"And I you," he said.

A sharp lady at the next table turned round. Mrs. Pike had heard every word.
"""


def test_said_the_girl_is_the_girl_on_stage_not_the_next_woman_named():
    cast = [CharacterEntry("Nell Ashby", ["Nell"], "she"), CharacterEntry("Mrs. Pike", [], "she"),
            CharacterEntry("the curate", [], "he")]
    work = run(TEAROOM, cast)
    assert speaker_of(work, "I am so glad") == "Nell Ashby"
