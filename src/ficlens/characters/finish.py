"""The output of the character stage: `Character` and `Mention` objects and the `Cast` layer."""

from __future__ import annotations

from collections import Counter

from ficlens.characters.cluster import (
    MARRIED,
    Ent,
    ent_gender,
    spouse_name,
)
from ficlens.characters.forms import _article_forms, _fullest, _implied_forms
from ficlens.characters.names import split_hon
from ficlens.lang.en.honorifics import HON_GENDER, HONORIFICS
from ficlens.layers import Cast
from ficlens.model import Character, Mention, Work


def _head_phrase(surface: str) -> str:
    """A description without the clause a comma hangs on it: "the colonel, who had just
    come in" is called "the colonel" (the clause says what he did, not who he is)."""
    head, comma, rest = surface.partition(", ")
    # "a thin, pale girl" is one description: only a relative clause is cut off
    if comma and head.lower().startswith(("the ", "a ", "an ")) and rest.split(None, 1)[:1] in (["who"], ["whom"], ["whose"], ["which"]):
        return head
    return surface


def _finish(
    work: Work, raw: list, ents: list[Ent], keep: set[int], smap: dict, closed: bool, narrator: int | None
) -> None:
    total: Counter[int] = Counter()
    named: Counter[int] = Counter()
    narrated: set[int] = set()
    forms: dict[int, Counter[str]] = {}
    first_at: dict[int, int] = {}
    pron_once: set[int] = set()
    for start, _end, idx, _kind, surface, quoted in raw:
        total[idx] += 1
        first_at.setdefault(idx, start)
        if surface is not None:
            named[idx] += 1
            forms.setdefault(idx, Counter())[_head_phrase(surface)] += 1
        if not quoted:
            # in the action: named in the narration, or referred to there more than once
            if surface is not None or idx in pron_once:
                narrated.add(idx)
            pron_once.add(idx)
    if closed:
        chosen = [e.idx for e in ents if e.entry is not None]
    else:
        chosen = [i for i in keep if named[i] > 0 or (i == narrator and total[i] > 0)]
    chosen.sort(key=lambda i: (-total[i], first_at.get(i, 1 << 62), i))
    ids = {idx: f"c{n + 1}" for n, idx in enumerate(chosen)}
    implied = _implied_forms({i: forms.get(i, Counter()) for i in chosen})
    the_forms = _article_forms(work.text, raw, set(chosen))
    chars = []
    for idx in chosen:
        e = ents[idx]
        seen = forms.get(idx, Counter())
        if e.entry is not None:
            name = e.entry.name
        else:
            name = _fullest(e, seen)
            # with no full name of its own, a wife's title before a full name is her husband's
            # name (`cluster.spouse_name`, or a man of that name is in the story)
            wife = [f for f in seen if (h := split_hon(f)[0]) is not None and split_hon(f)[1] == name
                    and (spouse_name(h, name) or h in MARRIED)]
            if wife and not e.full:
                name = max(wife, key=lambda f: (seen[f], f))  # "Mrs Alfred Lammle" is not called "Alfred Lammle"
        aliases = [f for f, _ in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])) if f != name]
        aliases += [f for f in implied.get(idx, ()) if f != name and f not in aliases]
        aliases += [f for f in the_forms.get(idx, ()) if f not in aliases]
        if idx == narrator and e.entry is None and e.label == "narrator":
            aliases.append("I")  # an unnamed narrator is known only as "I"
        g = ent_gender(e)
        if g is None:
            for h, _ in e.hon_forms:
                g = g or HON_GENDER.get(HONORIFICS.get(h, "n"))
        chars.append(
            Character(
                id=ids[idx], name=name, aliases=aliases, pronouns=g, mentions=total[idx],
                present=idx in narrated, canonical=e.entry.name if (e.entry is not None and not closed) else None,
            )
        )
    work.characters = chars
    work.mentions = [Mention(s, en, ids[i], k) for s, en, i, k, _, _ in raw if i in ids]
    work.mentions.sort(key=lambda m: (m.start, m.end))
    surfaces = {s: ids[t[0]] for s, t in smap.items() if len(t) == 1 and t[0] in ids}
    work.layers.put(Cast(narrator=ids.get(narrator) if narrator is not None else None, surfaces=tuple(surfaces.items())))
