"""Quotation detection, one style at a time, on original sentences."""

from __future__ import annotations

import json

import pytest

from ficlens.layers import QuoteLayer
from ficlens.model import Work
from ficlens.quotes import find_quotes
from ficlens.segment import segment
from quoting import find, kinds, quoted


def test_straight_and_curly_double_quotes():
    assert quoted('"Move," Octavia said. "Now."') == ['"Move,"', '"Now."']
    assert quoted("“Move,” Octavia said. “Now.”") == ["“Move,”", "“Now.”"]
    # mixed in one paragraph, as Gutenberg texts have them
    assert quoted('“Stay here,” said Raven. "I mean it."') == ["“Stay here,”", '"I mean it."']


def test_spans_are_sorted_non_overlapping_and_inside_paragraphs():
    text = 'Bellamy sat down.\n\n"One," he said, "two."\n\n“Three?”\n\nNo one answered.'
    work = find(text)
    spans = [(q.start, q.end) for q in work.quotes]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    paras = [(p.start, p.end) for p in work.paragraphs]
    assert all(any(ps <= s and e <= pe for ps, pe in paras) for s, e in spans)


def test_single_quote_dialogue_with_apostrophes():
    text = (
        "‘I don’t know where the Blakes’ dog went,’ said Mara. ‘Ask ’em yourself.’\n\n"
        "'It's rock 'n' roll night,' said Theo, 'and the '90s are back.'\n\n"
        "'We'll see,' said Mara."
    )
    assert quoted(text) == [
        "‘I don’t know where the Blakes’ dog went,’",
        "‘Ask ’em yourself.’",
        "'It's rock 'n' roll night,'",
        "'and the '90s are back.'",
        "'We'll see,'",
    ]


def test_single_quote_weak_closer_after_a_letter():
    text = "'I wonder' she thought, and went on.\n\n'Maybe,' said Ned. 'Maybe not.'"
    assert quoted(text)[0] == "'I wonder'"


def test_elided_opening_word_starts_a_quote_when_it_closes():
    text = (
        "'Course not,' said Ned. 'Tis a fine day.'\n\n"
        "'Cause I said so, thought Ned, and 'em with the Blakes' dogs too."
    )
    got = quoted(text)
    assert got[:2] == ["'Course not,'", "'Tis a fine day.'"]
    # no closer anywhere: the elided words stay apostrophes
    assert len(got) == 2


def test_apostrophes_in_double_quote_dialogue_are_ignored():
    text = "\"Don't,\" he said. The Blakes' house was dark, and 'em that lived there slept."
    assert quoted(text) == ['"Don\'t,"']


def test_nested_quotes_belong_to_the_outer_quote():
    assert quoted("“She said ‘never’ to me,” Wells told her.") == ["“She said ‘never’ to me,”"]
    text = "‘He wrote “soon” on the card,’ said Ada. ‘Then nothing.’\n\n‘Odd,’ said Jo."
    assert quoted(text) == ["‘He wrote “soon” on the card,’", "‘Then nothing.’", "‘Odd,’"]


def test_quote_over_several_paragraphs_is_one_continued_utterance():
    text = (
        "Murphy leaned back.\n\n"
        "\"The first winter was the worst. We burned the chairs.\n\n"
        "\"The second winter we had learned. We burned the tables instead.\n\n"
        "\"By the third we had nothing left to burn,\" he finished.\n\n"
        "\"Liar,\" said Emori."
    )
    work = find(text)
    parts = [text[q.start : q.end] for q in work.quotes]
    assert parts[0].startswith('"The first') and parts[0].endswith("chairs.")
    assert parts[2] == '"By the third we had nothing left to burn,"'
    assert work.layers.get(QuoteLayer).continues == {0, 1}
    assert [q.part_of for q in work.quotes] == [None, 0, 0, None]


def test_the_chain_of_a_multi_paragraph_quote_survives_saved_json():
    text = '"We walked all night.\n\n"And all day," Emori said.\n\n"Liar," said Murphy.'
    saved = Work.from_dict(json.loads(json.dumps(find(text).to_dict())))
    assert [q.part_of for q in saved.quotes] == [None, 0, None]


def test_unclosed_quote_recovers_at_the_paragraph_end():
    text = '"Wait for me, she called into the dark.\n\nNobody came. "Hello?" she tried.'
    assert quoted(text) == ['"Wait for me, she called into the dark.', '"Hello?"']
    assert find(text).layers.get(QuoteLayer).continues == set()


def test_closing_mark_without_opener_recovers_from_the_paragraph_start():
    text = 'Monty looked up.\n\nand that is all I know," Monty said.'
    assert quoted(text) == ['and that is all I know,"']
    # a height is not a quotation
    assert quoted('Jasper was 5\'11" and proud of it. "Hi," he said.') == ['"Hi,"']


@pytest.mark.parametrize("dash", ["—", "―", "--"])
def test_dash_dialogue_lines(dash):
    text = (
        f"{dash} Where are you going? {dash} he asked.\n\n"
        f"{dash} Home. {dash} She did not turn. {dash} Don't follow me.\n\n"
        "The door shut behind her."
    )
    assert quoted(text) == [f"{dash} Where are you going?", f"{dash} Home.", f"{dash} Don't follow me."]


def test_dash_dialogue_with_a_speech_tag_and_no_closing_dash():
    text = "—Shut the window, Kieran said. It is freezing in here.\n\n—Fine."
    assert quoted(text) == ["—Shut the window,", "It is freezing in here.", "—Fine."]


