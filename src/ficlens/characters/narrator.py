"""First- and second-person narration: I-turns, the narrator, a name the narrator goes by."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from ficlens.characters.cluster import (
    Ent,
)
from ficlens.characters.names import (
    Occ,
    Pron,
)
from ficlens.characters.tuning import (
    _ADDRESS,
    _BESIDE_ME,
    _CALLED_ME,
    _I_AM,
    _SOLE_NAME,
    _TAG_BREAK,
    _TO_MYSELF,
    _WHO_QUESTION,
    ADDRESS_SHARE,
    FIRST_SHARE,
    FIRST_SHARE_SPEAKING,
    I_GOES_ON,
    I_TAG_GAP,
    I_TURNS_SPEAKING,
    NAMED_OTHER,
    REPLY_VOCATIVE,
    SELF_NAMED,
    TAG_AFTER,
    WEAK_CALLS_TURNS,
)
from ficlens.lang.en.honorifics import HON_GENDER, HONORIFICS
from ficlens.tally import Tally


def _second_person(prons: list[Pron]) -> bool:
    you = sum(1 for p in prons if not p.quoted and p.gender == "you")
    other = sum(1 for p in prons if not p.quoted and p.gender in ("he", "she", "i"))
    return you >= 5 and you >= 0.5 * other


def _first_person(prons: list[Pron], i_turns: int = 0) -> bool:
    """Narration in the first person: many I/me/my outside quotes. A narrator who speaks
    (`," I said`) is one even when the frame tells mostly of others (he/she)."""
    first = sum(1 for p in prons if not p.quoted and p.gender == "i")
    third = sum(1 for p in prons if not p.quoted and p.gender in ("he", "she"))
    share = FIRST_SHARE_SPEAKING if i_turns >= I_TURNS_SPEAKING else FIRST_SHARE
    return first >= 5 and first >= share * third


def _i_turns(text: str, prons: list[Pron], quotes: list) -> list[int]:
    """Indexes of the quotes the narrator says: tagged `," I said` / `said I` / `I said, "`."""
    ends = [q.end for q in quotes]
    starts = [q.start for q in quotes]
    out: set[int] = set()
    for p in prons:
        if p.gender != "i" or p.quoted or p.word != "i":
            continue
        qi = bisect_right(ends, p.start) - 1
        if qi >= 0 and p.start - ends[qi] <= I_TAG_GAP and "\n" not in text[ends[qi]:p.start]:
            out.add(qi)
            nxt = qi + 1
            if nxt < len(starts) and starts[nxt] - p.end <= I_GOES_ON and "\n" not in text[p.end:starts[nxt]]:
                out.add(nxt)  # `"...," I said. "Don't do it, Al."`: the same line goes on after its tag
        qn = bisect_right(starts, p.start)
        if qn < len(starts) and starts[qn] - p.end <= I_TAG_GAP + 8 and not _TAG_BREAK.search(text, p.end, starts[qn]):
            out.add(qn)
    return sorted(out)


def _narrator(
    occs: list[Occ], smap: dict, ents: list[Ent], quotes: Sequence = (), i_turns: Sequence[int] = (),
    text: str = "", closed: bool = False, own: Tally[int] | None = None, tags: Sequence[int] = (),
) -> int | None:
    """The first-person narrator: addressed by others, hardly named in the narration.

    A name the narrator gives themself (`he called me Sparrow`, `my name is Clarke`, `"I
    am Raven," I said`, `"Don't, Reyes," I told myself`) settles it. One the narration
    tells of doing something to "me" (`Garcia came and stood next to me`) is someone else. A name called out in the line just before or after
    one the narrator says (`"..., Rudolf?" / "My dear Rose," I answered`) is the
    narrator's name, the next best evidence; a name two characters share counts for both
    (the narration names the other). A name answering the narrator's "Who?" is someone
    else. A call inside a line a speaker retells (`I said: 'All right, Katz'`) calls
    nobody here; a name given of a third person (`His name is Ferro`) is someone else's; a
    line that names its tagged answerer (`"Mr. Vane, this is Mr. Quill."` / `said Mr.
    Quill`) calls someone else. A narrator who speaks often is called next to their own
    lines at least once. With a closed character list the narrator is on it: failing any
    of that, the listed character talked about in quotes (or called once) but never
    named in the narration."""
    voc: Counter[int] = Counter()
    narr: Counter[int] = Counter()
    quoted: Counter[int] = Counter()
    reply: Tally[int] = Tally()
    called: Counter[int] = Counter()  # called by name in a line the narrator says: someone else
    beside: Counter[int] = Counter()  # told of in the narration doing something to "me": someone else
    own = own or Tally()
    mine = set(i_turns)
    # the turns next to the narrator's own: the other speaker calls the narrator by name,
    # unless it answers the narrator's "Who?"
    near = {j for i in i_turns for j in (i - 1, i + 1) if j >= 0 and j not in mine}
    answers = {i + 1 for i in i_turns if i < len(quotes) and _WHO_QUESTION.match(text, quotes[i].start, quotes[i].end)}
    near -= answers
    # a line called out to X and answered by a line someone tagged by name says (`"Is
    # that so, Walt?"` / `"It is," said my uncle.`): X is that someone, not the narrator
    tags = sorted(tags)
    answered = {qi for qi in range(len(quotes) - 1) if qi + 1 not in mine and _tagged_after(quotes[qi + 1].end, tags)}
    qstarts = [q.start for q in quotes]
    answered -= _introduced(occs, smap, quotes, qstarts, answered)
    # a line the narration then tells as done to "me" (`"..., Tess." She patted my arm.`) is
    # said to the narrator: a call in it that names nobody else calls the narrator
    to_me = _said_to_me(text, quotes) - mine - answers - answered
    near |= _sole_calls(text, occs, smap, quotes, qstarts, to_me)
    for o in occs:
        t = smap.get(o.surface)
        if not t:
            continue
        qi = bisect_right(qstarts, o.start) - 1 if (o.vocative or o.quoted) and quotes else -1
        if o.vocative and qi >= 0 and _retold(text, quotes[qi].start, o.start):
            continue  # `"I said: 'All right, Katz, ...'"`: a call the speaker retells, said to nobody here
        if (o.vocative or (qi in to_me and _alone(text, o))) and qi in near:
            for i in t:
                reply[i] += REPLY_VOCATIVE
        if len(t) != 1:
            continue
        if o.quoted:
            quoted[t[0]] += 1
            # whom the narrator calls is someone else; "Who?" / "Father Ambrose." calls nobody
            voc[t[0]] += o.vocative and qi not in mine and qi not in answers and qi not in answered
            called[t[0]] += o.vocative and qi in mine
            # `"His name is Ferro."`: a name given of a third person is not the narrator's
            called[t[0]] += bool(_HIS_NAME.search(text, max(0, o.start - 24), o.start))
        else:
            narr[t[0]] += 1
            # `Garcia came and stood next to me`: one the narration tells of beside "me" is someone
            # else; a titled form (`Sir Anselm watched me from the wall`) may be a namesake's
            beside[t[0]] += not o.possessive and o.hon is None and not o.epithet and bool(_BESIDE_ME.match(text, o.end))
    # addressed by others and talked about in quotes, seldom named in the narration
    # ... and called by it often for all that talk: one the others mostly talk about ("Noonan
    # was like a father to Tim"), or one the narrator calls, is someone else
    # ... and, of a closed list, one the narration names by name again and again whom nobody
    # calls in a line next to the narrator's own ("Percy grinned" / "Come on, Percy")
    best = [(own[i] + voc[i] + reply[i] + 0.5 * quoted[i] - 0.5 * narr[i], voc[i], -i)
            for i in voc.keys() | reply.keys() | own.keys()
            if own[i] or ((voc[i] or reply[i] > 0) and voc[i] + reply[i] >= ADDRESS_SHARE * quoted[i] and not called[i]
                          and not beside[i] and not (closed and narr[i] >= NAMED_OTHER and not reply[i] > 0))]
    if not closed and len(i_turns) >= WEAK_CALLS_TURNS:
        # a narrator who speaks this often and goes by a name is called by it more than once
        # ... and by it next to one of their own lines at least once: calls all made away
        # from the narrator's lines are to someone else (`"Don't you, Ewan?"` to a guest)
        best = [b for b in best if own[-b[2]] + voc[-b[2]] + reply[-b[2]] >= 2 and (own[-b[2]] or reply[-b[2]] > 0)]
    if not best:
        # ... or called by it once (`"Mr. Vane, ..."`): the others' one call beats a mere mention
        best = [(0.5 * quoted[i] + voc[i], 0, -i) for i in quoted if narr[i] == 0 and (quoted[i] >= 2 or voc[i] > 0)
                and (closed or any(h.rstrip(".") in _ADDRESS for h, _ in ents[i].hon_forms))]
    best = [b for b in best if b[0] > 0]
    return -max(best)[2] if best else None


# the narration right after a line, in its paragraph, telling its speaker ("she", "he",
# "they", a name) doing something to "me" (`She patted my arm.`, `he tells me`, `, she said to me`)
_TO_ME = re.compile(
    r"[,.!?—]?[\"”]\s*(?:[A-Z]\w*(?:\s+[A-Z]\w*)?|[Ss]he|[Hh]e|[Tt]hey)\s+(?:\w+\s+){0,3}?"
    r"(?:to\s+|at\s+)?(?:me|my)\b(?![-'’])"
)


def _said_to_me(text: str, quotes: Sequence) -> set[int]:
    """Lines the narration tags as said or done to the narrator."""
    out: set[int] = set()
    for qi, q in enumerate(quotes):
        m = _TO_ME.match(text, q.end - 1)
        if m and "\n" not in text[q.end : m.end()] and not re.search(r"\bI\b", text[q.end : m.end()]):
            out.add(qi)
    return out


def _alone(text: str, o: Occ) -> bool:
    """A name standing as a sentence of its own in a line (`"Oh, honey. Agent Okoro. Tess."`): a call."""
    before = text[max(0, o.start - 2) : o.start]
    return (before.endswith((". ", "! ", "? ")) or before[-1:] in "\"“") and text[o.end : o.end + 1] in (".", "!", "?")


def _sole_calls(text: str, occs: list[Occ], smap: dict, quotes: Sequence, qstarts: list[int], lines: set[int]) -> set[int]:
    """Of `lines`, those whose every name is a call: a line that also names someone else
    (`"Tell Reid, Tess."`) may be said about them, to anyone."""
    bad: set[int] = set()
    calls: set[int] = set()
    for o in occs:
        if not o.quoted or not smap.get(o.surface):
            continue
        qi = bisect_right(qstarts, o.start) - 1
        if qi not in lines:
            continue
        if (o.vocative or _alone(text, o)) and not o.possessive:
            calls.add(qi)
        else:
            bad.add(qi)
    return calls - bad


_HIS_NAME = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+name(?:['’]s|\s+is|\s+was)\s+$")
# a single quote opening a line retold inside a quote (`I said: 'All right, ...`), and one
# closing it (`... his mouth.' He shut it`); an apostrophe (`don't`, `boys' `, `get 'em`) is neither
_INNER_OPEN = re.compile(r"(?:(?<=[\s:,—(\"“])|^)[‘'](?!(?:em|cause|cos|til|bout|round|n|tis|twas|s)\b)(?=\w)", re.I)
_INNER_CLOSE = re.compile(r"(?<=[\w.,!?—…])[’'](?![\w])")


def _retold(text: str, qstart: int, at: int) -> bool:
    """Whether `at` lies inside a quote within the quote opening at `qstart`."""
    inner = text[qstart + 1 : at]
    opens = [m.start() for m in _INNER_OPEN.finditer(inner)]
    if not opens:
        return False
    return not any(m.start() > opens[-1] for m in _INNER_CLOSE.finditer(inner))


def _introduced(occs: list[Occ], smap: dict, quotes: Sequence, qstarts: list[int], answered: set[int]) -> set[int]:
    """Of the lines answered by a tagged speaker, those that name that speaker themself
    (`"Mr. Vane, this is my friend Mr. Hollow."` / `"So," said Mr. Hollow`): the call
    in it goes to someone else, the one being introduced."""
    said: dict[int, set[int]] = {}  # quote -> entities whose tag follows it
    named: dict[int, set[int]] = {}  # quote -> entities named inside it
    calls: dict[int, set[int]] = {}  # quote -> entities called inside it
    for o in occs:
        t = smap.get(o.surface)
        if not t or len(t) != 1:
            continue
        qi = bisect_right(qstarts, o.start) - 1
        if o.quoted and qi in answered:
            named.setdefault(qi, set()).add(t[0])
            if o.vocative:
                calls.setdefault(qi, set()).add(t[0])
        elif o.speech and not o.quoted and qi - 1 in answered and o.start - quotes[qi].end <= TAG_AFTER:
            said.setdefault(qi - 1, set()).add(t[0])
    # "Is that so, Walt?" / "Yes," said Walt: a line calling only its answerer stays answered
    return {qi for qi, who in said.items() if who & named.get(qi, set()) and calls.get(qi, set()) - who}


def _tagged_after(end: int, tags: list[int]) -> bool:
    """Whether a speech-tag subject (`said my uncle`, `Tobin said`) follows a quote closely."""
    k = bisect_right(tags, end)
    return k < len(tags) and tags[k] - end <= TAG_AFTER


def _self_named(text: str, occs: list[Occ], smap: dict, quotes: list, i_turns: list[int]) -> Tally[int]:
    """Entities the narrator gives as their own name, with weight: `they called me X`,
    `my name was X` in the narration, `I am X` / `my name is X` in a line the narrator says."""
    own: Tally[int] = Tally()
    mine = set(i_turns)
    qstarts = [q.start for q in quotes]
    for o in occs:
        t = smap.get(o.surface)
        if not t or len(t) != 1 or o.possessive:
            continue  # `I am Mrs. Reed's niece` names someone else
        before = text[max(0, o.start - 24) : o.start]
        if o.quoted:
            qi = bisect_right(qstarts, o.start) - 1
            if qi not in mine:
                continue
            if _I_AM.search(before) is not None:
                own[t[0]] += SELF_NAMED
            elif o.vocative and _TO_MYSELF.match(text, quotes[qi].end):
                own[t[0]] += SELF_NAMED  # `"Don't, Reyes," I told myself`: the narrator calls themself
            elif " " in o.core and _SOLE_NAME.fullmatch(text, quotes[qi].start, quotes[qi].end) and \
                    text[quotes[qi].start + 1 : quotes[qi].end].strip(" .\"'“”‘’") == o.surface:
                own[t[0]] += REPLY_VOCATIVE  # `"Yes," I said, "Edwin Marsh."`: a full name given alone
        elif _CALLED_ME.search(before) is not None:
            own[t[0]] += SELF_NAMED
    return own


def narration_titles(occs: list[Occ], smap: dict, ents: list[Ent], keep: set[int], narrator: int | None) -> dict:
    """`smap` with the narrator's titled forms that only the narration uses ("Prince
    Rudolf", "the Prince") given to a person of their own: a story told by "I" never
    calls its narrator by a title, so the narrator named "Rudolf" by the others is not
    the ancestor the narration calls Prince Rudolf."""
    if narrator is None:
        return smap
    quoted = {o.surface for o in occs if o.quoted}
    titled = {o.surface: o for o in occs if (o.hon is not None or o.epithet) and smap.get(o.surface) == (narrator,)}
    out = dict(smap)
    for surface, o in titled.items():
        if surface in quoted:
            continue
        e = Ent(len(ents), label=surface)
        if o.hon is not None:
            e.hon_forms.add((o.hon, o.core))
            e.gender = HON_GENDER.get(HONORIFICS.get(o.hon, "n"))
        ents.append(e)
        keep.add(e.idx)
        out[surface] = (e.idx,)
    return out
