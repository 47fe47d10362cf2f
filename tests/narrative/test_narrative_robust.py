"""Any text, however odd, gives well-formed narrative and relations layers."""

from hypothesis import given, settings
from hypothesis import strategies as st
from story_builder import build

from ficlens.narrative import analyze_narrative
from ficlens.relations import find_relations

WORDS = (
    'Wren Tobias she he I you we they was is has had kissed walks wondered knew '
    'sister friend her him his my "Hello," "Go." ? ! , . * \n\n \n * * * love you the door'
).split(" ")
CAST = {"c1": ("Wren", "she"), "c2": ("Tobias", "he")}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=120))
def test_layers_are_well_formed_for_any_text(words):
    text = " ".join(words)
    work = build(text, CAST, [("c1", ["c2"]), ("c2", ["c1"])] * 20)
    analyze_narrative(work)
    find_relations(work)
    pov, tense = work.narrative["pov"], work.narrative["tense"]
    assert pov["person"] in (None, "first", "second", "third")
    assert pov["character"] in (None, "multiple", "c1", "c2")
    assert all(p.tense in ("past", "present", "none") for p in work.paragraphs)
    assert all(p.pov_character in (None, "c1", "c2") for p in work.paragraphs)
    assert tense["dominant"] in (None, "past", "present")
    for s in tense["shifts"]:
        assert 0 <= s["start"] < s["end"] <= len(text) and s["from"] != s["to"]
    if work.paragraphs:
        assert pov["scenes"][0]["start"] == work.paragraphs[0].start
        assert pov["scenes"][-1]["end"] == work.paragraphs[-1].end
    assert all(0.0 <= i.weight <= 1.0 and i.a != i.b for i in work.interactions)
    for r in work.relationships:
        assert len(set(r.characters)) == 2 and set(r.characters) <= {"c1", "c2"}
