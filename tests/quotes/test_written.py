"""Written text quoted in a story (a note, a sign, a text message) is not dialogue."""

from __future__ import annotations

from quoting import kinds


def test_a_card_that_says_in_capitals_is_written():
    text = 'Tansy found the card under her door. It says, in slanting capitals, "See you at eight." She turns it over.'
    assert kinds(text) == {'"See you at eight."': "non_speech"}


def test_it_said_of_a_note_named_just_before():
    text = (
        "The note had been folded into a tiny square.\n\n"
        '"Meet me by the boathouse," it said, "and bring the spare key."'
    )
    assert set(kinds(text).values()) == {"non_speech"}


def test_a_word_added_in_pencil_is_written():
    text = 'Beside the recipe somebody has added in pencil, "disaster" and drawn a skull.'
    assert kinds(text) == {'"disaster"': "non_speech"}


def test_a_notice_in_capitals_after_a_colon_is_written():
    text = 'Pinned to the door was a notice in the tidy hand of a clerk: "OFFICE SHUT UNTIL MONDAY." Wren groaned.'
    assert kinds(text) == {'"OFFICE SHUT UNTIL MONDAY."': "non_speech"}


def test_a_text_message_is_written():
    assert kinds('Her phone buzzed: "where r u". She left it face down.') == {'"where r u"': "non_speech"}
    assert kinds('Her phone buzzed again. "im outside," it read.') == {'"im outside,"': "non_speech"}
    assert kinds('"running late," Priya texted. Nobody answered.') == {'"running late,"': "non_speech"}


def test_a_note_on_the_fridge_that_says_is_written():
    text = 'A note on the fridge said, "Back by six. Feed the cat, please."'
    assert kinds(text) == {'"Back by six. Feed the cat, please."': "non_speech"}


def test_a_line_scrawled_on_a_board_is_written():
    assert kinds('He scrawled on the whiteboard, "Meeting moved to Thursday."') == {
        '"Meeting moved to Thursday."': "non_speech"
    }


def test_speech_near_a_note_stays_speech():
    text = (
        'She handed him the note and said, "Read it later."\n\n'
        '"Fine," said Oren. "After dinner."'
    )
    got = kinds(text)
    assert got['"Read it later."'] == "speech"
    assert got['"Fine,"'] == "speech"
    assert got['"After dinner."'] == "speech"


def test_a_medium_as_subject_of_a_speech_verb_is_written():
    assert kinds('The headline screamed: "HOSPITAL WING CLOSED."') == {'"HOSPITAL WING CLOSED."': "non_speech"}
    assert kinds('"Gone fishing," the sign on the bait shop door read.') == {'"Gone fishing,"': "non_speech"}


def test_words_engraved_or_painted_are_written():
    text = '"For Ada, who kept the light," was engraved on the lid.'
    assert kinds(text) == {'"For Ada, who kept the light,"': "non_speech"}
    assert kinds('Someone had painted across the garage door, "PAY UP."') == {'"PAY UP."': "non_speech"}


def test_a_medium_then_a_colon_is_written_only_without_a_clause_between():
    assert kinds('Her screen lit up with a text from Dean: "bring snacks."') == {'"bring snacks."': "non_speech"}
    assert kinds('Mara put the letter down: "Who sent this?"') == {'"Who sent this?"': "speech"}


def test_a_short_paragraph_of_quotation_after_a_writing_colon():
    text = 'Under the clock hung a notice in a clerk\'s tidy print:\n\n"NO DOGS BEYOND THIS POINT."\n\n"Rude," said Ivo.'
    got = kinds(text)
    assert got['"NO DOGS BEYOND THIS POINT."'] == "non_speech"
    assert got['"Rude,"'] == "speech"


def test_written_text_in_italics_is_a_non_speech_quote():
    assert kinds("Her phone buzzed: *omw, save me a seat*") == {"*omw, save me a seat*": "non_speech"}
    assert kinds("_Back at six,_ the note on the kettle read.") == {"_Back at six,_": "non_speech"}
    # emphasis inside the writing clause stays plain text
    assert kinds("She wrote *so many* letters that summer.") == {}
    assert kinds("He wrote a column for the *Gazette* every week.") == {}


def test_a_text_alone_in_the_paragraph_after_the_phone_buzzed():
    text = 'Her phone buzzed twice.\n\n"where r u"\n\n"library," Juno typed back.\n\n"Who was that?" Cass asked.'
    got = kinds(text)
    assert got['"where r u"'] == "non_speech"
    assert got['"library,"'] == "non_speech"
    assert got['"Who was that?"'] == "speech"
    text = 'Her phone buzzed.\n\n"Who is it?" asked Cass.'
    assert kinds(text) == {'"Who is it?"': "speech"}


def test_a_long_title_after_a_naming_cue_is_not_speech():
    text = 'She began a novel under the title "What the Lighthouse Keeper Saw on Tuesday." Nobody read it.'
    assert kinds(text) == {'"What the Lighthouse Keeper Saw on Tuesday."': "non_speech"}
    text = 'He called, "Bring the Lanterns Down Here, Quickly, Before the Tide Turns!"'
    assert set(kinds(text).values()) == {"speech"}


def test_speech_after_a_writing_verb_in_the_same_sentence_stays_speech():
    assert kinds('She kept writing as she said "Any questions?"') == {'"Any questions?"': "speech"}
    assert kinds('He scribbled a line and asked, "This one?"') == {'"This one?"': "speech"}


def test_a_relative_clause_inside_a_written_frame():
    text = 'Under the magnet was a note she had left for herself: "Buy milk, call Gran."'
    assert kinds(text) == {'"Buy milk, call Gran."': "non_speech"}


