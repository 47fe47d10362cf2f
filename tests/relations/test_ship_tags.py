"""A ship the author's note names as AO3 tags it ("Vasquez/Quill") is romance evidence
for those two characters, wherever the note sits."""

from story_builder import build

from ficlens.relations.evidence import collect_evidence, name_resolver

CAST = {
    "c1": ("Ione Vasquez", "she", ["Ione", "Vasquez"]),
    "c2": ("Dara Quill", "she", ["Dara", "Quill"]),
    "c3": ("Y/N", "they", []),
}


def test_a_ship_in_the_note_is_romance_for_the_two_it_names():
    work = build("Note: Vasquez/Quill is endgame, sorry.\n\nIone fixed the kettle. Dara watched.", CAST, [])
    ev = collect_evidence(work).get(frozenset(("c1", "c2")))
    assert ev is not None and ev.romantic >= 3.0 and "ship tag" in ev.labels


def test_a_reader_ship_resolves_to_the_reader_insert():
    work = build("Dara/Reader slow burn!\n\nDara fixed the kettle.", CAST, [])
    assert collect_evidence(work).get(frozenset(("c2", "c3"))) is not None
    assert name_resolver(work)("Reader") == "c3"


def test_a_slash_between_unknown_words_or_single_letters_is_no_ship():
    work = build("Input/Output was the class. Y/N and Ione read the AM/PM sign.", CAST, [])
    assert not any("ship tag" in ev.labels for ev in collect_evidence(work).values())


def test_a_lowercase_ship_in_the_note_names_the_two():
    work = build("a/n: ione/dara but its slow, sorry.\n\nIone fixed the kettle. Dara watched.", CAST, [])
    ev = collect_evidence(work).get(frozenset(("c1", "c2")))
    assert ev is not None and "ship tag" in ev.labels


def test_a_lowercase_slash_between_other_words_is_no_ship():
    work = build("hurt/comfort and/or fluff. Ione fixed the kettle. Dara watched.", CAST, [])
    assert not any("ship tag" in ev.labels for ev in collect_evidence(work).values())


def test_a_note_saying_two_are_together_is_their_ship():
    work = build("Ione fixed the kettle. Dara watched.\n\nyes Ione and Dara are together, no I won't explain.", CAST, [])
    ev = collect_evidence(work).get(frozenset(("c1", "c2")))
    assert ev is not None and "ship tag" in ev.labels


def test_two_together_in_a_place_are_only_company():
    work = build("Ione and Dara are together in the shed. Ione fixed the kettle.", CAST, [])
    assert not any("ship tag" in ev.labels for ev in collect_evidence(work).values())
