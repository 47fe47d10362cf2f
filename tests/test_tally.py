"""Tally keeps the Counter behaviour the scoring rules rely on, for float weights."""

from collections import Counter

from ficlens.tally import Tally


def test_missing_key_reads_zero_and_is_not_stored():
    t: Tally[str] = Tally()
    assert t["nobody"] == 0
    assert "nobody" not in t
    t["Clarke"] += 0.2
    assert t == {"Clarke": 0.2}


def test_most_common_ranks_like_counter_with_ties_in_insertion_order():
    adds = [("Bellamy", 1.5), ("Raven", 2), ("Octavia", 1.5), ("Murphy", 2), ("Bellamy", 0.5), ("Jasper", 0.75)]
    t: Tally[str] = Tally()
    c: Counter[str] = Counter()
    for k, w in adds:
        t[k] += w
        c[k] += w
    assert t.most_common() == c.most_common()
    assert t.most_common(2) == c.most_common(2) == [("Bellamy", 2.0), ("Raven", 2)]
    assert t.most_common(0) == []
