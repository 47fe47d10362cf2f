""""Lady Harriet" is the daughter of a peer called by her given name, so a bare
"Harriet" is she, though "Garside" alone is never "Mrs. Garside" (original passage)."""

from __future__ import annotations

from ficlens.pipeline import Options, analyze

BREAKFAST = """
Lady Harriet came down to breakfast late, and Mr. Tolliver rose to greet her.

"Good morning, sir," said Harriet. "Is it still raining?"

"It is, my dear," said Mr. Tolliver.
"""


def test_a_bare_given_name_joins_lady_and_that_name():
    work = analyze(BREAKFAST, Options())
    harriet = [c for c in work.characters if "Harriet" in (c.name, *c.aliases)]
    assert len(harriet) == 1 and "Lady Harriet" in (harriet[0].name, *harriet[0].aliases)
