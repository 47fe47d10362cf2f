"""Calls fan fiction writes without the comma before the name (`"Hi Mom."`) or with an
order or a question after it in a later sentence (`"Sit. Bea, get the plates."`); a name
that is the subject of the line (`"Bea is cheating."`) is talked about, not called."""

from __future__ import annotations

import pytest

from ficlens.pipeline import analyze
from ficlens.speakers.index import _Index
from ficlens.speakers.vocatives import _vocatives

TABLE = "Bea Lund and Cass Orme sat at the table.\n\n"


def _called(text: str, line: str) -> list[str]:
    work = analyze(text)
    q = next(q for q in work.quotes if line in work.text[q.start : q.end])
    return [c.name for a in _vocatives(_Index(work), q) if (c := work.character(a)) is not None]


@pytest.mark.parametrize(
    ("line", "called"),
    [
        ('"Hi Bea. The kettle is on."', ["Bea Lund"]),
        ('"Thanks Cass!"', ["Cass Orme"]),
        ('"That was lovely, thank you Bea."', ["Bea Lund"]),
        ('"Nobody move. Cass, get the plates."', ["Cass Orme"]),
        ('"It has gone cold. Bea, is that your cup?"', ["Bea Lund"]),
        ('"Dearest Bea! You came after all."', ["Bea Lund"]),
        ('"Can you find it, my good Cass?"', ["Cass Orme"]),
        ('"Bea is cheating."', []),
        ('"I said it to Bea."', []),
        ('"Ask anyone. Cass, who was there, will tell you."', []),
    ],
)
def test_unmarked_calls(line: str, called: list[str]):
    assert _called(TABLE + line + "\n", line) == called
