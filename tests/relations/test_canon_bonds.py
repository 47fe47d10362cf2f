"""A fandom pack's canon family bond as tag evidence (original passages)."""

from story_builder import build

from ficlens.narrative import analyze_narrative
from ficlens.relations import find_relations
from ficlens.relations.evidence import canon_bonds


def _run(text, speakers, cast):
    work = build(text, cast, list(speakers))
    if cast is BATS:  # as the DC pack would name them; an original story's cast has no canonical names
        for c in work.characters:
            if c.name in ("Bruce Wayne", "Tim Drake"):
                c.canonical = c.name
    analyze_narrative(work)
    return find_relations(work)


def _tags(work):
    return {r.tag: r for r in work.relationships}


# the DC pack gives Bruce Wayne and Tim Drake a canon family bond; Ada and Piet have none
BATS = {"c1": ("Bruce Wayne", "he", ["Bruce"]), "c2": ("Tim Drake", "he", ["Tim"]), "c3": ("Selma Ortiz", "she", ["Selma"])}
PLAIN = {"c1": ("Ada Brook", "she", ["Ada"]), "c2": ("Piet Moss", "he", ["Piet"]), "c3": ("Selma Ortiz", "she", ["Selma"])}

TALK = (
    "The kitchen smelled of burnt toast.\n\n"
    '"The roof leaks again," Selma said.\n\n'
    '"I know," Bruce said. "I saw the bucket."\n\n'
    '"Then fix it before the storm," Selma said.\n\n'
    '"Tomorrow," Bruce said.\n\n'
    '"You said that on Sunday," Selma said.\n\n'
    '"The bus left without me," Tim told Bruce from the doorway, and took the last apple.\n\n'
    "Rain ticked at the window while the kettle sang."
)


def test_a_canon_family_bond_between_two_who_talk_makes_a_family_tag():
    speakers = [("c3", ["c1"]), ("c1", ["c3"]), ("c3", ["c1"]), ("c1", ["c3"]), ("c3", ["c1"]), ("c2", ["c1"])]
    work = _run(TALK, speakers, cast=BATS)
    assert set(canon_bonds(work).values()) == {"family"}
    rel = _tags(work)["Tim Drake & Bruce Wayne"]  # AO3 order: by family name
    assert rel.kind == "family" and "canon family" in rel.evidence
    # the same scene between two with no canon bond: one line is no relationship
    plain = _run(TALK.replace("Bruce", "Ada").replace("Tim", "Piet"), speakers, cast=PLAIN)
    assert not any(set(r.characters) == {"c1", "c2"} for r in plain.relationships)
    # nor between an original story's Bruce Wayne and Tim Drake, whom no pack named
    original = build(TALK, BATS, list(speakers))
    assert canon_bonds(original) == {}


APART = (
    '"The roof leaks," Bruce said.\n\n'
    '"Then fix it," Selma said.\n\n'
    '"Tomorrow," Bruce said.\n\n'
    "* * *\n\n"
    "Across the city, in another year, Tim counted stars from a fire escape.\n\n"
    '"Seventeen," Tim told Selma.\n\n'
    '"Eighteen," Selma said.'
)


def test_a_canon_bond_between_two_who_never_meet_makes_no_tag():
    work = _run(APART, [("c1", ["c3"]), ("c3", ["c1"]), ("c1", ["c3"]), ("c2", ["c3"]), ("c3", ["c2"])], cast=BATS)
    assert canon_bonds(work)  # the bond is known ...
    assert not any(set(r.characters) == {"c1", "c2"} for r in work.relationships)  # ... but they never meet
