"""A ship the notes name in fandom shorthand, a blend of two names ("martobias") or
"A x B", is romance evidence for the two, as a slash ship is; a note word that only
happens to split into two names is not."""

from story_builder import build

from ficlens.model import Segment
from ficlens.relations.evidence import collect_evidence
from ficlens.relations.ships import coined_ships, note_bonds

CAST = {
    "c1": ("Maren Holt", "she", ["Maren"]),
    "c2": ("Tobias Reyne", "he", ["Tobias"]),
    "c3": ("Y/N", "they", []),
    "c4": ("Koda", "he", []),
    "c5": ("Aretha", "she", []),
}
STORY = "Maren fixed the kettle. Tobias watched, and Koda and Aretha argued about the toast."


def _with_note(note: str, story: str = STORY, cast: dict[str, tuple] = CAST):
    text = f"{note}\n\n{story}"
    work = build(text, cast, [])
    work.segments = [Segment(0, len(note), "author_note"), Segment(len(note) + 2, len(text), "story")]
    return work


def test_a_blend_of_two_names_in_the_note_is_their_ship():
    work = _with_note("martobias slow burn, nobody kisses yet sorry")
    ev = collect_evidence(work).get(frozenset(("c1", "c2")))
    assert ev is not None and "ship tag" in ev.labels and ev.romantic >= 3.0


def test_a_blend_in_the_story_text_is_no_ship():
    # only the notes coin ship names: the same word in the prose is the prose's
    work = build("Maren said martobias twice. Tobias watched.", CAST, [])
    assert not coined_ships(work)


def test_a_word_the_story_uses_is_no_blend():
    work = _with_note("martobias, the note says", story="Maren fixed the martobias. Tobias watched.")
    assert not coined_ships(work)


def test_two_halves_of_two_names_are_no_blend():
    # "ko" of Koda and "tha" of Aretha: neither name is mostly there
    work = _with_note("thanks to kotha for the beta!!")
    assert not coined_ships(work)


def test_a_ship_written_with_an_x_names_the_two():
    work = _with_note("tobias x reader, gender neutral reader")
    assert [pair for pair, _s, _e in coined_ships(work)] == [frozenset(("c2", "c3"))]


def test_a_name_two_characters_share_goes_to_the_more_prominent():
    cast = {"c1": ("Arya", "she", []), "c2": ("Gendry", "he", []), "c3": ("Arya", "she", [])}
    work = _with_note("gendrya slow burn!!", story="Arya held the hammer. Gendry laughed.", cast=cast)
    assert [pair for pair, _s, _e in coined_ships(work)] == [frozenset(("c1", "c2"))]


def test_a_note_naming_two_and_their_bond_is_evidence_of_that_kind():
    ev = collect_evidence(_with_note("maren and tobias friendship is everything to me"))[frozenset(("c1", "c2"))]
    assert ev.platonic >= 2.0 and ev.romantic == 0
    ev = collect_evidence(_with_note("Koda and Aretha are pining across the hall"))[frozenset(("c4", "c5"))]
    assert ev.romantic >= 3.0 and "ship tag" in ev.labels


def test_a_note_denying_the_bond_is_no_evidence():
    assert not note_bonds(_with_note("Koda and Aretha will NEVER be friends dont ask"))
