"""Speakers known by a description, not a name: "said a gruff voice", "asked the ferryman".

A speech tag's subject may be a noun phrase: `"...," said a stout matron of sixty`,
`said another`, `added a third`, `somebody exclaimed`, `answered the night porter`.
`tag_occs` finds these phrases next to quotations (the tag position itself says the
phrase is a speaker, so no list of person nouns is needed) and returns them as nominal
`Occ`s: `surface` is the phrase as written (with a following "of sixty", "at the gate"
or a relative clause "who had rung the bell"), `core` the phrase up to its head noun.
`intro_occs` adds a gendered indefinite subject of the narration ("a man stepped out")
or one met as the object of a verb of meeting or seeing ("I faced an elderly woman").

Who a description is (see `Links`):
- an indefinite phrase ("a tall girl", "another", "one of the grooms") introduces a new
  person: never someone already named;
- a definite phrase whose head noun is a title ("the doctor", "the parson", "the
  captain") is the one character holding that title ("Dr. Hallam", "Parson Crewe");
- a definite phrase repeats an earlier indefinite introduction with the same head noun
  ("a thin boy" ... "the boy", "the child") or an apposition ("the man, who was a
  ferryman" ... "the ferryman"; "Mr. Askew, a lawyer" ... "the lawyer"), when the
  genders agree and no age or size word clashes;
- "a gruff voice" just heard belongs to the next person described ("the man"), also an
  indefinite one in the same or next sentence ("cried a voice, as a woman stepped out") or
  the first man or woman the narration brings in within VOICE_REACH sentences
  (`voice_owner_occs`; with a character list `listed_voice_owners` finds the listed
  one); the voice then takes that gender.
- `stated_names`: a name the narration states for a described character ("my mother ...
  Her name was Agnes") is its alias (without a character list).
- a name called in a quote and answered by a description in the next one (`"Over,
  Mrs. Penny!" said the doctor. "So it is," said the nurse`) is that description
  (`vocative_roles`; not with a character list).
With a character list (gold characters), a phrase that equals one of a listed
character's names (any case) is that character, and a definite phrase whose head noun
only one listed description has ("the red-faced matron" for "an old matron") is that
character unless an age or size word clashes. The narrator's kin in a tag ("said my
brother") is then a salient listed character of its gender, never the narrator.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ficlens.characters.names import Occ, _features, split_hon
from ficlens.lang.en.honorifics import HONORIFICS
from ficlens.lang.en.person_nouns import FEMALE_NOUNS, MALE_NOUNS, PERSON_NOUNS
from ficlens.lang.textscan import by_first_char
from ficlens.model import Work

__all__ = ["appositions", "stated_names", "listed_voice_owners", "voice_owner_occs", "entry_phrases", "head_noun", "intro_occs", "is_indefinite", "tag_occs", "title_holders", "vocative_roles"]

# verbs of speech tags with a noun phrase subject after them (`said the ferryman`)
_VERB = (
    r"(?:said|says|asked|asks|cried|cries|answered|answers|replied|replies|exclaimed|added|"
    r"returned|remarked|observed|continued|inquired|enquired|called|shouted|whispered|"
    r"muttered|murmured|interposed|resumed|began|repeated|urged|pursued|rejoined|retorted|"
    r"responded|demanded|growled|grumbled|echoed|explained|suggested|declared|protested|"
    r"laughed|sighed|groaned|gasped|screamed|yelled|roared|snapped|sneered|whined|sobbed|"
    r"went[ \t]+on|put[ \t]+in|spoke[ \t]+up|spoke|broke[ \t]+in|chimed[ \t]+in|cut[ \t]+in)"
)
# words that end a noun phrase: function words, pronouns, auxiliaries
_STOPWORDS = frozenset(
    """a an the and or but nor of in on at to with from by for as into onto upon over under
    after before about than that which who whom whose while when where if then so not no
    he she it they we i you him her them us me his its their our your my
    was were is are be been being had has have did does do would could should will shall
    might must may can very too quite rather also only just still again even now then""".split()
)
# heads that are not people: `repeated the words`, `said the next morning`
_NOT_PERSON = frozenset(
    """word words question questions same thing things day days night time times moment
    minute name names truth lie letter letters note line lines sentence phrase prayer
    story tale rest last next following latter former other others former while way
    matter fact answer reply story sum price number figure""".split()
)
_WORDS = r"[a-z](?:[a-z'’]|-(?!-))*"  # "red-faced", not "sack--his"
# the determiner-led phrase: "a red-faced matron", "another", "one of the grooms"
_NP = re.compile(
    r"(?P<core>(?:some(?:body|one)|some[ \t]one|any(?:body|one))(?:[ \t]+else)?"
    r"|[Oo]ne[ \t]+of[ \t]+(?:the|them|those|these|his|her|their|our)(?:[ \t]+" + _WORDS + r"){0,3}"
    r"|(?:[Aa]|[Aa]n|[Aa]nother|[Oo]ne|[Tt]he|[Tt]his|[Tt]hat)\b(?:[ \t]+" + _WORDS + r"){0,4})"
)
# after the phrase: "of sixty", "at the gate", "with the lantern"; not "in a moment"
_PP = re.compile(
    r"[ \t]+(?:of[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?" + _WORDS
    + r"|(?:in|at|with|from|on)[ \t]+(?:the|his|her|their)(?:[ \t]+" + _WORDS + r"){1,3})"
)
_REL = re.compile(r"[ \t]+(?:who|whose|that)[ \t]+[^.,;:!?\"“”‘’—\n]{3,80}")
# "the tall clerk, who had kept the books": a relative clause up to the next stop
_REL_COMMA = re.compile(r",[ \t]+(?:who|whose)[ \t]+[^.,;:!?\"“”‘’—\n]{3,100}")
_VERB_WORD = re.compile(_VERB, re.IGNORECASE)
_MORE_ADJ = re.compile(r",[ \t]+([a-z][a-z-]*[ \t]+[a-z][a-z-]*)(?=[.,;:!?\"“”])")
# `I heard one small boy complaining`
_HEARD = re.compile(r"[ \t]*(?:I|we|he|she|they)[ \t]+(?:heard|could[ \t]+hear)[ \t]+")
# before a quote: `A former pupil had once said of her:`
_PRE_VERB = re.compile(
    r"[ \t]+(?:had[ \t]+|has[ \t]+|would[ \t]+|then[ \t]+)?(?:once[ \t]+|[a-z]+ly[ \t]+)?" + _VERB
    + r"\b[^.!?\"“”‘’\n]{0,30}[,:][ \t\n]*$"
)
_CLAUSE_VERB = re.compile(r"\b" + _VERB + r"\b[^.!?\"“”‘’\n]{0,30}[,:][ \t\n]*$")
_DET_START = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he|[Ss]omebody|[Ss]omeone)\b")
_VOICE_WORDS = frozenset({"voice", "voices", "tones"})
VOICE_REACH = 6  # sentences within which "the man" can be the owner of "a voice" just heard
_POST = re.compile(
    r"[ \t]*(?:[,—–-][ \t]*)?" + _VERB + r"(?:[ \t]*,?[ \t]+(?:more[ \t]+)?[a-z]+ly[ \t]*,?)?[ \t]+",
    re.IGNORECASE,
)
# `"...," somebody exclaimed`, `the girls whispered`
_SUBJ_VERB = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?" + _VERB + r"\b")
_APPOS = re.compile(r",[ \t]+(?:who|that)[ \t]+(?:was|is)[ \t]+(?:a|an)[ \t]+((?:[a-z-]+[ \t]*){1,3})")
_APPOS_NP = re.compile(r",[ \t]+(?:a|an|the)[ \t]+((?:[a-z-]+[ \t]*){1,2}),")
# a name said to be one: "Levi is a regular, Eren is a menace" ("the regular" is Levi)
# "... that the farmer was William Mathews": the role noun a copula before a name gives it;
# so does "the regular's name is Levi" (the name stated for the one the noun describes)
_NAMED_ROLE = re.compile(r"\b[Tt]he[ \t]+([a-z]+)(?P<named>['’]s[ \t]+(?:real[ \t]+|first[ \t]+)?name)?[ \t]+(?:was|is)[ \t]+$")
_PLAIN_ROLE = frozenset("man woman girl boy lady gentleman person child".split())
_COPULA = re.compile(r"[ \t]+(?:was|is)[ \t]+(?:a|an)[ \t]+((?:[a-z-]+[ \t]*){1,2})(?=[,.;])")
_INDEFINITE = re.compile(r"^(?:an?|another|one|some|any)\b|^(?:some|any)(?:body|one)\b", re.IGNORECASE)

# title nouns and the honorifics that hold them ("the doctor" ~ "Dr. Hallam")
_TITLE_ABBREV = {"doctor": ("Dr", "Doctor"), "captain": ("Capt", "Captain"), "colonel": ("Col", "Colonel"),
                 "professor": ("Prof", "Professor"), "general": ("Gen", "General"),
                 "lieutenant": ("Lt", "Lieutenant"), "sergeant": ("Sgt", "Sergeant"),
                 "reverend": ("Rev", "Reverend")}
# title nouns too common as plain words to name one holder ("the lady", "the master")
_NOT_TITLE = frozenset("lady lord master mistress sir madam mister brother sister father mother uncle aunt".split())


def is_indefinite(surface: str) -> bool:
    """True for a phrase that brings in someone new: "a gruff voice", "another", "one of them"."""
    return _INDEFINITE.match(surface) is not None


def head_noun(core: str) -> str:
    """The head noun of a description's core: "a stout matron" -> "matron"."""
    words = core.split()
    if words[0].lower() == "one" and len(words) > 2 and words[1] == "of":
        return words[-1]
    return words[-1].lower()


