""""Said his lordship", "his Grace smiled": a rank's style of address in the narration
names the lord on stage, not the valet named last, nor a woman called Grace (original
passages)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

BREAKFAST = """
Lord Ashcombe came down to breakfast late. Pruett followed him in with the letters, and Pruett set them by the teapot.

"Nothing but bills again," said his lordship, turning them over.
"""

TERRACE = """
The Duke of Wrexford walked out upon the terrace with Mr. Hollis, and Mr. Hollis pointed at the new fountain.

"It cost me a fortune," said his Grace. "I am told it is very fine."
"""


def test_his_lordship_is_the_lord_on_stage():
    work = analyze(BREAKFAST, Options())
    assert speaker_of(work, "Nothing but bills") == "Lord Ashcombe"


def test_his_grace_is_no_woman_called_grace():
    work = analyze(TERRACE, Options())
    assert all(c.name != "Grace" for c in work.characters)


# a capitalised style is filed under its lower-case key by `names.extract`; the test
# `describe.rank_style` makes is on that key, so "her Ladyship" binds as "her ladyship" does
GARDEN = """
Lady Pellworth came slowly along the yew walk. Agnes carried the shears behind her, and Agnes stopped to cut a rose.

"The roses are late this year," observed her Ladyship, frowning at the bed.
"""

# "his Highness" is someone of his own, not the prince beside him: a story's prince or
# duke is often named by little else (honorifics.RANK_STYLE_KEYS, measured)
COURTYARD = """
Prince Osric rode into the courtyard at noon. Tobin the groom ran to take the reins, and Tobin led the grey mare away to the stable.

"See that she is rubbed down well," said his Highness, pulling off his gloves.
"""


def test_her_ladyship_capitalised_is_the_lady_on_stage():
    work = analyze(GARDEN, Options())
    assert speaker_of(work, "The roses are late") == "Lady Pellworth"


def test_rank_style_reads_the_key_names_files_a_style_under():
    from ficlens.characters.describe import rank_style

    assert rank_style("her ladyship") and rank_style("His Lordship") and rank_style("my lord")
    assert not rank_style("his grace") and not rank_style("my mother")


def test_his_highness_is_someone_of_his_own():
    work = analyze(COURTYARD, Options())
    assert speaker_of(work, "See that she") not in ("Prince Osric", "Tobin")
