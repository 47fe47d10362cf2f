"""Resolution: each name, description and pronoun occurrence to the entity it refers to (salience)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from ficlens.characters.cluster import (
    Ent,
    ent_gender,
    entry_forms,
    is_partitive,
)
from ficlens.characters.describe import (
    _describe,
    _description_gender,
    _kin_word,
    _kind,
    _leads,
    _plain_person,
    _plain_word,
    aged_holder,
    not_ranked,
    picked_out,
)
from ficlens.characters.links import Links
from ficlens.characters.names import (
    KIN,
    Occ,
    Pron,
)
from ficlens.characters.newcomers import _newcomers
from ficlens.characters.nominals import (
    _modifiers,
    is_indefinite,
    listed_voice_owners,
)
from ficlens.characters.tuning import (
    DECAY,
    GONE,
    OWNED_SUBJECT,
    PREV_SUBJECT,
    PREV_SUBJECT_GAP,
    SALIENCE_CAP,
    SAME_SUBJECT,
    UNKNOWN_GENDER,
    W_NAME,
    W_NAME_SUBJ,
    W_OBLIQUE,
    W_POSSESSOR,
    W_PRON,
    W_PRON_SUBJ,
    W_QUOTED,
)
from ficlens.characters.turns import earlier_party, note_tag, previous_turn
from ficlens.lang.en.leaving import LEAVES
from ficlens.lang.en.person_nouns import COMPARATIVE_MODIFIERS

# a bare "said the man" brings in someone unnamed: a writer avoiding the name of the man on
# stage writes "the young man", "the old man" (measured: given to the salient man by
# salience, it merged strangers into named men on LitBank and SE dev)
_BARE = frozenset({"the man", "the woman"})
_OTHER = {"he": "she", "she": "he"}


def leaving_at(text: str, quotes: Sequence) -> list[int]:
    """Where the narration says someone leaves the scene (`lang.en.leaving`), in text order;
    not `hung up`: the one who hangs up is often the one still on stage (`He hung up the
    receiver and stepped out of the box.`), the one who left is at the other end."""
    starts = [q.start for q in quotes]
    out = []
    for m in LEAVES.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if (k < 0 or m.start() >= quotes[k].end) and not m.group().lower().startswith(("hang", "hung")):
            out.append(m.start())
    return out


def _leans_other(e: Ent, gender: str) -> bool:
    """True when the pronouns seen with `e` lean to the other of he / she, though not
    clearly enough to set its gender: the gender agreement check for a he or she."""
    other = "she" if gender == "he" else "he"
    return e.votes[other] > e.votes[gender]


def _named_by_sentence(occs: list[Occ], smap: dict) -> dict[int, list[tuple[int, int, int]]]:
    """Per sentence, the (start, end, entity) of each unambiguous name of the narration."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    for o in occs:
        t = smap.get(o.surface)
        if not o.nominal and not o.quoted and t and len(t) == 1:
            out.setdefault(o.sent, []).append((o.start, o.end, t[0]))
    return out


def _named_beside(o: Occ, names: Sequence[tuple[int, int, int]]) -> set[int]:
    """Who the narration names in the sentence of a description ("noticeable in the elder
    man, almost imperceptibly gradual in Cameron"): a writer names one and describes the
    other, so the description is not them; an apposition ("Cameron, the elder man") is."""
    return {idx for _s, e, idx in names if not e <= o.start <= e + 2}  # ", " between: apposition