def title_forms(noun: str) -> tuple[str, ...]:
    """The capitalised titles a noun stands for: "doctor" -> ("Dr", "Doctor"); () if none."""
    if noun in _NOT_TITLE:
        return ()
    if noun in _TITLE_ABBREV:
        return _TITLE_ABBREV[noun]
    cap = noun.capitalize()
    # a listed honorific ("Captain", "Judge") or any other title word used before a name
    # ("Parson Crewe", "Squire Lowe") is checked against the names themselves
    return (cap,) if noun.isalpha() else ()


def noun_gender(noun: str) -> str | None:
    if noun in MALE_NOUNS:
        return "he"
    if noun in FEMALE_NOUNS:
        return "she"
    # compounds the lexicon does not list: "clergyman", "washerwoman", "handmaiden"
    if noun.endswith(("woman", "maid", "maiden")):
        return "she"
    if noun.endswith("man") and len(noun) > 5 and noun not in ("german", "shaman"):
        return "he"
    return None


def _phrase(text: str, start: int, limit: int) -> tuple[int, int, int] | None:
    """(start, core end, full end) of a description at `start`, or None."""
    m = _NP.match(text, start, limit)
    if m is None:
        return None
    found = list(re.finditer(r"\S+", m.group("core")))
    words = [w.group() for w in found]

    def end_of(keep: int) -> int:
        # offsets from the words found, not from their count: the gaps may be any
        # run of spaces or tabs
        return start + found[keep - 1].end()

    det = words[0].lower()
    if det == "one" and len(words) == 2 and words[1] == "of":
        return None  # "one of" and no more: its noun phrase is cut off
    if det in ("somebody", "someone", "anybody", "anyone", "some") or (det == "one" and len(words) > 1 and words[1] == "of"):
        core_end = m.end()
        if det == "one":
            # "one of the grooms" stops at the noun, like any phrase
            keep = 3
            for w in words[3:]:
                if w.lower() in _STOPWORDS or w.endswith("ly"):
                    break
                keep += 1
            core_end = end_of(keep) if keep < len(words) else m.end()
            if keep == 3 and (len(words) < 3 or words[2] not in ("them", "those", "these")):
                return None
        return start, core_end, core_end
    # keep words up to the head: no function word, no verb of the tag, no trailing adverb
    keep = 1
    for w in words[1:]:
        if w.lower() in _STOPWORDS or _VERB_WORD.fullmatch(w):
            break
        keep += 1
        if w.endswith(("'s", "’s")) and keep < len(words) and words[keep] in _VOICE_WORDS:
            # "a sailor's voice" speaks for "a sailor"
            return start, end_of(keep) - 2, end_of(keep) - 2
    while keep > 1 and (words[keep - 1].endswith("ly") or (keep > 2 and len(words[keep - 1]) > 5 and words[keep - 1].endswith("ing"))):
        keep -= 1  # "another clerk loudly", "one small boy complaining"
    if keep == 1 and det not in ("another", "one"):
        return None
    if keep > 1 and words[keep - 1].lower() in _NOT_PERSON:
        return None
    if keep > 1 and words[keep - 1].endswith(("ing", "ed")) and det in ("the", "this", "that"):
        return None  # `said the words, smiling`: a participle is no head noun
    if det in ("this", "that") and keep == 1:
        return None
    if det == "one" and keep > 1 and words[1].lower() in ("day", "night", "morning", "evening", "time"):
        return None
    core_end = end_of(keep)
    more = _MORE_ADJ.match(text, core_end, limit) if det in ("a", "an") and keep == 2 else None
    if more is not None and not (_STOPWORDS.intersection(more.group(1).split()) or more.group(1).endswith(("ly", "ing"))):
        core_end = more.end()  # "a thin, pale girl"
    if re.match(r"[ \t]+[A-Z]", text[core_end : core_end + 2]):
        return None  # "the sculptor Vane": the name that follows is the subject
    if words[keep - 1] in _VOICE_WORDS and re.match(r"[ \t]+of[ \t]+[A-Z]", text[core_end : core_end + 6]):
        return None  # "the voice of Robert Dane" is Robert Dane's
    end = core_end
    pp = _PP.match(text, end, limit)
    if pp is not None and not re.search(r"\b(?:voice|tone|manner|way|breath|whisper|moment|time)$", pp.group()):
        end = pp.end()
    rel = _REL.match(text, end, limit) or _REL_COMMA.match(text, end, limit)
    if rel is not None and len(rel.group().split()) <= 14:
        end = rel.end()
    return start, core_end, end


