"""Names the text writes with a personal honorific, though the word could head a place name."""

from __future__ import annotations

from ficlens.pipeline import analyze

QUAY = """
Inspector Bridge came down the wet steps of the quay with his collar up.

"Nobody saw the boat go," said the harbourmaster.

"Somebody always sees," Bridge said. "They only forget they did."

The harbourmaster shrugged. Mr. Bridge looked out at the grey water for a long while.

"Will you wait for the tide?" asked the harbourmaster.

"I will," said Bridge.
"""


def _speaker(work, line: str) -> set[str]:
    at = work.text.index(line)
    q = next(q for q in work.quotes if q.start <= at < q.end)
    c = next(c for c in work.characters if c.id == q.speaker)
    return {c.name, *c.aliases}


def test_a_place_word_the_text_writes_after_mr_is_a_surname():
    work = analyze(QUAY.strip() + "\n")
    assert "Bridge" in _speaker(work, "Somebody always sees")
    assert "Bridge" in _speaker(work, "I will")


BUREAU = """
M. Fabre sat behind his desk and turned the pen in his fingers.

"The letter came on Tuesday," said M. Fabre. "Nobody opened it."

"Then who read it?" asked Odile.

Monsieur Fabre smiled at her. "That is the question, mademoiselle."
"""


def test_french_m_before_a_surname_is_monsieur():
    work = analyze(BUREAU.strip() + "\n")
    fabre = _speaker(work, "The letter came")
    assert "M. Fabre" in fabre
    assert _speaker(work, "That is the question") == fabre


COTTAGE = """
Nell and Davy ran down the lane to the cottage. Mother was at the gate.

"Mother, may we go down to the mill?" asked Nell.

"Not today," said Mother. "It is going to rain."

Davy kicked a stone. "It never rains when you say it will."

Nell looked at Mother. She only smiled and took the basket in.
"""


def test_a_family_title_that_tags_lines_is_a_name():
    work = analyze(COTTAGE.strip() + "\n")
    assert "Mother" in _speaker(work, "Not today")
    assert _speaker(work, "Mother, may we") != _speaker(work, "Not today")


def test_a_whole_word_title_takes_no_stop():
    work = analyze(COTTAGE.strip() + "\n")
    assert not any("She" in n for c in work.characters for n in (c.name, *c.aliases))
