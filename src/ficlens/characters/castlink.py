"""A description in a speech tag linked to a named character by the dialogue around it.

`"...," sobbed the old servant.` names nobody on its own; a writer who describes a
speaker this way often lets the next speaker call them by name: `"There, Martha," said
Kit`. `reply_calls` returns, for such descriptions, the character the reply calls:

- the description is definite ("the old servant", not "a servant", not "my aunt") and
  tags a quote right before it;
- the reply is the next turn: the first later quote, within REPLY_REACH characters, in a
  later paragraph or tagged by name; its tag names its speaker, and it calls exactly one
  character by name, not that speaker;
- the description's noun and that character agree in gender when both are known;
- an unnamed voice (`asked a tired voice`) counts too, and a call anywhere in the
  reply's paragraph (`"Not me," said Jonah. "Come down, Priya."`); a voice's reply
  may go untagged (`said a voice from the tent.` / `"Go to sleep, Varric."`): an unseen
  speaker is answered by whoever heard it, so the one it calls is the voice.

`introduced_names` links a definite description tag ("said the clergyman") to the
character first named right after the narration brought in someone with the same noun
(`a doctor got down from the trap ... "Look, it's Dr. Ames!"`): a writer introduces a person, then
names them. The name must be new there (nobody named it before the introduction), come
within INTRO_REACH characters and agree with the noun's gender.

`role_holders` gives a role noun to the one character the text ever gives it, by an
apposition ("Mr. Askew, a lawyer,") or by answering a call (`"Over, Mrs. Penny!" said
the doctor. "So it is," said the nurse`): "the nurse" of a line before that is Mrs.
Penny too, when nothing else links it.

A link from a description to a character is dropped when a narration sentence names that
character and holds a description with the same role noun apart from it ("said Peppino,
addressing the count": `links_apart`, `roles_apart`).

`subject_before` gives, with a user's cast and nothing else to go on, a description tag
to the named subject of the narration sentence leading into its quote (`Rook had turned
to the crowd. "Go home," said the old man`).

`self_named` gives a description tag the one character its quote says the speaker is
(`"Princess, it's Antilles," said the comlink`; "I'm Wren", "my name is Wren").

`whose_names` gives a described character the name a relative clause states for it
("The guard, whose name was Orme, knocked"), as an alias (without a list).

`Links` uses the first four and `self_named` (with `reply_calls`) before salience (see `nominals`); no layers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from ficlens.characters.describe import _description_gender
from ficlens.characters.names import Occ
from ficlens.characters.nominals import _PLAIN_HEADS, _clash, _modifiers, head_noun, is_indefinite, noun_gender
from ficlens.lang.en.honorifics import HONORIFICS
from ficlens.model import Work

REPLY_REACH = 600  # characters from the description to the reply that calls it by name
INTRO_REACH = 600  # characters from "a clergyman" to the name that follows it
TAG_GAP = 80  # characters between a quote's end and the subject of its tag


def _definite_tags(noms: list[Occ], qends: list[int]) -> Iterator[tuple[Occ, int]]:
    """(description, index of the quote it tags) for each definite description tag right
    after a quote ("...," said the old servant); not "a servant", not "my aunt"."""
    for d in noms:
        if not d.speech or d.quoted or is_indefinite(d.surface) or d.surface.lower().startswith("my "):
            continue
        qi = bisect_right(qends, d.start) - 1
        if qi >= 0 and d.start - qends[qi] <= TAG_GAP:
            yield d, qi


def _voice_tags(noms: list[Occ], qends: list[int]) -> Iterator[tuple[Occ, int]]:
    """(description, quote index) for an unnamed voice tagging the quote right before it
    (`"Is anybody up?" asked a tired voice`): the reply that calls someone by name
    answers that voice as surely as it answers `the old servant`."""
    for d in noms:
        if d.speech and not d.quoted and is_indefinite(d.surface) and head_noun(d.core) == "voice":
            qi = bisect_right(qends, d.start) - 1
            if qi >= 0 and d.start - qends[qi] <= TAG_GAP:
                yield d, qi


def reply_calls(occs: list[Occ], noms: list[Occ], quotes: list, smap: dict, genders: list,
                paras: list[int]) -> dict[int, int]:
    """Start of a description tag -> the entity the reply calls by name (module doc).
    `paras` are the paragraph starts."""
    speech = [q for q in quotes if q.kind != "non_speech"]
    qends = [q.end for q in speech]
    calls: dict[int, set[int]] = {}  # quote index -> entities it calls by name
    tagged: dict[int, int] = {}  # quote index -> entity its tag names
    for o in occs:
        t = smap.get(o.surface)
        if not t or len(t) != 1:
            continue
        qi = bisect_right(qends, o.start) - 1
        if o.quoted and o.vocative and qi + 1 < len(speech) and speech[qi + 1].start < o.start:
            calls.setdefault(qi + 1, set()).add(t[0])
        elif o.speech and not o.quoted and qi >= 0 and o.start - qends[qi] <= TAG_GAP:
            tagged.setdefault(qi, t[0])
    out: dict[int, int] = {}
    voice_tags = list(_voice_tags(noms, qends))
    voices = {d.start for d, _ in voice_tags}
    for d, qi in [*_definite_tags(noms, qends), *voice_tags]:
        g = _description_gender(d.core)  # "said her ladyship" is a she
        for j in range(qi + 1, len(speech)):
            if speech[j].start - d.end > REPLY_REACH:
                break
            if j not in tagged:
                if bisect_right(paras, speech[j].start) - 1 == d.para:
                    continue  # the described speaker goes on
                if d.start not in voices:
                    break  # an untagged reply: who it calls says nothing sure
                # ... but an unseen voice is answered by whoever heard it, and the one
                # they call is the voice (`"Go to sleep, Varric."`): nobody else is there
            called = set(calls.get(j, ()))
            para = bisect_right(paras, speech[j].start)
            k = j + 1
            while k < len(speech) and bisect_right(paras, speech[k].start) == para:
                called |= calls.get(k, set())  # `"Not me," said Jonah. "Come down, Priya."`
                k += 1
            names = called - {tagged[j]} if j in tagged else called
            if len(names) == 1 and len(called) == 1:
                v = next(iter(names))
                if g is None or genders[v] in (g, None):
                    out[d.start] = v
            break
    return out


# a speaker naming themself: "I'm Wren", "my name is Wren"; "it's Wren", "this is Wren"
# only opening the quote or after a call ("Princess, it's Antilles"), since "Look, it's
# Dr. Ames!" announces someone else
_SELF_NAMED = re.compile(r"(?:\b(?:I['’]m|I am|[Mm]y name is|[Nn]ame['’]s)|(?P<opening>\b(?:[Ii]t['’]s|[Ii]t is|[Tt]his is)))[ \t]+$")
_QUOTE_OPENING = re.compile(r"[\s\"'“‘]*")


def self_named(text: str, occs: list[Occ], noms: list[Occ], quotes: list, smap: dict, genders: list) -> dict[int, int]:
    """Start of a description tag -> the one character the quote it tags says its speaker
    is (`"Princess, it's Antilles," said the comlink`; see `_SELF_NAMED`), when the
    description's noun and that character agree in gender."""
    speech = [q for q in quotes if q.kind != "non_speech"]
    qends = [q.end for q in speech]
    called_end = {o.end for o in occs if o.quoted and o.vocative}
    named: dict[int, set[int]] = {}  # quote index -> entities it says its speaker is
    for o in occs:
        t = smap.get(o.surface)
        qi = bisect_right(qends, o.start)
        if not t or len(t) != 1 or not o.quoted or qi >= len(speech) or speech[qi].start > o.start:
            continue
        m = _SELF_NAMED.search(text, speech[qi].start, o.start)
        if m is None:
            continue
        if m.group("opening") is not None:
            lead = text[speech[qi].start : m.start()]
            opening = _QUOTE_OPENING.match(lead)
            call = lead[opening.end() if opening else 0 :].rstrip()
            # a call before it: a name, or a title ("Princess,"), never "Look,"
            after_call = call.endswith(",") and (call[:-1] in HONORIFICS or speech[qi].start + len(lead.rstrip()) - 1 in called_end)
            if call and not after_call:
                continue
        named.setdefault(qi, set()).add(t[0])
    out: dict[int, int] = {}
    for d, qi in [*_definite_tags(noms, qends), *_voice_tags(noms, qends)]:
        who = named.get(qi, set())
        g = _description_gender(d.core)  # "said her ladyship" is a she
        if len(who) == 1 and (g is None or genders[next(iter(who))] in (g, None)):
            out[d.start] = next(iter(who))
    return out


