"""Description phrases ("one of the men", "a tall man") whatever whitespace sits between
their words: a hard wrap, a non-breaking space, a run of spaces or a tab."""

from __future__ import annotations

import pytest

from ficlens.characters.nominals import _phrase
from ficlens.model import Work
from ficlens.pipeline import analyze

YARD = """Anna came into the yard with the men behind her.

"Where is the cart?" she asked.

"By the gate,{gap}miss," said one of{gap}the men.

She made one of{gap}her quick movements:  "Then bring it round."
"""


def speakers(work: Work) -> list[str | None]:
    names = {c.id: c.name for c in work.characters}
    return [names.get(q.speaker or "") for q in work.quotes]


@pytest.mark.parametrize("gap", ["\n", "\u00a0", "  ", "\t"], ids=["newline", "nbsp", "two-spaces", "tab"])
def test_a_partitive_phrase_cut_by_odd_whitespace_analyses(gap: str):
    work = analyze(YARD.format(gap=gap))
    assert len(work.quotes) == 3
    assert speakers(work)[0] == "Anna"


def test_a_wrapped_partitive_tag_names_the_same_speaker_as_the_unwrapped_one():
    plain, wrapped = analyze(YARD.format(gap=" ")), analyze(YARD.format(gap="\n"))
    assert speakers(wrapped) == speakers(plain)
    assert speakers(plain)[1] == "the men"  # "one of the men" speaks for the men


def test_one_of_with_nothing_after_it_is_no_phrase():
    text = "said one of\u00a0the men."
    assert _phrase(text, text.index("one"), len(text)) is None


@pytest.mark.parametrize("gap", ["  ", "\t", " \t "])
def test_phrase_offsets_follow_the_words_not_their_count(gap: str):
    text = f"said a{gap}tall{gap}carter, and went."
    start = text.index("a" + gap)
    found = _phrase(text, start, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == f"a{gap}tall{gap}carter"


@pytest.mark.parametrize("line", ["Ann saw the\tmen.", '"No," said the\tcaptain.'])
def test_a_nominal_with_a_tab_inside_analyses(line: str):
    # the nominal pattern takes a tab between its words; its surface was cut at a space
    work = analyze(f"Ann came in.\n\n{line}\n")
    assert [c.name for c in work.characters][:1] == ["Ann"]
