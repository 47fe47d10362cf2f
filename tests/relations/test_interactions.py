from story_builder import build

from ficlens.narrative import analyze_narrative
from ficlens.relations import find_relations

CAST = {"c1": ("Pell", "he"), "c2": ("Juno", "she"), "c3": ("Ash", "they"), "c4": ("Moss", "he")}


def _pairs(work):
    return {(i.a, i.b): i for i in work.interactions}


def _run(text, speakers):
    work = build(text, CAST, speakers)
    analyze_narrative(work)
    find_relations(work)
    return work


def test_addressed_turns_and_replies_count_as_conversation():
    text = (
        '"Juno, pass the salt," Pell said.\n\n'
        '"Get it yourself."\n\n'
        '"Please?"\n\n'
        "Moss watched from the doorway and said nothing."
    )
    work = _run(text, [("c1", ["c2"]), ("c2", []), ("c1", [])])
    pairs = _pairs(work)
    assert pairs[("c1", "c2")].conversations == 3
    assert ("c1", "c4") not in pairs or pairs[("c1", "c4")].conversations == 0


def test_an_interrupted_quote_is_one_turn():
    text = '"Well," said Pell, "I suppose you are right, Juno."\n\n"I usually am," Juno said.'
    work = _run(text, [("c1", ["c2"]), ("c1", ["c2"]), ("c2", ["c1"])])
    assert _pairs(work)[("c1", "c2")].conversations == 2


def test_co_presence_counts_scenes_shared():
    text = (
        "Pell and Juno walked to the market.\n\n* * *\n\n"
        "Juno and Ash argued about the price of eggs.\n\n* * *\n\n"
        "Pell, Juno and Ash ate the eggs anyway."
    )
    pairs = _pairs(_run(text, []))
    assert pairs[("c1", "c2")].co_presence == 2
    assert pairs[("c2", "c3")].co_presence == 2
    assert pairs[("c1", "c3")].co_presence == 1


def test_naming_someone_in_your_quote_is_a_mention():
    text = '"Moss owes me money," Pell said. "Moss always owes everyone money."'
    pairs = _pairs(_run(text, [("c1", []), ("c1", [])]))
    assert pairs[("c1", "c4")].mentions == 2


def test_replies_do_not_cross_scene_breaks():
    text = '"Done," Pell said.\n\n* * *\n\n"Morning," Juno said.'
    pairs = _pairs(_run(text, [("c1", []), ("c2", [])]))
    assert ("c1", "c2") not in pairs


def test_weights_are_normalised_and_follow_the_formula():
    text = (
        '"Juno," Pell said. "Are you coming?"\n\n"Yes."\n\n"Good."\n\n'
        'Ash sat apart. "Tell Moss I said hello," Ash said to nobody.'
    )
    work = _run(text, [("c1", ["c2"]), ("c1", ["c2"]), ("c2", ["c1"]), ("c1", ["c2"]), ("c3", [])])
    weights = [i.weight for i in work.interactions]
    assert max(weights) == 1.0 and all(0 <= w <= 1 for w in weights)
    assert work.interactions[0].a == "c1" and work.interactions[0].b == "c2"
    # raw = conversations + 0.5 * mentions + 2 * co_presence / scenes; top raw is (c1, c2)
    # (c1, c2): three turns, "Juno" named in Pell's quote, one shared scene
    top = 3 + 0.5 * 1 + 2 * 1 / 1
    ash_moss = _pairs(work)[("c3", "c4")]
    assert ash_moss.weight == round((0.5 * 1 + 2 * 1) / top, 4)