def test_a_line_opening_on_a_small_letter_alone_is_a_text_message():
    # typed the way phones are: no capital, alone in its paragraph or after a colon or a sentence
    text = (
        'Ness was halfway through the washing-up when it came.\n\n"are you still awake"\n\n'
        '"yeah why," she sent back. Then: "is it the cat again"\n\n"Put that down," said Ivo.'
    )
    got = kinds(text)
    assert got['"are you still awake"'] == "non_speech"
    assert got['"yeah why,"'] == "non_speech"
    assert got['"is it the cat again"'] == "non_speech"
    assert got['"Put that down,"'] == "speech"


def test_a_line_taken_up_after_a_tag_stays_speech_whatever_its_first_letter():
    # the second part of an interrupted line, after a comma or a speech verb and a colon
    assert set(kinds('"Not yet," said Ivo, "not till the bread is in."').values()) == {"speech"}
    text = '"Look at the sky," Ivo went on. "Did you see it?" continued Ivo: "the whole east is red."'
    assert set(kinds(text).values()) == {"speech"}
    # a clipped word or a line broken off keeps its speech
    assert set(kinds('\u2018\u2019tis late,\u2019 said Nan.').values()) == {"speech"}
    assert set(kinds('"\u2014and then the roof went," Ivo said.').values()) == {"speech"}


def test_in_a_work_written_in_lower_case_a_small_first_letter_is_still_speech():
    # the author's style, said in the notes or not: the narration opens on small letters too
    text = (
        "the kettle was on and nobody was watching it.\n\n"
        '"who left the milk out."\n\n'
        "nobody answered. pell looked at the ceiling.\n\n"
        '"not me," said pell.\n\n'
        "ivo shrugged and got two mugs down anyway.\n\n"
        '"it was the cat."'
    )
    got = kinds(text)
    assert got['"who left the milk out."'] == "speech"
    assert got['"it was the cat."'] == "speech"


def test_one_lower_case_paragraph_does_not_make_a_lower_case_work():
    text = (
        "Ness was halfway through the washing-up when it came.\n\n"
        "her phone buzzed twice.\n\n"
        '"are you still awake"\n\n'
        "She dried her hands. Ivo was asleep on the sofa.\n\n"
        "The cat watched her from the sill."
    )
    assert kinds(text)['"are you still awake"'] == "non_speech"


def test_unpunctuated_bare_lines_after_a_phone_buzz_are_texts():
    text = (
        "Halfway through the lecture Ottilie's phone buzzed against the desk.\n\n"
        '"Are you coming to the thing tonight"\n\n'
        '"Bram says you promised"\n\n'
        "She turned it face down.\n\n"
        '"Are you coming to dinner," Bram said at the door.'
    )
    got = kinds(text)
    assert got['"Are you coming to the thing tonight"'] == "non_speech"
    assert got['"Bram says you promised"'] == "non_speech"
    assert got['"Are you coming to dinner,"'] == "speech"


def test_an_unpunctuated_bare_line_with_no_message_told_of_is_speech():
    # a spoken line whose writer dropped its stop: nothing tells of a phone before it
    text = 'The stew had gone cold on the table.\n\n"We saved you a bowl Tamsin"\n\n"I dont want a bowl"'
    assert set(kinds(text).values()) == {"speech"}


def test_a_note_that_fills_its_paragraph_and_closes_on_a_sign_off_is_written():
    text = (
        "Tansy opened the envelope on the bus.\n\n"
        '"Tansy love, the spare key is under the blue pot. Water the basil if you remember. Love, Gran"\n\n'
        '"Back on the late boat tonight. Keep the stove lit. — R.K."\n\n'
        '"I shall come for the dog at noon. Have him brushed. M."\n\n'
        '"Come and sit by the stove, Miss Farrow."\n'
    )
    got = kinds(text)
    assert [got[q] for q in got if "Farrow" not in q] == ["non_speech"] * 3
    assert got['"Come and sit by the stove, Miss Farrow."'] == "speech"  # a vocative, not a signature


def test_a_line_supposed_under_a_modal_perfect_is_not_said():
    text = (
        'Had the ferryman been awake, Wren would simply have said, "Take me across," and he '
        'might have answered, "Not tonight." As it was, she waited. "Hello?" she called.'
    )
    got = kinds(text)
    assert got['"Take me across,"'] == got['"Not tonight."'] == "non_speech"
    assert got['"Hello?"'] == "speech"


def test_a_line_only_meant_by_a_look_or_a_tone_is_not_said():
    text = (
        'Bram pulled a face that said "not again", and Ada shrugged. Her tone added, "Your '
        'problem, not mine." Then Bram spoke up. "Fine," he said.'
    )
    got = kinds(text)
    assert got['"not again"'] == got['"Your problem, not mine."'] == "non_speech"
    assert got['"Fine,"'] == "speech"


def test_a_signed_note_closing_a_paragraph_of_narration_is_written():
    text = (
        'Under the magnet there was a second note, in blue ink. "The boiler man comes at nine. '
        'Let him in, please. Your brother, Cal"\n\n'
        '"He could have texted," Wren muttered.\n'
    )
    got = kinds(text)
    assert got['"The boiler man comes at nine. Let him in, please. Your brother, Cal"'] == "non_speech"
    assert got['"He could have texted,"'] == "speech"


def test_a_line_said_before_another_could_answer_is_said():
    text = 'Before Ines could answer, Mara yelled, "Run!" Before Tom could reply, "Wait!" Ines said.'
    assert set(kinds(text).values()) == {"speech"}
