"""The scorer's matching rules, on tiny hand-made gold and predictions."""

from __future__ import annotations

import json

import pytest

from ficlens.eval import GoldError, iter_gold, match_spans, norm_name, score, score_work
from ficlens.eval.gold import GoldCharacter, GoldQuote, GoldWork
from ficlens.model import Character, Quote, Work

TEXT = '"Run," said Mara. "Now!" Theo shrugged. "Why?" The sign read "EXIT".'


def _gold(quotes, characters=None):
    chars = characters or [
        GoldCharacter("mara", ["Mara", "Mara Quill"]),
        GoldCharacter("theo", ["Mr. Theo Vance", "Theo"]),
    ]
    return GoldWork("w", TEXT, quotes, chars)


def _work(quotes, characters=None):
    chars = characters or [
        Character("c1", "Mara Quill", aliases=["Mara"]),
        Character("c2", "Theo", aliases=["Mr Theo Vance"]),
    ]
    return Work(text=TEXT, quotes=quotes, characters=chars)


def test_norm_name_ignores_case_space_and_title_period():
    assert norm_name("Mr.  Theo   Vance") == norm_name("mr theo vance")
    assert norm_name("Mrs. Bennet") != norm_name("Mr. Bennet")
    assert norm_name("Bennet") != norm_name("Mr. Bennet")


def test_norm_name_ignores_a_leading_article():
    # one gold file lists "the narrator", another "narrator"; "The Hatter" is "Hatter"
    assert norm_name("the narrator") == norm_name("narrator")
    assert norm_name("The Hatter") == norm_name("hatter")
    assert norm_name("the") == "the"
    assert norm_name("Theo Vance") != norm_name("Vance")


def test_overlap_is_enough_to_match():
    m = match_spans([(0, 6)], [(1, 4)])
    assert m == {0: 0}
    assert match_spans([(0, 6)], [(6, 9)]) == {}  # touching is not overlapping


def test_matching_is_one_to_one_largest_overlap_first():
    # one prediction covering two gold quotes matches only the one it overlaps most
    gold = [(0, 6), (17, 24)]
    assert match_spans(gold, [(0, 24)]) == {1: 0}
    # two predictions inside one gold quote: one matches, the other is spurious
    assert match_spans([(0, 24)], [(0, 6), (17, 24)]) == {0: 1}


def test_matching_survives_overlapping_predictions():
    # a long faulty prediction must still be found for a gold quote after a short one
    assert match_spans([(30, 40)], [(0, 35), (12, 15)]) == {0: 0}
    assert match_spans([(10, 20), (30, 40)], [(0, 35), (12, 15)]) == {0: 0}


def test_precision_recall_and_end_to_end_speaker_accuracy():
    gold = _gold([GoldQuote(0, 6, "mara"), GoldQuote(17, 23, "mara"), GoldQuote(39, 45, "theo")])
    work = _work([Quote(0, 6, speaker="c1"), Quote(17, 23, speaker="c2"), Quote(50, 55, speaker="c1")])
    c = score_work(gold, work).counts
    assert (c.gold, c.predicted, c.matched) == (3, 3, 2)
    assert c.precision == pytest.approx(2 / 3) and c.recall == pytest.approx(2 / 3)
    # one right out of three gold speech quotes: the missed one counts as wrong
    assert c.speaker_accuracy == pytest.approx(1 / 3)
    assert c.speaker_accuracy_detected == pytest.approx(1 / 2)


def test_speaker_resolves_through_aliases_strictly():
    gold = _gold([GoldQuote(39, 45, "theo")])
    # the predicted alias "Mr Theo Vance" equals the gold name "Mr. Theo Vance"
    assert score_work(gold, _work([Quote(39, 45, speaker="c2")])).counts.speaker_correct == 1
    # a surname alone is not the gold name
    vance = [Character("c1", "Vance")]
    assert score_work(gold, _work([Quote(39, 45, speaker="c1")], vance)).counts.speaker_correct == 0
    # predicted ids are never compared with gold ids
    same_id = _gold([GoldQuote(39, 45, "c1")], [GoldCharacter("c1", ["Theo"])])
    other = [Character("c1", "Mara")]
    assert score_work(same_id, _work([Quote(39, 45, speaker="c1")], other)).counts.speaker_correct == 0