def test_gutenberg_conventions():
    text = (
        '"I never--that is, I _never_ meant it," said Lincoln.\n\n'
        "\u201cWell--\u201d began Harper. \"Well what?\""
    )
    assert quoted(text) == ['"I never--that is, I _never_ meant it,"', "\u201cWell--\u201d", '"Well what?"']


@pytest.mark.parametrize(
    "text, mention",
    [
        ('She traced the word "hope" on the glass.', '"hope"'),
        ('A sign that read "KEEP OUT" hung on the gate.', '"KEEP OUT"'),
        ('They called it "home" for lack of a better word.', '"home"'),
        ('It was what Odile called "a quiet night in." Nobody believed her.', '"a quiet night in."'),
        ('It was rude of him to call her uncle\'s farm "A swamp like this!" and she said so.', '"A swamp like this!"'),
        ('He was "busy" all afternoon, apparently.', '"busy"'),
        ('The so-called "guest room" was a cupboard.', '"guest room"'),
        ('She said the word "hope" the way others said "fire" or "forward".', '"fire"'),
        ('"How strange," thought Jasper, staring at the map.', '"How strange,"'),
        ('"We were the stars and the sky came down." -- Sea Glass Choir', '"We were the stars and the sky came down."'),
    ],
)
def test_quoted_non_speech(text, mention):
    assert kinds(text)[mention] == "non_speech"


@pytest.mark.parametrize(
    "text, line",
    [
        ('"Yes."', '"Yes."'),
        ('He looked up. "Yes."', '"Yes."'),
        ('"No," she said.', '"No,"'),
        ('"Run" she whispered.', '"Run"'),
        ('He said "fine" and left.', '"fine"'),
        ('"Wait!" came the reply.', '"Wait!"'),
        ('"Because--" he hesitated.', '"Because--"'),
        ('"I can\'t--" -- Clarke broke off.', '"I can\'t--"'),
        ('She told Raven "later" and hung up.', '"later"'),
        ('She called, "Supper!" and went in.', '"Supper!"'),
        ('He shouted more than said to her, "Your tea is cold."', '"Your tea is cold."'),
        # capitals filling their paragraph are shouted, not a sign
        ('Tamsin banged on the ceiling with a broom.\n\n"TURN IT DOWN, ORLA."', '"TURN IT DOWN, ORLA."'),
        ('"MOVE YOUR CAR"', '"MOVE YOUR CAR"'),
        # a line mouthed is said; a line taken up after an interruption is still spoken
        ('Across the hall Wren mouths "run" at me and ducks.', '"run"'),
        ('"Put down your—" she waved a spoon at him vaguely "—soup."', '"—soup."'),
        # a cry a call verb leads straight into, not a name given
        ('Across the yard Odile calls "Night, Bram!" after him.', '"Night, Bram!"'),
    ],
)
def test_short_dialogue_stays_speech(text, line):
    assert kinds(text)[line] == "speech"


def test_italic_thought_and_italic_speech():
    text = (
        "She thought about it for a long time. *I can't do this again.*\n\n"
        "The guards cried out in alarm, _Halt there_, and ran.\n\n"
        "It was *really* cold, she thought."
    )
    got = kinds(text)
    assert got["*I can't do this again.*"] == "non_speech"
    assert got["_Halt there_"] == "speech"
    assert "*really*" not in got  # emphasis, not a quote


def test_story_paragraphs_only():
    work = Work(text='"Title in quotes"\n\n"Hello," said Abby.')
    from ficlens.model import Segment

    work.segments = [Segment(0, 17, "title"), Segment(19, len(work.text), "story")]
    segment(work)
    find_quotes(work)
    assert [work.text[q.start : q.end] for q in work.quotes] == ['"Hello,"']


def test_long_text_finds_the_same_quotes_per_paragraph():
    # speed and linearity are measured in bench/speed.py, not here
    para = '"Where now?" asked Mara. \'Don\'t,\' he said. She called it "home" again.\n\n'
    small, big = find(para * 200), find(para * 4000)
    assert len(big.quotes) == 20 * len(small.quotes)


def test_single_quote_paragraph_in_a_double_quote_work():
    text = (
        '"Move," said Hermione.\n\n"Where?"\n\n'
        "'Oi, Potter!' Ron shouted. His trunk sat in the 'usual' place.\n\n"
        "The Weasleys' owl hooted at 'em all night and the 'prentice slept on."
    )
    got = quoted(text)
    assert "'Oi, Potter!'" in got
    assert not any("prentice" in q or "owl" in q for q in got)


def test_a_second_word_after_the_tag_and_is_still_speech():
    text = 'The twins watched the new boy cross the yard. "Odd," they whispered, and "very odd."\n'
    assert kinds(text)['"very odd."'] == "speech"


def test_a_quote_closing_a_clause_a_speech_verb_opened_is_speech():
    text = 'Nan had heard the rumours about the mill. She said they were "all lies." Nobody believed her.\n'
    assert kinds(text)['"all lies."'] == "speech"
    text = 'She told him the "guest room" was ready.\n'
    assert kinds(text)['"guest room"'] == "non_speech"


def test_a_line_mused_aloud_is_speech_but_a_thought_is_not():
    assert kinds('"Odd weather for June," he mused, and lit his pipe.\n')['"Odd weather for June,"'] == "speech"
    assert kinds('"Odd weather for June," he thought, and lit his pipe.\n')['"Odd weather for June,"'] == "non_speech"
