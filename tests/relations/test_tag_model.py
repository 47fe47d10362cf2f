"""The train-only tag model: its features, the fit's constraint, family names."""

import numpy as np
from story_builder import build

from ficlens.model import Character
from ficlens.narrative import analyze_narrative
from ficlens.relations import find_relations
from ficlens.relations.evidence import family_names
from ficlens.relations.interactions import find_interactions
from ficlens.relations.tags import FEATURES, pair_features
from ficlens.train.relations import N_CUES, fit

CAST = {
    "c1": ("Ione Vasquez", "she", ["Ione"]),
    "c2": ("Dara Quill", "she", ["Dara"]),
    "c3": ("Otto", "he"),
}


def _features(text, speakers):
    work = build(text, CAST, list(speakers))
    analyze_narrative(work)
    return dict(zip(FEATURES, pair_features(work, find_interactions(work))[frozenset(("c1", "c2"))], strict=True))


def test_a_fandom_disambiguator_is_no_family_name():
    assert family_names(Character(id="c1", name="Wren (Tidewater)")) == set()
    assert family_names(Character(id="c2", name="Wren Halloway (Tidewater)")) == {"halloway"}


def test_a_description_is_no_family_name():
    # "the old woman" and "the young woman" are no kin; "Big guy" has no family
    old = Character(id="c1", name="Wren Halloway", aliases=["the old woman", "Big guy"])
    assert family_names(old) == {"halloway"}
    assert family_names(Character(id="c2", name="the young woman")) == set()
    assert family_names(Character(id="c3", name="the man lounging against")) == set()


def test_two_of_one_fandom_are_not_tagged_family_for_the_fandom_in_their_names():
    cast = {"c1": ("Wren (Tidewater)", "she", ["Wren"]), "c2": ("Pell (Tidewater)", "he", ["Pell"])}
    text = '"Best friends," Wren said.\n\n"Best friends," Pell said.\n\n"Always," Wren said.\n\n"Always," Pell said.'
    work = build(text, cast, [("c1", ["c2"]), ("c2", ["c1"]), ("c1", ["c2"]), ("c2", ["c1"])])
    analyze_narrative(work)
    find_relations(work)
    assert [r.kind for r in work.relationships] == ["platonic"]


def test_strong_and_slow_burn_romance_add_up_on_a_log_scale():
    x = _features(
        "Ione kissed Dara by the door.\n\nDara held Ione's hand all the way down the stairs.",
        [],
    )
    assert abs(x["love"] - np.log1p(4.0)) < 0.01  # a kiss 3.0 and a hand held 1.0
    assert abs(x["romance"] - np.log1p(3.0)) < 0.01


def test_exclusive_attention_is_against_each_ones_strongest_partner():
    # Ione talks mostly to Otto; to Dara once: the pair is Dara's first but not Ione's
    text = "\n\n".join(
        ['"Tea?" Ione asked Otto.', '"Please," Otto said.', '"Milk?" Ione asked Otto.', '"No," Otto said.',
         '"Sugar?" Ione asked Otto.', '"Two," Otto said.', '"And you?" Ione asked Dara.', '"Nothing," Dara said.']
    )
    speakers = [("c1", ["c3"]), ("c3", ["c1"])] * 3 + [("c1", ["c2"]), ("c2", ["c1"])]
    x = _features(text, speakers)
    assert 0 < x["exclusive"] < 0.5
    assert x["exchanges"] == 2 / 12


def test_a_cue_never_argues_against_a_tag_in_the_fit():
    # a kiss that, in the data, falls mostly on untagged pairs (a misattributed cue)
    x = np.array([[1.0, 1.0] + [0.0] * 8] * 10 + [[0.0] * 5 + [1.0] * 5] * 10)
    y = np.array([0] * 8 + [1] * 2 + [1] * 10)
    w, _b = fit(x, y)
    assert (w[0, :N_CUES] <= 0).all()


def test_the_fit_takes_every_story_the_split_file_lists_as_train_in_any_folder(tmp_path):
    import json

    from ficlens.train.relations import gold_works

    for folder in ("src/ficlens/samples", "bench/heldout", "bench/fanfic", "bench/fanfic7", "bench/gold"):
        (tmp_path / folder).mkdir(parents=True)
    text = '"Tea?" Ione asked.\n\n"Please," Dara said.'
    for folder, name in (("bench/fanfic", "trc_kettle"), ("bench/fanfic7", "trd_porch"), ("bench/fanfic7", "new_dev")):
        (tmp_path / folder / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"id": name, "text_file": f"{name}.txt", "characters": [{"id": "c1", "names": ["Ione"]}, {"id": "c2", "names": ["Dara"]}],
                "relationships": [{"tag": "Dara & Ione", "kind": "platonic", "characters": ["c1", "c2"]}], "quotes": []}
        (tmp_path / folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    for folder in ("src/ficlens/samples", "bench/heldout"):  # every default folder holds a dev story
        (tmp_path / folder / "d.txt").write_text(text, encoding="utf-8")
        gold = {"id": "d", "text_file": "d.txt", "characters": [], "relationships": [], "quotes": []}
        (tmp_path / folder / "d.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    splits = {"fanfic": {"src/ficlens/samples": "dev", "bench/heldout": "dev", "bench/fanfic/trc_kettle": "train",
                         "bench/fanfic7/trd_porch": "train", "bench/fanfic7/new_dev": "dev"}}
    (tmp_path / "bench/gold/splits.json").write_text(json.dumps(splits), encoding="utf-8")
    assert sorted(g.id for g in gold_works("train", tmp_path)) == ["trc_kettle", "trd_porch"]


def test_label_support_sorts_gold_tags_by_their_text_evidence():
    from ficlens.train.relations import Examples, label_support

    cued = [1.0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5]
    talk = [0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5]
    ab, bc, cd = frozenset("ab"), frozenset("bc"), frozenset("cd")
    ex = Examples([cued, talk], [1, 2], [ab, bc], [True, True], [(ab, True), (bc, False), (cd, False)], [False, False])
    got = label_support(ex, {ab: "romantic", bc: "platonic", cd: "family"})
    assert got["romantic cued"] == 1 and got["platonic talk only"] == 1 and got["family no candidate"] == 1
    assert got["tags"] == 3 and got["candidates"] == 2


def test_feature_auc_is_a_half_for_a_feature_that_does_not_separate():
    from ficlens.train.relations import Examples, feature_auc

    rows = [[0.0] * 5 + [w, 0.5, 0.5, 0.5, 0.0] for w in (0.9, 0.8, 0.1, 0.2)]
    people = [frozenset((str(i), "x")) for i in range(4)]
    auc = feature_auc([Examples(rows, [2, 1, 0, 0], people, [True] * 4, [], [False] * 4)])
    assert auc["interaction"] == 1.0 and auc["exclusive"] == 0.5
