"""First-person tags and the lines around them: who says a line next to `I`."""

from __future__ import annotations

from tests.speakers.test_speakers import IRIS, MARA, TOBIN, build, speakers


def test_an_unresolved_she_before_the_verb_is_the_subject_not_the_earlier_i():
    text = 'Mara ran the inn alone.\n\nAs I drew near she nodded and said, "A room, sir?"'
    # narration pronouns: 0 = "I" (the narrator, c2); "she" is left unresolved
    w = build(text, [MARA, TOBIN], pronouns={0: "c2"}, narrator="c2")
    assert speakers(w) == ["c1"]


def test_an_object_pronoun_is_not_the_subject_of_the_tag():
    text = 'Mara and Tobin waited at the gate.\n\nThe porter saw him coming and called out:\n\n"Closed, closed!"'
    # narration pronouns: 0 = "him" (Tobin)
    w = build(text, [MARA, TOBIN], pronouns={0: "c2"})
    # whoever is guessed in the end, "him" is not read as the tag's subject
    assert w.quotes[0].evidence != "anaphoric"


def test_a_verb_followed_by_that_reports_speech_and_tags_no_line():
    text = 'Mara leaned across the table. "Do you know the road?" I answered that I did.'
    # narration pronouns: 0 = "I" (the narrator, c2)
    w = build(text, [MARA, TOBIN], pronouns={0: "c2"}, narrator="c2")
    assert speakers(w) == ["c1"]


def test_who_acts_after_a_line_says_the_next_untagged_one():
    text = (
        '"Where is the pass?" Iris asked.\n\n'
        '"North of the lake," said Tobin. Mara bent over the map and traced the shore.\n\n'
        '"Then we go round by the east side."'
    )
    w = build(text, [MARA, TOBIN, IRIS])
    assert speakers(w) == ["c3", "c2", "c1"]


def test_a_speaker_who_acts_after_their_line_goes_on():
    text = (
        '"Show me," said Iris.\n\n'
        '"Here," said Tobin. He unrolled the chart across the table.\n\n'
        '"This is the pass, and this is the river below it."'
    )
    # narration pronouns: 0 = "He" (Tobin)
    w = build(text, [TOBIN, IRIS], pronouns={0: "c2"})
    assert speakers(w) == ["c3", "c2", "c2"]


def test_a_name_answering_your_name_is_the_speakers_own():
    text = '"Tell me your name," said Tobin. "Quickly!"\n\n"Mara, sir."\n\n"Well, Mara, where do you live?"'
    w = build(text, [MARA, TOBIN])
    assert speakers(w)[2] == "c1"


def test_the_one_heard_speaks_not_the_one_hearing():
    text = 'Tobin and Mara sat by the stove.\n\n"Bring the lamp," I heard Mara call from the yard.'
    # narration pronouns: 0 = "I" (the narrator, Iris)
    w = build(text, [MARA, TOBIN, IRIS], pronouns={0: "c3"}, narrator="c3")
    assert speakers(w) == ["c1"]


def test_one_of_a_group_in_an_inverted_tag_is_the_group():
    crowd = ("c5", "the sailors", None, ["the sailors"])
    text = 'Tobin climbed onto the crate.\n\n"Louder!" cried one of the sailors.'
    w = build(text, [TOBIN, crowd])
    assert speakers(w) == ["c5"]


def test_the_voice_of_a_named_character_in_an_inverted_tag_is_theirs():
    text = 'The door of the loft banged open.\n\n"Found you!" cried the voice of Tobin, and Mara hid her book.'
    w = build(text, [MARA, TOBIN])
    assert speakers(w) == ["c2"]


def test_the_one_the_narrator_sees_in_a_beat_speaks():
    text = 'Mara had gone to bed early.\n\nI can see Tobin now by the stove, turning his cap in his hands. "Nobody else knows."'
    # narration pronouns: 0 = "I" (the narrator, Iris), 1 = "his" (Tobin)
    w = build(text, [MARA, TOBIN, IRIS], pronouns={0: "c3", 1: "c2"}, narrator="c3")
    assert speakers(w) == ["c2"]


def test_said_that_night_is_still_a_tag():
    text = 'Mara and Tobin sat up late.\n\n"We leave at dawn," Tobin said that night.'
    w = build(text, [MARA, TOBIN])
    assert speakers(w) == ["c2"]


def test_the_subject_of_a_when_clause_is_not_the_tags_subject():
    text = 'Mara waited at the gate.\n\nWhen I reached the gate, she took my arm, and whispered, "Not a word."'
    # narration pronouns: 0 = "I" (the narrator, Iris), 1 = "she" (Mara)
    w = build(text, [MARA, TOBIN, IRIS], pronouns={0: "c3", 1: "c1"}, narrator="c3")
    assert speakers(w) == ["c1"]


def test_a_name_given_again_when_asked_to_repeat_is_still_the_speakers_own():
    text = (
        '"Your name, boy!" said Tobin.\n\n"Mara, sir."\n\n"Louder!" said Tobin.\n\n'
        '"Mara. Mara, sir."\n\n"Well, Mara, show me the way."'
    )
    w = build(text, [MARA, TOBIN])
    assert speakers(w)[3] == "c1"
