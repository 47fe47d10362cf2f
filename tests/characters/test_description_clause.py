"""A description a comma hangs a clause on is named by its head: "the ferryman", not the clause."""

from __future__ import annotations

from ficlens.pipeline import analyze

FERRY = """
Odile waited on the jetty with her bag while the fog lifted off the water.

"You'll want the early boat," said the ferryman, who was coiling a wet rope. "The late one never runs."

"Then the early boat it is," Odile said.
"""


def test_a_description_with_a_clause_is_called_by_its_head():
    work = analyze(FERRY.strip() + "\n")
    at = work.text.index("You'll want")
    q = next(q for q in work.quotes if q.start <= at < q.end)
    c = next(c for c in work.characters if c.id == q.speaker)
    assert c.name == "the ferryman"
    assert not any("coiling" in n for n in (c.name, *c.aliases))
