"""In a run among four or more, a line that calls someone only past its first sentence
(`"Sit down. ... Is that yours, Dev?"`), or a tagged one that calls them anywhere, is weak
evidence that Dev spoke the line before it: a guess read from the narration outweighs it.
An untagged line opening on the call (`"Dev. Is that yours?"`) still holds."""

from __future__ import annotations

from ficlens.speakers.dialogue import Slot, decode


def _run(opens_on: set[str], tagged: bool) -> list[Slot]:
    last = Slot(vocatives={"dev"}, opens_on=opens_on)
    if tagged:
        last.anchor, last.anchor_cost = "ben", 4.0
    else:
        last.guess, last.guess_cost = "ben", 0.3
    return [
        Slot(anchor="ana", anchor_cost=4.0, seen={"ana", "ben", "cal", "dev"}),
        Slot(anchor="ben", anchor_cost=4.0),
        Slot(anchor="cal", anchor_cost=4.0),
        Slot(guess="ana", guess_cost=0.3),  # untagged; the narration next to it shows ana
        last,
    ]


def test_a_late_call_among_four_does_not_outweigh_the_narration_guess():
    assert decode(_run(set(), tagged=True))[3] == "ana"


def test_a_tagged_line_opening_on_a_call_among_four_does_not_either():
    assert decode(_run({"dev"}, tagged=True))[3] == "ana"


def test_an_untagged_line_opening_on_a_call_gives_the_line_before_to_the_one_called():
    assert decode(_run({"dev"}, tagged=False))[3] == "dev"
