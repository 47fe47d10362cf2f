"""The learned path end to end on an original passage: decoding, confidence, explain, the command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ficlens.cli import app
from ficlens.pipeline import Options, analyze
from ficlens.speakers.learned.candidates import build_view
from ficlens.speakers.learned.explain import explain
from ficlens.speakers.learned.features import NAMES
from ficlens.speakers.learned.scorer import WeightsError, from_dict, load_weights

from .passages import CAST_THIRD, THIRD


def test_shipped_weights_load_and_match_the_features():
    w = load_weights()
    assert len(w.static) + len(w.history) == len(NAMES)
    assert w.about.get("trained_on")


def test_weights_with_other_features_are_refused():
    with pytest.raises(WeightsError, match="retrain"):
        from_dict({"schema": "ficlens.speaker-weights/1", "features": ["x"], "weights": [1.0]}, "w.json")


def test_learned_speakers_keep_name_tags_and_give_probabilities():
    work = analyze(THIRD, Options(characters=CAST_THIRD, speaker_scorer="learned"))
    names = {c.id: c.name for c in work.characters}
    speech = [q for q in work.quotes if q.kind == "speech"]
    by_text = {work.text[q.start + 1 : q.start + 12]: q for q in speech}
    assert names[by_text["Not me,\" sa"[:11]].speaker] == "Tobias" if "Not me,\" sa"[:11] in by_text else True
    tagged = next(q for q in speech if work.text[q.start :].startswith('"Not me'))
    assert names[tagged.speaker] == "Tobias"
    assert all(0 < q.confidence <= 1 for q in speech)
    assert sum(c.quotes for c in work.characters) == sum(q.speaker is not None for q in work.quotes)


def test_explain_lists_candidates_with_probabilities_and_fired_features():
    work = analyze(THIRD, Options(characters=CAST_THIRD))
    i = next(k for k, q in enumerate(work.quotes) if work.text[q.start :].startswith('"Maybe it does'))
    ex = explain(work, i)
    assert abs(sum(c.probability for c in ex.candidates) - 1) < 1e-6
    assert ex.chosen == ex.candidates[0].id
    top = ex.candidates[0]
    assert top.name == "Tobias" and ("gender_agrees", 1.0) in [(f, v) for f, v, _ in top.fired]
    assert ex.to_dict()["candidates"][0]["fired"]
    with pytest.raises(IndexError):
        explain(work, len(work.quotes))


def test_explain_command(tmp_path):
    story = tmp_path / "kettle.txt"
    story.write_text(THIRD, encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(app, ["explain", str(story), "--quote", "1", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["candidates"]
    r = runner.invoke(app, ["explain", str(story), "--quote", "99"])
    assert r.exit_code == 2 and "out of range" in r.output and "Traceback" not in r.output


def test_view_is_built_from_public_layers_only():
    from ficlens.model import Work

    work = Work.from_dict(analyze(THIRD, Options(characters=CAST_THIRD)).to_dict())  # the JSON contract only: no working layers
    view = build_view(work)
    assert [qv.quote for qv in view.views] == [q for q in work.quotes if q.kind == "speech"]
    assert all(qv.candidates for qv in view.views)


def test_calibrated_keeps_every_cascade_speaker_and_replaces_only_confidence():
    rules = analyze(THIRD, Options(characters=CAST_THIRD))
    calibrated = analyze(THIRD, Options(characters=CAST_THIRD, speaker_scorer="calibrated"))
    assert [q.speaker for q in calibrated.quotes] == [q.speaker for q in rules.quotes]
    assert [q.confidence for q in calibrated.quotes] != [q.confidence for q in rules.quotes]


def test_an_unknown_speaker_scorer_is_refused():
    with pytest.raises(ValueError, match="unknown speaker scorer"):
        analyze(THIRD, Options(speaker_scorer="magic"))


def test_a_tag_naming_the_speaker_is_never_overruled_by_the_decoder():
    # weights that would rather give every line to anyone the tag does not name
    hostile = {"schema": "ficlens.speaker-weights/1", "features": NAMES,
               "weights": [-10.0 if n in ("tag_name", "rule_explicit", "rule_confidence") else 0.0 for n in NAMES]}
    from ficlens.speakers.learned.decode import learn_speakers

    work = analyze(THIRD, Options(characters=CAST_THIRD))
    names = {c.id: c.name for c in work.characters}
    learn_speakers(work, from_dict(hostile, "hostile.json"))
    tagged = next(q for q in work.quotes if work.text[q.start :].startswith('"Not me'))
    assert names[tagged.speaker] == "Tobias"


def test_history_scores_are_the_dot_product_of_0_1_history_features():
    """The decoder sums the weights of the history features that fire instead of taking a
    dot product: right only while every history feature is 0 or 1."""
    from ficlens.speakers.learned.decode import _history_score
    from ficlens.speakers.learned.features import History, history_features
    from ficlens.speakers.learned.scorer import dot

    w = load_weights()
    view = build_view(analyze(THIRD, Options(characters=CAST_THIRD)))
    ids = [c.id for c in view.work.characters]
    histories = [History(), History().push(ids[0], True).push(ids[1], True).push(ids[2], True), History().push(ids[1], True).push(ids[1], False)]
    for qv in view.views:
        for c in qv.candidates:
            for h in histories:
                x = history_features(qv, c, h)
                assert set(x) <= {0.0, 1.0}
                assert abs(_history_score(w, qv, c, h) - dot(w.history, x)) < 1e-9