def _pre_phrase(text: str, para_start: int, q_start: int, prev_end: int) -> tuple[int, int, int] | None:
    """The description that opens a tag clause before a quote: `A former pupil had once
    said of her: "..."`, `The youngest of the girls said, "..."`."""
    start = max(para_start, prev_end)
    seg = text[start:q_start]
    if not seg.rstrip().endswith((",", ":")):
        return None
    cut = max(seg.rfind(". "), seg.rfind("! "), seg.rfind("? "), seg.rfind("; "))
    lo = start + cut + 1 if cut >= 0 else start
    best = None
    for m in _DET_START.finditer(text, lo, q_start):
        ph = _phrase(text, m.start(), q_start)
        if ph is not None and _PRE_VERB.match(text, ph[1], q_start):
            best = (ph[0], ph[1], ph[1])
    if best is None and _CLAUSE_VERB.search(text, lo, q_start):
        # the sentence's opening subject: `The youngest of the girls looked round and said,`
        lead = re.match(r"[ \t\n]*", text[lo:q_start])
        assert lead is not None  # every part of the pattern is optional: it always matches
        ph = _phrase(text, lo + lead.end(), q_start)
        if ph is not None and (head_noun(text[ph[0] : ph[1]]) in PERSON_NOUNS or " of " in text[ph[1] : ph[2] + 1]):
            best = ph
    return best


