"""A plain description the narration marks the same way again and again ("the man in the
grey scarf") is one unnamed person of their own, not the man named on stage (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

STALL = """
Tobias kept the flower stall on the corner, and on Thursdays he kept it alone.

The man in the grey scarf had been looking at the tulips since nine.

"Are these fresh?" he asks at last.

Tobias wiped his hands. "Cut this morning."

"They look tired."

The man in the grey scarf bought nothing and walked off towards the bridge. Tobias watched him go.
"""


def test_a_marked_description_is_someone_apart():
    work = analyze(STALL.strip() + "\n", Options())
    assert speaker_of(work, "Are these fresh?") == "the man in the grey scarf"
    assert speaker_of(work, "Cut this morning.") == "Tobias"
