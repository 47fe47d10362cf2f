"""Speaker and addressee attribution on hand-built works.

Each work is built here from a short original text: paragraphs split on blank lines,
quotes found by double marks, name mentions found by the listed names, and narration
pronoun mentions only where a test hands them in, so these tests exercise `speakers/`
alone and do not move when the quotes or characters stages change.
"""

from __future__ import annotations

import re

from ficlens.layers import Cast, QuoteLayer, Sentences
from ficlens.model import Character, Mention, Paragraph, Quote, Segment, Work
from ficlens.segment.splitter import sentences
from ficlens.speakers import add_quote_pronouns, attribute_speakers

MARA = ("c1", "Mara", "she", ["Mara"])
TOBIN = ("c2", "Tobin", "he", ["Tobin"])
IRIS = ("c3", "Iris", "she", ["Iris"])
CAPTAIN = ("c4", "Captain Vell", "he", ["the Captain", "Vell"])


def build(text: str, chars, pronouns: dict[int, str] | None = None, narrator: str | None = None, run: bool = True) -> Work:
    """A work with paragraphs, quotes and name mentions set by hand.

    `pronouns` maps the n-th narration pronoun (he/she/her/his/I, counted from 0) to
    the character the characters stage would have resolved it to.
    """
    work = Work(text=text, segments=[Segment(0, len(text), "story")])
    pos = 0
    for block in text.split("\n\n"):
        work.paragraphs.append(Paragraph(pos, pos + len(block)))
        pos += len(block) + 2
    work.quotes = [Quote(m.start(), m.end()) for m in re.finditer(r'"[^"\n]*"', text)]
    work.characters = [Character(cid, name, aliases=list(al), pronouns=pr) for cid, name, pr, al in chars]
    inside = lambda i: any(q.start <= i < q.end for q in work.quotes)  # noqa: E731
    for cid, name, _pr, aliases in chars:
        for surface in {name, *aliases}:
            for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
                if not any(x.start <= m.start() < x.end for x in work.mentions):
                    work.mentions.append(Mention(m.start(), m.end(), cid, "name"))
    narration_pronouns = [m for m in re.finditer(r"\b(?:he|she|her|his|him|I)\b", text, re.I) if not inside(m.start())]
    for n, cid in (pronouns or {}).items():
        m = narration_pronouns[n]
        work.mentions.append(Mention(m.start(), m.end(), cid, "pronoun"))
    work.mentions.sort(key=lambda m: m.start)
    work.layers.put(QuoteLayer())
    work.layers.put(Cast(narrator=narrator))
    work.layers.put(Sentences(tuple(sentences(text, work.paragraphs))))
    return attribute_speakers(work) if run else work


def speakers(work: Work) -> list[str | None]:
    return [q.speaker for q in work.quotes]


def cue_text(work: Work, q: Quote) -> str:
    assert q.cue is not None
    return work.text[q.cue.start : q.cue.end]


# --- explicit tags ---


def test_tag_after_quote_past_and_present_tense():
    w = build('"We ride at dawn," Mara said.\n\n"Then we ride tired," Tobin mutters.', [MARA, TOBIN])
    assert speakers(w) == ["c1", "c2"]
    assert [q.evidence for q in w.quotes] == ["explicit", "explicit"]
    assert cue_text(w, w.quotes[0]) == "Mara said"


def test_inverted_tag_and_title():
    w = build(
        '"Nobody leaves the ship," said the Captain.\n\n"Not even me?" asked Mara.',
        [MARA, CAPTAIN],
    )
    assert speakers(w) == ["c4", "c1"]


def test_tag_before_quote_with_colon_or_comma():
    w = build('Tobin yells, "Get down!"\n\nMara answered: "I am down."', [MARA, TOBIN])
    assert speakers(w) == ["c2", "c1"]


def test_tag_between_parts_of_an_interrupted_quote():
    w = build('"Wait," Mara whispered, "not yet. Let them pass."', [MARA, TOBIN])
    assert speakers(w) == ["c1", "c1"]
    assert w.quotes[1].evidence == "explicit"


def test_possessive_voice_tag():
    w = build('Mara held the lantern up.\n\n"It was never yours," Tobin\'s voice shakes.', [MARA, TOBIN])
    assert speakers(w) == ["c2"]


def test_subordinate_clause_does_not_steal_the_tag():
    w = build('"You came back." Before Mara could answer, Tobin called from the door, "Hurry!"', [MARA, TOBIN])
    assert w.quotes[1].speaker == "c2"


# --- pronoun tags ---


