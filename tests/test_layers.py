"""Typed working layers: made by one stage, read by later ones, never silently missing."""

import dataclasses

import pytest

from ficlens import analyze
from ficlens.layers import Cast, Layers, MissingLayer, Narration, QuoteLayer, Sentences
from ficlens.model import Paragraph, Quote, Segment, Work
from ficlens.speakers import attribute_speakers

STORY_TEXT = '"Row harder," Nell said.\n\n"I am rowing," said Bram. He was not.'


def test_a_full_run_makes_every_layer():
    work = analyze(STORY_TEXT)
    assert work.layers.get(Sentences).spans
    assert work.layers.get(QuoteLayer).style == "double"
    cast = work.layers.get(Cast)
    assert not cast.closed and cast.narrator is None
    assert {cid for _, cid in cast.surfaces} <= {c.id for c in work.characters}
    assert work.layers.get(Narration).slices


def test_layers_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Cast().narrator = "c1"  # type: ignore[misc]


def test_reading_a_layer_never_made_names_the_stage_to_run():
    with pytest.raises(MissingLayer, match="no Cast layer: run the 'characters' stage first"):
        Layers().get(Cast)
    assert Layers().find(Cast) is None


def test_speakers_without_the_characters_stage_fail_loudly():
    text = '"Hello," she said.'
    work = Work(text=text, segments=[Segment(0, len(text), "story")], paragraphs=[Paragraph(0, len(text))],
                quotes=[Quote(0, 8)])
    work.layers.put(QuoteLayer())
    with pytest.raises(MissingLayer, match="'characters'"):
        attribute_speakers(work)


def test_layers_stay_out_of_the_json():
    out = analyze(STORY_TEXT).to_dict()
    assert "layers" not in out and "scratch" not in out


def test_the_shared_sentences_answer_where_a_sentence_starts_and_ends():
    text = "Mr. Hale rowed. Nell sat still.\n\nBram slept."
    work = analyze(text)
    sents = work.layers.get(Sentences)
    assert [text[a:b] for a, b in sents.spans] == ["Mr. Hale rowed.", "Nell sat still.", "Bram slept."]
    nell, still = text.index("Nell"), text.index("still")
    assert sents.index_of(still) == 1 and sents.index_of(0) == 0
    assert sents.start_before(still, 0) == nell  # the sentence holding the offset
    assert sents.start_before(still, nell + 2) == nell + 2  # but not before a rule's window
    assert sents.end_after(text.index("rowed"), len(text)) == text.index(" Nell")
    assert sents.end_after(text.index(" Nell"), len(text)) == text.index("\n")  # from a gap: the next one
    assert sents.end_after(nell, nell + 4) == nell + 4
    assert [text[a:b] for a, b in sents.within(text.index("rowed"), text.index("Bram") + 2)] == ["rowed.", "Nell sat still.", "Br"]
