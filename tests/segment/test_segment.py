"""Segmentation on tiny original fixtures: one behaviour per test."""

from __future__ import annotations

from ficlens.layers import Sentences
from ficlens.model import AUTHOR_NOTE, CHAPTER_HEADING, STORY, SUMMARY, TITLE, Segment, Work
from ficlens.segment import segment

STORY_A = (
    "The rain had not stopped for three days, and Mara was tired of it.\n\n"
    '"We should go," Jonah said. "Before the river rises."\n\n'
    "She looked at the water for a long time before she answered him.\n\n"
    '"Fine. But you carry the lantern."'
)
STORY_B = (
    "By morning the village was an island, and the bells had gone quiet.\n\n"
    '"Told you," said Jonah, and Mara threw a boot at him.'
)


def _seg(text: str) -> Work:
    return segment(Work(text=text))


def _kinds(work: Work) -> list[tuple[str, str]]:
    return [(s.kind, work.text[s.start : s.end]) for s in work.segments]


def _paras(work: Work) -> list[str]:
    return [work.text[p.start : p.end] for p in work.paragraphs]


# --- title and notes -------------------------------------------------------------------


def test_title_line_and_byline():
    work = _seg("High Water\nby rivergirl\n\n" + STORY_A)
    assert _kinds(work)[0] == (TITLE, "High Water\nby rivergirl")
    assert work.meta.title == "High Water"
    assert _paras(work)[0].startswith("The rain")


def test_a_story_opening_with_a_sentence_has_no_title():
    work = _seg(STORY_A)
    assert [k for k, _ in _kinds(work)] == [STORY]
    assert work.meta.title is None


def test_leading_author_note_block_with_disclaimer_and_review_request():
    text = (
        "A/N: So sorry for the late update, exams happened!\n\n"
        "Disclaimer: I don't own these characters, sadly.\n\n"
        "Please review, it keeps me going.\n\n" + STORY_A
    )
    work = _seg(text)
    assert _kinds(work)[0] == (AUTHOR_NOTE, text[: text.index("\n\nThe rain")])
    assert _paras(work)[0].startswith("The rain")


def test_note_block_closed_by_a_separator_line():
    text = "Author's Note: this one is for my sister.\n\nEnjoy!\n\n~~~\n\n" + STORY_A
    work = _seg(text)
    assert _kinds(work)[0] == (AUTHOR_NOTE, "Author's Note: this one is for my sister.\n\nEnjoy!")
    assert work.scene_breaks == []  # the separator ends the note; it is no scene break
    assert _paras(work)[0].startswith("The rain")


def test_a_chapter_note_without_a_label():
    text = "Chapter 5\n\nSorry for the late update! Thank you for all the reviews.\n\n" + STORY_A
    work = _seg(text)
    assert [k for k, _ in _kinds(work)] == [CHAPTER_HEADING, AUTHOR_NOTE, STORY]


def test_header_block_of_fields_is_a_note():
    text = "Title: High Water\nAuthor: rivergirl\nRating: T\n\n" + STORY_A
    work = _seg(text)
    assert _kinds(work)[0] == (AUTHOR_NOTE, "Title: High Water\nAuthor: rivergirl\nRating: T")
    work = _seg("Title: High Water\n\n" + STORY_A)
    assert _kinds(work)[0] == (TITLE, "Title: High Water")
    assert work.meta.title == "High Water"


def test_a_bare_review_plea_at_the_end():
    work = _seg(STORY_A + "\n\nReview?")
    assert _kinds(work)[-1] == (AUTHOR_NOTE, "Review?")


def test_novel_phrases_about_the_next_chapter_stay_story():
    text = STORY_A + "\n\nOf what she found there I shall tell in the next chapter, dear reader.\n\nChapter 2\n\n" + STORY_B
    work = _seg(text)
    assert AUTHOR_NOTE not in [k for k, _ in _kinds(work)]


def test_summary_block():
    work = _seg("Summary: Two friends, one flood.\n\n" + STORY_A)
    assert _kinds(work)[0] == (SUMMARY, "Summary: Two friends, one flood.")