def test_pronoun_tags_resolve_by_gender_without_stage_pronouns():
    text = 'Mara and Tobin reached the gate at dusk.\n\n"It is locked," he said.\n\n"Then we climb," she said.'
    w = build(text, [MARA, TOBIN])
    assert speakers(w) == ["c2", "c1"]
    assert {q.evidence for q in w.quotes} == {"anaphoric"}


def test_pronoun_tag_uses_the_stage_resolution():
    text = 'Tobin watched Mara work the lock.\n\n"Almost," she said.'
    # narration pronouns: 0 = "she" (the tag)
    w = build(text, [MARA, TOBIN], pronouns={0: "c1"})
    assert speakers(w) == ["c1"]
    assert cue_text(w, w.quotes[0]).startswith("she said")


def test_first_person_narrator_i_said():
    text = 'Tobin leaned on the rail.\n\n"We should turn back," I said.\n\n"We should not," Tobin said.'
    w = build(text, [MARA, TOBIN], narrator="c1")
    assert speakers(w) == ["c1", "c2"]
    assert w.quotes[0].addressees == ["c2"]


# --- action beats ---


def test_action_beat_before_and_after_the_quote():
    text = 'Mara pulled her arm away. "Don\'t."\n\n"I only meant to help." Tobin turned back to the fire.'
    w = build(text, [MARA, TOBIN])
    assert speakers(w) == ["c1", "c2"]
    assert w.quotes[0].cue is not None and "pulled her arm away" in cue_text(w, w.quotes[0])


def test_paragraph_quotes_share_the_tagged_speaker():
    w = build('"Look." Tobin pointed at the ridge. "Smoke. Someone is camped there."', [MARA, TOBIN])
    assert speakers(w) == ["c2", "c2"]


# --- addressees and conversation ---


def test_vocative_addressee_and_tag_object():
    text = '"Listen to me, Tobin," Mara said.\n\n"I am listening," he told her.'
    w = build(text, [MARA, TOBIN])
    assert w.quotes[0].addressees == ["c2"]
    assert w.quotes[1].speaker == "c2" and w.quotes[1].addressees == ["c1"]


def test_long_alternating_exchange_without_tags():
    lines = [
        '"The river is up," Mara said.',
        '"It was up last spring too," Tobin said.',
        '"Not this high."',
        '"How high, then?"',
        '"Over the second stone."',
        '"The ferry will not run."',
        '"Then we take the bridge."',
        '"The bridge is three days north."',
        '"Two, if we leave tonight."',
        '"You want to walk all night?"',
        '"I want to be home before the snow."',
        '"So do I."',
        '"Then stop arguing and pack."',
    ]
    w = build("\n\n".join(lines), [MARA, TOBIN])
    assert speakers(w) == ["c1", "c2"] * 6 + ["c1"]
    assert all(q.evidence == "implicit" for q in w.quotes[2:])
    assert all(q.addressees == (["c2"] if q.speaker == "c1" else ["c1"]) for q in w.quotes)


def test_vocative_in_quote_is_not_its_speaker():
    text = '"Pass the salt," Mara said.\n\n"Get it yourself," Tobin said.\n\n"Tobin, please."\n\n"Fine."'
    w = build(text, [MARA, TOBIN])
    assert speakers(w) == ["c1", "c2", "c1", "c2"]


def test_three_person_conversation_named_addressee_answers():
    text = (
        '"Iris, where is the map?" Mara asked.\n\n'
        '"In the wagon," Tobin said.\n\n'
        '"I asked Iris."\n\n'
        '"It is in the wagon," Iris said. "Under the flour."\n\n'
        '"Tobin, fetch it."\n\n'
        '"Why me?"'
    )
    w = build(text, [MARA, TOBIN, IRIS])
    assert speakers(w) == ["c1", "c2", "c1", "c3", "c3", "c1", "c2"]
    assert w.quotes[0].addressees == ["c3"]


def test_scene_break_resets_the_conversation():
    text = '"Go," Mara said.\n\n"Going," Tobin said.\n\nThe next morning Iris found the camp empty.\n\n"Hello?"'
    work_break = text.index("The next")
    w = build(text, [MARA, TOBIN, IRIS], pronouns=None)
    assert speakers(w)[-1] == "c3"  # the narration subject, not the old alternation
    w2 = Work(text=w.text, segments=w.segments, paragraphs=w.paragraphs, quotes=[Quote(q.start, q.end) for q in w.quotes],
              characters=w.characters, mentions=[m for m in w.mentions if m.kind == "name"], scene_breaks=[work_break])
    w2.layers.put(QuoteLayer())
    w2.layers.put(Cast())
    w2.layers.put(w.layers.get(Sentences))
    attribute_speakers(w2)
    assert speakers(w2)[-1] == "c3"


