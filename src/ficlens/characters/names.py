"""Name candidates: one regex pass over each story paragraph.

Every capitalised sequence, epithet ("the Commander"), pack alias and narration pronoun
becomes an `Occ` with the cheap context features that later decide whether it names a
person: honorific, sentence-initial, inside a quote, speech tag, vocative, possessive,
subject of a verb, after a place preposition or "the".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ficlens.lang.en.abbreviations import ABBREVIATIONS
from ficlens.lang.en.function_words import (
    ACTION_WORDS,
    DETERMINERS,
    OBJECT_FOLLOWERS,
    OBLIQUE_PREPS,
    PLACE_PREPS,
    S_ADVERBS,
    SENTENCE_ADVERBS,
    STOP,
)
from ficlens.lang.en.given_names import FEMALE_NAMES, MALE_NAMES
from ficlens.lang.en.honorifics import ELDER_TITLES, HONORIFICS, NAME_SUFFIXES, RANK_STYLE
from ficlens.lang.en.kin import KIN_CALL_NAMES, MY_KIN_WORDS
from ficlens.lang.en.person_nouns import PERSON_NOUNS
from ficlens.lang.en.places import NATIONALITIES, PLACE_PREFIXES
from ficlens.lang.en.pronouns import PRONOUN_GENDER
from ficlens.lang.en.speech_verbs import TAG_VERB_WORDS
from ficlens.lang.textscan import by_first_char
from ficlens.layers import Sentences
from ficlens.model import Work

UP = "A-ZÀ-ÖØ-Þ"
LOW = "a-zß-öø-ÿ"
# A capitalised word: "Clarke", "McIntyre", "O'Brien", "T'Challa", "Obi-Wan"; not "Don't";
# "Suga" in "Suga-san" (a Japanese honorific suffix after the name, `NAME_SUFFIXES`).
_SUFFIX = "|".join(sorted(NAME_SUFFIXES))
CAPW = (
    rf"(?:[{UP}]['’]|Mc|Mac)?[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)*"
    rf"(?!\w)(?!-(?!(?:{_SUFFIX})(?![\w-])))(?!['’](?![sS]\b)[A-Za-z])"
)
PARTICLES = frozenset("of de van von der den da du le la kom al bin ibn".split())
PARTICLE = "(?:" + "|".join(sorted(PARTICLES)) + ")"
_HON = "|".join(h for h in sorted(HONORIFICS, key=len, reverse=True) if len(h) > 1)
# Only a written short form takes a stop ("Mr.", "Capt.", "M. Carrège"): after a whole
# word the stop ends a sentence ("Mother. She"). A one-letter title only with its stop:
# "M Street" is no Monsieur.
_SHORT = sorted((h for h in HONORIFICS if h.lower() in ABBREVIATIONS or len(h) == 1), key=len, reverse=True)
# (each alternation below grouped by first letter: tried at every capitalised word, a flat
# one costs a test per honorific there; see `by_first_char`)
_HON_ABBR = by_first_char(h + r"(?=\.)" if len(h) == 1 else h for h in _SHORT)
_HON_FULL = by_first_char(h for h in sorted(HONORIFICS, key=len, reverse=True) if h not in _SHORT)
_HON_T = rf"(?:(?:{_HON_ABBR})\.?|(?:{_HON_FULL}))"
_TOKEN = rf"(?:{_HON_T}[ \t]+)?{CAPW}"
NAME_SEQ = rf"{_TOKEN}(?:[ \t]{_TOKEN}|[ \t]{PARTICLE}[ \t]{CAPW})*"
EPITHET = rf"(?<![\w])[Tt]he[ \t](?:{CAPW}[ \t]){{0,2}}(?:{_HON})(?![\w-])(?![ \t]{CAPW})"
# "the surgeon", "the old man", "the man at the toll-bar" stops at the noun
NOMINAL = (
    r"(?:[Tt]he|[Tt]his(?=[ \t](?!the\b)))(?:[ \t](?!(?:and|or|of|in|on|at|to|with|was|is|had|said)\b)[a-z]+){0,2}?[ \t](?:"
    + by_first_char(sorted(PERSON_NOUNS, key=len, reverse=True))
    + r")(?![\w'’-])"
)
# "my mother": a first-person narrator's family member is one fixed person, not the narrator
KIN = MY_KIN_WORDS  # lang/en/kin.py says which kin words and why
MY_KIN = r"[Mm]y[ \t](?:" + by_first_char(sorted(KIN, key=len, reverse=True)) + r")(?![\w'’-])"
PRONOUN = r"(?<![\w'’-])(?:" + by_first_char(
    sorted({w for w in PRONOUN_GENDER if w != "i"} | {w.capitalize() for w in PRONOUN_GENDER}, key=len, reverse=True)
) + r")(?![\w'’-])"
# a work in lower case by choice that writes the first person `i` (see `small_i`)
PRONOUN_SMALL_I = PRONOUN.replace("(?:", "(?:i|", 1)

_HON_PREFIX = re.compile(rf"^(?:{_HON_T}[ \t]+)+")
_HON_WORD = re.compile(rf"(?:({_HON_ABBR})\.?|({_HON_FULL}))[ \t]+$")


def split_hon(surface: str) -> tuple[str | None, str]:
    """("Detective Inspector Lestrade") -> ("Inspector", "Lestrade"): the last honorific
    and the name after the honorifics; (None, surface) without one."""
    h = _HON_PREFIX.match(surface)
    if not h or h.end() >= len(surface) or not surface[h.end() :].strip():
        return None, surface
    last = _HON_WORD.search(surface, 0, h.end())
    assert last is not None  # _HON_PREFIX is made of _HON_WORD matches
    return last.group(1) or last.group(2), surface[h.end() :].strip()
# the word before a name, in its own sentence: "they said. Harrowgate, Selby" is no `said Harrowgate`
_PREV_WORD = re.compile(r"([A-Za-z]+)[^\w\n.!?]{0,3}$")
# after a name: a possessive, then the next word, skipping one adverb ("Wells never writes")
_NEXT = re.compile(
    r"(['’]s?(?![A-Za-z]))?[ \t]*(?:,[ \t]*)?"
    r"(?:(?:never|always|just|still|only|also|then|too|almost|already|often|[a-z]+ly)[ \t]+)?([A-Za-z']+)?"
)
_LIST_GOES_ON = re.compile(r",[ \t]+(?:and|or|nor)\b|,[ \t]+[A-Z][a-z]+,")
_AFTER = re.compile(r"[ \t]*([A-Za-z]+)?")
# `Mary heard her say`, `made her cry out`: a perceived or caused speaker, not an owner
_PERCEIVED = re.compile(r"\b(?:hear|hears|heard|hearing|overheard|saw|see|watched|let|made|make|bade|bid|felt)\s+$")
_BARE_SPEECH = frozenset(
    "say ask answer reply cry call whisper murmur mutter exclaim shout scream sob laugh sing speak add repeat begin".split()
)


@dataclass(slots=True)
class Occ:
    start: int
    end: int
    surface: str  # as written, without a possessive 's
    core: str  # without the honorific
    hon: str | None  # "Mr", "Commander", ... or None
    epithet: bool  # "the Commander": a title used as a name
    initial: bool  # first word of a sentence
    quoted: bool  # inside a quotation
    sent: int  # sentence index
    para: int  # paragraph index
    speech: bool = False  # "said Clarke" / "Clarke said"
    vocative: bool = False  # "..., Clarke." inside a quote
    subject: bool = False  # followed by a verb
    possessive: bool = False
    nominal: bool = False  # "the surgeon": a description, not a name
    place: int = 0  # after in/into/from/...: 2 for a place preposition, 1 for "from"
    after_the: bool = False
    reported: bool = False  # inside a question the narration reports (`asked if it were Mr. Hale`)
    oblique: bool = False  # after a preposition (`to Clarke`, `beside Clarke`): no subject nor object
    relative: bool = False  # the subject of a relative clause (`the lamp which Tam had lit`)
    subordinate: bool = False  # the subject of a clause `as`, `when`, ... opens (`He looked up as Eden came in`)
    pointed: bool = False  # a description written "this man", "that gentleman" (its surface says "the")
    capitals: bool = False  # written in capitals (`"DIAZ!"`): a mention of a name found otherwise, no evidence of one


@dataclass(slots=True)
class Pron:
    start: int
    end: int
    word: str  # lowercased
    gender: str  # he | she | they | i
    quoted: bool
    sent: int
    para: int
    subject: bool  # a subject form (he/she/they/I)
    obj: bool = False  # an object form (him, them, "her" not followed by a noun)
    inner: bool = False  # a subject in a clause `when`, `which`, ... opens (`before she went`)


@lru_cache(maxsize=32)
def master_regex(aliases: tuple[str, ...], small_i: bool = False) -> re.Pattern[str]:
    """Pronouns, then pack/list aliases (longest first), then epithets, then name sequences;
    `small_i`: a lower-case `i` is the first-person pronoun too."""
    # a listed "my mother" must win over its pronoun "my"; other aliases come after pronouns
    owned = tuple(a for a in aliases if a.split()[0].lower() in _POSSESSIVE and " " in a)
    aliases = tuple(a for a in aliases if a not in owned)
    parts = [rf"(?P<desc>{_alternation(owned)})"] if owned else []
    # "his Grace", "her ladyship", "my lord": a rank's style of address in the narration
    # is a description like "the old man", never the pronoun "his" (`describe.rank_style`)
    parts.append(rf"(?P<rank>{RANK_STYLE})")
    parts.append(rf"(?P<kin>{MY_KIN})")
    parts.append(rf"(?P<pron>{PRONOUN_SMALL_I if small_i else PRONOUN})")
    if aliases:
        parts.append(rf"(?P<alias>{_alternation(aliases)})")
    parts.append(r"(?P<yn>[Yy]/[Nn](?![\w/]))")  # the reader of a reader-insert story
    parts.append(rf"(?P<nom>{NOMINAL})")
    parts.append(rf"(?P<epi>{EPITHET})")
    # a name sequence opens with a capital (`CAPW`, an honorific): lower-case words skip it
    parts.append(rf"(?P<name>(?=[{UP}]){NAME_SEQ})")
    # one shared word-start test first: most positions are inside words and fail at once. An
    # apostrophe after a letter is inside a word (`O'Rourke`, `don't`); after a space or a
    # mark it opens a single-quoted line, whose first word may be a name (`'Marta! You left
    # the gate open.'`, missed before: fanfic-train +3 / +4 quotations e2e / gold chars)
    return re.compile(r"(?<![\w-])(?<!\w['’])(?=[A-Za-zÀ-ÖØ-Þ])(?:" + "|".join(parts) + ")")


_POSSESSIVE = frozenset({"my", "his", "her", "our", "their", "your"})


def _alternation(forms: tuple[str, ...]) -> str:
    alts = by_first_char(re.escape(a) for a in sorted(forms, key=len, reverse=True))
    return rf"(?:{alts})(?![\w-])(?!['’](?![sS]\b)[A-Za-z])"


def sentence_starts(work: Work) -> list[int]:
    """Sentence start offsets, from the segmenter's `Sentences` (sorted already)."""
    return [a for a, _ in work.layers.get(Sentences).spans]


