"""Short lines said aloud, which the non-speech rules must not take for words mentioned."""

from __future__ import annotations

from quoting import kinds


def test_a_line_in_a_run_of_lines_said_is_speech():
    text = 'At the door Marek says "Boots off," and then "Don\'t argue," and then nothing more all evening.'
    assert kinds(text)['"Don\'t argue,"'] == "speech"


def test_a_short_sentence_after_an_adjective_is_speech():
    text = 'With a polite "Excuse me, miss," the porter reached past her for the bag.'
    assert kinds(text) == {'"Excuse me, miss,"': "speech"}


def test_alternatives_after_or_stay_mentioned():
    text = 'All she ever got out of him was "fine" or "Not my problem." She stopped asking.'
    assert kinds(text)['"Not my problem."'] == "non_speech"


def test_a_voice_on_a_clear_note_is_not_a_written_note():
    text = 'From the kitchen came Ilse\'s voice on a bright careful note:\n\n"I really am pleased you could come."'
    assert kinds(text) == {'"I really am pleased you could come."': "speech"}


def test_a_question_called_out_to_someone_is_speech():
    text = 'Nobody answered. So Pim called out to the Captain "are you hurt, sir?" and waited.'
    assert kinds(text) == {'"are you hurt, sir?"': "speech"}


def test_the_second_part_of_a_tagged_line_is_speech():
    text = '"And all of it," snapped Odile, after staring a while at the mess on the floor: "all of it for one plate!"'
    assert kinds(text)['"all of it for one plate!"'] == "speech"


def test_a_cry_after_a_determiner_is_speech():
    text = 'There burst from Tomas a "Bravo!" so loud that the waiter dropped a spoon.'
    assert kinds(text) == {'"Bravo!"': "speech"}


def test_a_line_in_a_run_of_thanks_is_speech():
    text = 'They said, "Thank you so much for the soup," and "Thanks for having us round," and went off home.'
    assert kinds(text)['"Thanks for having us round,"'] == "speech"


def test_a_word_heard_is_said():
    text = 'Through the wall Nessa clearly heard a muffled "Blast." and then the clatter of a pan.'
    assert kinds(text) == {'"Blast."': "speech"}


def test_the_line_an_answer_was_is_said():
    text = 'Bram asked twice, and the answer that came back the second time was "Never." He went home.'
    assert kinds(text) == {'"Never."': "speech"}


def test_words_credited_as_someone_said_are_said():
    text = 'The fog lay over the fields "thick as porridge," as Hettie said, and nobody went out.'
    assert kinds(text) == {'"thick as porridge,"': "speech"}
