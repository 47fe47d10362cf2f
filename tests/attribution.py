"""Helpers the speaker tests share: who says a line, and a run with a user's cast.

Importable from any test file because pytest puts `tests/` (the folder of the root
conftest.py) on `sys.path`."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.model import Work
from ficlens.pipeline import Options, analyze


def speaker_of(work: Work, opening: str) -> str | None:
    """The name of the speaker of the first quote whose words (after its opening mark)
    start with `opening`; None when the quote has no speaker."""
    q = next(q for q in work.quotes if work.text[q.start : q.end].lstrip("\"“").startswith(opening))
    c = work.character(q.speaker)
    return c.name if c else None


def speaker_at(work: Work, line: str) -> str | None:
    """The name of the speaker of the quote holding the first occurrence of `line` in the
    text (wherever in the quote it stands); None when the quote has no speaker."""
    at = work.text.index(line)
    q = next(q for q in work.quotes if q.start <= at < q.end)
    c = work.character(q.speaker)
    return c.name if c else None


def run_with_cast(text: str, cast: list[CharacterEntry]) -> Work:
    """The whole pipeline on `text` with `cast` as the user's character list."""
    return analyze(text.strip() + "\n", Options(characters=cast))
