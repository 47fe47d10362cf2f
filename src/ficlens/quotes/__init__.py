"""Quotation spans in story paragraphs."""

from __future__ import annotations

import re

from ficlens.model import Quote, Work

__all__ = ["find_quotes"]

_DOUBLE = re.compile(r"[\"“][^\"“”\n]*[\"”]")


def find_quotes(work: Work) -> Work:
    work.quotes = []
    for p in work.paragraphs:
        for m in _DOUBLE.finditer(work.text, p.start, p.end):
            work.quotes.append(Quote(m.start(), m.end()))
    return work
