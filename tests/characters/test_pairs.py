"""The shipped pairwise merge model (not the default: the rules beat it on SE-dev)."""

from __future__ import annotations

from ficlens.characters.pairs import FEATURES, features, merge_probability


def test_every_pair_has_one_value_per_feature():
    for a, b in (("Mr. Ashdown", "John Ashdown"), ("Nell", "Nell Garrow"), ("", "Tom")):
        assert len(features(a, b)) == len(FEATURES)


def test_a_first_name_and_its_full_name_merge_and_a_married_couple_does_not():
    assert merge_probability("Nell", "Nell Garrow") > 0.5
    assert merge_probability("Mr. Garrow", "Mrs. Garrow") < 0.5
    assert merge_probability("Nell Garrow", "Tom Garrow") < merge_probability("Nell", "Nell Garrow")
