"""Narrative: point of view and tense of the narration.

Fills `Paragraph.tense`, `Paragraph.pov_character` and

    work.narrative = {
        "pov": {"person": "first|second|third|None", "character": id | "multiple" | None,
                "scenes": [{"start", "end", "character", "person"}]},
        "tense": {"dominant": "past|present|None",
                  "shifts": [{"start", "end", "from", "to", "explanation"}]},
    }

A shift's span is the first paragraph written in the new tense. Scenes are split at
scene breaks and chapter starts.

Reads paragraphs, quotes (to skip dialogue), scene breaks, chapters, characters and
mentions. Working layer it adds (`ficlens.layers.Narration`): `slices` (per paragraph, the
(start, end) pieces outside quotes) and `subjects` (character references in narration,
pronouns resolved), which relations/ reuses for evidence spans.
"""

from __future__ import annotations

from ficlens.layers import Narration
from ficlens.model import Work
from ficlens.narrative.narration import (
    name_words,
    narration_mentions,
    narration_slices,
    narration_tokens,
    scene_bounds,
)
from ficlens.narrative.pov import analyze_pov
from ficlens.narrative.tense import analyze_tense

__all__ = ["analyze_narrative"]


def analyze_narrative(work: Work) -> Work:
    slices = narration_slices(work)
    tokens = narration_tokens(work.text, slices)
    subjects = narration_mentions(work, slices)
    work.layers.put(Narration(tuple(tuple(p) for p in slices), tuple(subjects)))
    tense = analyze_tense(work, tokens, name_words(work))
    pov = analyze_pov(work, slices, tokens, subjects, scene_bounds(work))
    work.narrative = {"pov": pov, "tense": tense}
    return work
