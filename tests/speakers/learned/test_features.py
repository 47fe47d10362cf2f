"""Each feature function of the learned speaker scorer, on original passages (passages.py)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from ficlens.pipeline import Options, analyze
from ficlens.speakers.learned import features as F
from ficlens.speakers.learned.candidates import QuoteView, View, build_view
from ficlens.speakers.learned.features import History

from .passages import CAST_FIRST, CAST_THIRD, FIRST, THIRD


@lru_cache(maxsize=2)
def _view(which: str) -> View:
    text, cast = (THIRD, CAST_THIRD) if which == "third" else (FIRST, CAST_FIRST)
    return build_view(analyze(text, Options(characters=cast)))


def line(which: str, opening: str) -> tuple[View, QuoteView]:
    v = _view(which)
    for qv in v.views:
        if v.work.text[qv.quote.start + 1 :].startswith(opening):
            return v, qv
    raise AssertionError(f"no quotation opens with {opening!r}")


def cid(v: View, name: str) -> str:
    return next(c.id for c in v.work.characters if c.name == name)


def test_rule_features_follow_the_cascade_choice_and_its_evidence():
    v, qv = line("third", "Not me")  # "Not me," said Tobias.
    tobias, mara = cid(v, "Tobias"), cid(v, "Mara")
    assert F.rule_explicit(v, qv, tobias) == 1 and F.rule_explicit(v, qv, mara) == 0
    assert F.rule_confidence(v, qv, tobias) == qv.quote.confidence > 0 and F.rule_confidence(v, qv, mara) == 0
    v, qv = line("third", "Maybe it does")  # "Maybe it does," he said.
    assert F.rule_anaphoric(v, qv, tobias) == 1 and F.rule_explicit(v, qv, tobias) == 0
    v, qv = line("third", "Must have been")
    assert F.rule_implicit(v, qv, tobias) == 1 and F.rule_implicit(v, qv, mara) == 0


def test_tag_name_fires_for_the_named_subject_of_the_tag_only():
    v, qv = line("third", "Not me")
    assert F.tag_name(v, qv, cid(v, "Tobias")) == 1
    assert F.tag_name(v, qv, cid(v, "Mara")) == 0


def test_tag_pronoun_fires_for_the_character_the_tag_pronoun_was_resolved_to():
    v, qv = line("third", "Maybe it does")
    assert F.tag_pronoun(v, qv, cid(v, "Tobias")) == 1
    assert F.tag_pronoun(v, qv, cid(v, "Mara")) == 0


def test_gender_agreement_and_clash_with_a_he_tag():
    v, qv = line("third", "Maybe it does")
    tobias, mara = cid(v, "Tobias"), cid(v, "Mara")
    assert (F.gender_agrees(v, qv, tobias), F.gender_clashes(v, qv, tobias)) == (1, 0)
    assert (F.gender_agrees(v, qv, mara), F.gender_clashes(v, qv, mara)) == (0, 1)


def test_an_object_pronoun_in_a_beat_says_nothing_of_gender():
    v, qv = line("third", "The wind does not")  # Mara frowned at him. "..."
    assert qv.cue_gender is None
    assert F.gender_agrees(v, qv, cid(v, "Tobias")) == 0 and F.gender_clashes(v, qv, cid(v, "Mara")) == 0


def test_nearest_of_gender_prefers_the_latest_mentioned_of_two_women():
    v, qv = line("third", "Are you two")  # Elsie came in ... "..." she asked.
    assert F.nearest_of_gender(v, qv, cid(v, "Elsie")) == 1
    assert F.nearest_of_gender(v, qv, cid(v, "Mara")) == 0


def test_first_person_tag_and_narrator_features():
    v, qv = line("first", "Thank you")  # "Thank you," I said.
    juno, wren = cid(v, "Juno"), cid(v, "Wren")
    assert v.narrator == juno
    assert F.first_person_tag(v, qv, juno) == 1 and F.first_person_tag(v, qv, wren) == 0
    assert F.narrator(v, qv, juno) == 1 and F.narrator(v, qv, wren) == 0
    assert F.untagged_narrator(v, qv, juno) == 0  # it has a tag
    v, qv = line("first", "It is never hot")
    assert F.untagged_narrator(v, qv, juno) == 1 and F.untagged_narrator(v, qv, wren) == 0


def test_beat_subject_is_who_acts_in_the_paragraph():
    v, qv = line("third", "The wind does not")
    assert F.beat_subject(v, qv, cid(v, "Mara")) == 1
    assert F.beat_subject(v, qv, cid(v, "Tobias")) == 0


def test_named_before_and_after_the_quotation_in_its_paragraph():
    v, qv = line("third", "Are you two")
    assert F.named_before(v, qv, cid(v, "Elsie")) == 1 and F.named_after(v, qv, cid(v, "Elsie")) == 0
    v, qv = line("third", "Not me")
    assert F.named_after(v, qv, cid(v, "Tobias")) == 1 and F.named_before(v, qv, cid(v, "Tobias")) == 0


def test_in_paragraph_counts_pronouns_too():
    v, qv = line("third", "The wind does not")  # "him" is Tobias
    assert F.in_paragraph(v, qv, cid(v, "Tobias")) == 1
    v, qv = line("third", "Must have been")
    assert F.in_paragraph(v, qv, cid(v, "Mara")) == 0


def test_named_inside_is_a_vocative_or_talk_about_someone():
    v, qv = line("third", "Then was it the wind")  # "..., Tobias?"
    assert F.named_inside(v, qv, cid(v, "Tobias")) == 1
    assert F.named_inside(v, qv, cid(v, "Mara")) == 0


def test_prev_narration_reads_the_paragraph_before():
    v, qv = line("third", "Then was it the wind")  # after "He shrugged and looked at the floor."
    assert F.prev_narration(v, qv, cid(v, "Tobias")) == 1
    assert F.prev_narration(v, qv, cid(v, "Elsie")) == 0


def test_nearness_and_salience_grow_with_recent_and_frequent_mentions():
    v, qv = line("third", "Are you two")
    elsie, tobias = cid(v, "Elsie"), cid(v, "Tobias")
    assert 0 < F.nearness(v, qv, tobias) < F.nearness(v, qv, elsie) <= 1
    v0, first = line("third", "Who left the door")
    assert F.nearness(v0, first, elsie) == 0  # not mentioned yet
    assert F.salience(v, qv, tobias) > F.salience(v0, first, tobias) >= 0


def test_history_features_read_the_decoded_turns():
    v, qv = line("third", "Must have been")
    tobias, mara, elsie = cid(v, "Tobias"), cid(v, "Mara"), cid(v, "Elsie")
    # turns so far, latest first: Mara ("Then was it..."), Tobias ("Not me"), Mara ("Who left")
    h = History().push(mara, True).push(tobias, True).push(mara, True)
    assert F.repeats(qv, mara, h) == 1 and F.repeats(qv, tobias, h) == 0
    assert F.alternates(qv, tobias, h) == 1 and F.alternates(qv, mara, h) == 0
    assert F.newcomer(qv, elsie, h) == 1 and F.newcomer(qv, tobias, h) == 0
    # Elsie, then Tobias, then Mara: Elsie spoke three turns back and in neither since
    h3 = History().push(elsie, True).push(tobias, True).push(mara, True)
    assert F.third_back(qv, elsie, h3) == 1 and F.third_back(qv, tobias, h3) == 0
    assert F.third_back(qv, elsie, History().push(elsie, True).push(elsie, True).push(mara, True)) == 0


def test_continues_only_within_one_paragraph():
    v, qv = line("first", "Come in anyway")  # same paragraph as "Thank you," I said.
    juno, wren = cid(v, "Juno"), cid(v, "Wren")
    h = History().push(wren, True).push(juno, True)
    assert F.continues(qv, juno, h) == 1 and F.continues(qv, wren, h) == 0
    v, qv2 = line("first", "Is the tea hot")
    assert F.continues(qv2, juno, h) == 0


def test_called_and_addressed_by_the_previous_line():
    v, qv = line("third", "Must have been")  # after "Then was it the wind, Tobias?"
    tobias, mara = cid(v, "Tobias"), cid(v, "Mara")
    h = History().push(mara, True)
    assert F.called_by_prev(qv, tobias, h) == 1 and F.called_by_prev(qv, mara, h) == 0
    assert F.addressed_by_prev(qv, tobias, h) == float(tobias in qv.prev_addressees)
    assert tobias in qv.prev_addressees  # the cascade says the vocative line is said to Tobias


def test_gender_recent_needs_both_agreement_and_a_recent_turn():
    v, qv = line("third", "Maybe it does")
    tobias, elsie = cid(v, "Tobias"), cid(v, "Elsie")
    assert F.gender_recent(qv, tobias, History().push(tobias, True).push(elsie, True)) == 1
    assert F.gender_recent(qv, tobias, History().push(elsie, True)) == 0


@pytest.mark.parametrize("which", ["third", "first"])
def test_every_feature_is_named_and_returns_a_float_for_every_candidate(which):
    v = _view(which)
    assert len(set(F.NAMES)) == len(F.NAMES)
    for qv in v.views:
        for c in qv.candidates:
            row = F.static_features(v, qv, c) + F.history_features(qv, c, History())
            assert len(row) == len(F.NAMES) and all(isinstance(x, float) for x in row)


def test_gender_comes_from_the_narration_when_the_cast_gives_no_pronouns():
    from ficlens.fandoms import CharacterEntry

    cast = [CharacterEntry(e.name) for e in CAST_THIRD]
    v = build_view(analyze(THIRD, Options(characters=cast)))
    assert v.gender[cid(v, "Tobias")] == "he"
    qv = next(q for q in v.views if v.work.text[q.quote.start + 1 :].startswith("Maybe it does"))
    assert F.gender_agrees(v, qv, cid(v, "Tobias")) == 1


def test_only_actor_is_the_one_character_the_paragraph_narration_refers_to():
    v, qv = line("third", "Are you two")  # Elsie came in ... her hair. "..." she asked.
    assert F.only_actor(v, qv, cid(v, "Elsie")) == 1 and F.only_actor(v, qv, cid(v, "Mara")) == 0
    v, qv = line("third", "The wind does not")  # Mara frowned at him: two people in the narration
    assert F.only_actor(v, qv, cid(v, "Mara")) == 0


def test_acts_before_reads_only_the_narration_ahead_of_the_quotation():
    v, qv = line("third", "The wind does not")  # Mara frowned at him. "..."
    assert F.acts_before(v, qv, cid(v, "Mara")) == 1
    v, qv = line("third", "Maybe it does")  # "...," he said: the reference comes after
    assert F.acts_before(v, qv, cid(v, "Tobias")) == 0


def test_fourth_back_is_a_four_way_exchange_coming_round():
    v, qv = line("third", "Must have been")
    tobias, mara, elsie, juno = cid(v, "Tobias"), cid(v, "Mara"), cid(v, "Elsie"), "someone-else"
    # turns, oldest first: Tobias, Elsie, Juno, Mara: Tobias spoke four turns back and not since
    h = History().push(tobias, True).push(elsie, True).push(juno, True).push(mara, True)
    assert F.fourth_back(qv, tobias, h) == 1 and F.fourth_back(qv, elsie, h) == 0
    again = History().push(tobias, True).push(tobias, True).push(juno, True).push(mara, True)
    assert F.fourth_back(qv, tobias, again) == 0


def test_rule_family_names_the_rule_that_chose_the_cascade_speaker():
    v, qv = line("third", "Not me")  # "Not me," said Tobias.
    tobias, mara = cid(v, "Tobias"), cid(v, "Mara")
    assert F.rule_family(qv.quote) == "name_tag" and F.rule_name_tag(v, qv, tobias) == 1 and F.rule_name_tag(v, qv, mara) == 0
    v, qv = line("third", "The wind does not")  # Mara frowned at him. "..."
    assert F.rule_family(qv.quote) == "name_beat" and F.rule_name_beat(v, qv, mara) == 1 and F.rule_name_tag(v, qv, mara) == 0
    v, qv = line("third", "Maybe it does")  # "...," he said.
    assert F.rule_family(qv.quote) == "pronoun"
    v, qv = line("third", "Must have been")  # the answer to "Then was it the wind, Tobias?"
    assert F.rule_family(qv.quote) == "answer" and F.rule_answer(v, qv, tobias) == 1 and F.rule_alternate(v, qv, tobias) == 0
    v, qv = line("third", "Then was it the wind")  # untagged, after Tobias: Mara's turn again
    assert F.rule_family(qv.quote) == "alternate" and F.rule_alternate(v, qv, mara) == 1 and F.rule_alternate(v, qv, tobias) == 0


def test_rule_family_reads_the_narration_and_last_resort_levels():
    import copy

    from ficlens.speakers.tuning import CONF_NARRATION, CONF_RECENT

    v, qv = line("third", "Then was it the wind")
    mara = cid(v, "Mara")
    for conf, family, feature in ((CONF_NARRATION, "narration", F.rule_narration), (CONF_RECENT, "recent", F.rule_recent)):
        other = copy.copy(qv)
        other.quote = copy.copy(qv.quote)
        other.quote.confidence = conf
        other.family = F.rule_family(other.quote)  # build_view reads it once per line
        assert other.family == family and feature(v, other, mara) == 1 and F.rule_alternate(v, other, mara) == 0


def test_group_features_fire_only_when_three_people_spoke_in_the_last_turns():
    v, qv = line("third", "Must have been")  # after "Then was it the wind, Tobias?"
    tobias, mara, elsie = cid(v, "Tobias"), cid(v, "Mara"), cid(v, "Elsie")
    two = History().push(mara, True).push(tobias, True).push(mara, True)  # Mara, Tobias, Mara
    three = History().push(elsie, True).push(tobias, True).push(mara, True)  # Elsie, Tobias, Mara
    assert F.alternates(qv, tobias, two) == 1 and F.group_alternates(qv, tobias, two) == 0
    assert F.group_alternates(qv, tobias, three) == 1
    # the previous line names Tobias: in a group that says more than in a pair
    assert F.group_addressed(qv, tobias, three) == 1 and F.group_addressed(qv, tobias, two) == 0
    assert F.group_addressed(qv, elsie, three) == 0
    # the cascade chose Tobias as the one answering, without a tag
    assert F.group_cascade_implicit(qv, tobias, three) == 1 and F.group_cascade_implicit(qv, mara, three) == 0
    assert F.group_cascade_implicit(qv, tobias, two) == 0


def test_group_acts_and_acts_fresh_read_the_beat_before_the_line():
    v, qv = line("third", "The wind does not")  # Mara frowned at him. "..."
    tobias, mara, elsie = cid(v, "Tobias"), cid(v, "Mara"), cid(v, "Elsie")
    after_tobias = History().push(elsie, True).push(mara, True).push(tobias, True)
    assert F.acts_fresh(qv, mara, after_tobias) == 1
    assert F.acts_fresh(qv, mara, History().push(mara, True)) == 0  # Mara said the turn before
    assert F.group_acts(qv, mara, after_tobias) == 1 and F.group_acts(qv, elsie, after_tobias) == 0
    assert F.group_acts(qv, mara, History().push(mara, True).push(tobias, True)) == 0  # two people only


def test_stale_alternate_is_a_cascade_alternation_the_decoded_turns_do_not_support():
    v, qv = line("third", "Then was it the wind")  # the cascade: Mara, by turn-taking
    tobias, mara = cid(v, "Tobias"), cid(v, "Mara")
    assert F.stale_alternate(qv, mara, History().push(mara, True).push(tobias, True)) == 0  # Mara, Tobias: Mara's turn
    assert F.stale_alternate(qv, mara, History().push(tobias, True).push(mara, True)) == 1  # Tobias, Mara: not hers
    assert F.stale_alternate(qv, tobias, History().push(mara, True).push(tobias, True)) == 0  # not the cascade's choice
