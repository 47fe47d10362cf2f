"""One the narration sends out of the scene (`got up and left the room`, `has vanished`,
`drifted off`) keeps little salience: a he or she after it is someone still there
(`characters.resolve.leaving_at`, `tuning.GONE`)."""

from __future__ import annotations

from ficlens.pipeline import analyze


def _who(text: str, phrase: str, word: str) -> str | None:
    work = analyze(text)
    at = work.text.index(phrase) + phrase.index(word)
    m = next((m for m in work.mentions if m.start == at), None)
    c = work.character(m.character) if m is not None else None
    return c.name if c else None


def test_the_man_who_left_the_room_is_not_the_next_he():
    text = """Hal Brandt and Owen Marsh sat by the fire in the empty inn, and Owen had been quiet all evening. He watched the logs burn down.

Hal poked at the logs for a while, and then he drifted off, humming.

The wind rattled the shutters. "Another cold night," he said to the dog.
"""
    assert _who(text, "he said to", "he") == "Owen Marsh"


def test_one_who_has_vanished_is_not_the_next_she():
    text = """Nell Avery and Jo Carver waited on the platform with their bags. Nell counted the coins in her purse twice.

When the whistle blew, Jo was nowhere to be seen. Jo has vanished again, like always.

"Of course," she said to nobody at all.
"""
    assert _who(text, "she said to", "she") == "Nell Avery"
