"""The line-content functions (speakers/learned/content.py), on original lines, and the
learned scorer's features built on them, on an original passage (passages.TALK)."""

from __future__ import annotations

from functools import lru_cache

from ficlens.pipeline import Options, analyze
from ficlens.speakers.learned import content as C
from ficlens.speakers.learned import features as F
from ficlens.speakers.learned.candidates import QuoteView, View, build_view
from ficlens.speakers.learned.features import History

from .passages import CAST_TALK, TALK


def _spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    return [(text.index(n), text.index(n) + len(n), n) for n in names]


def test_vocatives_are_names_at_the_edge_of_a_line_or_between_commas():
    line = '"Come here, Tobias!"'
    assert C.vocatives(line, _spans(line, "Tobias")) == {"Tobias"}
    line = '"Tobias, the kettle."'
    assert C.vocatives(line, _spans(line, "Tobias")) == {"Tobias"}
    line = '"I saw Tobias by the mill."'
    assert C.vocatives(line, _spans(line, "Tobias")) == set()
    line = '"Those are Tobias\'s boots."'
    assert C.vocatives(line, _spans(line, "Tobias")) == set()


def test_self_named_reads_i_am_and_my_name_is():
    line = '"Good evening. I\'m Mara."'
    assert C.self_named(line, _spans(line, "Mara")) == {"Mara"}
    line = '"My name is Mara Quill."'
    assert C.self_named(line, _spans(line, "Mara")) == {"Mara"}
    line = '"Ask Mara, not me."'
    assert C.self_named(line, _spans(line, "Mara")) == set()


def test_self_gender_reads_what_the_speaker_says_they_are():
    assert C.self_gender('"I\'m his sister, you know."') == "she"
    assert C.self_gender('"When I was a boy we fished here."') == "he"
    assert C.self_gender('"I am your eldest son."') == "he"
    assert C.self_gender('"I\'m not your mother."') is None
    assert C.self_gender('"Her sister came by."') is None


def test_answer_shaped_and_person_words():
    assert C.answer_shaped(C.words("Yes, of course."))
    assert C.answer_shaped(C.words("Because the tide turned."))
    assert not C.answer_shaped(C.words("The tide turned."))
    assert C.first_person(C.words("I'm late.")) and not C.first_person(C.words("You're late."))
    assert C.second_person(C.words("You're late.")) and not C.second_person(C.words("I'm late."))


def test_echoes_are_short_lines_taking_up_a_word_of_the_line_before():
    prev = C.words("The river is high tonight.")
    assert C.echoes(C.words("High?"), prev)
    assert not C.echoes(C.words("Is it?"), prev)  # only function words in common
    assert not C.echoes(C.words("The river was high last spring too, and nobody drowned then."), prev)  # not short


def test_line_shape_is_length_and_end():
    assert C.line_shape('"Go!"', C.words("Go!")) == ("short", "!")
    assert C.line_shape('"Is the tea hot at all, do you think?"', C.words("Is the tea hot at all, do you think?")) == ("mid", "?")


def test_profiles_favour_the_character_who_talks_like_the_line():
    p = C.Profiles()
    for ws in (["splendid", "tide"], ["splendid", "fish"], ["splendid"]):
        p.add("pell", ws, ("short", "!"))
    for ws in (["the", "lantern", "is", "out"], ["the", "pier", "is", "wet", "tonight"]):
        p.add("ines", ws, ("mid", "."))
    line = C.words("Splendid!")
    assert p.word_share("pell", line) == 1 and p.word_share("ines", line) == 0
    # `lantern` is all hers, `splendid` none of hers, `the` no content word
    assert p.word_share("ines", C.words("The lantern, splendid.")) == 1
    p.add("ines", ["splendid"], ("short", "."))
    assert p.word_share("pell", line) == 0.75  # three of the four uses of `splendid`
    assert p.shape_fit("pell", ("short", "!")) > 0 > p.shape_fit("ines", ("short", "!"))
    assert p.word_share("nobody", line) == 0 and p.shape_fit("nobody", ("short", "!")) == 0


