"""Slow-burn cues a fan reads as romance, each on a short original passage, and the
family word that is part of a relative's own alias."""

from story_builder import build

from ficlens.narrative import analyze_narrative
from ficlens.relations.cues import CUES, cue_matches
from ficlens.relations.evidence import collect_evidence

CAST = {"c1": ("Ione Vasquez", "she", ["Ione"]), "c2": ("Dara Quill", "she", ["Dara"])}


def _labels(text: str) -> list[str]:
    work = build(text, CAST, [])
    return [CUES[int((m.lastgroup or "g0")[1:])][1] for _p, m in cue_matches(work)]


def _evidence(text, cast=CAST):
    work = build(text, cast, [])
    analyze_narrative(work)
    return collect_evidence(work)


def test_a_hand_put_into_the_others_and_fingers_closing_around_it_are_holding_hands():
    assert _labels("Slowly, she puts her hand down in Dara's open one.") == ["holding hands"]
    assert _labels("Then Dara's fingers closed around hers.") == ["holding hands"]
    assert _labels("Her fingers rested against Ione's on the blanket.") == ["holding hands"]


def test_ones_own_clasped_hands_are_not_holding_hands():
    assert _labels("Dara's clasped hands tightened behind her back.") == []


def test_a_thumb_across_the_knuckles_and_a_cupped_face_are_a_tender_touch():
    assert _labels("Her thumb shifts, once, across Ione's knuckles.") == ["a tender touch"]
    assert _labels("Ione cupped her face in both hands.") == ["a tender touch"]


def test_blushing_in_other_words_present_and_past():
    assert _labels("Dara goes red from her collar to her ears.") == ["blushing"]
    assert _labels("Her face felt hot.") == ["blushing"]
    assert _labels("Her ears are burning.") == ["blushing"]


def test_a_look_she_cannot_stop_and_a_long_look_linger():
    assert _labels("Ione couldn't stop looking.") == ["a look that lingers"]
    assert _labels("It was a long look.") == ["a look that lingers"]
    assert _labels("Her eyes dropped to her mouth.") == ["a look that lingers"]


def test_looking_at_a_thing_like_it_wronged_you_is_no_look_at_a_person():
    # names stay capitalised inside the case-insensitive pattern: "it" is not a name
    assert _labels("Dara looks at it like it has personally let her down.") == []


def test_not_losing_you_and_a_caught_breath_are_slow_burn():
    assert _labels('"I\'m not losing you," she said.') == ["I can't lose you"]
    assert _labels("Dara forgot how to breathe.") == ["breath catches"]


def test_slow_burn_across_sentences_reaches_the_pair():
    ev = _evidence(
        "Dara fell asleep on her book, her hand open on the table next to Ione's.\n\n"
        "Slowly, Ione puts her hand down in Dara's open one. Dara's fingers close around hers. "
        "Ione forgets how to breathe."
    ).get(frozenset(("c1", "c2")))
    assert ev is not None and ev.slow >= 2.0 and ev.romantic == 0


def test_a_family_word_inside_a_relatives_alias_names_the_relative():
    cast = {"c1": ("Kei", "he", []), "c2": ("Akiteru", "he", ["Kei's big brother"]), "c3": ("Wren", "she", [])}
    ev = _evidence("Wren knocked twice. Kei's big brother answers the door in an apron.", cast)
    assert ev.get(frozenset(("c1", "c2"))) is not None and ev[frozenset(("c1", "c2"))].family > 0


def test_a_head_on_a_shoulder_and_an_arm_round_someone_are_closeness_not_romance():
    assert _labels("She tilts sideways until her shoulder is resting against Dara's.") == ["leaning close"]
    assert _labels("Ione let her head drop onto his shoulder.") == ["leaning close"]
    assert _labels("Dara put an arm round her.") == ["leaning close"]
    ev = _evidence("Ione let her head drop onto Dara's shoulder.").get(frozenset(("c1", "c2")))
    assert ev is not None and ev.affection > 0 and ev.slow == 0 and ev.romantic == 0


def test_every_cue_starts_at_a_word_so_the_scan_may_try_word_starts_only():
    from ficlens.relations.cues import _STARTS_A_WORD

    assert all(_STARTS_A_WORD.match(pattern) for pattern, *_rest in CUES)


def test_a_cue_is_found_however_far_into_its_window_the_trigger_lies():
    # the trigger ("hand") sits 20 characters into "let go of Dara's hand"; a cue ending
    # before it ("a friend") does not hide it
    assert _labels("A friend, she never let go of Dara's hand.") == ["friend", "holding hands"]


def test_a_hand_put_in_a_pocket_is_no_held_hand():
    assert _labels("Durrant put his hand in his pocket and produced a coin.") == []
    assert _labels("She slid her hand into his.") == ["holding hands"]


def test_flush_as_a_description_is_no_blush():
    assert _labels("Flush, colourful cheeks, a light moustache, a grey hat.") == []
    assert _labels("Dara flushed and looked away.")[0] == "blushing"


def test_a_kissing_noise_and_hands_held_up_or_taken_back_are_no_romance():
    assert _labels("Dara made a kissing noise at the hens.") == []
    assert _labels('"Not me," said Ione, holding her hands up.') == []
    assert _labels("Ione held her hands out to the stove.") == []
    assert _labels("Dara took her hand back and kept walking.") == []
    assert _labels("Dara took her hand.") == ["holding hands"]


def test_fearing_to_lose_him_is_about_a_third_person_not_the_one_spoken_to():
    cast = {**CAST, "c3": ("Bram Holt", "he", ["Bram"])}
    told = build('"I can\'t lose him, Dara," Ione said.', cast, [("c1", ["c2"])])
    assert frozenset(("c1", "c2")) not in collect_evidence(told)
    to_you = build('"I can\'t lose you, Dara," Ione said.', cast, [("c1", ["c2"])])
    assert collect_evidence(to_you)[frozenset(("c1", "c2"))].slow > 0


def test_looking_at_someone_like_that_is_a_manner_not_a_lingering_look():
    assert _labels('"Why are you looking at me like that?"') == []
    assert _labels('"I\'m not looking at you like anything."') == []
    assert _labels("Ione looks at Dara like she hung the moon.") == ["a look that lingers"]


def test_laced_fingers_and_palms_together_are_holding_hands():
    assert _labels("Under the table Dara laces our fingers together.") == ["holding hands"]
    assert _labels("Ione turned her hand so our palms were together.") == ["holding hands"]


def test_pressing_ones_own_palms_together_is_no_holding_hands():
    assert _labels("Dara pressed her palms together and bowed.") == []


def test_a_stomach_that_flips_and_a_face_gone_soft_are_slow_burn():
    assert _labels("The grin made Dara's stomach flip over.") == ["breath catches"]
    assert _labels("Ione watched the dog with her whole face gone soft.") == ["breath catches"]


def test_a_stomach_that_drops_is_dread():
    assert _labels("Dara's stomach dropped when the phone rang.") == []