def is_initial(text: str, start: int, floor: int) -> bool:
    """True when the word at `start` opens a sentence, a paragraph or a quotation."""
    i = start - 1
    spaced = False
    while i >= floor and text[i] in " \t\n":
        i -= 1
        spaced = True
    if i < floor:
        return True
    c = text[i]
    if c in "“‘—–([" or (c in "\"'*_-" and not spaced):
        return True
    while i >= floor and text[i] in "\"”’'*_)] \t\n":
        i -= 1
    return i < floor or text[i] in ".!?…:;"


def extract(
    work: Work, aliases: tuple[str, ...], vocab: set[str], starts: list[int] | None = None,
    folds: dict[str, str] | None = None, small_i: bool = False, common: frozenset[str] = frozenset(),
) -> tuple[list[Occ], list[Pron]]:
    """Every name-like occurrence and pronoun in the story paragraphs, in text order.

    `vocab` holds the words the text also writes in lower case: such a word that opens a
    sentence ("Then", "Poor") is stripped from the front of a name sequence. `starts` are
    the sentence starts (`sentence_starts`), when the caller has them already. `folds`
    (a work in lower case by choice, `characters.lowercase`): small forms matched as the
    names they map to, never after a determiner (`the rose`), and those in `common` (a
    common word too: `will`) only speaking in a tag or called out; `small_i`: a small `i`
    is the pronoun `I`.
    """
    text = work.text
    folds = folds or {}
    rx = master_regex(aliases + tuple(sorted(f for f in folds if f not in aliases)), small_i)
    listed = set(aliases)
    if starts is None:
        starts = sentence_starts(work)
    qs = [q.start for q in work.quotes]
    qe = [q.end for q in work.quotes]
    occs: list[Occ] = []
    prons: list[Pron] = []
    for pi, p in enumerate(work.paragraphs):
        for m in rx.finditer(text, p.start, p.end):
            s, e = m.start(), m.end()
            qi = bisect_right(qs, s) - 1
            quoted = qi >= 0 and s < qe[qi]
            sent = bisect_right(starts, s) - 1
            kind = m.lastgroup
            if kind == "desc":
                kind = "alias"
            if kind == "pron":
                w = m.group().lower()
                if w == "i" and m.group() != "I" and not small_i:
                    continue
                g = PRONOUN_GENDER[w]
                subj = w in ("he", "she", "they", "i")
                obj = w in ("him", "them", "me")
                if w == "her":
                    nm = _AFTER.match(text, e, min(len(text), e + 20))
                    obj = nm is None or nm.group(1) is None or nm.group(1).lower() in OBJECT_FOLLOWERS
                    obj = obj or _heard_her(text, s, nm)
                pm = _PREV_WORD.search(text, max(p.start, s - 16), s) if subj else None
                inner = pm is not None and pm.group(1).lower() in _INNER
                prons.append(Pron(s, e, w, g, quoted, sent, pi, subj, obj, inner))
                continue
            surface = "Y/N" if kind == "yn" else m.group()
            if folds and kind == "alias" and surface in folds and surface not in listed:
                if " " not in surface and _after_determiner(text, s, p.start):
                    continue  # `the rose`: the word, not Rose
                surface = folds[surface]
            if kind == "name":
                s0, surface0 = s, surface
                s, surface = _strip_front(text, s, surface, p.start, vocab)
                if not surface and tag_named(text, s0, e):
                    s, surface = s0, surface0
                surface = _strip_nationality(surface)
                if not surface:
                    continue
                e = s + len(surface)
            if surface in KIN_CALL_NAMES and _owned(text, s, p.start):
                continue  # `my Mum`, `the Boss`, `Tom's Dad`: a description, not the name
            if kind in ("kin", "rank") and quoted:
                continue  # a speaker's "my mother" is the speaker's business, "my lord" a call
            if kind == "rank":
                surface = surface.lower()  # "His Grace", "his Grace": one key
                o = _features(text, s, e, surface, surface, None, False, p.start, quoted, sent, pi, True)
                o.nominal = True
                occs.append(o)
                continue
            if kind == "nom" or kind == "kin":
                surface = surface[:2].lower() + surface[2:] if kind == "kin" else "the " + surface.split(None, 1)[1]
                o = _features(text, s, e, surface, surface.split(None, 1)[1], None, False, p.start, quoted, sent, pi, True)
                o.nominal = True
                o.pointed = kind == "nom" and text[s : s + 5].lower() in ("this ", "that ")
                occs.append(o)
                continue
            hon = None
            core = surface
            epithet = kind == "epi"
            if epithet:
                core = surface.split(None, 1)[1]
            else:
                hon, core = split_hon(surface)
            alias = kind == "alias" and surface in listed  # not a name the text capitalised elsewhere
            o = _features(text, s, e, surface, core, hon, epithet, p.start, quoted, sent, pi, alias)
            if common and m.group() in common and surface != m.group() and not (o.speech or o.vocative):
                continue  # a small `will` that neither speaks nor is called is the word
            occs.append(o)
    occs += _capitals(work, occs, listed, vocab, starts, qs, qe)
    occs.sort(key=lambda o: o.start)
    # a kin word is a name only where the narration uses it as one (`Mum came in`): called
    # out alone (`"Hi, Mom."`) it is as often a named character's role, and a new one splits her
    told = {o.surface for o in occs if o.surface in KIN_CALL_NAMES and not o.quoted}
    occs = [o for o in occs if o.surface not in KIN_CALL_NAMES or o.surface in told or o.surface in listed]
    return occs, prons