# --- quote kinds, continuation, outputs ---


def test_non_speech_gets_no_speaker_and_continued_quote_shares_it():
    text = 'Mara read the sign: "KEEP OUT"\n\n"The road ends here," Tobin said. "Past the bridge\n\n"there is only the marsh."'
    work = Work(text=text, segments=[Segment(0, len(text), "story")])
    pos = 0
    for block in text.split("\n\n"):
        work.paragraphs.append(Paragraph(pos, pos + len(block)))
        pos += len(block) + 2
    spans = [(m.start(), m.end()) for m in re.finditer(r'"[^"\n]*(?:"|$)', text, re.M)]
    work.quotes = [Quote(s, e) for s, e in spans]
    work.quotes[0].kind = "non_speech"
    work.characters = [Character("c1", "Mara", pronouns="she"), Character("c2", "Tobin", pronouns="he")]
    work.mentions = [Mention(0, 4, "c1", "name"), Mention(text.index("Tobin"), text.index("Tobin") + 5, "c2", "name")]
    work.layers.put(QuoteLayer(continues=frozenset({2})))
    work.layers.put(Cast())
    work.layers.put(Sentences(tuple(sentences(text, work.paragraphs))))
    attribute_speakers(work)
    assert speakers(work) == [None, "c2", "c2", "c2"]
    assert work.quotes[0].evidence is None


def test_confidence_orders_explicit_anaphoric_implicit():
    text = 'Mara faced Tobin across the map.\n\n"North," Mara said.\n\n"South," he said.\n\n"North."\n\n"South."'
    w = build(text, [MARA, TOBIN])
    explicit, anaphoric, implicit = w.quotes[0], w.quotes[1], w.quotes[2]
    assert (explicit.evidence, anaphoric.evidence, implicit.evidence) == ("explicit", "anaphoric", "implicit")
    assert 1 >= explicit.confidence > anaphoric.confidence > implicit.confidence > 0
    assert speakers(w) == ["c1", "c2", "c1", "c2"]


def test_counts_and_quote_pronouns():
    text = '"I found your knife," Mara said.\n\n"Keep it," Tobin said.'
    w = build(text, [MARA, TOBIN])
    mara, tobin = w.characters
    assert (mara.quotes, mara.words_spoken, tobin.quotes, tobin.words_spoken) == (1, 4, 1, 2)
    assert not [m for m in w.mentions if m.kind == "pronoun"]  # the speakers stage only attributes
    add_quote_pronouns(w)
    inside = [m for m in w.mentions if m.kind == "pronoun"]
    assert [(w.text[m.start : m.end], m.character) for m in inside] == [("I", "c1"), ("your", "c2")]
    assert [m.start for m in w.mentions] == sorted(m.start for m in w.mentions)


def test_alternation_holds_over_a_very_long_exchange():
    # speed and linearity are measured in bench/speed.py; here: no drift over 8,000 lines
    line = '"Again," Mara said.\n\n"Again," Tobin said.\n\n"Once more."\n\n"Once more."'
    w = build("\n\n".join([line] * 2000), [MARA, TOBIN], run=False)
    attribute_speakers(w)
    assert speakers(w)[-4:] == ["c1", "c2", "c1", "c2"]


# --- patterns found on novels ---


def test_paragraph_ending_in_a_tag_introduces_the_next_line():
    text = 'Tobin stamped the snow off his boots, looked at Mara, and said:\n\n"We leave at first light."'
    w = build(text, [MARA, TOBIN])
    assert speakers(w) == ["c2"]
    assert w.quotes[0].evidence == "explicit"


def test_possessed_noun_is_not_its_possessor():
    # `said her brother`: the brother speaks, not Mara; with no brother known, the
    # conversation decides, and Mara is the one spoken to
    text = '"Where were you?" Mara asked.\n\n"Out," said Tobin.\n\n"Out where?"\n\n"Nowhere," said her brother.'
    w = build(text, [MARA, TOBIN])
    assert w.quotes[3].speaker != "c1"
    assert speakers(w)[:3] == ["c1", "c2", "c1"]


def test_voice_of_the_possessor_is_the_possessor():
    text = 'Mara sat by the fire.\n\n"I know," her voice was barely a whisper.'
    w = build(text, [MARA, TOBIN], pronouns={0: "c1"})
    assert speakers(w) == ["c1"]


