"""The learned speaker scorer: candidates -> evidence (features) -> scorer -> conversation decoding.

`learn_speakers(work)` re-decides the speakers the rule cascade chose, reading the
cascade's output as evidence; `explain(work, i)` shows how it decided one quotation.
"""

from ficlens.speakers.learned.decode import learn_speakers

__all__ = ["learn_speakers"]
