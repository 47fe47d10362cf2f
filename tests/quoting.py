"""Helpers the quote tests share: the quotations found in a text, and their kinds.

Importable from any test file because pytest puts `tests/` (the folder of the root
conftest.py) on `sys.path`."""

from __future__ import annotations

from ficlens.model import Work
from ficlens.quotes import find_quotes
from ficlens.segment import segment


def find(text: str) -> Work:
    """`text` segmented and searched for quotations (no later stage)."""
    work = Work(text=text)
    segment(work)
    return find_quotes(work)


def quoted(text: str) -> list[str]:
    """Every quotation found, as its text with its marks."""
    work = find(text)
    return [text[q.start : q.end] for q in work.quotes]


def kinds(text: str) -> dict[str, str]:
    """Each quotation's text -> its kind (`speech` or `non_speech`)."""
    work = find(text)
    return {text[q.start : q.end]: q.kind for q in work.quotes}
