"""Tense of the narration: per paragraph, the work's dominant tense, and sustained shifts.

A lexicon-and-regex reader of finite verbs, run on narration only (outside quotes):

- auxiliaries and copulas anywhere: was/were/had/did (past) vs is/are/am/has/does (present),
  their negations, and pronoun contractions (she's, I'm, they're, we'll: present);
- the verb slot after a subject pronoun or a character's name (skipping adverbs):
  irregular past forms and -ed words are past, -s forms after he/she/it/a name and
  base forms after I/you/we/they are present;
- irregular past forms anywhere, unless an auxiliary before them makes them participles;
- modals as weak cues: would/could/might/should lean past, will/can/shall/may present.

A paragraph with no cue is "none" (pure dialogue, a one-word line). A shift is a sustained
change: runs of paragraphs shorter than `MIN_RUN` paragraphs with little evidence are
absorbed into their neighbours first, so one past-tense flashback paragraph in a
present-tense story is not reported as a shift.
"""

from __future__ import annotations

import re
from typing import Any

from ficlens.model import Work

__all__ = ["analyze_tense", "paragraph_cues", "MIN_RUN"]

MIN_RUN = 2  # paragraphs a new tense must hold (or carry MIN_MASS of evidence) to count as a shift
MIN_MASS = 6.0

_IRREGULAR = (
    "arise arose awake awoke bear bore beat beat become became begin began bend bent bind bound "
    "bite bit bleed bled blow blew break broke breed bred bring brought build built buy bought "
    "catch caught choose chose cling clung come came creep crept deal dealt dig dug draw drew "
    "drink drank drive drove eat ate fall fell feed fed feel felt fight fought find found flee fled "
    "fling flung fly flew forbid forbade forget forgot forgive forgave freeze froze get got give gave "
    "go went grow grew hang hung have had hear heard hide hid hold held keep kept kneel knelt "
    "know knew lead led leap leapt leave left lend lent lie lay light lit lose lost make made "
    "mean meant meet met overcome overcame pay paid ride rode ring rang rise rose run ran say said "
    "see saw seek sought sell sold send sent shake shook shine shone shoot shot shrink shrank "
    "sing sang sink sank sit sat sleep slept slide slid sling slung speak spoke spend spent "
    "spin spun spit spat spring sprang stand stood steal stole stick stuck sting stung stride strode "
    "strike struck swear swore sweep swept swim swam swing swung take took teach taught tear tore "
    "tell told think thought throw threw understand understood wake woke wear wore weep wept "
    "win won withdraw withdrew write wrote undo undid"
).split()
IRREGULAR_BASE = frozenset(_IRREGULAR[0::2])
IRREGULAR_PAST = frozenset(_IRREGULAR[1::2]) - {"beat", "bound", "found", "lay", "lit", "left", "saw"}
# unambiguous past forms that may count anywhere in narration (not nouns or adjectives too)
_ANYWHERE_PAST = sorted(
    IRREGULAR_PAST - {"bit", "rose", "shot", "bent", "stuck", "spent", "bore", "lent", "had", "lost", "won"}
)
_NOT_PAST_ED = frozenset(
    "need bleed breed feed heed seed speed weed proceed succeed exceed bed red shed wed bred "
    "sled shred fled led fed bled sped hundred kindred naked sacred wicked wretched rugged ragged "
    "jagged crooked beloved".split()
)
_ADVERB = (
    r"(?:just|still|never|always|only|already|also|even|then|now|finally|suddenly|simply|"
    r"barely|almost|really|quickly|slowly|quietly|softly|gently|immediately|instantly|"
    r"once|again|too|all|both|sometimes|often|not|\w+ly)"
)
# a base form after I/you/we/they is a present verb unless it is one of these
_NOT_VERB = frozenset(
    "a an the and but or so if as at by for from in into of on to with up down out off over "
    "under about after before around through all both each either neither too too very "
    "who whom whose which that this these those there here what when where why how "
    "i you we they he she it me him her us them my your our their his its mine yours ours "
    "theirs hers myself yourself ourselves themselves himself herself itself".split()
)
_MODAL_PAST = frozenset("would could might should wouldn't couldn't shouldn't".split())
_MODAL_PRES = frozenset("will can shall may won't can't cannot".split())

_PAST_AUX = re.compile(r"\b(?:was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t)\b", re.I)
_PRES_AUX = re.compile(
    r"\b(?:is|are|am|has|does|isn['’]t|aren['’]t|hasn['’]t|doesn['’]t|don['’]t|haven['’]t)\b"
    r"|\b(?:i|you|we|they|he|she|it|there|that)['’](?:m|re|s|ve|ll)\b",
    re.I,
)
_SUBJ = re.compile(
    r"\b(I|you|we|they|he|she|it|You|We|They|He|She|It)\s+((?:" + _ADVERB + r"\s+){0,2})"
    r"([A-Za-z]+(?:['’]t)?)\b"
)
_AFTER_NAME = re.compile(r"\s+((?:" + _ADVERB + r"\s+){0,2})([A-Za-z]+(?:['’]t)?)\b")
_ANY_PAST = re.compile(r"\b(?:" + "|".join(_ANYWHERE_PAST) + r")\b")
# an auxiliary right before a past form makes it a participle ("has gone", "is broken")
_PARTICIPLE_BEFORE = re.compile(
    r"\b(?:has|have|having|['’]ve|is|are|am|be|been|being|was|were|had|['’]d|get|gets|got)\s+(?:"
    + _ADVERB
    + r"\s+)?$",
    re.I,
)