def tag_occs(work: Work, occs: list[Occ], sent_starts: list[int]) -> list[Occ]:
    """Nominal occurrences for the noun-phrase subjects of speech tags (see module doc).

    A phrase that starts where a name or pack alias starts is left to that name; a
    shorter nominal occurrence at the same place ("the boy" of "the boy soldier") is
    replaced. Returns the new occurrences; `occs` is edited in place."""
    text = work.text
    at = {o.start: o for o in occs}
    paras = [p.start for p in work.paragraphs]
    out: list[Occ] = []
    prev_end = 0
    for q in work.quotes:
        if q.kind == "non_speech":
            continue
        pi = bisect_right(paras, q.start) - 1
        if pi < 0:
            continue
        para = work.paragraphs[pi]
        limit = min(para.end, q.end + 160)
        found = None
        m = _POST.match(text, q.end, limit)
        if m is not None:
            found = _phrase(text, m.end(), limit)
        else:
            heard = _HEARD.match(text, q.end, limit)
            lead = re.match(r"[ \t]*[,—–-]?[ \t]*", text[q.end:limit])
            assert lead is not None  # every part of the pattern is optional: it always matches
            s = heard.end() if heard else q.end + lead.end()
            ph = _phrase(text, s, limit)
            if ph is not None and not text[s].isupper() and (
                    _SUBJ_VERB.match(text, ph[1], limit) or (heard and re.match(r"[ \t]+[a-z]", text[ph[1] : ph[1] + 2]))):
                found = (ph[0], ph[1], ph[1])
        if found is None:
            found = _pre_phrase(text, para.start, q.start, prev_end)
        prev_end = q.end
        if found is None:
            continue
        s, core_end, end = found
        old = at.get(s)
        if old is not None and (not old.nominal or old.end >= end):
            continue
        surface = text[s:end]
        core = text[s:core_end]
        sent = bisect_right(sent_starts, s) - 1
        o = _features(text, s, end, surface, core, None, False, para.start, False, sent, pi, True)
        o.nominal = True
        o.speech = True
        if old is not None:
            occs.remove(old)
        at[s] = o
        out.append(o)
    return out