# a word in capitals, as shouted or printed (`"DIAZ!"`, `SIMON LEWIS`, `DAICHI-SAN`)
_CAPS_RUN = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’]*[A-Z](?:-[A-Z]+)*(?:[ \t]+[A-Z][A-Z'’]*[A-Z](?:-[A-Z]+)*)*(?![\w'’-])")
CAPS_SPAN = 3  # words of a capital run matched as one name at most (`SIMON LEWIS`)


def _capitals(
    work: Work, occs: list[Occ], listed: set[str], vocab: set[str], starts: list[int], qs: list[int], qe: list[int],
) -> list[Occ]:
    """Names written in capitals, as the name the text writes otherwise (`"DIAZ!"` for the
    Diaz seen elsewhere): only a name found in mixed case mid-sentence (or listed), never a
    common word the text writes small too (`I WILL`, `MAY`) nor one only opening sentences
    (`Kissing`), so a shouted sentence matches no one."""
    known: dict[str, str] = {}
    names = [o.surface for o in occs if not o.nominal and not o.epithet and not o.initial and o.surface != "Y/N"]
    for name in [*names, *(a for a in listed if not a.islower())]:
        if name.lower() in vocab:
            continue
        known.setdefault(name.upper(), name)
        hon, core = split_hon(name)
        for w in core.split()[1:] if hon is None else ():
            if w[:1].isupper() and w.lower() not in vocab and w not in STOP:
                known.setdefault(w.upper(), w)  # `"DIAZ!"` for the Eddie Diaz of the text or the list
    if not known:
        return []
    taken = {o.start for o in occs}
    text = work.text
    out: list[Occ] = []
    for pi, p in enumerate(work.paragraphs):
        for m in _CAPS_RUN.finditer(text, p.start, p.end):
            toks = list(_TOK.finditer(m.group()))
            i = 0
            while i < len(toks):
                for j in range(min(len(toks), i + CAPS_SPAN), i, -1):
                    s, e = m.start() + toks[i].start(), m.start() + toks[j - 1].end()
                    surface = known.get(" ".join(t.group() for t in toks[i:j]))
                    if surface is None or s in taken or text[s:e] == surface:
                        continue
                    qi = bisect_right(qs, s) - 1
                    if qi < 0 or s >= qe[qi]:
                        break  # outside a quote capitals are a heading, a sign or a letter's close
                    hon, core = split_hon(surface)
                    o = _features(text, s, e, surface, core, hon, False, p.start, True, bisect_right(starts, s) - 1, pi, surface in listed)
                    o.capitals = True
                    out.append(o)
                    i = j - 1
                    break
                i += 1
    return out