def _resolve(
    occs: list[Occ], prons: Sequence[Pron | Occ], smap: dict, ents: list[Ent], narrator: int | None, quotes: list,
    breaks: Sequence[int] = (), nominal: dict[str, int] | None = None, reader: int | None = None,
    links: Links | None = None, not_self: dict[int, set[int]] | None = None,
    aged: dict[str, set[int]] | None = None, leaving: Sequence[int] = (),
) -> list[tuple[int, int, int, str, str | None, bool]]:
    """Mentions in text order: (start, end, entity, kind, surface or None, quoted).

    Salience in the manner of Lappin and Leass, made cheap: each mention adds a weight
    (a subject counts more, a mention inside a quote much less) and salience halves
    about every sentence and a half. A pronoun takes the most salient entity of its
    gender; an object pronoun ("him", "at her") never takes the subject of its own clause.
    At each of `leaving` (`leaving_at`) the sentence's last subject leaves the scene: its
    salience drops to `GONE` of itself.
    """
    genders = [ent_gender(e) for e in ents]
    if links is not None:
        links.genders = genders  # a voice that turns out to be "a man" is "he" from then on
    # entity -> [salience, sentence of that salience, last start, sentence where it was subject]
    state: dict[int, list] = {}
    out: list[tuple[int, int, int, str, str | None, bool]] = []
    # who a quote addresses by name: the pronoun of its speech tag is someone else; a he or
    # she opening the next paragraph is no tag of it, and may well be the one spoken to
    qends = [q.end for q in quotes]
    vocs: dict[int, set[int]] = {}  # quote end -> entities named as vocatives in it
    voc_para: dict[int, int] = {}  # quote end -> the paragraph of that quote
    described: dict[str, int] = {}  # description -> the character it was taken for
    # passers-by ("a voice from the stair", "another clerk"); "the surgeon" may be "he"
    unnamed = {i for d, i in (nominal or {}).items() if is_indefinite(d)}
    # a listed passer-by ("another private", "a voice") is no he or she the list knows of
    unnamed |= {i for i, e in enumerate(ents) if e.entry is not None and all(map(is_indefinite, entry_forms(e.entry)))}
    newcomer = _newcomers(occs, smap, genders, links is not None and links.closed)
    freq = Counter(smap[o.surface][0] for o in occs if len(smap.get(o.surface, ())) == 1)
    named_in = _named_by_sentence(occs, smap)
    tagged: dict[int, set[int]] = {}  # paragraph -> the named speakers its speech tags resolved to
    items: list[Occ | Pron] = sorted([*occs, *prons], key=lambda x: x.start)
    if links is not None and links.closed:
        newcomer = {**listed_voice_owners(items, smap, links.fixed), **newcomer}

    taken_as: dict[int, set[str]] = {}  # entity -> the other of he / she, for each of them it was taken for
    narrated: set[int] = set()  # entities the narration has named, or a quote called by name
    # the narrator's named family ("my sister Hattie") is no more "the visitor" than an
    # unnamed one (a friend may well be "the gentleman"); a list names its own
    kin_named = {i for d, i in links.fixed.items() if d.startswith("my ") and d[3:] in KIN} \
        if links is not None and not links.closed else set()

    last_at: dict[int, int] = {}  # entity -> where it was last mentioned (kept when salience fades)
    # ... where the narration last mentioned it: `the latter` is read there, not in the lines
    # (`"Well, Hubbard," said the latter` is not Hubbard)
    told_at: dict[int, int] = {}

    subj_at: dict[int, int] = {}  # entity -> where its last subject mention stands
    # where the last possessive he or she ("his men") or object name ("told Tom") of the
    # narration stands: the subject, maybe, of a clause of its own
    owner_at = -1
    leave_i = 0
    # (entity, sentence) of the narration's last subject, a speech tag's name too (`said
    # Mycroft, and the line went dead`): the one a leaving phrase after it sends away
    last_subj: tuple[int, int] | None = None
    prev_sent = -1

    def bump(idx: int, sent: int, start: int, weight: float, subj: bool) -> None:
        nonlocal last_subj
        if subj and weight != W_QUOTED:
            last_subj = (idx, sent)
        opened.add(genders[idx])
        last_at[idx] = start
        if weight != W_QUOTED:
            narrated.add(idx)
            told_at[idx] = start
        if subj:
            subj_at[idx] = start
        st = state.get(idx)
        if st is None:
            state[idx] = [weight, sent, start, sent if subj else -1]
            return
        st[0] = min(st[0] * DECAY ** (sent - st[1]), SALIENCE_CAP) + weight
        st[1], st[2] = sent, start
        if subj:
            st[3] = sent

    lead = _leads(occs, smap, genders, narrator)
    first_named: dict[int, int] = {}  # entity -> where a name of it first occurs
    for o in occs:
        t = smap.get(o.surface)
        if t and len(t) == 1 and not o.nominal:
            first_named.setdefault(t[0], o.start)
    opened: set[str | None] = set()  # genders of the entities named since the last scene break
    breaks = sorted(breaks)
    bi = 0
    for it in items:
        while leave_i < len(leaving) and leaving[leave_i] < it.start:
            # `Lucius smiled, and drifted off`: one who leaves is seldom the next he or she
            if last_subj is not None and last_subj[1] == prev_sent and last_subj[0] in state:
                state[last_subj[0]][0] *= GONE
            leave_i += 1
        prev_sent = it.sent
        if bi < len(breaks) and it.start >= breaks[bi]:
            state.clear()  # a scene break: nobody is salient any more
            opened.clear()
            while bi < len(breaks) and it.start >= breaks[bi]:
                bi += 1
        if isinstance(it, Occ) and it.nominal:
            # a writer keeps a description for one person: "the old keeper" stays Abel
            idx = described.get(it.surface)
            found = links.find(it, idx is not None) if links is not None else None
            if found is not None and found == narrator and not it.quoted:
                found = None  # the narration calls its narrator "I", never "the man" ("Pip, sir." answers him)
            if it.surface.startswith("my "):
                idx = links.fixed.get(it.surface) if links is not None else None  # listed, or named: "Her name was Agnes"
                if idx is None:
                    idx = (nominal or {}).get(it.surface)  # the narrator's kin is nobody else
                if idx is None and links is not None and links.closed and it.speech and _description_gender(it.core):
                    # "said my brother" with a list: the kin speaks, so is a listed one on stage
                    idx = _describe(it, state, genders, nominal or {}, DECAY, () if narrator is None else {narrator})
                    if idx is not None and genders[idx] != _description_gender(it.core):
                        idx = None  # only one the text has shown to be of the kin's gender
            elif found is not None or (links is not None and links.closed and not _kin_word(it) and not _plain_person(it)):
                idx = found  # evidence (a title, an introduction, a listed phrase) or nobody
                if idx is None:
                    found = idx = newcomer.get(it.start)
                if found is not None:
                    described[it.surface] = found
            elif is_indefinite(it.surface):
                idx = newcomer.get(it.start, (nominal or {}).get(it.surface))  # "a young wife" is someone new
            elif idx is None or (idx in state and state[idx][1] == it.sent):
                # "the woman who had hired Nell" is not Nell
                before = idx
                inner = {i for w in it.surface.split()[1:] if w[:1].isupper() for i in smap.get(w.strip(",.;"), ())}
                # a speaker's own "the boy" ("where did you tell the boy to meet us?") is
                # someone talked about, not the one salient on stage (measured: it gave a
                # gentleman the boy's later lines, SE train and dev)
                # "a solitary man ... This man talked with Manuel": a demonstrative points back
                # to someone just brought in, not to whoever salience favours
                if (_plain_word(it) and not (it.speech and it.surface.lower() in _BARE) and not picked_out(it) and not it.quoted
                        and not it.pointed) or _kin_word(it):
                    # "said the man" in a story told by "I" is never the narrator
                    beside = _named_beside(it, named_in.get(it.sent, ())) | ({narrator} if narrator is not None else set())
                    beside |= not_ranked(it, ents, state, genders)  # "his lordship" is the lord on stage
                    g_lead = lead.get(_description_gender(it.core) or "")
                    # "the older woman" is the one set against the lead, unless the text has
                    # made the lead the old one ("old Hobb", "Nonna"): that age wins
                    set_against = {g_lead} if g_lead is not None and _modifiers(it.core) & COMPARATIVE_MODIFIERS else set()
                    idx = aged_holder(it, aged, genders, state, inner | kin_named | beside) if aged else None
                    if idx is None:
                        idx = _describe(it, state, genders, nominal or {}, DECAY, inner | kin_named | beside | set_against)
                    turn = previous_turn(it, tagged)  # "'A wet evening,' Venn remarked. / '...,' the old man replied"
                    if idx in turn:
                        idx = earlier_party(it, tagged, turn, genders)
                        idx = (nominal or {}).get(it.surface) if idx is None else idx
                else:
                    # "the surgeon", "the parlourmaid" are someone of their own unless evidence
                    # (`Links`) says who: salience alone gave them to whoever was on stage
                    idx = (nominal or {}).get(it.surface)
                if it.speech and idx is not None and idx == (nominal or {}).get(it.surface):
                    idx = newcomer.get(it.start, idx)  # "said the guard" ... "Orme said": named soon after
                if before is not None and idx not in (before, None) and idx not in (nominal or {}).values():
                    # one description is one person: "the woman" already stood for another
                    idx = (nominal or {}).get(it.surface)
                # a description written before anyone of its gender is on stage ("if only
                # the girl had been ...", opening a chapter; men thinking of "the girl") is
                # nobody yet: not bound to its unnamed self
                g_it = _description_gender(it.core)
                on_stage = any(g_it is None or genders[i] == g_it for i in state)
                if idx is not None and (it.speech or on_stage or idx != (nominal or {}).get(it.surface)):
                    described[it.surface] = idx
            if idx is not None:
                subj = (it.subject or it.initial) and not it.quoted
                w = W_QUOTED if it.quoted else (W_NAME_SUBJ if subj else W_NAME)
                if is_indefinite(it.surface) and _description_gender(it.core) is None:
                    w = W_PRON  # a passer-by ("a gruff voice", "another") seldom becomes "he" or "she"
                bump(idx, it.sent, it.start, w, subj)
                note_tag(it, idx, tagged, quotes, qends)
                out.append((it.start, it.end, idx, "title", it.surface, it.quoted))
                if links is not None:
                    links.seen(it, idx)
            continue
        if isinstance(it, Occ):
            t = smap.get(it.surface)
            if not t:
                continue
            if len(t) == 1:
                idx = t[0]
            else:
                seen = [(state[i][2], i) for i in t if i in state]
                # the one named last, else the one named most often: an ambiguous first
                # name is never dropped ("Lucy" beside a stray "Lucy Vane"); "one of them"
                # names one member, whichever
                if not seen:
                    # no longer salient (a scene break, a long aside): still the one
                    # mentioned last; else the one named most often (never dropped)
                    seen = [(last_at[i], i) for i in t if i in last_at]
                if seen:
                    idx = max(seen)[1]
                else:
                    ranked = sorted(t, key=lambda i: (-freq[i], i))
                    if is_partitive(it.surface):
                        idx = t[0]
                    else:
                        idx = ranked[0]
            if it.vocative:
                qi = bisect_right(qends, it.start)
                if qi < len(qends) and quotes[qi].end - quotes[qi].start > len(it.surface) + 4:
                    narrated.add(idx)  # called by name: there to hear it (a bare "Hollis." may answer "Who?")
                if qi < len(qends):
                    vocs.setdefault(qends[qi], set()).add(idx)
                    voc_para[qends[qi]] = it.para
            # `the lantern which Tam had brought`: the subject of a relative clause is no
            # subject of the sentence, and weighs as a plain mention
            subj = (it.subject or it.initial) and not it.quoted and not it.relative
            w = W_QUOTED if it.quoted or it.reported else (
                W_NAME_SUBJ if subj else W_POSSESSOR if it.possessive else W_OBLIQUE if it.oblique else W_NAME
            )
            # `He looked up as Eden came in.`: the subject of an `as` clause is not the one the
            # sentence is about, whom a he or she in the next goes on with
            bump(idx, it.sent, it.start, w, subj and not it.subordinate)
            if it.speech and not it.quoted:
                last_subj = (idx, it.sent)
            if not subj and not it.quoted and not it.possessive and not it.oblique:
                owner_at = it.start  # `He told Tom to wait for him`: Tom is the waiting's subject
            note_tag(it, idx, tagged, quotes, qends)
            out.append((it.start, it.end, idx, _kind(it, ents[idx]), it.surface, it.quoted))
            if links is not None:
                links.seen(it, idx)
            continue
        if it.quoted:
            continue
        if it.gender in ("latter", "former"):
            # the latter: the one mentioned last before it (in its sentence or two before);
            # the former: the other of the last two mentioned (never the narrator, "I")
            recent = sorted(((at, i) for i, at in told_at.items() if at < it.start and i != narrator
                             and i in state and it.sent - state[i][1] <= 2), reverse=True)
            k = 0 if it.gender == "latter" else 1
            if len(recent) > k:
                ref = recent[k][1]
                bump(ref, it.sent, it.start, W_NAME_SUBJ if it.subject else W_NAME, it.subject)
                out.append((it.start, it.end, ref, "pronoun", None, False))
            continue
        if it.gender == "i" or it.gender == "you":
            who = narrator if it.gender == "i" else reader
            if who is not None:
                out.append((it.start, it.end, who, "pronoun", None, False))
            continue
        best, best_score = None, 0.0
        stale = []
        addressed: set[int] = set()
        qi = bisect_right(qends, it.start) - 1
        if qi >= 0 and it.start - qends[qi] <= 12 and voc_para.get(qends[qi], it.para) == it.para:
            addressed = vocs.get(qends[qi], addressed)
        # centering: a subject "he" / "she" goes on with the subject of the sentence before
        # ("Ann drove Bea home. She declined to stay." is Ann, though Bea came last)
        prev_subj = -1
        if it.subject:  # only a subject pronoun goes on with a subject: not read for the others
            subj_sents = [st[3] for st in state.values()]
            # "Emma smiled as well as she could": her own sentence's subject comes first
            if it.sent not in subj_sents:
                prev_subj = max((s for s in subj_sents if s < it.sent), default=-1)
                if it.sent - prev_subj > PREV_SUBJECT_GAP:
                    prev_subj = -1
        # an object pronoun ("him", "at her") is never the subject of its own clause, taken
        # as the sentence's subject named last: in `Owen was telling Peter, and Peter was
        # ignoring him` Owen, the subject of the clause before, may well be "him"; and a
        # possessive just before opens a clause of its own (`He saw his men edge away from
        # him`: the men are its subject, and "him" is he)
        clause_subj = max(((subj_at.get(i, -1), i) for i, st in state.items() if st[3] == it.sent),
                          default=(-1, None))[1] if it.obj else None
        for idx, (sal, sent, start, subj_sent) in state.items():
            score = sal * DECAY ** (it.sent - sent)
            if score < 0.02:
                stale.append(idx)
                continue
            if idx == narrator or idx in addressed or (it.obj and idx == clause_subj and not (
                    subj_at.get(idx, -1) < owner_at and it.start - owner_at <= OWNED_SUBJECT)):
                continue
            if not_self and idx in not_self.get(it.start, ()):
                continue  # `He sat down beside Bucky.`: he is not Bucky
            if idx not in narrated:
                continue  # only talked about in quotes ("you must call on Mr. Hollis"): not here
            g = genders[idx]
            if it.gender == "they" and g != "they":
                continue
            if g is None and idx in unnamed:
                continue  # "a voice from the stair": no pronoun says who it is
            if g is None:
                if it.gender in ("he", "she") and _leans_other(ents[idx], it.gender):
                    continue  # "he" is not one the narration has more often called "she"
                score *= UNKNOWN_GENDER
            elif g != it.gender:
                continue
            if subj_sent == it.sent and not it.obj:
                score += SAME_SUBJECT  # the subject of this very sentence
            elif prev_subj >= 0 and subj_sent == prev_subj and idx not in unnamed and (
                g is not None or it.gender not in taken_as.get(idx, ())
            ):
                # not one of unknown gender this text has already called the other pronoun
                # ("She stood. He came close": not her), nor a passer-by ("a man came out
                # to meet me. He ... was MacSwain")
                score += PREV_SUBJECT
            score += start * 1e-12
            if score > best_score:
                best, best_score = idx, score
        for idx in stale:
            del state[idx]
        if not it.subject and not it.obj and it.gender in ("he", "she", "they"):
            owner_at = it.start
        if best is None and it.gender not in opened and not it.quoted:
            best = lead.get(it.gender)  # a scene that opens on "he" opens on the story's main man
            if best is not None and links is not None and links.crosses_chapter(it.start, first_named.get(best, -1)):
                best = None  # the "her" of a prologue is not the heroine first named chapters later
        if best is None:
            continue
        # `before she went`: the subject of a clause that hangs on the main one is not the
        # one the sentence is about, which a later he or she goes on with
        bump(best, it.sent, it.start, W_PRON_SUBJ if it.subject else W_PRON, it.subject and not it.inner)
        if it.gender in _OTHER:
            taken_as.setdefault(best, set()).add(_OTHER[it.gender])
        out.append((it.start, it.end, best, "pronoun", None, False))
    return out
