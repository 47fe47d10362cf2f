"""Untagged lines in a run of dialogue: where the run is anchored (ficlens.speakers)."""

from __future__ import annotations

from tests.speakers.test_speakers import IRIS, MARA, TOBIN, build, speakers


def test_a_name_answering_what_name_is_the_speakers_own():
    text = (
        '"I can bring the coal round first thing tomorrow," Tobin said.\n\n'
        '"Do. Tip it in the shed by the pump."\n\n'
        '"Right you are. What name?"\n\n'
        '"Mara, at the cottage with the green shutters."\n\n'
        '"Green shutters. I know the one, miss."'
    )
    # the line opens on a name, but it answers "What name?": it is no call to Mara
    assert speakers(build(text, [MARA, TOBIN])) == ["c2", "c1", "c2", "c1", "c2"]


def test_the_one_acting_inside_a_there_was_sentence_says_the_next_line():
    text = (
        '"The miller\'s boy left the shed open," Tobin said. "Nobody else carries a key."\n\n'
        "He turned the empty cup round in his hands. "
        "It was so late by then that I gave up arguing.\n\n"
        '"Then why did you lock it yourself on Sunday?"'
    )
    # narration pronouns: 0 = "He" (Tobin), 1 = "his" (Tobin), 2 = "I" (the narrator, Iris)
    w = build(text, [TOBIN, IRIS], pronouns={0: "c2", 1: "c2", 2: "c3"}, narrator="c3")
    assert speakers(w)[-1] == "c3"


def test_a_line_calling_the_last_speaker_after_narration_is_said_by_her_listener():
    text = (
        '"Ah, Tobin," Mara said, "you must be tired of hearing about my roses."\n\n'
        "She talked of her roses to Iris and to anyone who came up the lane, but to the doctor most of all.\n\n"
        '"Not in the least, Mara. They are the best in the valley."'
    )
    # narration pronouns: 0 = "She" (Mara), 1 = "her" (Mara)
    w = build(text, [MARA, TOBIN, IRIS], pronouns={0: "c1", 1: "c1"})
    assert speakers(w) == ["c1", "c1", "c2"]


def test_a_speaker_going_on_after_narration_talks_to_the_one_he_called_before_it():
    text = (
        '"Sit down, Tobin, and I will tell you a secret," said Mara.\n\n'
        "The boy stayed in the doorway where Iris had left him.\n\n"
        '"The key is under the blue stone," Mara went on. "Do you know the old mill?"\n\n'
        '"Aye. I fished there all last summer."\n\n'
        '"Then you will find it."'
    )
    # she goes on talking to Tobin, who answers her, not to Iris, whom the narration names
    assert speakers(build(text, [MARA, TOBIN, IRIS])) == ["c1", "c1", "c1", "c2", "c1"]


def test_a_line_turning_to_someone_with_and_follows_another_ones_answer():
    text = (
        '"So the pair of you are back," said Mara. "Did the post come before you left the village?"\n\n'
        '"It did, and there was nothing in it but the coal bill."\n\n'
        '"Never mind the bill!--and Tobin, did you find the lost ewe?"\n\n'
        '"Not a sign of her."'
    )
    # the narrator (Iris) answers first: the mother then turns to Tobin
    w = build(text, [MARA, TOBIN, IRIS], narrator="c3")
    assert speakers(w) == ["c1", "c1", "c3", "c1", "c2"]


def test_after_someone_does_what_a_line_asked_the_one_who_asked_goes_on():
    text = (
        "Mara came in from the yard and sat down by the fire.\n\n"
        '"What have you got in your pocket?" Tobin asked.\n\n'
        '"Only a letter."\n\n'
        '"Give it here."\n\n'
        "Mara took the letter out and laid it on the table between them.\n\n"
        '"So you have been writing to the mill after all."'
    )
    assert speakers(build(text, [MARA, TOBIN])) == ["c2", "c1", "c2", "c2"]


def test_after_someone_smiles_at_a_request_they_answer_it():
    text = (
        "Mara came in from the yard and sat down by the fire.\n\n"
        '"What have you got in your pocket?" Tobin asked.\n\n'
        '"Only a letter."\n\n'
        '"Will you read it to me?"\n\n'
        "Mara smiled and shook her head.\n\n"
        '"Not today. It is not mine to read."'
    )
    assert speakers(build(text, [MARA, TOBIN])) == ["c2", "c1", "c2", "c1"]


def test_a_speaker_who_takes_up_the_tale_says_the_next_line_too():
    text = (
        '"The river was higher than I ever saw it," Tobin said.\n\n'
        '"Oh, that was nothing next to the spring flood," Mara cut in, and took up the story.\n\n'
        '"It came over the mill wheel in one night, and the cart went floating down the lane like a duck."'
    )
    assert speakers(build(text, [MARA, TOBIN])) == ["c2", "c1", "c1"]
