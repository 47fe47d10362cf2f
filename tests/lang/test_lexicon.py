"""The one English lexicon: the rules that read the same list agree."""

from ficlens.lang.en.abbreviations import ABBREVIATIONS, CAPITALISED
from ficlens.lang.en.pronouns import PRONOUN_GENDER, THIRD_PERSON
from ficlens.model import Paragraph
from ficlens.segment import sentences
from ficlens.speakers.sentences import _last_sentence_start

TRICKY = "Fr. Tom and Mt. Doom. He left."


def test_the_segmenter_and_the_speaker_rules_cut_the_same_sentence():
    spans = sentences(TRICKY, [Paragraph(0, len(TRICKY))])
    assert [TRICKY[a:b] for a, b in spans] == ["Fr. Tom and Mt. Doom.", "He left."]
    assert TRICKY[_last_sentence_start(TRICKY) :].lstrip() == "He left."


def test_capitalised_abbreviations_are_the_list_longest_first():
    assert {a.lower() for a in CAPITALISED} == ABBREVIATIONS
    assert CAPITALISED.index("Mrs") < CAPITALISED.index("Mr")


def test_the_tag_pronouns_are_a_part_of_the_one_pronoun_map():
    assert THIRD_PERSON.items() <= PRONOUN_GENDER.items()
    assert set(THIRD_PERSON) == {"he", "him", "his", "she", "her", "they", "them", "their"}
