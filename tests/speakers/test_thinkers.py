"""Quoted thoughts: kind `thought`, with the thinker of their tag as speaker."""

from __future__ import annotations

from attribution import speaker_at

from ficlens.model import Work
from ficlens.pipeline import analyze
from ficlens.speakers import attribute_speakers
from tests.speakers.test_speakers import MARA, TOBIN, build


def _kind_at(work: Work, line: str) -> str:
    at = work.text.index(line)
    return next(q.kind for q in work.quotes if q.start <= at < q.end)


def test_a_named_thinker_after_the_thought():
    w = analyze('Corin Vale crossed the yard with the lamp.\n\n"How odd," thought Corin, and set the lamp down.\n')
    assert _kind_at(w, "How odd") == "thought"
    assert speaker_at(w, "How odd") == "Corin Vale"


def test_a_pronoun_thinker_and_the_part_after_its_tag():
    text = (
        'Odile Marsh waited by the kiln while Tomas swept.\n\n'
        'Odile turned the cup over. "Cracked," she thought. "Cracked again, and the fair is Friday."\n'
    )
    w = analyze(text)
    assert [_kind_at(w, "Cracked,"), _kind_at(w, "Cracked again")] == ["thought", "thought"]
    assert speaker_at(w, "Cracked,") == speaker_at(w, "Cracked again") == "Odile Marsh"


def test_a_thought_is_no_turn_of_the_talk_around_it():
    text = (
        '"Is the ferry running?" asked Tomas Reed.\n\n'
        '"Not today," said Odile Marsh.\n\n'
        '"Liar," Tomas thought. "She ran it this morning."\n\n'
        '"Then I will wait."\n'
    )
    w = analyze(text)
    assert speaker_at(w, "She ran it") == "Tomas Reed"
    assert _kind_at(w, "She ran it") == "thought"
    # the untagged reply answers Odile: the thought between was no line of hers or his
    assert speaker_at(w, "Then I will wait") == "Tomas Reed"


def test_i_told_myself_is_the_narrators_thought():
    text = 'Mara waved from the shore.\n\n"You are fine," I told myself, and climbed on.'
    w = build(text, [MARA, TOBIN], narrator="c2", run=False)
    w.quotes[0].kind = "non_speech"  # as the quotes stage reads a thought tag
    attribute_speakers(w)
    assert (w.quotes[0].kind, w.quotes[0].speaker) == ("thought", "c2")
