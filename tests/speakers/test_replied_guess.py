"""The guess of a line after a reported answer (`Ann answered that ...`) costs as little
as the alternation guess, but whether it shows its speaker to the decoder
(`Slot.guess_weak`) is what the guess was read from, not that shared cost
(`speakers.conversation._decode_runs`); original passage."""

from __future__ import annotations

import pytest

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze
from ficlens.speakers import dialogue
from ficlens.speakers.conversation import REPLIED_GUESS_COST

FAIR = """
Tom and Ann sat at the kitchen table with the lamp between them.

"Will you come to the fair on Saturday?" asked Tom.

Ann answered that she would have to ask her father first.

"He'll say yes. He always says yes to me."

"He says yes to everybody," Ann said.
"""


def test_a_narration_guess_after_a_reported_answer_is_not_weak(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded: list[list[dialogue.Slot]] = []
    decode = dialogue.decode

    def spy(slots, *args, **kwargs):  # type: ignore[no-untyped-def]
        decoded.append(list(slots))
        return decode(slots, *args, **kwargs)

    monkeypatch.setattr(dialogue, "decode", spy)
    cast = [CharacterEntry("Tom", [], "he"), CharacterEntry("Ann", [], "she")]
    analyze(FAIR.strip() + "\n", Options(characters=cast))
    guessed = [s for run in decoded for s in run if s.guess is not None and s.anchor is None]
    assert guessed and all(s.guess_cost == REPLIED_GUESS_COST for s in guessed)
    assert not any(s.guess_weak for s in guessed)  # read from the narration, not alternation
