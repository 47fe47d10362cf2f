"""Slow-burn cues, across sentences and tenses, and the calibrated tag decision."""

import numpy as np
from story_builder import build

from ficlens.narrative import analyze_narrative
from ficlens.relations import find_relations
from ficlens.relations.evidence import collect_evidence
from ficlens.relations.tags import KINDS, decide
from ficlens.train.relations import fit

CAST = {"c1": ("Ione Vasquez", "she", ["Ione"]), "c2": ("Dara Quill", "she", ["Dara"])}


def _evidence(text, speakers=()):
    work = build(text, CAST, list(speakers))
    analyze_narrative(work)
    return collect_evidence(work).get(frozenset(("c1", "c2")))


def test_foreheads_together_and_i_cant_lose_you_are_slow_burn_evidence_in_present_tense():
    ev = _evidence(
        '"I can\'t lose you," Ione says.\n\n'
        "Dara rests her forehead against Ione's and breathes.",
        [("c1", ["c2"])],
    )
    assert ev is not None and ev.slow >= 2.5 and ev.romantic == 0
    assert {"I can't lose you", "foreheads together"} <= set(ev.labels)


def test_a_cue_whose_sentence_names_one_of_the_two_finds_the_other_just_before():
    ev = _evidence("Ione stood very still by the stove. Her gaze lingered on the window where Dara was.\n\n"
                   "Then she turned. She tucked her hair behind her ear and Dara pretended not to see.")
    assert ev is not None and ev.slow > 0


def test_a_kiss_on_the_forehead_is_tenderness_not_romance():
    ev = _evidence("Ione kissed Dara on the forehead, the way their mother used to.")
    assert ev is not None and ev.romantic == 0 and ev.affection > 0


def test_the_kind_follows_the_evidence_and_the_chance_decides_whether_to_tag():
    # (love, romance, friendship, family, tenderness, interaction, exclusive, prominence, exchanges, canon_family)
    romance = [1.61, 1.39, 0, 0, 0, 1.0, 1.0, 0.5, 0.5, 0]  # a kiss, a hand held
    friends = [0, 0, 1.1, 0, 0.69, 1.0, 1.0, 0.5, 0.5, 0]  # "best friend", a hug
    slow_siblings = [0.4, 0, 0, 0, 0.69, 1.0, 1.0, 0.5, 0.5, 1.0]  # a lingering look between canon siblings
    assert KINDS[decide([0.1, 0.5, 0.4], romance)] == "romantic"
    assert KINDS[decide([0.1, 0.5, 0.4], friends)] == "platonic"
    assert decide([0.9, 0.05, 0.05], romance) == 0
    # canon family with no kiss or "I love you" stays family, whatever the model reads
    assert KINDS[decide([0.1, 0.6, 0.3], slow_siblings)] == "platonic"


def test_the_fit_learns_to_tell_tagged_pairs_from_untagged_ones():
    rng = np.random.default_rng(1)
    tagged = rng.normal(2.0, 0.5, size=(40, 10))
    untagged = rng.normal(0.0, 0.5, size=(40, 10))
    x = np.vstack([tagged, untagged])
    y = np.array([2] * 40 + [0] * 40)
    w, b = fit(x, y)
    z = x @ w.T + b
    assert ((z.argmax(axis=1) != 0) == (y != 0)).mean() > 0.95


def test_a_romance_in_the_story_is_tagged_romantic():
    text = (
        '"You came back," Ione said.\n\n"I always come back," Dara said.\n\n'
        "Ione crossed the room and kissed her.\n\n"
        '"I love you," Dara said into her hair.\n\n"Stay," Ione said.\n\n"Always," Dara said.'
    )
    work = build(text, CAST, [("c1", ["c2"]), ("c2", ["c1"]), ("c2", ["c1"]), ("c1", ["c2"]), ("c2", ["c1"])])
    analyze_narrative(work)
    find_relations(work)
    assert [r.kind for r in work.relationships] == ["romantic"]


def test_a_best_friend_outweighs_jealousy_when_nothing_says_romance():
    # slow-burn 1.0 (jealousy), friendship 2.0 ("best friend"), no kiss or "I love you" (log1p)
    x = [0.69, 0, 1.1, 0, 0, 1.0, 1.0, 0.5, 0.5, 0]
    assert KINDS[decide([0.1, 0.6, 0.3], x)] == "platonic"
    x[0], x[1] = 1.61, 1.39  # ... until a kiss
    assert KINDS[decide([0.1, 0.6, 0.3], x)] == "romantic"


