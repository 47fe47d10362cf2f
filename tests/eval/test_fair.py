"""The fair scorer: one gold character per predicted character, quotations made of
parts, thoughts, and the cast block, on tiny original passages."""

from __future__ import annotations

import json

import pytest

from ficlens.eval import iter_gold, score_work
from ficlens.eval.gold import GoldCharacter, GoldQuote, GoldWork
from ficlens.eval.quotations import quotation_speaker, quotations
from ficlens.model import Character, Quote, Work

# Two people and a merged prediction of them.
TEXT = '"Tea?" asked Nell. "Coffee," said Ansel. "Milk?" Nell asked. "Black."'
NELL = GoldCharacter("nell", ["Nell", "Nell Ashby"], "she")
ANSEL = GoldCharacter("ansel", ["Ansel"], "he")


def _span(text: str, piece: str) -> tuple[int, int]:
    s = text.index(piece)
    return s, s + len(piece)


def _quotes(text: str, pieces_speakers) -> list[GoldQuote]:
    return [GoldQuote(*_span(text, p), speaker=s) for p, s in pieces_speakers]


def test_a_merged_character_earns_credit_once():
    gold = GoldWork("w", TEXT, _quotes(TEXT, [('"Tea?"', "nell"), ('"Coffee,"', "ansel"), ('"Milk?"', "nell"), ('"Black."', "ansel")]), [NELL, ANSEL])
    merged = [Character("c1", "Nell", aliases=["Ansel"])]
    work = Work(text=TEXT, quotes=[Quote(q.start, q.end, speaker="c1") for q in gold.quotes], characters=merged)
    c = score_work(gold, work).counts
    assert c.speaker_accuracy_lenient == 1.0  # the old rule: right for both people
    assert c.speaker_accuracy == 0.5  # it stands for one of them only
    # a tie on shared names goes to the gold character most of its quotes belong to
    work.quotes[1] = Quote(work.quotes[1].start, work.quotes[1].end, speaker=None)
    assert score_work(gold, work).stands_for == {"c1": "nell"}
    assert (c.gold_speakers, c.speakers_found, c.speakers_merged, c.merged_predicted) == (2, 1, 2, 1)


def test_the_gold_character_sharing_most_names_wins_over_quote_votes():
    gold = GoldWork("w", TEXT, _quotes(TEXT, [('"Tea?"', "ansel"), ('"Coffee,"', "ansel")]), [NELL, ANSEL])
    pred = [Character("c1", "Nell Ashby", aliases=["Nell", "Ansel"])]
    work = Work(text=TEXT, quotes=[Quote(q.start, q.end, speaker="c1") for q in gold.quotes], characters=pred)
    ws = score_work(gold, work)
    assert ws.stands_for == {"c1": "nell"}
    assert ws.counts.speaker_correct == 0 and ws.counts.speaker_correct_lenient == 2


def test_a_split_speaker_is_counted_and_both_halves_score():
    gold = GoldWork("w", TEXT, _quotes(TEXT, [('"Tea?"', "nell"), ('"Milk?"', "nell")]), [NELL, ANSEL])
    pred = [Character("c1", "Nell"), Character("c2", "Nell Ashby")]
    work = Work(text=TEXT, quotes=[Quote(*_span(TEXT, '"Tea?"'), speaker="c1"), Quote(*_span(TEXT, '"Milk?"'), speaker="c2")], characters=pred)
    c = score_work(gold, work).counts
    assert c.speaker_accuracy == 1.0
    assert (c.gold_speakers, c.speakers_found, c.speakers_split, c.speakers_merged) == (1, 1, 1, 0)
    assert c.alias_precision == 1.0 and c.alias_recall == 1.0


INTERRUPTED = '"I have," said Orla, "no idea." Bram frowned.\n\n"None," he said. "Truly?" said Orla.'


def test_litbank_style_parts_group_into_one_quotation():
    gold = GoldWork(
        "w", INTERRUPTED,
        _quotes(INTERRUPTED, [('"I have,"', "orla"), ('"no idea."', "orla"), ('"None,"', "bram"), ('"Truly?"', "orla")]),
        [GoldCharacter("orla", ["Orla"]), GoldCharacter("bram", ["Bram"])],
    )
    # the paragraph break and the other speaker keep the rest apart
    assert quotations(gold) == [[0, 1], [2], [3]]
    pred = [Character("c1", "Orla"), Character("c2", "Bram")]
    speakers = ["c1", "c2", "c2", "c2"]  # the second part of Orla's quotation is wrong
    work = Work(text=INTERRUPTED, quotes=[Quote(q.start, q.end, speaker=s) for q, s in zip(gold.quotes, speakers)], characters=pred)
    c = score_work(gold, work).counts
    assert (c.speech, c.speaker_correct) == (4, 2)
    # a tie between the parts goes to the earliest: Orla's quotation is right, "Truly?" is not
    assert (c.quotations, c.quotations_matched, c.quotation_correct) == (3, 3, 2)