def test_tag_subject_nearest_the_verb():
    text = 'Mara stirred the pot and Tobin leaned over it and said, "Too much salt."'
    w = build(text, [MARA, TOBIN])
    assert speakers(w) == ["c2"]


def test_untagged_line_before_a_tag_follows_its_alternation():
    text = (
        '"Morning," Mara said.\n\n'
        '"Morning," said Tobin.\n\n'
        '"Someone took the last apple."\n\n'
        '"Wasn\'t me."\n\n'
        '"It was you, Iris."\n\n'
        '"It was not," Iris said.'
    )
    w = build(text, [MARA, TOBIN, IRIS])
    # Tobin denies, so the accusation is Mara's (no one speaks two paragraphs running);
    # Iris, whom it names, answers it
    assert speakers(w)[4:] == ["c1", "c3"]
    assert w.quotes[4].addressees == ["c3"]


def test_addressee_across_a_short_narration_is_the_previous_speaker():
    text = (
        '"You cheated," Tobin said.\n\n'
        'Mara set her cards down very slowly, and Iris stopped shuffling.\n\n'
        '"Say that again," Mara said.'
    )
    w = build(text, [MARA, TOBIN, IRIS])
    assert speakers(w) == ["c2", "c1"]
    assert w.quotes[1].addressees == ["c2"]


def test_named_subject_anywhere_in_an_untagged_paragraph_speaks():
    text = (
        '"Are you coming?" Mara asked Tobin.\n\n'
        '"In a minute," said Tobin.\n\n'
        '"Suit yourself." The rain had not stopped. Iris pulled the shutter closed. It banged against the frame.'
    )
    w = build(text, [MARA, TOBIN, IRIS])
    # alternation alone would give Mara; the narration of the line's own paragraph names Iris
    assert speakers(w) == ["c1", "c2", "c3"]


def test_pronoun_answer_to_a_line_said_across_narration():
    text = (
        '"Ready?" Mara asked.\n\n'
        '"Nearly," Iris said.\n\n'
        "When she had gone, Iris stood at the window for a long time.\n\n"
        '"You are thinking about the letter," I said.\n\n'
        '"I am thinking," she said, "that it was not meant for me."'
    )
    # narration pronouns: 0 = "she" (had gone), 2 = "she" (the tag), both Mara to the stage
    w = build(text, [MARA, TOBIN, IRIS], pronouns={0: "c1", 2: "c1"}, narrator="c2")
    # the narrator spoke to Iris, who stayed; the next "she" answers, not Mara, who left
    assert speakers(w) == ["c1", "c3", "c2", "c3", "c3"]
    assert w.quotes[2].addressees == ["c3"]


def _outburst() -> str:
    return (
        '"You cheated," Tobin said.\n\n'
        "Mara was on her feet before I could stop her. Her chair went over.\n\n"
        '"Say that again," Mara said, "and I swear—"\n\n'
        '"You\'ll what, Mara?"'
    )


def test_line_said_across_narration_is_answered_by_the_earlier_speaker():
    # narration pronouns: 1 = "I", the narrator Iris
    w = build(_outburst(), [MARA, TOBIN, IRIS], pronouns={1: "c3"}, narrator="c3")
    assert w.quotes[1].addressees == ["c2"]
    assert speakers(w) == ["c2", "c1", "c1", "c2"]


def test_earlier_speaker_does_not_carry_over_a_chapter_start():
    from ficlens.model import Chapter

    text = _outburst()
    cut = text.index("Mara was")
    w = build(text, [MARA, TOBIN, IRIS], pronouns={1: "c3"}, narrator="c3", run=False)
    w.chapters = [Chapter(1, None, 0, cut), Chapter(2, None, cut, len(text))]
    attribute_speakers(w)
    assert w.quotes[1].addressees != ["c2"]
    assert speakers(w)[3] != "c2"


def test_narration_opening_on_another_character_names_who_hears_the_next_line():
    text = (
        '"For luck," Mara said, and was gone down the corridor.\n\n'
        "Tobin stood there with one hand on his cheek. Iris waited a full five seconds.\n\n"
        '"You have mud on the other one," Iris said.\n\n'
        '"Don\'t."'
    )
    w = build(text, [MARA, TOBIN, IRIS])
    assert w.quotes[1].addressees == ["c2"]
    assert speakers(w) == ["c1", "c3", "c2"]