# "A man's voice called from the stair", "a thin boy came running": someone new
# who may speak next, known only by a gendered noun
_GENDERED = "|".join(sorted(MALE_NOUNS | FEMALE_NOUNS, key=len, reverse=True))
# (each opens on a letter with the word start checked behind it, `by_first_char`: the engine
# skips ahead to the next such letter instead of trying every position; the same matches)
_INTRO = re.compile(
    r"[Aa](?<=\b[Aa])n?[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}?(?:" + _GENDERED + r")(?=(?:[’']s[ \t]+voice)|"
    r"[ \t]+"
    r"(?:[a-z]+ed|came|stood|sat|rose|spoke|said|asked|cried|answered|was|had)\b)"
)
# "On the threshold stood a tall man": the newcomer after the verb that brings them in
_INTRO_INVERTED = re.compile(
    r"(?:" + by_first_char(["stood", "appeared", "entered", "emerged", "sat"], r"\b") + r")[ \t]+(an?[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}?(?:"
    + _GENDERED + r"))(?![\w'’-])"
)


# "I met a stout old woman": someone new met as the object of a verb
_INTRO_OBJ = re.compile(
    r"(?:" + by_first_char(["faced", "met", "saw", "noticed", "beheld", "found", "encountered", "approached", "greeted",
                             "spied", "perceived", "overtook", r"conscious[ \t]+of", r"aware[ \t]+of"], r"\b")
    + r")[ \t]+(an?[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}?(?:"
    + _GENDERED + r"))(?![\w'’-])"
)


def intro_occs(work: Work, occs: list[Occ], sent_starts: list[int]) -> list[Occ]:
    """Nominal occurrences for a gendered indefinite subject in the narration ("a man
    stepped out", "A woman's voice called"), or the object of a verb of meeting ("I met
    a tall woman"): a person the next lines may be said by."""
    text = work.text
    taken = {o.start for o in occs}
    qs = [q.start for q in work.quotes]
    qe = [q.end for q in work.quotes]
    out: list[Occ] = []
    for pi, p in enumerate(work.paragraphs):
        for m in _INTRO.finditer(text, p.start, p.end):
            s, e = m.start(), m.end()
            qi = bisect_right(qs, s) - 1
            if s in taken or (qi >= 0 and s < qe[qi]):
                continue
            sent = bisect_right(sent_starts, s) - 1
            o = _features(text, s, e, m.group(), m.group(), None, False, p.start, False, sent, pi, True)
            o.nominal = o.speech = o.subject = True
            out.append(o)
            taken.add(s)
        for m in _INTRO_INVERTED.finditer(text, p.start, p.end):
            s, e = m.start(1), m.end(1)
            qi = bisect_right(qs, s) - 1
            if s in taken or (qi >= 0 and s < qe[qi]):
                continue
            sent = bisect_right(sent_starts, s) - 1
            o = _features(text, s, e, m.group(1), m.group(1), None, False, p.start, False, sent, pi, True)
            o.nominal = o.speech = o.subject = True
            out.append(o)
            taken.add(s)
        for m in _INTRO_OBJ.finditer(text, p.start, p.end):
            s, e = m.start(1), m.end(1)
            qi = bisect_right(qs, s) - 1
            head = m.group(1).rsplit(None, 1)[-1]
            if s in taken or (qi >= 0 and s < qe[qi]) or head in _TITLE_ABBREV or head.capitalize() in HONORIFICS:
                continue  # "met an old parson": the title may name its holder (Links)
            sent = bisect_right(sent_starts, s) - 1
            o = _features(text, s, e, m.group(1), m.group(1), None, False, p.start, False, sent, pi, True)
            o.nominal = o.speech = True
            out.append(o)
    return out


_SOMEONE = re.compile(r"\b[Aa]n?[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}?(?:" + _GENDERED + r")\b")


