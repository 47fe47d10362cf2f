"""Any text: the character layer stays well formed (ids, sorted in-range mentions)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ficlens.characters import find_characters
from ficlens.fandoms import CharacterEntry, get_pack
from ficlens.quotes import find_quotes
from ficlens.read import read
from ficlens.segment import segment

TOKENS = (
    'the The said she he her him I me my Clarke Lexa Mr. Mrs. Bennet “ ” " \' , . ! ? — Heda '
    "Commander Blake Bell O'Brien T'Challa -- Chapter Monday in from Polis old man surgeon "
    "they them Sam Ms. Dr. Sir Walter Padmé McIntyre"
).split(" ") + ["\n", "\n\n"]

CASTS = [
    {},
    {"pack": "the100"},
    {"restrict": [CharacterEntry("Mr. Bennet"), CharacterEntry("the surgeon"), CharacterEntry("Sam", [], "they")]},
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=120), st.sampled_from(CASTS))
def test_characters_and_mentions_are_well_formed(tokens, cast):
    text = " ".join(tokens)
    if not text.strip():
        return
    work = segment(read(text + "\n"))
    find_quotes(work)
    kwargs = dict(cast)
    if "pack" in kwargs:
        kwargs["pack"] = get_pack(kwargs["pack"])
    find_characters(work, **kwargs)
    ids = [c.id for c in work.characters]
    assert ids == [f"c{i + 1}" for i in range(len(ids))]
    assert all(m.character in ids for m in work.mentions)
    starts = [m.start for m in work.mentions]
    assert starts == sorted(starts)
    assert all(0 <= m.start < m.end <= len(work.text) for m in work.mentions)
    assert all(m.kind in ("name", "alias", "title", "pronoun") for m in work.mentions)
    if "restrict" in kwargs:
        assert sorted(c.name for c in work.characters) == sorted(e.name for e in kwargs["restrict"])
