"""An unnamed person the narration keeps acting by a role noun ("the captain pulled ...
the captain spat ..."), never tagging a quote with it, is a character: "he said" has
someone to be, not only the man who is named."""

from __future__ import annotations

from ficlens.pipeline import analyze

THE_FERRY = """
Old Tobias Reed stood on the quay with his sack of apples.

The captain pulled the boat in against the post. The captain looked at the sky. Tobias climbed aboard.

"Two pennies," he said, holding out a wet hand.

Tobias paid. The captain counted the coins twice and pushed off.

"Cold for the time of year," he said.
"""


def test_a_recurring_role_noun_is_a_character():
    work = analyze(THE_FERRY)
    captain = [c for c in work.characters if c.name.lower() == "the captain" or "the captain" in c.aliases]
    assert len(captain) == 1
    tobias = [c for c in work.characters if "Tobias" in c.name]
    assert tobias and captain[0].id != tobias[0].id