def voice_owner_occs(work: Work, occs: list[Occ], sent_starts: list[int]) -> list[Occ]:
    """After a speech tag "said a voice in her ear", the first man or woman the
    narration then brings in ("she was aware of a man at the door") within
    VOICE_REACH sentences: a nominal occurrence that `Links` gives to the voice."""
    text = work.text
    taken = {o.start for o in occs}
    qs = [q.start for q in work.quotes]
    qe = [q.end for q in work.quotes]
    paras = [p.start for p in work.paragraphs]
    out: list[Occ] = []
    for v in occs:
        if not (v.nominal and v.speech and is_indefinite(v.surface) and head_noun(v.core) in _VOICE_WORDS):
            continue
        last = sent_starts[min(len(sent_starts) - 1, v.sent + VOICE_REACH)] if sent_starts else len(text)
        for m in _SOMEONE.finditer(text, v.end, max(last, v.end)):
            s = m.start()
            qi = bisect_right(qs, s) - 1
            if qi >= 0 and s < qe[qi]:
                continue  # spoken, not narrated
            if s not in taken:
                pi = bisect_right(paras, s) - 1
                sent = bisect_right(sent_starts, s) - 1
                o = _features(text, s, m.end(), m.group(), m.group(), None, False, paras[pi], False, sent, pi, True)
                o.nominal = True
                out.append(o)
            break
    return out


def listed_voice_owners(items: list, smap: dict, fixed: dict[str, int]) -> dict[int, int]:
    """With a character list: start of a speech tag "said a voice in her ear" -> the listed
    character of the first gendered indefinite phrase the narration then gives within
    VOICE_REACH sentences ("a man behind", listed as "a man"). `items` in text order."""
    out: dict[int, int] = {}
    pending: Occ | None = None
    for it in items:
        if not isinstance(it, Occ) or it.quoted:
            continue
        if pending is not None and it.sent - pending.sent > VOICE_REACH:
            pending = None
        if it.nominal and it.speech and is_indefinite(it.surface) and head_noun(it.core) in _VOICE_WORDS:
            pending = it
            continue
        if pending is None or not is_indefinite(it.surface) or noun_gender(head_noun(it.core)) is None:
            continue
        t = smap.get(it.surface)
        idx = t[0] if t and len(t) == 1 else fixed.get(it.surface.lower())
        if idx is not None:
            out[pending.start] = idx
            pending = None
    return out


def appositions(text: str, occs: list[Occ]) -> dict[int, str]:
    """Occurrence start -> the role noun an apposition gives it: "the man, who was a
    ferryman", "Mr. Askew, a lawyer," "Levi is a regular," "the farmer was William
    Mathews" -> "ferryman", "lawyer", "regular", "farmer"."""
    out: dict[int, str] = {}
    for o in occs:
        if o.quoted:
            continue
        m = _APPOS.match(text, o.end, o.end + 60) or _APPOS_NP.match(text, o.end, o.end + 40) or _COPULA.match(text, o.end, o.end + 40)
        if m is None:
            b = _NAMED_ROLE.search(text, max(0, o.start - 30), o.start) if not o.nominal else None
            # a noun whose name the text states is someone, whether or not a person noun
            if b is not None and (b.group(1) in PERSON_NOUNS or b.group("named")) and b.group(1) not in _PLAIN_ROLE | _NOT_PERSON:
                out[o.start] = b.group(1)
            continue
        words = []
        for w in m.group(1).split():
            if w in _STOPWORDS:
                break
            words.append(w)
        # "a ferryman on the river": the noun before the first function word
        if words and words[-1] not in _NOT_PERSON and not words[-1].endswith("ly"):
            out[o.start] = words[-1]
    return out


_GOES_ON = re.compile(r"(?i)\b(?:continued|went[ \t]+on|resumed|added|pursued|repeated)\b")


def vocative_roles(text: str, occs: list[Occ], quotes: list) -> dict[int, str]:
    """Occurrence start -> role noun for a name called in a quote and answered by a
    description in the very next one: `"It's over, Mrs. Penny!" said the doctor. "Ah,
    so it is," said the nurse` makes Mrs. Penny the nurse (used like an apposition)."""
    qstarts = [q.start for q in quotes]
    out: dict[int, str] = {}
    for o in occs:
        if not (o.vocative and o.quoted) or o.nominal:
            continue
        qi = bisect_right(qstarts, o.start) - 1
        if qi < 0 or qi + 1 >= len(quotes) or quotes[qi + 1].start - quotes[qi].end > 300:
            continue
        nxt = quotes[qi + 1]
        m = _POST.match(text, nxt.end, min(len(text), nxt.end + 80))
        ph = _phrase(text, m.end(), min(len(text), nxt.end + 120)) if m is not None else None
        if ph is None or m is None or _GOES_ON.search(m.group()):
            continue  # "continued the old man": the caller goes on, nobody answers
        core = text[ph[0] : ph[1]]
        if core.split()[0].lower() == "the" and head_noun(core) in PERSON_NOUNS:
            out[o.start] = head_noun(core)
    return out