_DETERMINER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(DETERMINERS)) + r")[ \t]+$", re.IGNORECASE)


def _after_determiner(text: str, start: int, floor: int) -> bool:
    """`the rose`, `his will`: a small folded word after a determiner is the common word."""
    return _DETERMINER_BEFORE.search(text, max(floor, start - 8), start) is not None


# an owner or article before a kin word: `his Mum`, `the Boss`, `Tom's Dad`
_OWNED_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(DETERMINERS | {"his", "her", "whose"})) + r")|\w['’]s?)[ \t]+$", re.IGNORECASE
)


def _owned(text: str, start: int, floor: int) -> bool:
    """`my Mum`, `the Boss`, `Tom's Dad`: a kin word after an owner or an article."""
    return _OWNED_BEFORE.search(text, max(floor, start - 12), start) is not None


_TOK = re.compile(r"\S+")
# a lone capitalised word in a speech tag right after a quotation: `..." Irish remarked`
# (lower case would follow a comma) or `..." remarked Good.`
_TAG_BEFORE = re.compile(r"(?:,[\"”’'][ \t]+|[,!?][\"”’'][ \t]+([a-z]+)[ \t]+)$")


def tag_named(text: str, s: int, e: int) -> bool:
    """A common word ("Irish", "Good") written as the speaker of a tag is a nickname.

    Only a single word: a sequence keeps its other words anyway, and pronouns, titles
    and kin words ("Mother said") are left to their own rules."""
    word = text[s:e]
    if " " in word or word.lower() in PRONOUN_GENDER or word in HONORIFICS or word.lower() in KIN:
        return False
    before = _TAG_BEFORE.search(text, max(0, s - 16), s)
    if before is None:
        return False
    if before.group(1):
        return before.group(1) in TAG_VERB_WORDS and text[e : e + 1] in (",", ".", ";")
    nm = _NEXT.match(text, e, min(len(text), e + 30))
    return nm is not None and not nm.group(1) and (nm.group(2) or "").lower() in TAG_VERB_WORDS


