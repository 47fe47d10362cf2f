"""What the narrative stage achieves on the bundled samples.

With gold upstream layers (`oracle_work`) the figures are the stage's own; end to end
(`pipeline_work`) they also depend on quotes and characters, so only the tense figures,
which need neither, are held to the same bar there.
"""

import pytest
from sample_oracle import GOLDS, load, oracle_work, pipeline_work, score

from ficlens.narrative import analyze_narrative

pytestmark = pytest.mark.skipif(not GOLDS, reason="no bundled samples")


@pytest.fixture(scope="module")
def oracle_scores():
    out = {}
    for path in GOLDS:
        work = oracle_work(path)
        analyze_narrative(work)
        out[path.stem] = score(path, work)
    return out


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_pov_person_and_focal_character(path, oracle_scores):
    s = oracle_scores[path.stem]
    assert s["person"], s["predicted"]
    assert s["character"], s["predicted"]


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_dominant_tense_and_every_gold_shift(path, oracle_scores):
    s = oracle_scores[path.stem]
    assert s["dominant"], s["predicted"]
    assert s["shifts_found"] == s["shifts_gold"], s["predicted"]
    assert s["shifts_right"] == s["shifts_pred"], s["predicted"]  # no invented shifts


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_end_to_end_tense(path):
    s = score(path, pipeline_work(path))
    assert s["dominant"], s["predicted"]
    assert s["shifts_found"] == s["shifts_gold"], s["predicted"]


def test_shift_spans_are_paragraphs_of_the_new_tense():
    for path in GOLDS:
        gold, _ = load(path)
        work = oracle_work(path)
        analyze_narrative(work)
        by_start = {p.start: p for p in work.paragraphs}
        for shift in work.narrative["tense"]["shifts"]:
            p = by_start[shift["start"]]
            assert (p.end, p.tense) == (shift["end"], shift["to"])
