"""The stage order. Data flows one way; each stage reads only the layers before it."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from functools import wraps
from pathlib import Path

from ficlens.characters import find_characters
from ficlens.fandoms import CharacterEntry, choose_pack, load_character_file
from ficlens.model import Work
from ficlens.narrative import analyze_narrative
from ficlens.quotes import find_quotes
from ficlens.read import read
from ficlens.relations import find_relations
from ficlens.segment import segment
from ficlens.speakers import attribute_speakers
from ficlens.speakers.learned import score_speakers


@dataclass(slots=True)
class Options:
    """What a user can steer.

    `fandom` names a pack (None: chosen from AO3 tags or the names in the text);
    `characters` is a user's own character list (a file in the pack format, or entries),
    and restricts speakers to it; `max_bytes` refuses bigger input files before reading
    them (None: `ficlens.read.MAX_BYTES`, 256 MiB; 0 or less: no limit);
    `speaker_scorer` is "rules" (the rule cascade alone), "learned" (the learned scorer
    re-decides the cascade's speakers, `ficlens.speakers.learned`) or "calibrated"
    (the cascade's speakers, with the learned scorer's probabilities as confidence).
    """

    fandom: str | None = None
    characters: Path | list[CharacterEntry] | None = None
    max_bytes: int | None = None
    speaker_scorer: str = "rules"


def analyze(source: str | Path | Work, options: Options | None = None) -> Work:
    """Run every stage on a path, a string of story text, or an already-read `Work`."""
    options = options or Options()
    work = source if isinstance(source, Work) else read(source, options.max_bytes)
    return run_stages(work, options)


def _without_gc(fn):
    """Run `fn` with the cyclic garbage collector paused. The stages make hundreds of
    thousands of small objects (mentions, occurrences, tuples) and almost no reference
    cycles: the collector's passes over them cost about a tenth of a run and free nothing
    (plain reference counting frees the rest as before)."""

    @wraps(fn)
    def run(*args, **kwargs):
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return run


@_without_gc
def run_stages(work: Work, options: Options) -> Work:
    segment(work)
    find_quotes(work)
    pack = choose_pack(work, options.fandom)
    restrict = options.characters
    if isinstance(restrict, (str, Path)):
        restrict = load_character_file(Path(restrict))
    find_characters(work, pack=pack, restrict=restrict)
    attribute_speakers(work)
    score_speakers(work, options.speaker_scorer)
    analyze_narrative(work)
    find_relations(work)
    return work