def answered_calls(occs: list[Occ], noms: list[Occ], quotes: list, smap: dict, genders: list,
                   paras: list[int]) -> dict[int, int]:
    """Start of a description tag -> the one character the turn before called by name
    (`"I had better go in, Ned," he said.` / `"Which picture?" said the painter`): the
    one called answers. The turn before is the speech of the previous paragraph, and it
    calls exactly one character, known to be of the description's gender when that has
    one (`said her ladyship` after a call to "Monseigneur", whom nothing gives a gender:
    the call may go unanswered, and this is weak evidence)."""
    speech = [q for q in quotes if q.kind != "non_speech"]
    qends = [q.end for q in speech]
    calls: dict[int, set[int]] = {}  # paragraph index -> entities its quotes call by name
    for o in occs:
        t = smap.get(o.surface)
        if t and len(t) == 1 and o.quoted and o.vocative:
            calls.setdefault(bisect_right(paras, o.start) - 1, set()).add(t[0])
    out: dict[int, int] = {}
    for d, qi in _definite_tags(noms, qends):
        para = bisect_right(paras, speech[qi].start) - 1
        if para != d.para or (qi > 0 and bisect_right(paras, speech[qi - 1].start) - 1 == para):
            continue  # only the turn's opening quote answers the paragraph before
        before = bisect_right(paras, speech[qi - 1].start) - 1 if qi > 0 else -1
        called = calls.get(before, set()) if before == para - 1 else set()
        g = _description_gender(d.core)  # "said her ladyship" is a she
        if len(called) == 1:
            v = next(iter(called))
            if g is None or genders[v] == g:
                out[d.start] = v
    return out


