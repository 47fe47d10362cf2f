"""Short italic thoughts framed by a thought tag are quotes of kind non-speech."""

from __future__ import annotations

from quoting import kinds


def test_one_word_italic_before_i_think_and_its_lowercase_rest():
    assert kinds("*No,* I think, *not like this.*") == {"*No,*": "non_speech", "*not like this.*": "non_speech"}


def test_one_word_italic_before_a_named_thinker():
    text = "_Idiot,_ Corwin thought. _Idiot, idiot._"
    assert kinds(text) == {"_Idiot,_": "non_speech", "_Idiot, idiot._": "non_speech"}


def test_emphasis_stays_plain_text():
    assert kinds("He was *so* tired, I think.") == {}
    assert kinds("She thought *maybe* the bus was late.") == {}


def test_a_quoted_line_tagged_i_think_or_i_wonder_is_a_thought():
    got = kinds('"Typical," I think, and open the door. "What now?" I wonder.')
    assert got == {'"Typical,"': "non_speech", '"What now?"': "non_speech"}


def test_a_sentence_opening_italic_before_an_i_clause_is_a_thought():
    got = kinds("*No.* I press my palms to my eyes. *Not tonight.*")
    assert got == {"*No.*": "non_speech", "*Not tonight.*": "non_speech"}
    # emphasis on a word that is not its own sentence stays plain text
    assert kinds("*Nobody* I know bakes bread.") == {}
    assert kinds("*Hello,* I say.") == {}


def test_telling_oneself_is_a_thought():
    assert kinds("*Breathe,* Odile told herself.") == {"*Breathe,*": "non_speech"}
    assert kinds('"Breathe," I tell myself.') == {'"Breathe,"': "non_speech"}


def test_the_rest_of_a_thought_split_by_its_tag_is_a_thought():
    got = kinds('"Well," thought Nell to herself, "that went badly." "Did it?" asked Bram.')
    assert got == {'"Well,"': "non_speech", '"that went badly."': "non_speech", '"Did it?"': "speech"}


def test_a_speech_verb_with_mentally_tags_a_thought():
    assert kinds('"Useless," said she mentally, and smiled at him.') == {'"Useless,"': "non_speech"}


def test_the_part_after_a_thought_tag_ending_its_sentence_is_a_thought():
    got = kinds('"Oh," Pell thought. "Oh, no." "Tea?" asked Bram.')
    assert got == {'"Oh,"': "non_speech", '"Oh, no."': "non_speech", '"Tea?"': "speech"}


def test_a_thought_going_on_after_and_then_is_a_thought():
    got = kinds('He thought, "Not the stairs," and then, "Not the stairs again."')
    assert got == {'"Not the stairs,"': "non_speech", '"Not the stairs again."': "non_speech"}


def test_a_line_with_its_own_speech_tag_after_a_thought_is_speech():
    assert kinds('"Hm," she thought. "Bram?" she called.') == {'"Hm,"': "non_speech", '"Bram?"': "speech"}


def test_a_line_said_to_oneself_is_a_thought_but_not_one_murmured():
    assert kinds('"Not the pears," said Lune to herself.') == {'"Not the pears,"': "non_speech"}
    assert kinds('"Never," he had said to himself, "never again."') == {'"Never,"': "non_speech", '"never again."': "non_speech"}
    assert kinds('"Easy," Pell assured herself.') == {'"Easy,"': "non_speech"}
    # an aside murmured to oneself is heard: speech
    assert kinds('"Oh, wonderful," murmured Pell to herself.') == {'"Oh, wonderful,"': "speech"}


def test_the_part_after_a_told_herself_tag_is_a_thought():
    got = kinds('"Stay calm," Pell told herself again and again. "It is only a goat."')
    assert got == {'"Stay calm,"': "non_speech", '"It is only a goat."': "non_speech"}


def test_in_a_work_written_in_lower_case_a_small_i_or_name_tags_a_thought():
    text = (
        "the bus was late again and the shelter leaked.\n\n"
        "*not today,* i think, and pull my hood up.\n\n"
        "ivo was already there, dripping. *typical,* ivo thought.\n\n"
        "*no.* i close my eyes. we waited.\n\n"
        "nobody else came."
    )
    got = kinds(text)
    assert got["*not today,*"] == "non_speech"
    assert got["*typical,*"] == "non_speech"
    assert got["*no.*"] == "non_speech"
    # in ordinary text a small `i` tags nothing: these italics stay emphasis
    plain = text.replace("the bus", "The bus").replace("ivo was", "Ivo was").replace("nobody", "Nobody")
    plain = plain.replace("*not today,* i", "*Not today,* i")
    assert "*typical,*" not in kinds(plain)


def test_an_italic_opening_a_later_paragraph_before_an_i_clause_is_a_thought():
    # not only at the very start of the text
    assert kinds("The kettle clicked off.\n\n*No.* I close my eyes. We waited.") == {"*No.*": "non_speech"}