def test_end_note_thanks_for_reading():
    text = STORY_A + "\n\n* * *\n\nThanks for reading! Follows and favorites are love. Next update Sunday."
    work = _seg(text)
    assert _kinds(work)[-1] == (AUTHOR_NOTE, "Thanks for reading! Follows and favorites are love. Next update Sunday.")
    assert work.scene_breaks == []
    assert _paras(work)[-1] == '"Fine. But you carry the lantern."'


def test_story_text_with_note_words_stays_story():
    # dialogue and ordinary prose that happen to use "review", "update", "sorry", "own"
    text = (
        STORY_A + "\n\n"
        '"I\'m sorry," Jonah said. "Thanks for reading it to me. Let me know what you think of the update."\n\n'
        "She did not own a single dry sock, and she was sorry about that too."
    )
    work = _seg(text)
    assert [k for k, _ in _kinds(work)] == [STORY]


def test_a_first_person_story_about_owning_things_is_not_a_disclaimer():
    text = "I don't own much, but I own this boat, and I love it.\n\n" + STORY_A
    work = _seg(text)
    assert [k for k, _ in _kinds(work)] == [STORY]


# --- chapters ------------------------------------------------------------------------------


def test_chapter_headings_in_many_forms():
    for heading in ("Chapter 1", "Chapter One", "Chapter 2: The Flood", "CHAPTER IV.", "Part II",
                    "Prologue", "Epilogue: After", "~ Chapter 3 ~", "7", "XII", "Ch. 5 - Bells"):
        work = _seg(STORY_A + "\n\n" + heading + "\n\n" + STORY_B)
        kinds = _kinds(work)
        assert (CHAPTER_HEADING, heading) in kinds, heading
        assert len(work.chapters) == 2, heading
        assert work.chapters[1].title == heading
        assert work.chapters[1].start == work.text.index(heading)


def test_sentences_that_start_like_headings_stay_story():
    for line in ("Part of me wanted to run.", "Book two was better than book one.",
                 "Chapter and verse, she thought, he could quote them all.", "I was there."):
        work = _seg(STORY_A + "\n\n" + line + "\n\n" + STORY_B)
        assert [k for k, _ in _kinds(work)] == [STORY], line


def test_chapters_span_heading_to_heading_and_end_at_the_last_paragraph():
    text = "Chapter 1\n\n" + STORY_A + "\n\nChapter 2\n\n" + STORY_B + "\n\nThanks for reading! Please review."
    work = _seg(text)
    c1, c2 = work.chapters
    assert (c1.start, c1.end) == (0, text.index("Chapter 2"))
    assert c2.start == text.index("Chapter 2")
    assert c2.end == text.index("\n\nThanks")
    assert [(k, t) for k, t in _kinds(work) if k != STORY] == [
        (CHAPTER_HEADING, "Chapter 1"), (CHAPTER_HEADING, "Chapter 2"),
        (AUTHOR_NOTE, "Thanks for reading! Please review."),
    ]


def test_no_heading_means_one_chapter_over_the_story():
    work = _seg("Flood Season\n\n" + STORY_A + "\n\n" + STORY_B)
    [ch] = work.chapters
    assert ch.title is None
    assert ch.start == work.paragraphs[0].start and ch.end == work.paragraphs[-1].end


def test_notes_around_a_chapter_heading():
    text = (
        STORY_A + "\n\nA/N: cliffhanger, sorry! Reviews make me write faster.\n\n"
        "Chapter 2: Bells\n\nA/N: I'm back! Thank you for all the kudos.\n\n" + STORY_B
    )
    work = _seg(text)
    assert [k for k, _ in _kinds(work)] == [STORY, AUTHOR_NOTE, CHAPTER_HEADING, AUTHOR_NOTE, STORY]


def test_heading_with_a_title_line_under_it():
    work = _seg("CHAPTER I\n\nTHE HIGH WATER\n\n" + STORY_A)
    assert _kinds(work)[0] == (CHAPTER_HEADING, "CHAPTER I\n\nTHE HIGH WATER")
    assert work.chapters[0].title == "CHAPTER I: THE HIGH WATER"


def test_heading_glued_to_its_first_line():
    work = _seg("Chapter 1\nThe rain came first.\n\n" + STORY_B)
    assert _kinds(work)[0] == (CHAPTER_HEADING, "Chapter 1")
    assert _paras(work)[0] == "The rain came first."


# --- scene breaks ---------------------------------------------------------------------------