def _heard_her(text: str, s: int, nm: re.Match | None) -> bool:
    """`heard her say`: "her" is the one heard (an object), though a word follows it."""
    if nm is None or nm.group(1) is None or nm.group(1).lower() not in _BARE_SPEECH:
        return False
    return _PERCEIVED.search(text, max(0, s - 16), s) is not None


def _adverb(word: str) -> bool:
    """A sentence adverb before a name: "Afterwards Tom". Only listed words: an ending
    in -ly would take "Wally", "Beverly" and "Kelly" too."""
    return word in SENTENCE_ADVERBS


def _strip_nationality(surface: str) -> str:
    """Cut a sequence at its first nationality or language word: "Lucy Italian" is Lucy,
    "Italians Drive Them" nobody (a single word is left to the stop words)."""
    if " " not in surface:
        return surface
    toks = list(_TOK.finditer(surface))
    for i, t in enumerate(toks):
        w = t.group().rstrip(".,")
        if w in NATIONALITIES or (w.endswith("s") and w[:-1] in NATIONALITIES):
            return surface[: t.start()].rstrip() if i else ""
    return surface


def _strip_front(text: str, s: int, surface: str, floor: int, vocab: set[str]) -> tuple[int, str]:
    """Drop leading function words and sentence-initial common words: "Then Mr. Bennet"."""
    if " " not in surface and "\t" not in surface:
        # most sequences are one word: the same test as the loop below, without tokenising
        if surface in ELDER_TITLES or surface in KIN_CALL_NAMES:
            return s, surface  # "Mother, look!": maybe a name (surfaces.addressed_words decides)
        if surface.rstrip(".") in STOP or surface.rstrip(".") in PARTICLES or (
            surface.lower() in vocab and surface not in FEMALE_NAMES and surface not in MALE_NAMES
            and is_initial(text, s, floor)
        ):
            return s, ""
        return s, surface
    toks = list(_TOK.finditer(surface))
    i = 0
    while i < len(toks):
        w = toks[i].group()
        bare = w.rstrip(".")
        if bare in HONORIFICS and (i + 1 < len(toks) or w in ELDER_TITLES):
            break  # "Then Mother" keeps "Mother", as a lone word does
        if bare in KIN_CALL_NAMES:
            break  # "Then Mum turns it off": the name, as alone
        if i == 0 and bare in PLACE_PREFIXES and len(toks) > 1:
            return s, ""  # "Mount Weather" is a place, and "Weather" nobody
        if i == 0 and bare == "Young" and len(toks) > 1 and "Old " + surface[toks[1].start():] in text:
            break  # "Young Billy" beside an "Old Billy": the son, a name of its own, not the father's
        if bare in STOP or bare in PARTICLES or (
            i == 0 and (w.lower() in vocab or _adverb(bare)) and w not in FEMALE_NAMES and w not in MALE_NAMES
            and is_initial(text, s, floor)
        ):
            i += 1
            continue
        break
    if i == 0:
        return s, surface
    if i == len(toks):
        return s, ""
    off = toks[i].start()
    return s + off, surface[off:]


