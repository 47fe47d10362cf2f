"""Quote detection on LitBank (1,765 quotations in 100 books): the issue's targets."""

from __future__ import annotations

from ficlens.eval import iter_gold, score_work
from ficlens.eval.score import Counts
from ficlens.model import Work
from ficlens.quotes import find_quotes
from ficlens.segment import segment


def test_litbank_quote_recall_and_precision(shared_data):
    gold_path = shared_data / "litbank" / "quotes.jsonl"
    total = Counts()
    for gold in iter_gold(gold_path):
        work = Work(text=gold.text)
        segment(work)
        find_quotes(work)
        total.add(score_work(gold, work).counts)
    assert total.gold == 1765
    assert total.recall >= 0.99
    assert total.precision >= 0.95