def test_scene_break_markers():
    for marker in ("***", "* * *", "~~~", "-o-", "oOo", "xXx", "---", "___", "~*~",
                   "                 #", "Line Break", "-LB-", "~Jonah's POV~", "o0o0o",
                   # rows of letters and hearts
                   "xxx", "XXXXX", "x x x", "X X X", "x", "          x", "~x~x~", "-x-", "x-x-x",
                   "*~*~*", "+++", "###", "<3<3<3", "♥♥♥", "\u2764\ufe0f\u2764\ufe0f", "oOoOo"):
        text = STORY_A + "\n\n" + marker + "\n\n" + STORY_B
        work = _seg(text)
        assert work.scene_breaks == [text.index("By morning")], marker
        assert all(marker.strip() not in p for p in _paras(work)), marker


def test_lines_that_are_not_markers():
    # "Xxx" and "Ooo" are words, "xx" and "<3" a reply in a chat
    for line in ('"..."', "...", "Oh.", "No!", "'Em", "Xxx", "Ooo", "xx", "<3"):
        text = STORY_A + "\n\n" + line + "\n\n" + STORY_B
        work = _seg(text)
        assert work.scene_breaks == [], line
        assert line in _paras(work), line


def test_roman_numerals_stay_chapter_headings():
    for line in ("X", "XX", "XXX"):
        work = _seg(STORY_A + "\n\n" + line + "\n\n" + STORY_B)
        assert (CHAPTER_HEADING, line) in _kinds(work), line
        assert work.scene_breaks == [], line


def test_kisses_under_a_signature_are_not_a_break():
    text = "She unfolded the card.\n\nSee you at Easter,\nGran\nxxx\n\nShe read it twice more."
    work = _seg(text)
    assert work.scene_breaks == []
    assert "See you at Easter,\nGran\nxxx" in _paras(work)


def test_a_name_in_dialogue_is_not_a_break():
    text = STORY_A + '\n\n"Xxx," she called into the fog.\n\n' + STORY_B
    work = _seg(text)
    assert work.scene_breaks == []
    assert '"Xxx," she called into the fog.' in _paras(work)


def test_author_notes_between_story_paragraphs():
    for note in ("A/N: sorry for the wait!", "(A/N: yes, Jonah says \"fine\" a lot. It's a bit.)",
                 "[AN: short one today]", "**Author's Note:** thank you for the kudos!"):
        text = STORY_A + "\n\n" + note + "\n\n" + STORY_B
        work = _seg(text)
        assert _kinds(work) == [(STORY, STORY_A), (AUTHOR_NOTE, note), (STORY, STORY_B)], note
        assert all("A/N" not in p and "AN:" not in p and "Author" not in p for p in _paras(work)), note
        assert work.scene_breaks == [], note


def test_a_mid_chapter_note_runs_to_its_separator_and_keeps_the_break():
    note = "A/N: sorry for the wait!\n\nExams were awful, thanks for sticking with me.\n\nEnjoy!"
    text = STORY_A + "\n\n" + note + "\n\n***\n\n" + STORY_B
    work = _seg(text)
    assert _kinds(work) == [(STORY, STORY_A), (AUTHOR_NOTE, note), (STORY, STORY_B)]
    assert work.scene_breaks == [text.index("By morning")]


def test_a_mid_chapter_note_stops_at_story():
    text = STORY_A + "\n\nA/N: quick one!\n\nJonah was sorry he had said it.\n\n" + STORY_B
    work = _seg(text)
    assert [k for k, _ in _kinds(work)] == [STORY, AUTHOR_NOTE, STORY]
    assert "Jonah was sorry he had said it." in _paras(work)


def test_a_bracketed_note_runs_to_its_closing_bracket():
    note = "(A/N: a long one, sorry.\n\nJonah's boots are from the last fic, if you wondered.\n\nOn with it!)"
    text = STORY_A + "\n\n" + note + "\n\n" + STORY_B
    work = _seg(text)
    assert _kinds(work) == [(STORY, STORY_A), (AUTHOR_NOTE, note), (STORY, STORY_B)]


def test_story_with_two_note_words_after_a_note_stays_story():
    line = "She was sorry she had ever read the story of the flood."
    text = STORY_A + "\n\nA/N: quick one!\n\n" + line + "\n\n" + STORY_B
    work = _seg(text)
    assert line in _paras(work)