def test_quotation_speaker_is_the_majority_then_the_earliest():
    assert quotation_speaker(["a", "b", "b"]) == "b"
    assert quotation_speaker(["a", "b"]) == "a"
    assert quotation_speaker([]) is None


def test_stated_parts_survive_reordering_in_the_file(tmp_path):
    text = '"Go," she said, "now." "No."'
    a, b, c = _span(text, '"Go,"'), _span(text, '"now."'), _span(text, '"No."')
    quotes = [  # file order is not text order; part_of is an index into the file's list
        {"start": c[0], "end": c[1], "speaker": "x", "type": "implicit"},
        {"start": a[0], "end": a[1], "speaker": "y", "type": "anaphoric"},
        {"start": b[0], "end": b[1], "speaker": "y", "type": "anaphoric", "part_of": 1},
    ]
    path = tmp_path / "p.gold.json"
    path.write_text(json.dumps({"id": "p", "text": text, "quotes": quotes, "characters": []}), encoding="utf-8")
    (gold,) = iter_gold(path)
    assert [q.part_of for q in gold.quotes] == [None, 0, None]
    assert quotations(gold) == [[0, 1], [2]]


THOUGHT = '"Lost again," Wren said. Typical, she thought. "Left?"'


def _thought_gold() -> GoldWork:
    q = [
        GoldQuote(*_span(THOUGHT, '"Lost again,"'), speaker="wren", type="explicit"),
        GoldQuote(*_span(THOUGHT, "Typical,"), speaker="wren", type="thought"),
        GoldQuote(*_span(THOUGHT, '"Left?"'), speaker="wren", type="implicit"),
    ]
    return GoldWork("w", THOUGHT, q, [GoldCharacter("wren", ["Wren"], "she")])


@pytest.mark.parametrize(("speaker", "right"), [(None, 0), ("c1", 1)])
def test_a_thought_reported_as_non_speech_is_detected_and_scored_apart(speaker, right):
    gold = _thought_gold()
    kinds = ["speech", "non_speech", "speech"]
    work = Work(
        text=THOUGHT,
        quotes=[Quote(q.start, q.end, speaker=speaker if k == "non_speech" else "c1", kind=k) for q, k in zip(gold.quotes, kinds)],
        characters=[Character("c1", "Wren")],
    )
    c = score_work(gold, work).counts
    assert c.recall == 1.0 and c.precision == 1.0  # not a detection miss
    assert (c.speech, c.speaker_correct) == (2, 2)  # the thought stays out of the speech figure
    assert (c.thoughts, c.thoughts_matched, c.thoughts_with_thinker, c.thought_correct) == (1, 1, 1, right)


def test_b3_rewards_linking_and_punishes_merging():
    from ficlens.eval.coref import b3
    from ficlens.model import Mention

    text = "Nell met Ansel. Nell smiled at him and Ansel nodded."
    spans = [_span(text, "Nell"), (text.index("Nell", 5), text.index("Nell", 5) + 4), _span(text, "Ansel"), _span(text, "him"), (text.rindex("Ansel"), text.rindex("Ansel") + 5)]
    chains = [[(*spans[0], "PROP"), (*spans[1], "PROP")], [(*spans[2], "PROP"), (*spans[3], "PRON"), (*spans[4], "PROP")]]
    right = [Mention(*spans[i], "c1" if i < 2 else "c2", "name") for i in range(5)]
    score = b3(chains, Work(text=text, mentions=right))
    assert score.precision == 1.0 and score.recall == 1.0
    merged = [Mention(s, e, "c1", "name") for s, e in spans]
    score = b3(chains, Work(text=text, mentions=merged))
    assert score.recall == 1.0 and score.precision == pytest.approx((2 * 2 / 5 + 3 * 3 / 5) / 5)
    # the pronoun never linked: a singleton of its own, which costs recall only
    score = b3(chains, Work(text=text, mentions=[m for i, m in enumerate(right) if i != 3]))
    assert score.precision == 1.0 and score.recall == pytest.approx((2 + 2 * 2 / 3 + 1 / 3) / 5)
    assert b3(chains, Work(text=text, mentions=right), frozenset({"PROP"})).mentions == 4