def test_by_type_and_non_speech():
    gold = _gold(
        [
            GoldQuote(0, 6, "mara", type="explicit"),
            GoldQuote(39, 45, "theo", type="implicit"),
            GoldQuote(62, 68, None, type="non_speech"),
        ]
    )
    work = _work(
        [Quote(0, 6, speaker="c1"), Quote(39, 45, speaker="c1"), Quote(62, 68, kind="non_speech")]
    )
    c = score_work(gold, work).counts
    assert c.speech == 2  # the sign is not speech
    assert c.speaker_accuracy == pytest.approx(1 / 2)
    assert (c.by_type["explicit"].correct, c.by_type["implicit"].correct) == (1, 0)
    assert c.by_type["non_speech"].accuracy == 1.0
    # a speaker given to the sign makes its row wrong, but the speech figures do not move
    work.quotes[2] = Quote(62, 68, speaker="c2")
    c = score_work(gold, work).counts
    assert c.by_type["non_speech"].correct == 0 and c.speech == 2
    # a speech quote predicted as non-speech has no speaker, so it is wrong
    work.quotes[0] = Quote(0, 6, speaker="c1", kind="non_speech")
    assert score_work(gold, work).counts.by_type["explicit"].correct == 0


def test_addressees_must_resolve_to_the_gold_set():
    gold = _gold([GoldQuote(0, 6, "mara", addressees=["theo"]), GoldQuote(17, 23, "mara", addressees=["theo"])])
    work = _work([Quote(0, 6, speaker="c1", addressees=["c2"]), Quote(17, 23, speaker="c1", addressees=["c1", "c2"])])
    c = score_work(gold, work).counts
    assert (c.addressee_gold, c.addressee_correct) == (2, 1)


def test_score_reads_jsonl_with_text_file_and_inline_text(tmp_path):
    story = "Mara looked up.\n\n\"Are you coming?\" Mara asked.\n"
    (tmp_path / "s.txt").write_text(story, encoding="utf-8")
    q = {"start": story.index('"'), "end": story.index('?"') + 2, "text": "", "speaker": "m"}
    chars = [{"id": "m", "names": ["Mara"]}]
    lines = [
        {"id": "a", "text_file": "s.txt", "quotes": [q], "characters": chars},
        {"id": "b", "text": story, "quotes": [q], "characters": chars},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    report = score(gold, gold_characters=True)
    assert [w.id for w in report.works] == ["a", "b"]
    assert report.total.gold == 2 and report.total.recall == 1.0
    assert report.words > 0


def test_folder_of_gold_json(tmp_path):
    for name in ("one", "two"):
        (tmp_path / f"{name}.gold.json").write_text(
            json.dumps({"id": name, "text": 'He said, "Hi."\n', "quotes": [], "characters": []}), encoding="utf-8"
        )
    assert [g.id for g in iter_gold(tmp_path)] == ["one", "two"]


@pytest.mark.parametrize(
    "content, problem",
    [
        ("{not json", "not JSON"),
        ('{"id": "x"}', "needs 'text', 'text_file' or 'source'"),
        ('{"id": "x", "text": "abc\\n", "quotes": [{"start": 2, "end": 99}]}', "outside the text"),
        ('{"id": "x", "text_file": "missing.txt"}', "cannot be read"),
    ],
)
def test_bad_gold_gives_one_line_error_naming_the_file(tmp_path, content, problem):
    gold = tmp_path / "bad.jsonl"
    gold.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError) as e:
        list(iter_gold(gold))
    assert str(gold) in str(e.value) and problem in str(e.value) and "\n" not in str(e.value)


def test_non_speech_prediction_is_not_spurious_against_speech_only_gold():
    # untyped gold (LitBank) annotates speech only
    gold = _gold([GoldQuote(0, 6, "mara")])
    work = _work([Quote(0, 6, speaker="c1"), Quote(62, 68, kind="non_speech")])
    assert score_work(gold, work).counts.precision == 1.0
    # typed gold annotates non-speech too, so there the same prediction is spurious
    typed = _gold([GoldQuote(0, 6, "mara", type="explicit")])
    assert score_work(typed, work).counts.precision == 0.5


def test_a_thought_prediction_is_not_spurious_against_speech_only_gold():
    # a quoted thought is no speech either: gold that annotates speech only leaves it out
    gold = _gold([GoldQuote(0, 6, "mara")])
    work = _work([Quote(0, 6, speaker="c1"), Quote(18, 24, speaker="c2", kind="thought")])
    assert score_work(gold, work).counts.precision == 1.0


def test_parts_of_a_multi_paragraph_quote_inside_one_gold_span_are_not_spurious():
    text = '"One.\n\n"Two.\n\n"Three," said Mara.'
    gold = GoldWork("w", text, [GoldQuote(0, text.index(" said"), "mara")], [GoldCharacter("mara", ["Mara"])])
    parts = [(0, 5), (7, 12), (14, 22)]
    work = Work(text=text, quotes=[Quote(s, e, speaker="c1") for s, e in parts], characters=[Character("c1", "Mara")])
    work.quotes[1].part_of = work.quotes[2].part_of = 0
    c = score_work(gold, work).counts
    assert (c.predicted, c.matched, c.speaker_correct) == (1, 1, 1)
    # without the chain they are three quotes against one
    work.quotes[1].part_of = work.quotes[2].part_of = None
    assert score_work(gold, work).counts.predicted == 3
