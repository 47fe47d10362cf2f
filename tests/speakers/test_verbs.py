"""The tag-verb regex knows every tense form, doubled consonants included."""

from __future__ import annotations

import pytest

from ficlens.lang.en.speech_verbs import SPEECH_VERB


@pytest.mark.parametrize("form", ["admitted", "nodded", "hummed", "shrugged", "snapped", "begged", "said", "went on", "let out"])
def test_past_forms_of_tag_verbs_match_whole(form):
    m = SPEECH_VERB.search(f'"Fine," Ivy {form} at last.')
    assert m is not None and m.group() == form


@pytest.mark.parametrize("wrong", ["admited", "noded", "humed", "shruged"])
def test_misspelt_forms_are_not_in_the_list(wrong):
    assert SPEECH_VERB.search(f"Ivy {wrong} it.") is None


def test_an_admitting_tag_gives_the_speaker():
    from attribution import speaker_of
    from ficlens.pipeline import Options, analyze

    text = 'Ivy and Owen stood by the broken gate.\n\n"It was me who left it open," Owen admitted.\n'
    assert speaker_of(analyze(text, Options()), "It was me") == "Owen"
