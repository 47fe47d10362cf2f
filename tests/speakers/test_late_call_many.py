"""In a run among four or more, a line that calls someone only past its first sentence
(`"Sit down. ... Is that yours, Dev?"`) is weak evidence that Dev spoke the line before it:
a guess read from the narration outweighs it. A call in the first sentence still holds."""

from __future__ import annotations

from ficlens.speakers.dialogue import Slot, decode


def _run(opens_on: set[str]) -> list[Slot]:
    return [
        Slot(anchor="ana", anchor_cost=4.0, seen={"ana", "ben", "cal", "dev"}),
        Slot(anchor="ben", anchor_cost=4.0),
        Slot(anchor="cal", anchor_cost=4.0),
        Slot(guess="ana", guess_cost=0.3),  # untagged; the narration next to it shows ana
        Slot(anchor="ben", anchor_cost=4.0, vocatives={"dev"}, opens_on=opens_on),
    ]


def test_a_late_call_among_four_does_not_outweigh_the_narration_guess():
    assert decode(_run(set()))[3] == "ana"


def test_a_call_opening_the_line_still_gives_the_line_before_to_the_one_called():
    assert decode(_run({"dev"}))[3] == "dev"