def test_story_lines_about_notes_stay_story():
    for line in ('"A/N," she read aloud from the margin.', "Author's notes crowded every margin of the book.",
                 "The A/N at the bottom of the page made her laugh.", "An hour later the notes were gone."):
        text = STORY_A + "\n\n" + line + "\n\n" + STORY_B
        work = _seg(text)
        assert [k for k, _ in _kinds(work)] == [STORY], line
        assert line in _paras(work), line


def test_two_blank_lines_make_a_break_one_does_not():
    text = STORY_A + "\n\n\n\n" + STORY_B
    work = _seg(text)
    assert work.scene_breaks == [text.index("By morning")]
    assert len(work.paragraphs) == 6


def test_a_double_spaced_text_breaks_only_on_wider_gaps():
    paras = STORY_A.split("\n\n") + STORY_B.split("\n\n")
    text = "\n\n\n".join(paras[:4]) + "\n\n\n\n\n" + "\n\n\n".join(paras[4:])
    work = _seg(text)
    assert work.scene_breaks == [text.index("By morning")]


# --- paragraphs ------------------------------------------------------------------------------


def test_one_paragraph_per_line_when_the_text_uses_single_newlines():
    text = STORY_A.replace("\n\n", "\n") + "\n\n" + STORY_B.replace("\n\n", "\n")
    work = _seg(text)
    assert _paras(work) == STORY_A.split("\n\n") + STORY_B.split("\n\n")
    assert work.scene_breaks == [text.index("By morning")]  # a blank line is a break here


def test_hard_wrapped_lines_join_into_paragraphs():
    text = (
        "The rain had not stopped for three days, and Mara\nwas tired of it, tired of the\n"
        "mud and the smell and the\nendless dripping of the eaves.\n\n"
        "Jonah said nothing at all about\nthe weather, which was wise of\nhim, and he kept\nthe fire going.\n\n"
        "By morning the village\nwas an island."
    )
    work = _seg(text)
    assert len(work.paragraphs) == 3


def test_indented_lines_open_paragraphs_in_a_hard_wrapped_text():
    text = (
        "    The rain had not stopped for three days, and Mara\nwas tired of it, tired of the\n"
        "mud and the smell.\n    Jonah said nothing at all about\nthe weather, which was wise.\n"
        "\tBy morning the village\nwas an island."
    )
    work = _seg(text)
    assert [p.split()[0] for p in _paras(work)] == ["The", "Jonah", "By"]


def test_paragraphs_exclude_surrounding_whitespace_and_cover_the_story():
    work = _seg("  " + STORY_A + "  \n")
    assert _paras(work) == STORY_A.split("\n\n")
    assert work.meta.words == len(STORY_A.split())


# --- segments given by a reader ---------------------------------------------------------------


def test_reader_segments_are_kept_and_split_into_paragraphs():
    note = "Notes: thanks to my beta!"
    text = "Chapter 1: Rain\n\n" + note + "\n\n" + STORY_A + "\n\n* * *\n\n" + STORY_B
    h_end = len("Chapter 1: Rain")
    n_start = text.index(note)
    s_start = text.index("The rain")
    given = [
        Segment(0, h_end, CHAPTER_HEADING),
        Segment(n_start, n_start + len(note), AUTHOR_NOTE),
        Segment(s_start, len(text), STORY),
    ]
    work = Work(text=text, segments=[Segment(s.start, s.end, s.kind) for s in given])
    segment(work)
    assert [(s.start, s.end, s.kind) for s in work.segments] == [(s.start, s.end, s.kind) for s in given]
    assert work.scene_breaks == [text.index("By morning")]
    assert _paras(work) == STORY_A.split("\n\n") + STORY_B.split("\n\n")
    assert [(c.index, c.title, c.start) for c in work.chapters] == [(1, "Chapter 1: Rain", 0)]


def test_reader_single_newlines_stay_inside_a_paragraph():
    text = "Roses are red,\nthe river is high.\n\nShe laughed."
    work = Work(text=text, segments=[Segment(0, len(text), STORY)])
    segment(work)
    assert _paras(work) == ["Roses are red,\nthe river is high.", "She laughed."]


