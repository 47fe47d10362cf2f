"""A tag cut off after "one of" (`said one of.`) names nobody, and must not stop the analysis."""

from ficlens.pipeline import analyze


def test_a_tag_ending_in_one_of_is_no_description():
    work = analyze('"Wait," said one of.\n\nThe end.\n')
    assert [q.speaker for q in work.quotes if q.kind == "speech"] == [None]
    assert not any(c.name.lower().startswith("one of") for c in work.characters)
