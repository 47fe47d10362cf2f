"""The learned speaker scorer: candidates -> evidence (features) -> scorer -> conversation decoding.

`learn_speakers(work)` re-decides the speakers the rule cascade chose, reading the
cascade's output as evidence; `explain(work, i)` shows how it decided one quotation.
"""

from ficlens.model import Work
from ficlens.speakers.learned.decode import learn_speakers

__all__ = ["SCORERS", "learn_speakers", "score_speakers"]

# `Options.speaker_scorer` value -> decoding scope ("rules" runs no learned stage)
SCORERS = {"learned": "all", "calibrated": "confidence"}


def score_speakers(work: Work, scorer: str) -> Work:
    """The learned stage as `Options.speaker_scorer` asks for it."""
    if scorer == "rules":
        return work
    if scorer not in SCORERS:
        raise ValueError(f"unknown speaker scorer {scorer!r}: use rules, learned or calibrated")
    return learn_speakers(work, scope=SCORERS[scorer])
