""""The old man replied" in the paragraph after a line tagged "Venn remarked" is the
other party of the dialogue, not Venn, however salient Venn is (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

MILL = """
Harlow Venn came into the mill-house out of the rain. He shook the water from his coat and hung it on the peg by the door. He looked round the cold kitchen.

"A wet evening," Venn remarked.

"Wetter yet by morning, sir," the old man replied, and he set down his lantern. "The river is rising."

"Then we had better move the sacks tonight," said Venn.
"""


def test_a_description_answering_a_named_line_is_someone_else():
    work = analyze(MILL, Options())
    assert speaker_of(work, "Wetter yet") != speaker_of(work, "A wet evening")
    venn = next(c for c in work.characters if c.name.endswith("Venn"))
    assert "the old man" not in venn.aliases