# --- sentences ---------------------------------------------------------------------------------


def _sents(text: str) -> list[str]:
    work = _seg(text)
    return [text[a:b] for a, b in work.layers.get(Sentences).spans]


def test_sentences_respect_abbreviations_and_initials():
    assert _sents("Mr. and Mrs. Carver met Dr. Lee at St. Jude's. J. K. Smith was late. It rained.") == [
        "Mr. and Mrs. Carver met Dr. Lee at St. Jude's.",
        "J. K. Smith was late.",
        "It rained.",
    ]


def test_sentences_keep_closing_quotes_and_tags():
    assert _sents('"Why?" she asked. "Because I said so." He left! Then nothing…  The end?') == [
        '"Why?" she asked.',
        '"Because I said so."',
        "He left!",
        "Then nothing…",
        "The end?",
    ]


def test_in_a_work_written_in_lower_case_a_sentence_may_open_small():
    text = (
        "the tap dripped all night. nobody fixed it.\n\n"
        '"why?" ivo asked. "it\'s only a washer."\n\n'
        "pell shrugged. she had a book.\n\n"
        "the tap went on dripping."
    )
    work = _seg(text)
    assert work.layers.get(Sentences).lowercase
    assert _sents(text)[:4] == [
        "the tap dripped all night.",
        "nobody fixed it.",
        '"why?" ivo asked.',  # a closing quote before the small letter: still one
        '"it\'s only a washer."',
    ]
    assert "pell shrugged." in _sents(text)
    # in ordinary text a small letter after a stop opens no sentence ("e.g. the tap")
    plain = "The tap dripped. it was late.\n\nPell read.\n\nIvo slept."
    assert not _seg(plain).layers.get(Sentences).lowercase
    assert _sents(plain)[0] == "The tap dripped. it was late."


def test_sentences_never_cross_paragraphs_and_are_sorted():
    work = _seg(STORY_A + "\n\n" + STORY_B)
    spans = work.layers.get(Sentences).spans
    assert list(spans) == sorted(spans)
    for a, b in spans:
        assert any(p.start <= a and b <= p.end for p in work.paragraphs)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))


def test_a_messy_fanfiction_download():
    text = (
        "Stars Over Polis\nChapter 1: Sky\n\n"
        "Disclaimer: The 100 belongs to its writers and the network, not me!\n\n"
        "A/N: This is my first fic so be nice lol. Set after the summit because I said so.\n\n"
        "xXxXxXx\n\n"
        "Clarke hated the cold.\n\n"
        '"You should go inside," Lexa said.\n\n'
        "*~*~*\n\n"
        "The next morning, the snow was gone.\n\n"
        "(A/N: Sorry this chapter is so short! Next one will be longer, promise. Please R&R!)\n\n"
        "Chapter 2: Stone\n\n"
        "Thank you so much to everyone who reviewed! You guys are amazing.\n\n"
        "Lexa woke before dawn.\n\n"
        "TBC...\n\nReview!"
    )
    work = _seg(text)
    assert [k for k, _ in _kinds(work)] == [
        TITLE, CHAPTER_HEADING, AUTHOR_NOTE, STORY, AUTHOR_NOTE, CHAPTER_HEADING, AUTHOR_NOTE, STORY, AUTHOR_NOTE,
    ]
    assert _paras(work) == [
        "Clarke hated the cold.", '"You should go inside," Lexa said.',
        "The next morning, the snow was gone.", "Lexa woke before dawn.",
    ]
    assert work.scene_breaks == [text.index("The next morning")]
    assert [c.title for c in work.chapters] == ["Chapter 1: Sky", "Chapter 2: Stone"]
    assert work.meta.title == "Stars Over Polis"


def test_a_mid_chapter_note_gives_no_quotes_or_characters():
    from ficlens import analyze

    note = '(A/N: so sorry for the wait! Felix says "hi" to everyone who reviewed. Thanks, Felix!)'
    text = STORY_A + "\n\n" + note + "\n\n***\n\n" + STORY_B
    work = analyze(Work(text=text))
    start = text.index(note)
    assert not [q for q in work.quotes if start <= q.start < start + len(note)]
    assert "Felix" not in {c.name for c in work.characters}
    assert {c.name for c in work.characters} >= {"Mara", "Jonah"}
