"""The stage order. Data flows one way; each stage reads only the layers before it.

The built-in stages register here on `ficlens.stages.register_stage`, the hook a
third-party stage uses too (see `ficlens.stages`). `run(work, until=..., disable=...)`
runs the registered stages in order after checking that each one's requirements are
assigned by a stage before it. Each built-in's body calls its stage function through
this module's globals, so a test or `bench/speed.py` may wrap those by name.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from contextlib import suppress
from functools import wraps
from pathlib import Path
from typing import ParamSpec, TypeVar

from ficlens.characters import find_characters
from ficlens.fandoms import choose_pack, load_character_file
from ficlens.model import Work
from ficlens.narrative import analyze_narrative
from ficlens.quotes import find_quotes
from ficlens.read import read
from ficlens.relations import find_relations
from ficlens.segment import segment, unwrapped
from ficlens.speakers import add_quote_pronouns, attribute_speakers, merge_described
from ficlens.speakers.learned import score_speakers
from ficlens.stages import Options, Stage, check, register_stage, registered, select

__all__ = ["Options", "analyze", "run", "run_stages"]


def analyze(source: str | Path | Work, options: Options | None = None) -> Work:
    """Run every stage on a path, a string of story text, or an already-read `Work`."""
    options = options or Options()
    work = source if isinstance(source, Work) else read(source, options.max_bytes)
    return run_stages(work, options)


P = ParamSpec("P")
R = TypeVar("R")


def _without_gc(fn: Callable[P, R]) -> Callable[P, R]:
    """Run `fn` with the cyclic garbage collector paused. The stages make hundreds of
    thousands of small objects (mentions, occurrences, tuples) and almost no reference
    cycles: the collector's passes over them cost about a tenth of a run and free nothing
    (plain reference counting frees the rest as before)."""

    @wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return run


@_without_gc
def run(
    work: Work, options: Options | None = None, until: str | None = None, disable: Iterable[str] = ()
) -> Work:
    """Run the registered stages on `work`, up to and including `until`, skipping `disable`.
    Raises `ficlens.stages.PipelineError` before running anything when a stage would lack
    what it requires."""
    options = options or Options()
    stages = select(registered(), until, disable)
    check(stages)
    original, unwrapped_yet = work.text, False
    try:
        for stage in stages:
            if stage.name != "segment" and not unwrapped_yet and work.paragraphs:
                # the stages after segmentation read hard wraps as spaces (see `unwrapped`)
                work.text, unwrapped_yet = unwrapped(original, work.paragraphs), True
            try:
                stage.run(work, options)
            except Exception as e:
                # name the failing stage for the one-line report (ficlens.failures.stage_of)
                if getattr(e, "stage", None) is None:
                    with suppress(AttributeError):
                        e.stage = stage.name  # type: ignore[attr-defined]
                raise
    finally:
        work.text = original  # the output keeps the text as it was read
    return work


def run_stages(work: Work, options: Options) -> Work:
    """Every registered stage (what `analyze` runs after reading)."""
    return run(work, options)


# --- the built-in stages -------------------------------------------------------------


def _segment(work: Work, options: Options) -> None:
    segment(work)


def _quotes(work: Work, options: Options) -> None:
    find_quotes(work)


def _characters(work: Work, options: Options) -> None:
    pack = choose_pack(work, options.fandom)
    restrict = options.characters
    if isinstance(restrict, (str, Path)):
        restrict = load_character_file(Path(restrict))
    find_characters(work, pack=pack, restrict=restrict)


def _speakers(work: Work, options: Options) -> None:
    attribute_speakers(work)


def _cast_merge(work: Work, options: Options) -> None:
    merge_described(work)


def _learned_speakers(work: Work, options: Options) -> None:
    score_speakers(work, options.speaker_scorer)


def _quote_pronouns(work: Work, options: Options) -> None:
    add_quote_pronouns(work)


def _narrative(work: Work, options: Options) -> None:
    analyze_narrative(work)


def _relations(work: Work, options: Options) -> None:
    find_relations(work)


_QUOTE_ATTRIBUTION = ("quote.speaker", "quote.addressees", "quote.evidence", "quote.cue", "quote.confidence")

BUILTIN = (
    Stage("segment", _segment, requires=("work.text",),
          assigns=("work.segments", "work.chapters", "work.paragraphs", "work.scene_breaks", "work.meta.words", "Sentences")),
    Stage("quotes", _quotes, requires=("work.paragraphs",), assigns=("work.quotes", "quote.kind", "quote.part_of", "QuoteLayer")),
    Stage("characters", _characters,
          requires=("work.meta", "work.paragraphs", "work.chapters", "work.scene_breaks", "work.quotes", "Sentences"),
          assigns=("work.characters", "work.mentions", "Cast")),
    Stage("speakers", _speakers,
          requires=("work.paragraphs", "work.scene_breaks", "work.quotes", "QuoteLayer", "work.characters", "work.mentions", "Cast",
                    "Sentences"),
          assigns=(*_QUOTE_ATTRIBUTION, "character.quotes", "character.words_spoken")),
    Stage("cast_merge", _cast_merge, requires=("quote.speaker", "quote.addressees", "work.mentions", "Cast"), assigns=("Merges",)),
    # re-decides (or only re-scores) the attribution above in place: it adds no field
    Stage("learned_speakers", _learned_speakers, requires=(*_QUOTE_ATTRIBUTION, "work.paragraphs", "work.characters", "work.mentions")),
    Stage("quote_pronouns", _quote_pronouns, requires=("quote.speaker", "quote.addressees", "work.mentions"),
          assigns=("mention.in_quote_pronouns",)),
    Stage("narrative", _narrative,
          requires=("work.paragraphs", "work.quotes", "quote.speaker", "work.scene_breaks", "work.chapters", "work.characters", "work.mentions",
                    "Sentences"),
          assigns=("work.narrative", "paragraph.tense", "paragraph.pov_character", "Narration")),
    Stage("relations", _relations,
          requires=("work.characters", "work.mentions", "quote.speaker", "quote.addressees", "work.scene_breaks", "work.narrative",
                    "Sentences"),
          assigns=("work.interactions", "work.relationships", "work.tag_agreement")),
)

for _stage in BUILTIN:
    register_stage(_stage)
