"""What the relations stage achieves on the bundled samples and a real AO3 download."""

import pytest
from sample_oracle import GOLDS, oracle_work

from ficlens.narrative import analyze_narrative
from ficlens.pipeline import analyze
from ficlens.relations import find_relations

pytestmark = pytest.mark.skipif(not GOLDS, reason="no bundled samples")


def _oracle(path):
    work = oracle_work(path)
    analyze_narrative(work)
    find_relations(work)
    return work


def test_every_gold_pair_is_tagged_and_the_surest_tag_is_a_gold_one():
    # With the gold speakers and cast (the oracle), every pair a fan tagged is tagged,
    # the explicit romances as romances, and each work's most confident tag is a gold tag.
    import json

    for path in GOLDS:
        gold = json.loads(path.read_text(encoding="utf-8"))
        pairs = {frozenset(r["characters"]): r["kind"] for r in gold["relationships"]}
        work = _oracle(path)
        found = {frozenset(r.characters): r.kind for r in work.relationships}
        assert set(pairs) <= set(found), path.stem
        assert frozenset(work.relationships[0].characters) in pairs, path.stem
    hp = {frozenset(r.characters): r.kind for r in _oracle(next(p for p in GOLDS if "hp_library" in p.name)).relationships}
    assert "romantic" in hp.values()


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_every_tag_has_evidence_spans_inside_the_story(path):
    work = _oracle(path)
    for rel in work.relationships:
        assert rel.evidence and 0 < rel.confidence <= 1
        assert ("/" in rel.tag) == (rel.kind == "romantic")
        for span in rel.spans:
            assert 0 <= span.start < span.end <= len(work.text)


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_the_strongest_interaction_is_between_characters_of_a_gold_tag(path):
    import json

    gold = json.loads(path.read_text(encoding="utf-8"))
    pairs = {frozenset(r["characters"]) for r in gold["relationships"]}
    top = _oracle(path).interactions[0]
    assert frozenset((top.a, top.b)) in pairs


def test_ao3_download_tags_agree_with_the_author(shared_data):
    work = analyze(shared_data / "ao3" / "ao3_23009290_single_chapter.html")
    if not work.meta.tags.get("relationship"):
        pytest.skip("the AO3 reader does not fill meta.tags yet")
    agreement = work.tag_agreement
    assert agreement["author"] == ["Honoroit Banlardois/Emmanellain de Fortemps"]
    assert agreement["recall"] == 1.0