# a short prepositional phrase and the verb after it: " with the tin lantern first knocked"
_PP_VERB = re.compile(r"[ \t]*,?[ \t]*(?:with|in|of|from)[ \t]+(?:[a-z][a-z-]*[ \t]+){1,3}(?:(?:first|then|now|[a-z]+ly)[ \t]+)?([a-z]+)\b")


def _subject_after_pp(text: str, end: int) -> bool:
    m = _PP_VERB.match(text, end, end + 60)
    if m is None:
        return False
    w = m.group(1)
    return w in ACTION_WORDS or (len(w) > 4 and w.endswith("ed"))


# the narration reports a question: what follows `asked, by his leave, if` is talked
# about, like a name inside quotes, not someone on stage
_REPORTED = re.compile(
    r"(?:\b(?:ask|asks|asked|asking|inquired|enquired|wondered|wondering)\b[^.!?;:\"“”]{0,40}?\b(?:if|whether)"
    r"|\bwhether)\b(?:[^.!?;:\"“”]|(?<=\b(?:Mr|Dr|Ms|St))\.|(?<=\bMrs)\.)*$"
)
REPORTED_BACK = 120  # characters looked back for the reporting verb


def _reported(text: str, lo: int, s: int) -> bool:
    # the plain look-ups first: most names have no "if" or "whether" before them
    if text.find(" if", lo, s) < 0 and text.find("hether", lo, s) < 0:
        return False
    return _REPORTED.search(text, lo, s) is not None


