"""Which quotes a tag or beat reaches inside its paragraph, on short original passages
run through the whole pipeline."""

from __future__ import annotations

from ficlens.pipeline import analyze

from attribution import speaker_of


def test_a_pronoun_tag_is_the_man_the_paragraph_names_at_its_close():
    # Harold is named last before the `he`, but the paragraph closes on Walter's own beat
    text = """
Walter Reed waited on the platform while the porter stacked the trunks. Harold Finch had
promised to come down from the hills by the noon train.

"Is your friend not here yet?" the porter asked.

Harold Finch was nowhere in sight.

"No," he replied, "not yet. Harold is always late for everything, and I never mind it. Will the train be long?" Walter wound up.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "No") == "Walter Reed"
    assert speaker_of(work, "not yet") == "Walter Reed"
