"""The one a beat shows the speaker turning to (`Nell turned to Tobin. "You're late."`)
is the line's listener and, in the untagged run after it, the one who answers; a beat
that says the speaker did not look (`without looking at Tobin`) shows no listener."""

from __future__ import annotations

from attribution import speaker_at

from ficlens.pipeline import analyze
from ficlens.speakers import gaze
from ficlens.speakers.addressees import beat_listener
from ficlens.speakers.index import _Index

KITCHEN = """
Nell and Jules were at the counter when Tobin came in with his coat still wet. Nell had saved him a mug.

"Morning," said Jules.

Nell turned to Tobin. "You're late."

"The bus broke down."

"Again?"

"Again."
"""


def test_the_one_a_beat_turns_to_answers_the_line():
    work = analyze(KITCHEN.strip() + "\n")
    assert speaker_at(work, "You're late.") == "Nell"
    assert speaker_at(work, "The bus broke down.") == "Tobin"
    assert speaker_at(work, "Again?") == "Nell"
    assert speaker_at(work, "Again.") == "Tobin"


SHELF = """
Nell and Tobin were sorting the books. Nell shelved another one without looking at Tobin. "Any more?"

"Two boxes," said Tobin.

Nell glanced at Tobin. "Only two?"
"""


def test_a_beat_that_does_not_look_shows_no_listener():
    work = analyze(SHELF.strip() + "\n")
    ix, verbs = _Index(work), gaze.verb_starts(work.text)
    ids = {c.name: c.id for c in work.characters}
    assert beat_listener(ix, work.quotes, 0, ids["Nell"], verbs) is None
    assert beat_listener(ix, work.quotes, 2, ids["Nell"], verbs) == ids["Tobin"]


STOOL = KITCHEN.replace("Nell turned to Tobin.", "Nell slid onto the stool next to Tobin.")


def test_the_one_a_beat_sits_down_next_to_answers_the_line():
    work = analyze(STOOL.strip() + "\n")
    assert speaker_at(work, "The bus broke down.") == "Tobin"
    assert speaker_at(work, "Again.") == "Tobin"


MUG = """
Nell and Tobin were at the counter. Nell handed Tobin a mug. "Careful, it's hot."
"""


def test_one_handed_something_is_the_listener():
    work = analyze(MUG.strip() + "\n")
    ids = {c.name: c.id for c in work.characters}
    assert beat_listener(_Index(work), work.quotes, 0, ids["Nell"], gaze.verb_starts(work.text)) == ids["Tobin"]


COUCH = """
Jules had fallen asleep on the couch with the television still on. Tobin was in the armchair, and Nell sat on the rug between them.

Nell looked up at Tobin and then across at Jules.

"Should we wake Jules up?"

"Let him sleep."

"He'll be stiff tomorrow."

"He's always stiff."
"""


def test_the_one_a_beat_looks_at_hears_the_exchange_not_the_one_talked_about():
    work = analyze(COUCH.strip() + "\n")
    names = {c.id: c.name for c in work.characters}
    q = next(q for q in work.quotes if work.text[q.start : q.end].startswith("\"He'll be"))
    assert names[q.speaker or ""] == "Nell"
    assert [names[a] for a in q.addressees] == ["Tobin"]


HANDED_ON = """
Little Jules had fallen asleep in Nell's arms while Tobin watched. Nell handed Jules over to Tobin. "Careful."
"""


def test_one_handed_on_to_another_is_no_listener():
    work = analyze(HANDED_ON.strip() + "\n")
    ids = {c.name: c.id for c in work.characters}
    assert beat_listener(_Index(work), work.quotes, 0, ids["Nell"], gaze.verb_starts(work.text)) != ids["Jules"]


CUP = """
Nell and Tobin had been up all night over the maps. Nell set a cup down beside Tobin. "Drink that."
"""


def test_a_thing_set_down_beside_one_shows_no_listener():
    work = analyze(CUP.strip() + "\n")
    ids = {c.name: c.id for c in work.characters}
    assert beat_listener(_Index(work), work.quotes, 0, ids["Nell"], gaze.verb_starts(work.text)) is None


WORKSHOP = """
Nell, Jules and Tobin had been in the workshop since noon, and the kite was nearly done.

"Hold the spar still," said Jules.

"I am holding it."

"Hold it stiller."

Tobin got up and stretched. "I'm getting chips." He clapped Nell on the back on his way to the door. "Don't let her glue you to it."

"No promises."
"""


def test_one_the_speaker_claps_on_the_back_is_the_listener():
    # clapping, patting, hugging or kissing someone shows whom the line is for, like a look
    work = analyze(WORKSHOP.strip() + "\n")
    ids = {c.name: c.id for c in work.characters}
    ix, verbs = _Index(work), gaze.verb_starts(work.text)
    n = next(i for i, q in enumerate(work.quotes) if "glue you" in work.text[q.start : q.end])
    assert beat_listener(ix, work.quotes, n, ids["Tobin"], verbs) == ids["Nell"]
    for verb in ("patted", "hugged", "kissed", "nudged"):
        w = analyze(WORKSHOP.replace("clapped Nell on the back", f"{verb} Nell").strip() + "\n")
        i2, v2 = _Index(w), gaze.verb_starts(w.text)
        k = next(i for i, q in enumerate(w.quotes) if "glue you" in w.text[q.start : q.end])
        names = {c.name: c.id for c in w.characters}
        assert beat_listener(i2, w.quotes, k, names["Tobin"], v2) == names["Nell"], verb