def test_reported_answer_paragraph_is_a_turn_of_its_subject():
    text = (
        '"Did you lock the gate?" Mara asked.\n\n'
        "Tobin answered that he had.\n\n"
        '"Both bolts?"\n\n'
        "Tobin made no answer.\n\n"
        '"You never listen."\n\n'
        '"I heard you the first time," Tobin said.'
    )
    w = build(text, [MARA, TOBIN])
    # the narration is Tobin's turn, so the untagged lines after it are Mara's
    assert speakers(w) == ["c1", "c1", "c1", "c2"]


def test_untagged_run_follows_the_vocatives_on_both_sides_of_a_double_turn():
    lines = [
        '"We should go back," Mara said.',
        '"Not yet."',
        '"The light is going."',
        '"And the tide is turning, and the boat is small."',
        '"Ten more minutes, Mara."',
        '"You said that an hour ago."',
        '"Then I was wrong an hour ago."',
        '"You are wrong now as well, Tobin."',
    ]
    w = build("\n\n".join(lines), [MARA, TOBIN])
    # one speaker held two paragraphs somewhere before line 4: the names the later
    # lines are said to fix who says them, not the alternation counted from line 0
    assert speakers(w)[4:] == ["c2", "c1", "c2", "c1"]
    assert speakers(w)[0] == "c1"


def test_the_rest_of_a_paragraph_is_said_to_the_same_listener_who_then_answers():
    text = 'Iris watched Tobin come in out of the rain.\n\n"Mara," Tobin said. "The boat is gone."\n\n"Gone where?"'
    w = build(text, [MARA, TOBIN, IRIS])
    # not Iris, whom the narration named last: the paragraph's second line still goes to Mara
    assert [q.addressees for q in w.quotes[:2]] == [["c1"], ["c1"]]
    assert w.quotes[2].speaker == "c1"


def test_a_first_person_narrator_hears_a_line_said_to_nobody_else():
    text = 'The rain had stopped by noon.\n\n"Keep the map dry," Tobin said.'
    w = build(text, [MARA, TOBIN], narrator="c1")
    assert w.quotes[0].addressees == ["c1"]


def test_a_tag_pronoun_object_does_not_add_a_second_listener_to_a_named_one():
    text = 'Tobin and Iris came in from the yard.\n\n"You are late, Tobin," Mara told him.'
    # narration pronouns: 0 = "him" (the tag object), which the characters stage took for Iris
    w = build(text, [MARA, TOBIN, IRIS], pronouns={0: "c3"})
    assert w.quotes[0].speaker == "c1"
    assert w.quotes[0].addressees == ["c2"]


def test_a_paragraph_with_two_named_speakers_passes_the_turn_on_from_the_last():
    text = (
        '"Take the window seat," Mara said.\n\n'
        '"No, you take it," Tobin said. "You must have it," said Mara, already sitting down.\n\n'
        '"Then I will stand."\n\n'
        '"Suit yourself."\n\n'
        '"I always do," Tobin said.'
    )
    w = build(text, [MARA, TOBIN])
    # Mara spoke last in the second paragraph, so the untagged lines after it go Tobin, Mara
    assert speakers(w)[3:5] == ["c2", "c1"]


def test_the_one_a_tag_says_the_line_to_answers_it():
    text = (
        '"The rope is short," Tobin said.\n\n'
        '"Then tie the two together," Mara told Iris.\n\n'
        '"With which knot?"\n\n'
        '"The one I showed you," Mara said.'
    )
    w = build(text, [MARA, TOBIN, IRIS])
    # told Iris: Iris answers, even though Tobin would restore a two-person alternation
    assert speakers(w) == ["c2", "c1", "c3", "c1"]


def test_a_bare_name_answering_a_question_is_not_said_to_that_name():
    text = (
        'Mara and Iris sat by the window.\n\n"Who was at the door?" Mara asked.\n\n'
        '"Tobin."\n\n"What did he want?"'
    )
    w = build(text, [MARA, TOBIN, IRIS])
    assert speakers(w) == ["c1", "c3", "c1"]
    assert w.quotes[1].addressees != ["c2"]


def test_mid_conversation_a_pronoun_tag_is_not_someone_only_talked_about():
    text = (
        'Mara found Tobin at the harbour.\n\n"Where did the Captain go?" Mara asked.\n\n'
        '"Ashore at dawn," Tobin said. "Vell never waits for anyone."\n\n'
        '"Then we wait for him," she said.\n\n"He will not like that," he said.'
    )
    # narration pronouns: 0 = "she" (Mara); 1 = "he" (the tag), which salience in the
    # quotes gave to the Captain
    w = build(text, [MARA, TOBIN, CAPTAIN], pronouns={0: "c1", 1: "c4"})
    assert w.quotes[-1].speaker == "c2"