def test_a_profile_line_is_left_out_of_its_own_score():
    p = C.Profiles()
    p.add("pell", ["splendid"], ("short", "!"))
    p.add("ines", ["the", "pier"], ("short", "."))
    # Pell's only line scored against Pell: with it left out there is no profile left
    assert p.word_share("pell", ["splendid"], owner="pell") == 0
    assert p.word_share("pell", ["splendid"]) == 1
    assert p.shape_fit("pell", ("short", "!"), owner="pell") == 0 < p.shape_fit("pell", ("short", "!"))


@lru_cache(maxsize=1)
def _view() -> View:
    return build_view(analyze(TALK, Options(characters=CAST_TALK)))


def line(opening: str) -> tuple[View, QuoteView]:
    v = _view()
    for qv in v.views:
        if v.work.text[qv.quote.start + 1 :].startswith(opening):
            return v, qv
    raise AssertionError(f"no quotation opens with {opening!r}")


def cid(v: View, name: str) -> str:
    return next(c.id for c in v.work.characters if c.name == name)


def test_calls_fires_for_the_character_the_line_calls():
    v, qv = line("Is that you")  # "Is that you, Corin?"
    assert F.calls(v, qv, cid(v, "Corin")) == 1 and F.calls(v, qv, cid(v, "Ines")) == 0


def test_names_self_fires_for_the_character_the_line_names_as_its_speaker():
    v, qv = line("Hello!")  # "Hello! I'm Pell. I'm his sister."
    assert F.names_self(v, qv, cid(v, "Pell")) == 1 and F.names_self(v, qv, cid(v, "Corin")) == 0


def test_self_gender_clashes_with_a_man_when_the_speaker_is_a_sister():
    v, qv = line("Hello!")
    assert F.self_gender_clashes(v, qv, cid(v, "Corin")) == 1 and F.self_gender_clashes(v, qv, cid(v, "Pell")) == 0


def test_answers_you_is_the_one_spoken_to_saying_i():
    v, qv = line("Yes. I fell in")  # after "Late? You are an hour late." said to Corin
    corin, ines = cid(v, "Corin"), cid(v, "Ines")
    assert corin in qv.prev_addressees
    assert F.answers_you(v, qv, corin) == 1 and F.answers_you(v, qv, ines) == 0


def test_own_words_reads_the_words_of_tagged_lines():
    v, qv = line("Splendid fish")  # Pell's "Splendid tide, Ines!" is tagged
    assert F.own_words(v, qv, cid(v, "Pell")) > 0 == F.own_words(v, qv, cid(v, "Corin"))


def test_shape_fit_reads_the_register_of_tagged_lines():
    v, qv = line("Splendid fish")  # short and exclaimed, like Pell's tagged line
    assert F.shape_fit(v, qv, cid(v, "Pell")) > F.shape_fit(v, qv, cid(v, "Corin"))


def test_repeats_after_question_and_repeats_answer():
    v, qv = line("Yes, it is")  # after "Is that you, Corin?" (Ines)
    ines, corin = cid(v, "Ines"), cid(v, "Corin")
    h = History().push(ines, True)
    assert F.repeats_after_question(qv, ines, h) == 1 and F.repeats_after_question(qv, corin, h) == 0
    assert F.repeats_answer(qv, ines, h) == 1 and F.repeats_answer(qv, corin, h) == 0
    v, qv = line("Yes. I fell in")  # opens like a reply, but the line before is no question
    assert F.repeats_answer(qv, ines, h) == 0 and F.repeats_after_question(qv, ines, h) == 0


def test_repeats_echo():
    v, qv = line("Late? You are")  # takes up Corin's "I'm late"
    ines, corin = cid(v, "Ines"), cid(v, "Corin")
    h = History().push(corin, True)
    assert qv.echo and F.repeats_echo(qv, corin, h) == 1 and F.repeats_echo(qv, ines, h) == 0
    v, qv = line("Splendid fish")  # echoes "Splendid tide, Ines!" in the same paragraph
    assert qv.echo and F.repeats_echo(qv, ines, History().push(ines, True)) == 0  # same paragraph: no `repeats`