# a call and the one calling: "at the call of Ivy" ("the voice of X" is a tag, see speakers)
_SPEECH_OF = re.compile(
    r"\b(?:summons|call|cry|bidding|command|order|orders|request|invitation|reply|answer|shout|whisper)"
    r"[ \t]+of[ \t]+$"
)


# words opening a clause that hangs on the main one: its subject is not the sentence's
_SUBORDINATORS = frozenset("as when while whilst before after until till because though although once whenever".split())


# words opening a relative clause: `the lamp which Tam had lit`, `the bench where Ann sat`
# ("that" is no gain: it opens reported speech as often)
_RELATIVES = frozenset("which whom where".split())


# words before a pronoun subject of a clause that hangs on the main one: those above, and
# those opening a reported clause (`It seemed that he had slept`); for a name "that" lost
# 4 pronoun tags on SE train (a name there is often what the sentence is about)
_INNER = _SUBORDINATORS | _RELATIVES | {"that", "if"}


def _features(
    text: str, s: int, e: int, surface: str, core: str, hon: str | None, epithet: bool,
    floor: int, quoted: bool, sent: int, para: int, alias: bool,
) -> Occ:
    o = Occ(s, e, surface, core, hon, epithet, is_initial(text, s, floor), quoted, sent, para)
    pm = _PREV_WORD.search(text, max(floor, s - 24), s)
    prev = pm.group(1).lower() if pm else ""
    if pm and prev == "the":  # "said the Grey Heron"
        pm2 = _PREV_WORD.search(text, max(floor, pm.start() - 16), pm.start())
        if pm2 and pm2.group(1).lower() in TAG_VERB_WORDS:
            prev = pm2.group(1).lower()
    nm = _NEXT.match(text, e, min(len(text), e + 30))
    nxt = ""
    if nm:
        o.possessive = bool(nm.group(1)) and nm.group(1) not in ("'", "’")
        nxt = (nm.group(2) or "").lower()
    if prev in TAG_VERB_WORDS and not quoted:
        o.speech = True
    if nxt in TAG_VERB_WORDS and not o.possessive:
        o.speech = not quoted
        o.subject = True
    elif nxt in ACTION_WORDS or (len(nxt) > 4 and nxt.endswith("ed")) or (
        len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss") and nm is not None and nm.group(2).islower()
        and nxt not in S_ADVERBS  # `took Emily upstairs`: no verb
    ):
        o.subject = not o.possessive
    if not o.subject and not o.possessive and nxt in ("with", "in", "of", "from") and _subject_after_pp(text, e):
        o.subject = True  # "the old ferryman with the tin lantern knocked twice"
    if not quoted and _reported(text, max(floor, s - REPORTED_BACK), s):
        o.reported = True
    if prev == "of" and not quoted and not surface.lower().startswith("the ") and _SPEECH_OF.search(text, max(floor, s - 30), s):
        o.subject = True  # "the call of Ivy": Ivy is the one calling, the next "she"
    if o.subject and prev in _SUBORDINATORS:
        o.subordinate = True
    if o.subject and prev in _RELATIVES:
        o.relative = True
    if prev in PLACE_PREPS:
        o.place = PLACE_PREPS[prev]
    elif prev in DETERMINERS and not epithet and not alias:
        o.after_the = True
    if prev in OBLIQUE_PREPS and not o.subject:
        o.oblique = True
    if quoted:
        before = text[max(floor, s - 2) : s]
        after = text[e : e + 1]
        o.vocative = (before.endswith(", ") or (before[-1:] in "“\"'‘")) and after in (",", ".", "!", "?", "—", "-", ";", ":", "”", "\"")
        if o.vocative and after == "," and _LIST_GOES_ON.match(text, e):
            o.vocative = False  # "Potter, Weasley, and the Mudblood": a list, not a call
    return o