def verb_tense(word: str, subject: str) -> tuple[str | None, float]:
    """The tense a word in the finite slot after `subject` signals, with a weight."""
    w = word.lower().replace("’", "'")
    if w in _MODAL_PAST:
        return "past", 0.3
    if w in _MODAL_PRES:
        return "present", 0.3
    if w in ("was", "were", "had", "did") or w.endswith("n't"):
        return None, 0.0  # the auxiliary regexes already counted these
    if w in ("is", "are", "am", "has", "does", "do", "have"):
        return None, 0.0
    if w in IRREGULAR_PAST:
        return "past", 1.0
    if w.endswith("ed") and len(w) > 3 and w not in _NOT_PAST_ED:
        return "past", 1.0
    s = subject.lower()
    if s in ("he", "she", "it", "name"):
        if w.endswith("s") and not w.endswith("ss") and w not in ("always", "perhaps", "sometimes",
                                                                  "as", "thus", "unless", "towards",
                                                                  "afterwards", "us", "his", "its"):
            return "present", 1.0
        return None, 0.0
    if w in _NOT_VERB or w.endswith("ing"):
        return None, 0.0
    # I/you/we/they + a bare word: present ("I walk", "they wait"); an irregular base surely is
    return "present", 1.0 if w in IRREGULAR_BASE else 0.7


def paragraph_cues(text: str, pieces: list[tuple[int, int]], names: list[tuple[int, int]]) -> list[tuple[int, str, float, str]]:
    """Tense cues in the narration pieces of a paragraph: (offset, tense, weight, word).

    `names` are (start, end) of character names in narration, used as subjects.
    One cue per offset, so a verb seen by two rules counts once.
    """
    cues: dict[int, tuple[str, float, str]] = {}
    for s, e in pieces:
        for m in _PAST_AUX.finditer(text, s, e):
            cues[m.start()] = ("past", 1.0, m.group())
        for m in _PRES_AUX.finditer(text, s, e):
            cues[m.start()] = ("present", 1.0, m.group())
        for m in _SUBJ.finditer(text, s, e):
            tense, weight = verb_tense(m.group(3), m.group(1))
            if tense and m.start(3) not in cues:
                cues[m.start(3)] = (tense, weight, m.group(1) + " " + m.group(3))
        for m in _ANY_PAST.finditer(text, s, e):
            if m.start() in cues or _PARTICIPLE_BEFORE.search(text, max(s, m.start() - 24), m.start()):
                continue
            cues[m.start()] = ("past", 1.0, m.group())
    for s, e in names:
        m = _AFTER_NAME.match(text, e)
        if m and m.start(2) not in cues:
            tense, weight = verb_tense(m.group(2), "name")
            if tense:
                cues[m.start(2)] = (tense, weight, text[s:e] + " " + m.group(2))
    return sorted((pos, t, w, word) for pos, (t, w, word) in cues.items())


def classify(cues: list[tuple[int, str, float, str]]) -> tuple[str, float, float]:
    """(tense, past mass, present mass) of one paragraph's cues."""
    past = sum(w for _, t, w, _ in cues if t == "past")
    pres = sum(w for _, t, w, _ in cues if t == "present")
    if max(past, pres) < 1.0:
        return "none", past, pres
    return ("past" if past >= pres else "present"), past, pres


def analyze_tense(
    work: Work, slices: list[list[tuple[int, int]]], names_by_para: list[list[tuple[int, int]]]
) -> dict[str, Any]:
    """Set `Paragraph.tense` and return {"dominant", "shifts"} for `work.narrative["tense"]`."""
    text = work.text
    per: list[tuple[str, float, float, list]] = []
    for p, pieces, names in zip(work.paragraphs, slices, names_by_para):
        cues = paragraph_cues(text, pieces, names)
        tense, past, pres = classify(cues)
        p.tense = tense
        per.append((tense, past, pres, cues))
    mass = {"past": sum(x[1] for x in per), "present": sum(x[2] for x in per)}
    dominant = None if max(mass.values()) < 1.0 else max(mass, key=mass.get)
    return {"dominant": dominant, "shifts": _shifts(work, per)}


def _shifts(work: Work, per: list[tuple[str, float, float, list]]) -> list[dict[str, Any]]:
    # runs of paragraphs of one tense, skipping "none": [tense, first index, last index, mass]
    runs: list[list[Any]] = []
    for i, (tense, past, pres, _) in enumerate(per):
        if tense == "none":
            continue
        m = abs(past - pres)
        if runs and runs[-1][0] == tense:
            runs[-1][2] = i
            runs[-1][3] += m
            runs[-1][4] += 1
        else:
            runs.append([tense, i, i, m, 1])
    # absorb weak short runs (a flashback paragraph, a stray line) into their neighbours,
    # weakest first, until every remaining run is sustained
    while len(runs) > 1:
        weak = [k for k, r in enumerate(runs) if r[4] < MIN_RUN and r[3] < MIN_MASS]
        if not weak:
            break
        k = min(weak, key=lambda k: runs[k][3])
        runs.pop(k)
        # neighbours of one tense merge back into one run
        if 0 < k < len(runs) and runs[k - 1][0] == runs[k][0]:
            left = runs[k - 1]
            right = runs.pop(k)
            left[2], left[3], left[4] = right[2], left[3] + right[3], left[4] + right[4]
    shifts = []
    for prev, run in zip(runs, runs[1:]):
        first = run[1]
        p = work.paragraphs[first]
        words = []
        for _, t, _, word in per[first][3]:
            if t == run[0] and word not in words:
                words.append(word)
            if len(words) == 3:
                break
        shown = ", ".join(f"'{w}'" for w in words)
        shifts.append({
            "start": p.start,
            "end": p.end,
            "from": prev[0],
            "to": run[0],
            "explanation": f"narration moves from {prev[0]} to {run[0]} tense here: {shown}",
        })
    return shifts