# heads that say only age and sex: "the young man" is not the one listed "a man" of long before
_PLAIN_HEADS = frozenset("man woman girl boy lady gentleman youth lad fellow".split())
_CHILD_WORDS = ("child", "boy", "girl", "infant", "lad", "lass", "youngster", "kid")
_AGE_SIZE = frozenset("old elderly aged young little small big tall short fat thin stout".split())


def _clash(mods: frozenset[str], intro: frozenset[str]) -> bool:
    """True when two descriptions cannot be one person: "old" against "young"."""
    a, b = mods & _AGE_SIZE, intro & _AGE_SIZE
    return bool(a) and bool(b) and not (a & b) and not (a <= {"little", "small"} and b <= {"little", "small", "young"})


def _modifiers(core: str) -> frozenset[str]:
    """The words between the determiner and the head: "a small boy" -> {"small"}."""
    words = core.lower().split()
    if len(words) > 2 and words[0] == "one" and words[1] == "of":
        return frozenset(words[3:-1])
    lead = 1 if words[0] in ("a", "an", "the", "another", "one", "this", "that", "some") else 0
    return frozenset(words[lead:-1])


def title_holders(ents: list, keep: set[int], nouns: set[str]) -> dict[str, int]:
    """Title noun -> the one kept entity holding that title in a name ("Dr. Hallam",
    "Parson Crewe", a listed "Captain Vell"), or of that canon kind (a pack's `kind`:
    "the turian" is the one turian the story names)."""
    owners: dict[str, set[int]] = {}
    kinds: dict[str, set[int]] = {}
    for e in ents:
        if e.idx not in keep:
            continue
        names = set(e.full) | {f"{h} {c}" for h, c in e.hon_forms} | ({e.label} if e.label else set())
        if e.entry is not None:
            names |= {e.entry.name, *e.entry.aliases}
            for k in e.entry.kinds:
                kinds.setdefault(k, set()).add(e.idx)
        for n in names:
            words = n.split()
            first = words[0].rstrip(".") if len(words) >= 2 else ""
            # a title before a name: an honorific, or a person noun used as one ("Parson")
            if first in HONORIFICS or first.lower() in PERSON_NOUNS:
                owners.setdefault(first, set()).add(e.idx)
            hon, _core = split_hon(n)
            if hon:
                owners.setdefault(hon, set()).add(e.idx)
    out: dict[str, int] = {}
    for noun in nouns:
        holders: set[int] = set()
        for f in title_forms(noun):
            holders |= owners.get(f, set())
        holders |= kinds.get(noun, set())
        if len(holders) == 1:
            out[noun] = next(iter(holders))
    return out


def entry_phrases(ents: list) -> dict[str, int]:
    """Lower-cased listed names that are descriptions ("a gruff voice", "another") -> entity."""
    out: dict[str, int] = {}
    for e in ents:
        if e.entry is None:
            continue
        for f in (e.entry.name, *e.entry.aliases):
            f = f.strip()
            if f and f[0].islower() or is_indefinite(f):
                out.setdefault(f.lower(), e.idx)
    return out


_NAME_WAS = re.compile(
    r"[Hh](?<=\b[Hh])(?:is|er)[ \t]+(?:(?:real|own|Christian|first)[ \t]+)?name[ \t]+was[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b"
)


def stated_names(work: Work) -> dict[str, list[str]]:
    """Character id -> names the narration gives a described character outright: "my
    mother ... Her name was Agnes" (the "Her" taken for "my mother")."""
    text = work.text
    starts = [m.start for m in work.mentions]
    described = {c.id for c in work.characters if c.name[:1].islower()}
    out: dict[str, list[str]] = {}
    for m in _NAME_WAS.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or starts[i] != m.start() or work.mentions[i].kind != "pronoun":
            continue
        cid = work.mentions[i].character
        if cid in described and m.group(1) not in out.get(cid, []):
            out.setdefault(cid, []).append(m.group(1))
    return out
