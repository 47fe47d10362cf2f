"""Turn-taking decoded over a whole run of dialogue (ficlens.speakers.dialogue)."""

from __future__ import annotations

from ficlens.speakers.dialogue import Slot, decode


def test_anchors_on_both_sides_fix_the_parity_of_an_untagged_run():
    slots = [Slot(anchor="ana", anchor_cost=4.0)] + [Slot() for _ in range(4)] + [Slot(anchor="ben", anchor_cost=4.0)]
    # 0..5 alternating from "ana" puts "ben" at 5: both anchors agree
    assert decode(slots) == ["ana", "ben", "ana", "ben", "ana", "ben"]


def test_a_line_naming_the_only_known_participant_is_someone_else():
    slots = [Slot(vocatives={"ana"}), Slot(anchor="ana", anchor_cost=4.0)]
    assert decode(slots) == [None, "ana"]