_INDEF_BEFORE = re.compile(r"\b[Aa]n?[ \t]+(?:[a-z][a-z-]*,?[ \t]+){0,3}$")


def introduced_names(text: str, occs: list[Occ], noms: list[Occ], quotes: list, smap: dict,
                     genders: list) -> dict[int, int]:
    """Start of a definite description tag -> the character named first after the last
    indefinite introduction of its noun (module doc). `occs` sorted by start."""
    tags: dict[str, list[Occ]] = {}
    for d in noms:
        if d.speech and not d.quoted and d.surface.lower().startswith(("the ", "this ", "that ")):
            tags.setdefault(head_noun(d.core), []).append(d)
    # "a man" is brought in on every page: only a noun that says more (a role) is followed
    heads = [h for h in tags if h.isalpha() and h not in _PLAIN_HEADS]
    if not heads:
        return {}
    first: list[tuple[int, int]] = []  # (start, entity) of each entity's first occurrence
    seen: set[int] = set()
    for o in occs:
        t = smap.get(o.surface)
        if t and len(t) == 1 and t[0] not in seen:
            seen.add(t[0])
            if not o.speech:
                # a speaker named first by his own tag ("whispered Mr. Penrose to his
                # cousin") is one of the party already on stage, talking about the
                # newcomer: not the name the newcomer is given (measured: se-train +6)
                first.append((o.start, t[0]))
    fstarts = [f[0] for f in first]
    qstarts = [q.start for q in quotes]
    intros: dict[str, list[tuple[int, str]]] = {h: [] for h in heads}  # (start, phrase)
    # each head noun by a plain literal search (fast), then "a" or "an" at most three words before
    for h in heads:
        for m in re.finditer(h + r"\b", text):
            if m.start() > 0 and text[m.start() - 1].isalpha():
                continue  # "clergyman" inside "nonclergyman"
            before = _INDEF_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if before is None:
                continue
            qi = bisect_right(qstarts, before.start()) - 1
            if qi < 0 or quotes[qi].end <= before.start():
                phrase = text[before.start() : m.end()].replace(",", "")
                intros[h].append((before.start(), phrase))  # in the narration, not said
    out: dict[int, int] = {}
    for h in heads:
        g = noun_gender(h)
        for d in tags[h]:
            k = bisect_right(intros[h], (d.start,)) - 1
            if k < 0 or _clash(_modifiers(d.core), _modifiers(intros[h][k][1])):
                continue  # "the old woman" was not brought in as "a young woman"
            at = intros[h][k][0]
            for start, idx in first[bisect_right(fstarts, at):]:
                if start - at > INTRO_REACH or start > d.start:
                    break
                if g is None or genders[idx] in (g, None):
                    out[d.start] = idx
                    break
    return out


def role_holders(occs: list[Occ], roles: dict[int, str], smap: dict, noms: Sequence[Occ] = ()) -> dict[str, int]:
    """Role noun -> the one entity the text gives it (`roles`: occurrence start -> role
    noun, from `nominals.appositions` and `nominals.vocative_roles`), unless the
    narration names that entity and describes the role's holder in one sentence
    ("said Peppino, addressing the count"): there the role is someone else's."""
    holders: dict[str, set[int]] = {}
    for o in occs:
        role = roles.get(o.start)
        t = smap.get(o.surface) if role is not None else None
        if t and role is not None:
            holders.setdefault(role, set()).update(t)
    out = {r: next(iter(h)) for r, h in holders.items() if len(h) == 1}
    return {r: i for r, i in out.items() if not _beside(r, i, occs, noms, smap, roles)}


