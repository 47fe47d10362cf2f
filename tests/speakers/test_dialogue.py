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


def test_narration_that_says_the_speaker_goes_on_allows_a_second_turn():
    slots = [
        Slot(anchor="ana", anchor_cost=4.0),
        Slot(anchor="ben", anchor_cost=4.0),
        Slot(guess="ben", guess_cost=2.0, goes_on=True),
    ]
    assert decode(slots) == ["ana", "ben", "ben"]
    slots[2].goes_on = False  # a guess alone does not outweigh the alternation
    assert decode(slots) == ["ana", "ben", "ana"]


def test_the_one_a_line_talks_about_does_not_answer_it():
    slots = [
        Slot(anchor="ana", anchor_cost=4.0, named={"ben"}),  # "... when Ben is gone"
        Slot(guess="ben", guess_cost=0.1, guess_weak=True),
        Slot(anchor="ana", anchor_cost=4.0, vocatives={"cal"}),
    ]
    # the alternation guess says ben, but the line before speaks of him: cal answers
    assert decode(slots) == ["ana", "cal", "ana"]


def test_a_line_said_to_someone_by_name_answers_them():
    slots = [
        Slot(anchor="cal", anchor_cost=4.0),
        Slot(guess="ana", guess_cost=0.1, guess_weak=True),  # a weak one-sided guess
        Slot(vocatives={"ben"}),  # "..., Ben."
    ]
    # the line before the one said to Ben is most likely Ben's own
    assert decode(slots) == ["cal", "ben", "cal"]


def test_after_two_tagged_reactions_the_one_they_reacted_to_goes_on():
    # Ann's news, a cry from Tom, a cry from Meg, then Ann again, untagged
    slots = [
        Slot(anchor="Ann", anchor_cost=4.0),
        Slot(anchor="Tom", anchor_cost=4.0, exclaims=True),
        Slot(anchor="Meg", anchor_cost=4.0, exclaims=True),
        Slot(guess="Tom", guess_cost=0.1, guess_weak=True),
    ]
    assert decode(slots)[-1] == "Ann"


def test_after_two_tagged_long_lines_alternation_holds():
    slots = [
        Slot(anchor="Ann", anchor_cost=4.0),
        Slot(anchor="Tom", anchor_cost=4.0),
        Slot(anchor="Meg", anchor_cost=4.0),
        Slot(guess="Tom", guess_cost=0.1, guess_weak=True),
    ]
    assert decode(slots)[-1] == "Tom"


def test_one_who_spoke_three_turns_back_comes_back_before_a_newcomer():
    # Ann, Tom and Meg speak in turn; the next line is said to Tom, and a one-sided
    # guess names Bea, who has not spoken: Ann, three turns back, is likelier
    slots = [
        Slot(anchor="Ann", anchor_cost=4.0, vocatives={"Bea"}),
        Slot(anchor="Tom", anchor_cost=4.0),
        Slot(anchor="Meg", anchor_cost=4.0),
        Slot(vocatives={"Tom"}, guess="Bea", guess_cost=0.1, guess_weak=True),
    ]
    assert decode(slots)[-1] == "Ann"


def test_the_one_a_line_calls_by_name_answers_it_rather_than_the_speaker_before():
    slots = [
        Slot(anchor="ana", anchor_cost=4.0),
        Slot(vocatives={"cal"}),  # ben's line ends on "Cal, you agree?"
        Slot(vocatives={"ben"}, named={"ana"}, guess="ana", guess_cost=0.1, guess_weak=True),  # "Yes, Ben; you and Ana..."
        Slot(anchor="ben", anchor_cost=4.0, named={"ana"}),
        Slot(anchor="ana", anchor_cost=4.0),
    ]
    assert decode(slots)[2] == "cal"


def test_a_pronoun_tag_outweighs_a_call_of_its_own_speaker():
    # `"Ana, wait," she said.` with `she` read as Ana: the tag holds against the vocative
    # (VOCATIVE_COST below a pronoun tag's anchor cost) and a weak guess for a third
    slots = [
        Slot(anchor="ana", anchor_cost=4.0),
        Slot(anchor="ben", anchor_cost=4.0),
        Slot(anchor="ana", anchor_cost=2.0, vocatives={"ana"}, guess="cal", guess_cost=0.1, guess_weak=True),
    ]
    assert decode(slots) == ["ana", "ben", "ana"]


def test_a_party_only_the_alternation_guesses_give_is_not_on_the_scene():
    # the one-sided pass carried the last speaker of an earlier exchange ("grover") into
    # this one as the answerer; nothing in the run shows him, while the first-person
    # narrator is always there: the narrator answers
    slots = [Slot(anchor="nico", anchor_cost=4.0)] + [
        Slot(guess="grover" if k % 2 else "nico", guess_cost=0.1, guess_weak=True) for k in range(1, 5)
    ]
    assert decode(slots, present="me") == ["nico", "me", "nico", "me", "nico"]
    # a guess read from the text (the narration next to the line) does show him
    slots[1].guess_cost = 2.0
    assert decode(slots, present="me")[1] == "grover"


def test_three_unseen_turns_outweigh_a_late_tagged_third_speaker():
    # "xav" is only a weak alternation guess until his tag at the end; "ben" is on the scene
    # from the first line. Handing xav the three untagged turns saves the third-speaker cost
    # of his late tag (1.0), but three turns before the run shows him cost more (ENTER_COST)
    slots = [Slot(anchor="stan", anchor_cost=4.0, seen={"stan", "ben"}), Slot(guess="ben", guess_cost=0.1, guess_weak=True)]
    for _ in range(2):
        slots += [Slot(guess="stan", guess_cost=0.1, guess_weak=True), Slot(guess="xav", guess_cost=0.1, guess_weak=True)]
    slots += [Slot(guess="stan", guess_cost=0.1, guess_weak=True), Slot(anchor="xav", anchor_cost=4.0, seen={"xav"})]
    assert decode(slots) == ["stan", "ben", "stan", "ben", "stan", "ben", "stan", "xav"]
