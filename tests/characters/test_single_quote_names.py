"""A name right after a single opening quotation mark is a mention like any other."""

from __future__ import annotations

from ficlens.pipeline import analyze

KITCHEN = """
Marta was scraping the pan when Tobiah came in with the post.

'Marta! You left the gate open again,' said Tobiah.

'I did not.'

'Tobiah, I shut it at six,' said Marta. 'Ask O'Rourke next door.'
"""


def _mentions_at(work, line: str) -> list[str]:
    at = work.text.index(line)
    return [work.text[m.start : m.end] for m in work.mentions if at <= m.start < at + len(line)]


def test_a_name_opening_a_single_quoted_line_is_found():
    work = analyze(KITCHEN.strip() + "\n")
    assert _mentions_at(work, "'Marta! You left")[:1] == ["Marta"]
    assert _mentions_at(work, "'Tobiah, I shut")[:1] == ["Tobiah"]


def test_a_name_after_an_apostrophe_inside_a_word_is_not_cut_out():
    work = analyze(KITCHEN.strip() + "\n")
    assert "Rourke" not in _mentions_at(work, "Ask O'Rourke")
