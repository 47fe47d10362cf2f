"""A name in apposition is talked about, not called: `my cousin, Ada Fenn` and `Bram
Oakes, the baker, you know` say who someone is, so the one named does not answer next."""

from __future__ import annotations

from attribution import speaker_at

from ficlens.pipeline import analyze

MILL = """
Bram Oakes had gone home an hour before, and Nell and Hugh sat by the fire in the mill kitchen.

"The dog is gone," said Nell.

"Who let him out?"

"Somebody from the village—Bram Oakes, the baker, you know. He came for the flour."

"Then I shall walk over and thank him."

"Do. Take the lantern."

"I will, and the dog too."
"""

VISIT = """
Nell met Hugh at the gate.

"You must come in and meet my cousin, Ada Fenn. She came last night."

"Is she the one who paints?"
"""


def test_a_name_followed_by_who_they_are_is_no_call():
    work = analyze(MILL.strip() + "\n")
    assert speaker_at(work, "Then I shall walk over") == "Hugh"
    assert speaker_at(work, "I will, and the dog") == "Hugh"


def test_a_name_after_my_cousin_is_no_call():
    work = analyze(VISIT.strip() + "\n")
    q = next(q for q in work.quotes if "my cousin" in work.text[q.start : q.end])
    names = {c.id: c.name for c in work.characters}
    assert "Ada Fenn" not in {names.get(a) for a in q.addressees}
    assert speaker_at(work, "Is she the one") == "Hugh"