def links_apart(found: dict[int, int], occs: list[Occ], noms: Sequence[Occ], smap: dict) -> dict[int, int]:
    """`found` (description start -> character) without the links the narration shows
    wrong: a sentence names the character and holds a description with the same role
    noun apart from it ("Tomas bowed low to the baron": "said the baron" is not Tomas)."""
    at = {d.start: d for d in noms}
    return {s: i for s, i in found.items()
            if s not in at or not _beside(at[s].core.lower().rsplit(None, 1)[-1], i, occs, noms, smap, {})}


def roles_apart(roles: dict[int, str], occs: list[Occ], noms: Sequence[Occ], smap: dict,
                genders: Sequence[str | None] | None = None) -> dict[int, str]:
    """`roles` (occurrence start -> role noun) without the roles the narration shows to be
    someone else's: a sentence names the occurrence's character and describes "the
    role" apart from it (`_beside`). With `genders`, a role whose noun has a gender
    ("woman") is kept only for a character known to be of it: the one a call names
    need not be the one who answers (`"..., Ferreira." / "...," said the old woman`)."""
    at = {o.start: o for o in occs}
    out = {}
    for start, role in roles.items():
        t = smap.get(at[start].surface) if start in at else None
        g = noun_gender(role)
        if genders is not None and g is not None and not (t and len(t) == 1 and genders[t[0]] == g):
            continue
        if not (t and len(t) == 1 and _beside(role, t[0], occs, noms, smap, roles)):
            out[start] = role
    return out


def _beside(role: str, idx: int, occs: list[Occ], noms: Sequence[Occ], smap: dict, roles: dict[int, str]) -> bool:
    """True when a narration sentence names `idx` and holds "the `role`" apart from it
    (not the apposition that gave the role)."""
    sents = {o.sent for o in occs if not o.quoted and smap.get(o.surface) == (idx,) and roles.get(o.start) != role}
    return any(not d.quoted and d.sent in sents and d.surface.lower().split()[:1] == ["the"]
               and d.core.lower().rsplit(None, 1)[-1] == role for d in noms)


def subject_before(occs: list[Occ], noms: list[Occ], quotes: list, smap: dict, genders: list,
                   sent_starts: list[int], paras: list[int]) -> dict[int, int]:
    """Start of a definite description tag -> the named subject of the narration sentence
    that leads into its quote in the same paragraph (`Hale had turned to the crowd. "Go
    home," said the old man`), when the genders agree."""
    qends = [q.end for q in quotes]
    out: dict[int, int] = {}
    starts = [o.start for o in occs]
    for d, qi in _definite_tags(noms, qends):
        q = quotes[qi]
        lead = q.start - 1
        s = bisect_right(sent_starts, lead) - 1
        lo = max(sent_starts[s] if s >= 0 else 0, paras[bisect_right(paras, q.start) - 1])
        if qi > 0 and quotes[qi - 1].end > lo:
            continue  # another line in between: the narration leads into that one
        g = _description_gender(d.core)  # "said her ladyship" is a she
        # the last subject: "while Hale sat by, Rook had turned to the crowd" is Rook's
        for o in reversed(occs[bisect_right(starts, lo - 1): bisect_right(starts, lead)]):
            t = smap.get(o.surface)
            if o.quoted or not (o.subject or o.initial) or not t or len(t) != 1:
                continue
            if g is not None and genders[t[0]] not in (g, None):
                continue
            out[d.start] = t[0]
            break
    return out


_WHOSE_NAME = re.compile(
    r"whose[ \t]+(?:real[ \t]+|own[ \t]+|Christian[ \t]+|first[ \t]+)?"
    r"name[ \t]+(?:was|is)[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b"
)
_DESC_BEFORE = re.compile(r"\b[Tt]he(?:[ \t]+[a-z][a-z-]*){1,3},?[ \t]+$")


def whose_names(work: Work) -> dict[str, list[str]]:
    """Character id -> names stated for a described character by a relative clause right
    after its description: "The guard, whose name was Orme," -> "Orme"."""
    forms: dict[str, set[str]] = {}  # a described character's forms, lower case -> ids
    for c in work.characters:
        for f in (c.name, *c.aliases):
            if f and (f[:1].islower() or f.split()[0] in ("The", "A", "An")):
                forms.setdefault(f.lower(), set()).add(c.id)
    out: dict[str, list[str]] = {}
    for m in _WHOSE_NAME.finditer(work.text):  # no leading \b: a literal start searches fast
        d = _DESC_BEFORE.search(work.text, max(0, m.start() - 50), m.start())
        ids = forms.get(d.group().rstrip(" \t,").lower(), set()) if d else set()
        if len(ids) == 1:
            cid = next(iter(ids))
            if m.group("name") not in out.get(cid, []):
                out.setdefault(cid, []).append(m.group("name"))
    return out
