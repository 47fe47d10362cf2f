"""Named queries answer the question their name asks, on works whose answers are known."""

from __future__ import annotations

import pytest

from ficlens.corpus import open_store
from ficlens.corpus.queries import parse_pairing, quotes_by, same_pairing, tag_agreement, talk, top_characters, top_pairings


@pytest.fixture
def con(corpus_db):
    with open_store(corpus_db, read_only=True) as store:
        yield store.con


def _as_dicts(result):
    columns, rows = result
    return [dict(zip(columns, r)) for r in rows]


def test_top_characters_ranks_by_the_works_they_appear_in(con):
    rows = _as_dicts(top_characters(con))
    ranked = [r["character"] for r in rows]
    # works first, then mentions (Mara and Orrin tie at 19, then by name), then the rest
    assert ranked == ["Mara Quayle", "Orrin Thorne", "Ada Fenn", "Jory Kesh"]
    by_name = {r["character"]: r for r in rows}
    assert by_name["Mara Quayle"]["works"] == 2 and by_name["Jory Kesh"]["works"] == 1
    assert by_name["Mara Quayle"]["quotes"] == 3  # 2 in Harbour, 1 in Lantern
    assert len(top_characters(con, limit=2)[1]) == 2


def test_top_pairings_counts_works_per_inferred_tag(con):
    rows = _as_dicts(top_pairings(con))
    assert {(r["tag"], r["works"]) for r in rows} == {("Mara Quayle/Orrin Thorne", 1), ("Orrin Thorne/Mara Quayle", 1)}


def test_talk_finds_works_where_the_two_address_each_other_most_first(con):
    rows = _as_dicts(talk(con, "mara", "Orrin Thorne"))  # an alias and a full name, any case
    assert [r["title"] for r in rows] == ["Harbour", "Lantern"]
    harbour = rows[0]
    assert (harbour["a"], harbour["b"], harbour["a_to_b"], harbour["b_to_a"]) == ("Mara Quayle", "Orrin Thorne", 2, 1)
    assert talk(con, "Mara", "Jory") == (talk(con, "Mara", "Jory")[0], [])  # never in one work


def test_quotes_by_lists_what_a_character_says_and_to_whom(con):
    rows = _as_dicts(quotes_by(con, "Orrin"))
    assert [(r["title"], r["text"], r["to"]) for r in rows] == [
        ("Harbour", '"I said I would."', "Mara Quayle"),
        ("Lantern", '"Hold the light."', "Mara Quayle"),
    ]


def test_tag_agreement_compares_author_and_inferred_pairings_per_work(con):
    rows = {r["title"]: r for r in _as_dicts(tag_agreement(con))}
    # Harbour: the author's romantic pairing is found (disambiguator ignored), the platonic one is not
    assert (rows["Harbour"]["agreed"], rows["Harbour"]["recall"], rows["Harbour"]["precision"]) == (1, 0.5, 1.0)
    # Lantern: the author tags a pairing the text does not show
    assert (rows["Lantern"]["agreed"], rows["Lantern"]["recall"], rows["Lantern"]["precision"]) == (0, 0.0, 0.0)
    # ... and tags two characters, of whom the text has one
    assert rows["Lantern"]["characters_found"] == 0.5
    # Salt: nothing tagged, nothing inferred: nothing to score
    assert (rows["Salt"]["recall"], rows["Salt"]["precision"], rows["Salt"]["characters_found"]) == (None, None, None)


def test_pairing_names_match_by_words_and_kind():
    assert parse_pairing("Lexa (The 100)/Clarke Griffin") == ("romantic", ("clarke griffin", "lexa"))
    assert parse_pairing("Fluff") is None
    assert same_pairing(parse_pairing("Clarke/Lexa"), parse_pairing("Clarke Griffin/Lexa"))
    assert not same_pairing(parse_pairing("Clarke & Lexa"), parse_pairing("Clarke/Lexa"))
    assert not same_pairing(parse_pairing("Clarke/Lexa"), parse_pairing("Clarke/Octavia"))