def test_a_pair_that_only_talks_needs_a_surer_chance_than_a_pair_with_cues():
    talk = [0, 0, 0, 0, 0, 1.0, 1.0, 0.5, 0.5, 0]
    cued = [0, 0, 0.69, 0, 0, 1.0, 1.0, 0.5, 0.5, 0]
    p = [0.6, 0.05, 0.35]  # P(tag) 0.4: between the two bars
    assert decide(p, talk, tag_at=0.3, talk_at=0.5) == 0
    assert KINDS[decide(p, cued, tag_at=0.3, talk_at=0.5)] == "platonic"


def test_best_friends_said_outright_stay_friends_against_much_teasing_about_jealousy():
    x = [1.61, 0, 1.1, 0, 0, 1.0, 1.0, 0.5, 0.5, 0]  # "jealous" four times, "best friend" once (log1p)
    assert KINDS[decide([0.1, 0.6, 0.3], x)] == "platonic"


CAST3 = {**CAST, "c3": ("Otto Brandt", "he", ["Otto"])}


def _all_evidence(text, speakers):
    work = build(text, CAST3, list(speakers))
    analyze_narrative(work)
    return collect_evidence(work)


def test_a_cue_in_dialogue_about_a_third_person_pairs_no_one_with_him():
    # Dara tells Ione about Otto's date: the date is not with Ione, nor with Dara
    ev = _all_evidence('Ione put the kettle on. Otto came in with the bread.\n\n"Otto has a date tonight," Dara told Ione.',
                       [("c2", ["c1"])])
    assert not any("c3" in pair for pair in ev)


def test_a_cue_in_dialogue_about_the_one_spoken_to_pairs_the_two_who_talk():
    ev = _all_evidence('Otto left the kitchen.\n\n"You are blushing," Dara said to Ione.', [("c2", ["c1"])])
    assert "blushing" in ev[frozenset(("c1", "c2"))].labels
    assert not any("c3" in pair for pair in ev)


def test_a_cue_in_dialogue_from_an_unnamed_he_to_the_one_spoken_to_pairs_no_one():
    # Dara tells Ione how some "he" looks at her: the look is not Dara's
    ev = _all_evidence('Otto left the kitchen.\n\n"He looks at you like you hung the moon," Dara told Ione.', [("c2", ["c1"])])
    assert frozenset(("c1", "c2")) not in ev


def test_a_talk_only_pair_of_the_supporting_cast_needs_a_surer_chance_than_a_leads():
    talk = [0, 0, 0, 0, 0, 1.0, 1.0, 0.5, 0.5, 0]
    p = [0.53, 0.07, 0.4]  # P(tag) 0.47: over a lead's bar, under an aside's
    assert KINDS[decide(p, talk, aside=False)] == "platonic"
    assert decide(p, talk, aside=True) == 0
    cued = [0, 0, 0.69, 0, 0, 1.0, 1.0, 0.5, 0.5, 0]
    assert KINDS[decide(p, cued, aside=True)] == "platonic"  # a cue lowers the bar for anyone


def test_a_cued_pair_of_the_supporting_cast_needs_what_a_leads_talk_only_pair_needs():
    cued = [0, 0, 0.69, 0, 0, 1.0, 1.0, 0.5, 0.5, 0]
    p = [0.6, 0.05, 0.35]  # P(tag) 0.4: over a cued lead's bar, under a cued aside's
    assert KINDS[decide(p, cued, aside=False)] == "platonic"
    assert decide(p, cued, aside=True) == 0


def test_an_aside_is_a_pair_with_neither_of_the_two_most_prominent():
    from ficlens.relations.tags import is_aside

    work = build("Ione, Dara and Otto had tea.", {**CAST, "c3": ("Otto Brandt", "he", ["Otto"]), "c4": ("Lale", "she")})
    assert not is_aside(work, frozenset(("c2", "c3"))) and is_aside(work, frozenset(("c3", "c4")))


def test_i_love_you_said_to_a_kid_or_a_parent_is_family_not_romance():
    ev = _evidence('"Kid, I love you, but the answer is no," Ione said.', [("c1", ["c2"])])
    assert ev is not None and ev.romantic == 0 and ev.family > 0
    ev = _evidence('"I love you, Dara," Ione said.', [("c1", ["c2"])])
    assert ev is not None and ev.romantic > 0
