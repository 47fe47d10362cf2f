"""Stages declare requires / assigns; the pipeline checks the order before it runs."""

from dataclasses import dataclass
from typing import ClassVar

import pytest

from ficlens import analyze
from ficlens.layers import Cast, MissingLayer, QuoteLayer
from ficlens.pipeline import BUILTIN, run
from ficlens.read import read
from ficlens.stages import (
    PipelineError,
    Stage,
    check,
    describe,
    register_stage,
    registered,
    unregister_stage,
)

STORY_TEXT = '"Row harder," Nell said.\n\n"I am rowing," said Bram. He was not.'


def test_the_builtin_order_meets_every_requirement():
    assert describe(registered())["problems"] == {}
    assert [s.name for s in BUILTIN] == [
        "segment", "quotes", "characters", "speakers", "cast_merge", "learned_speakers", "quote_pronouns", "narrative", "relations",
    ]


def test_until_stops_after_the_named_stage():
    work = run(read(STORY_TEXT), until="quotes")
    assert len(work.quotes) == 2 and not work.characters
    assert work.layers.has(QuoteLayer) and not work.layers.has(Cast)
    with pytest.raises(MissingLayer, match="'characters'"):
        work.layers.get(Cast)


def test_disabling_a_needed_stage_fails_before_anything_runs():
    work = read(STORY_TEXT)
    with pytest.raises(PipelineError, match=r"stage 'speakers' requires Cast \(assigned by stage 'characters'\)"):
        run(work, disable=["characters"])
    assert not work.paragraphs  # nothing ran


def test_disabling_a_stage_nothing_needs_runs_the_rest():
    work = run(read(STORY_TEXT), disable=["quote_pronouns"])
    full = analyze(STORY_TEXT)
    assert work.narrative and work.relationships == full.relationships
    assert len(work.mentions) < len(full.mentions)  # `I` in Bram's line is his only through quote_pronouns


def test_an_unknown_stage_name_is_an_error():
    with pytest.raises(PipelineError, match="no stage 'speaker'"):
        run(read(STORY_TEXT), until="speaker")


def test_check_names_a_requirement_nothing_assigns():
    lonely = Stage("lonely", lambda w, o: None, requires=("Nonsense",))
    with pytest.raises(PipelineError, match="stage 'lonely' requires Nonsense, which no earlier stage assigns"):
        check([lonely])


@dataclass(frozen=True, slots=True)
class Loudness:
    STAGE: ClassVar[str] = "loudness"
    shouted: tuple[int, ...] = ()


def _loudness(work, options):
    work.layers.put(Loudness(tuple(i for i, q in enumerate(work.quotes) if "!" in work.text[q.start : q.end])))


def test_a_third_party_stage_registers_on_the_same_hook():
    stage = Stage("loudness", _loudness, requires=("work.quotes", "quote.speaker"), assigns=("Loudness",), after="speakers")
    register_stage(stage)
    try:
        names = [s.name for s in registered()]
        assert names.index("loudness") == names.index("speakers") + 1
        work = analyze('"Stop!" Nell shouted.\n\n"Why," said Bram.')
        assert work.layers.get(Loudness).shouted == (0,)
    finally:
        unregister_stage("loudness")
    assert "loudness" not in [s.name for s in registered()]


def test_a_stage_placed_before_what_it_needs_is_refused():
    register_stage(Stage("early", _loudness, requires=("quote.speaker",), after="quotes"))
    try:
        with pytest.raises(PipelineError, match="stage 'early' requires quote.speaker"):
            analyze(STORY_TEXT)
    finally:
        unregister_stage("early")
