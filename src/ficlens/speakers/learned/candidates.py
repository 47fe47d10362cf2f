"""Who could have said each quotation: the candidates the learned scorer ranks.

Built only from the public layers of a `Work` after the rule cascade (paragraphs, quotes
with their speaker, evidence and cue, characters and mentions), so it does not depend on
how the cascade is laid out inside. One `View` per work indexes those layers once; each
speech quotation then gets a `QuoteView` with the facts the feature functions read
(a feature never searches the whole work, which keeps the pass linear).

Candidates of a quotation: the cascade's choice, the characters mentioned outside quotes
in its paragraph and the one before, the last speakers, the one the previous line was
said to, characters named inside the previous line, and the narrator.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ficlens.model import Mention, Quote, Work
from ficlens.speakers.learned import content
from ficlens.speakers.tuning import (
    ANAPHORIC,
    CONF_ALTERNATE,
    CONF_ANSWER,
    CONF_BEAT_NAME,
    CONF_NARRATION,
    CONF_RESUME,
    CONF_TAG_NAME,
)

__all__ = ["QuoteView", "View", "build_view", "candidates", "rule_family"]

MAX_CANDIDATES = 8  # more than any real exchange has parties in reach; keeps decoding small
RECENT_SPEAKERS = 5  # distinct earlier speakers offered as candidates (group scenes have 4-5 in play)
NARRATOR_MIN = 3  # first-person pronouns outside quotes before a character is taken as narrator
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})


@dataclass(slots=True)
class QuoteView:
    """One speech quotation and the facts around it that features read."""

    index: int  # position in `View.quotes` (speech quotations only, in text order)
    quote: Quote
    para: int  # paragraph index
    same_para_prev: bool  # the previous speech quotation is in the same paragraph
    para_gap: int  # paragraphs between the previous speech quotation's and this one's
    cue_names: set[str] = field(default_factory=set)  # characters named in the cue
    cue_pronouns: set[str] = field(default_factory=set)  # characters a cue pronoun resolves to
    cue_gender: str | None = None  # he | she | i: the subject pronoun word in the cue
    cue_others: set[str] = field(default_factory=set)  # in a cue that the cascade read as someone else's
    named_before: set[str] = field(default_factory=set)  # named outside quotes earlier in the paragraph
    named_after: set[str] = field(default_factory=set)  # named outside quotes later in the paragraph
    first_actor: str | None = None  # first character referred to outside quotes in the paragraph
    para_refs: set[str] = field(default_factory=set)  # any reference outside quotes in the paragraph
    refs_before: set[str] = field(default_factory=set)  # references outside quotes before the quotation, same paragraph
    prev_para_refs: set[str] = field(default_factory=set)  # references in the narration paragraph before
    named_inside: set[str] = field(default_factory=set)  # named inside this quotation
    prev_named_inside: set[str] = field(default_factory=set)  # named inside the previous quotation
    prev_addressees: set[str] = field(default_factory=set)  # the cascade's addressees of the previous line
    last_seen: dict[str, int] = field(default_factory=dict)  # character -> chars since its last mention outside quotes
    mentions_so_far: dict[str, int] = field(default_factory=dict)
    candidates: list[str] = field(default_factory=list)
    candidate_gender: dict[str, str | None] = field(default_factory=dict)  # for history features
    family: str = ""  # `rule_family` of the cascade's choice, read once
    # what the line itself says (speakers/learned/content.py)
    words: list[str] = field(default_factory=list)  # the line's words
    calls: set[str] = field(default_factory=set)  # characters the line calls by name (vocatives)
    self_names: set[str] = field(default_factory=set)  # characters the line names as its speaker
    self_gender: str | None = None  # he | she: what the speaker says they are
    answer: bool = False  # the line opens like a reply
    prev_question: bool = False  # the previous speech line ends with a question mark
    prev_you: bool = False  # the previous speech line says `you`
    echo: bool = False  # a short line taking up a word of the previous one
    word_share: dict[str, float] = field(default_factory=dict)  # candidate -> `Profiles.word_share`
    shape_fit: dict[str, float] = field(default_factory=dict)  # candidate -> `Profiles.shape_fit`


@dataclass(slots=True)
class View:
    work: Work
    quotes: list[Quote]  # speech quotations, text order
    gender: dict[str, str | None]
    narrator: str | None
    views: list[QuoteView]


def _outside(mentions: list[Mention], quotes: list[Quote]) -> list[Mention]:
    """Mentions that are not inside any quotation (both lists sorted by start)."""
    out: list[Mention] = []
    qi = 0
    for m in mentions:
        while qi < len(quotes) and quotes[qi].end <= m.start:
            qi += 1
        if qi < len(quotes) and quotes[qi].start <= m.start:
            continue
        out.append(m)
    return out


def _narrator(work: Work, outside: list[Mention]) -> str | None:
    counts: dict[str, int] = {}
    for m in outside:
        if m.kind == "pronoun" and work.text[m.start : m.end].lower() in FIRST_PERSON:
            counts[m.character] = counts.get(m.character, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] >= NARRATOR_MIN else None


def _genders(work: Work, outside: list[Mention]) -> dict[str, str | None]:
    """Each character's pronouns; when a list gave none, the he/she the narration uses for
    them most (a character list without pronouns must not switch gender agreement off)."""
    votes: dict[str, dict[str, int]] = {}
    for m in outside:
        if m.kind == "pronoun":
            w = work.text[m.start : m.end].lower()
            g = "he" if w in ("he", "him", "his", "himself") else "she" if w in ("she", "her", "hers", "herself") else None
            if g is not None:
                v = votes.setdefault(m.character, {})
                v[g] = v.get(g, 0) + 1
    out: dict[str, str | None] = {}
    for c in work.characters:
        tally = votes.get(c.id, {})
        out[c.id] = c.pronouns or (max(tally, key=lambda g: tally[g]) if tally else None)
    return out


def _subject_gender(word: str) -> str | None:
    """he | she | i for a subject pronoun; an object (`frowned at him`) says nothing of who speaks."""
    w = word.lower()
    if w in ("he", "she"):
        return w
    return "i" if word == "I" else None


def build_view(work: Work) -> View:
    """Index a work once and describe every speech quotation."""
    all_quotes = sorted(work.quotes, key=lambda q: q.start)
    speech = [q for q in all_quotes if q.kind == "speech"]
    mentions = sorted(work.mentions, key=lambda m: m.start)
    outside = _outside(mentions, all_quotes)
    o_starts = [m.start for m in outside]
    in_starts = [m.start for m in mentions]
    para_starts = [p.start for p in work.paragraphs]
    view = View(work, speech, _genders(work, outside), _narrator(work, outside), [])
    profiles, profiled = _profiles(work, speech)
    last_seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    oi = 0
    prev: QuoteView | None = None
    for i, q in enumerate(speech):
        # advance the running salience over mentions outside quotes before this quote
        while oi < len(outside) and outside[oi].start < q.start:
            m = outside[oi]
            last_seen[m.character] = m.start
            counts[m.character] = counts.get(m.character, 0) + 1
            oi += 1
        para = max(0, bisect_right(para_starts, q.start) - 1)
        qv = QuoteView(i, q, para, prev is not None and prev.para == para, para - prev.para if prev else 99)
        qv.family = rule_family(q)
        _fill_paragraph(work, qv, outside, o_starts, para)
        _fill_cue(work, qv, outside, o_starts, view.gender)
        qv.named_inside = _named_in(mentions, in_starts, q.start, q.end)
        if prev is not None:
            qv.prev_named_inside = prev.named_inside
            qv.prev_addressees = set(prev.quote.addressees)
        qv.candidates = candidates(view, qv)
        # distance and salience only for the candidates: a copy of every character's
        # counts per quotation would make the pass quadratic on big casts
        qv.last_seen = {c: q.start - last_seen[c] for c in qv.candidates if c in last_seen}
        qv.mentions_so_far = {c: counts.get(c, 0) for c in qv.candidates}
        qv.candidate_gender = {c: view.gender.get(c) for c in qv.candidates}
        _fill_content(work, qv, prev, mentions, in_starts, profiles, i in profiled)
        view.views.append(qv)
        prev = qv
    return view


def _line(work: Work, q: Quote) -> tuple[str, list[str]]:
    text = work.text[q.start : q.end]
    return text, content.words(text)


def _profiles(work: Work, speech: list[Quote]) -> tuple[content.Profiles, set[int]]:
    """How each character talks, from the lines the cascade took from a tag or a beat naming
    their speaker (near-certain): the whole work's, each line later scored leaving itself
    out. Beats as well as tags: more lines per character (dev +3 quotations at TRUST 2,
    train rows unchanged, against tags alone).
    The indexes (into `speech`) of the lines in the profiles come back with them."""
    profiles, used = content.Profiles(), set()
    for i, q in enumerate(speech):
        if q.speaker and q.evidence == "explicit" and rule_family(q) in ("name_tag", "name_beat"):
            text, ws = _line(work, q)
            profiles.add(q.speaker, ws, content.line_shape(text, ws))
            used.add(i)
    return profiles, used


def _fill_content(
    work: Work, qv: QuoteView, prev: QuoteView | None, mentions: list[Mention], starts: list[int],
    profiles: content.Profiles, own: bool,
) -> None:
    q = qv.quote
    text, ws = _line(work, q)
    lo, hi = bisect_left(starts, q.start), bisect_left(starts, q.end)
    spans = [(m.start - q.start, m.end - q.start, m.character) for m in mentions[lo:hi] if m.kind != "pronoun"]
    qv.words = ws
    qv.calls = content.vocatives(text, spans)
    qv.self_names = content.self_named(text, spans)
    qv.self_gender = content.self_gender(text)
    qv.answer = content.answer_shaped(ws)
    if prev is not None:
        ptext = work.text[prev.quote.start : prev.quote.end].rstrip("\"'“”‘’ ")
        qv.prev_question = ptext.endswith("?")
        qv.prev_you = content.second_person(prev.words)
        qv.echo = content.echoes(ws, prev.words)
    shape = content.line_shape(text, ws)
    owner = q.speaker if own else None
    qv.word_share = {c: profiles.word_share(c, ws, owner) for c in qv.candidates}
    qv.shape_fit = {c: profiles.shape_fit(c, shape, owner) for c in qv.candidates}


def _named_in(mentions: list[Mention], starts: list[int], start: int, end: int) -> set[str]:
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return {m.character for m in mentions[lo:hi] if m.kind != "pronoun"}


def _fill_paragraph(work: Work, qv: QuoteView, outside: list[Mention], o_starts: list[int], para: int) -> None:
    p = work.paragraphs[para] if work.paragraphs else None
    if p is None:
        return
    lo, hi = bisect_left(o_starts, p.start), bisect_left(o_starts, p.end)
    q = qv.quote
    for m in outside[lo:hi]:
        if m.kind == "pronoun" and work.text[m.start : m.end].lower() in FIRST_PERSON and m.start > q.end + 200:
            continue
        if qv.first_actor is None:
            qv.first_actor = m.character
        qv.para_refs.add(m.character)
        if m.start < q.start:
            qv.refs_before.add(m.character)
        if m.kind != "pronoun":
            (qv.named_before if m.start < q.start else qv.named_after).add(m.character)
    if para > 0:
        pp = work.paragraphs[para - 1]
        lo2, hi2 = bisect_left(o_starts, pp.start), bisect_left(o_starts, pp.end)
        qv.prev_para_refs = {m.character for m in outside[lo2:hi2]}


def _fill_cue(work: Work, qv: QuoteView, outside: list[Mention], o_starts: list[int], gender: dict[str, str | None]) -> None:
    cue = qv.quote.cue
    if cue is None or cue.end <= cue.start:
        return
    lo, hi = bisect_left(o_starts, cue.start), bisect_left(o_starts, cue.end)
    for m in outside[lo:hi]:
        if m.kind == "pronoun":
            g = _subject_gender(work.text[m.start : m.end])
            if g is not None and qv.cue_gender is None:
                qv.cue_gender = g
            qv.cue_pronouns.add(m.character)
        else:
            qv.cue_names.add(m.character)
    if qv.cue_gender is None and not qv.cue_pronouns:
        for word in work.text[cue.start : cue.end].split()[:6]:
            g = _subject_gender(word.strip(",.;:!?—–-"))
            if g is not None:
                qv.cue_gender = g
                break
    speaker = qv.quote.speaker
    named_other = bool(qv.cue_names) and speaker not in qv.cue_names | qv.cue_pronouns
    # a pronoun cue resolved to someone else counts as read otherwise only when the
    # cascade's speaker does not agree with it (the characters stage resolves pronouns
    # without gender when a list gives none)
    pronoun_other = bool(qv.cue_pronouns) and speaker not in qv.cue_pronouns and gender.get(speaker or "") != qv.cue_gender
    if named_other or pronoun_other:
        # the cascade read the cue as about someone else (`Mary heard her say`, `she
        # heard one voice say`): whoever the cue names or its pronoun means is not the speaker
        qv.cue_others = qv.cue_names | qv.cue_pronouns
        qv.cue_names, qv.cue_pronouns, qv.cue_gender = set(), set(), None


def rule_family(q: Quote) -> str:
    """Which family of rules chose the cascade's speaker, read from its evidence and the
    confidence level each family sets (speakers/tuning.py): name_tag | name_beat |
    pronoun | answer | alternate | narration | recent. Families differ in how often they
    are right in ways the confidence does not order (alternation is right more often than
    an answer on some text and less on other), so the scorer weighs each one apart."""
    conf = q.confidence
    if q.evidence == ANAPHORIC:
        return "pronoun"
    if conf >= CONF_TAG_NAME - 0.01:
        return "name_tag"
    if conf >= CONF_BEAT_NAME - 0.06:
        return "name_beat"
    if abs(conf - CONF_ANSWER) < 0.02:
        return "answer"
    if abs(conf - CONF_ALTERNATE) < 0.02:
        return "alternate"
    if abs(conf - CONF_NARRATION) < 0.02 or abs(conf - CONF_RESUME) < 0.02:
        return "narration"
    return "recent"


def recent_speakers(view: View, index: int, reach: int = 12) -> list[str]:
    """The distinct speakers the cascade gave the quotations before `index`, latest first."""
    recent: list[str] = []
    for prev in reversed(view.views[max(0, index - reach) : index]):
        s = prev.quote.speaker
        if s and s not in recent:
            recent.append(s)
            if len(recent) >= RECENT_SPEAKERS:
                break
    return recent


def candidates(view: View, qv: QuoteView) -> list[str]:
    """The characters that could have said `qv`, most likely first, at most MAX_CANDIDATES."""
    out: list[str] = []

    def add(c: str | None) -> None:
        if c and c not in out and view.gender.get(c, "?") != "?":
            out.append(c)

    add(qv.quote.speaker)
    for c in sorted(qv.cue_names) + sorted(qv.cue_pronouns):
        add(c)
    add(qv.first_actor)
    for c in sorted(qv.para_refs):
        add(c)
    for c in recent_speakers(view, qv.index):
        add(c)
    for c in sorted(qv.prev_addressees) + sorted(qv.prev_named_inside):
        add(c)
    for c in sorted(qv.prev_para_refs):
        add(c)
    add(view.narrator)
    return out[:MAX_CANDIDATES]
