"""Hand-built works with known characters, quotes and tags.

The queries are tested on these rather than on pipeline output, so they pin down what
each query answers whatever the analysis stages find.
"""

from __future__ import annotations

from ficlens.model import Character, Interaction, Meta, Quote, Relationship, Segment, Source, Work


def make_work(title: str, names: list[str], lines: list[tuple[int, int | None, str]], **meta) -> Work:
    """A work whose characters are `names` (c1, c2, ...) and whose quotes are
    `(speaker index, addressee index or None, words)`."""
    text = title + "\n\n"
    quotes = []
    for speaker, addressee, words in lines:
        start = len(text)
        text += f'"{words}" said {names[speaker]}.\n\n'
        quotes.append(
            Quote(
                start,
                start + len(words) + 2,
                speaker=f"c{speaker + 1}",
                addressees=[f"c{addressee + 1}"] if addressee is not None else [],
                evidence="explicit",
                confidence=0.9,
            )
        )
    characters = [
        Character(f"c{i + 1}", name, aliases=[name.split()[0]], mentions=10 - i, quotes=sum(1 for s, _, _ in lines if s == i))
        for i, name in enumerate(names)
    ]
    pairs = {}
    for s, a, _ in lines:
        if a is not None:
            key = tuple(sorted((f"c{s + 1}", f"c{a + 1}")))
            pairs[key] = pairs.get(key, 0) + 1
    return Work(
        text=text,
        source=Source(f"{title}.txt", "text", None),
        meta=Meta(title=title, words=len(text.split()), **meta),
        segments=[Segment(0, len(title), "title"), Segment(len(title) + 2, len(text), "story")],
        characters=characters,
        quotes=quotes,
        interactions=[Interaction(a, b, conversations=n) for (a, b), n in pairs.items()],
    )


def corpus_works() -> list[Work]:
    one = make_work(
        "Harbour",
        ["Mara Quayle", "Orrin Thorne", "Ada Fenn"],
        [(0, 1, "You came back."), (1, 0, "I said I would."), (0, 1, "[laughs] You never do."), (2, None, "Tea, anyone?")],
        tags={"relationship": ["Mara Quayle/Orrin Thorne (Original Work)", "Ada Fenn & Mara Quayle"], "character": [], "freeform": []},
    )
    one.relationships = [Relationship("Mara Quayle/Orrin Thorne", "romantic", ["c1", "c2"], 0.8, ["kiss"])]
    two = make_work(
        "Lantern",
        ["Orrin Thorne", "Mara Quayle"],
        [(0, 1, "Hold the light."), (1, 0, "Hold it yourself.")],
        tags={"relationship": ["Ada Fenn/Orrin Thorne"], "character": ["Orrin Thorne (Original Work)", "Ada Fenn"], "freeform": []},
    )
    two.relationships = [Relationship("Orrin Thorne/Mara Quayle", "romantic", ["c1", "c2"], 0.6, [])]
    three = make_work("Salt", ["Ada Fenn", "Jory Kesh"], [(0, 1, "Row."), (1, 0, "Rowing.")])
    return [one, two, three]
