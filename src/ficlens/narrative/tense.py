"""Tense of the narration: per paragraph, the work's dominant tense, and sustained shifts.

A lexicon-and-regex reader of finite verbs, run on narration only (outside quotes):

- auxiliaries and copulas anywhere: was/were/had/did (past) vs is/are/am/has/does (present),
  their negations, and pronoun contractions (she's, I'm, they're, we'll: present);
- the verb slot after a subject pronoun or a character's name (skipping adverbs):
  irregular past forms and -ed words are past, -s forms after he/she/it/a name and
  base forms after I/you/we/they are present; after a determiner and a noun ("the door
  opened") only past forms count, at half weight;
- irregular past forms anywhere, unless an auxiliary before them makes them participles;
- modals as weak cues: would/could/might/should lean past, will/can/shall/may present.

A paragraph with no cue is "none" (pure dialogue, a one-word line). A shift is a sustained
change: runs of paragraphs shorter than `MIN_RUN` paragraphs with little evidence are
absorbed into their neighbours first, so one past-tense flashback paragraph in a
present-tense story is not reported as a shift.
"""

from __future__ import annotations

from typing import Any

from ficlens.model import Work

__all__ = ["analyze_tense", "paragraph_cues", "verb_tense", "MIN_RUN"]

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
_ADVERB = frozenset(
    "just still never always only already also even then now finally suddenly simply barely almost "
    "really quickly slowly quietly softly gently immediately instantly once again too all both "
    "sometimes often not".split()
)
# a base form after I/you/we/they is a present verb unless it is one of these
_NOT_VERB = frozenset(
    "a an the and but or so if as at by for from in into of on to with up down out off over "
    "under about after before around through all both each either neither too very "
    "who whom whose which that this these those there here what when where why how "
    "i you we they he she it me him her us them my your our their his its mine yours ours "
    "theirs hers myself yourself ourselves themselves himself herself itself".split()
)
_NOT_S_VERB = frozenset("always perhaps sometimes as thus unless towards afterwards us his its".split())
_MODAL_PAST = frozenset("would could might should wouldn't couldn't shouldn't".split())
_MODAL_PRES = frozenset("will can shall may won't can't cannot".split())
_PAST_AUX = frozenset("was were had did wasn't weren't hadn't didn't".split())
_PRES_AUX = frozenset(
    "is are am has does isn't aren't hasn't doesn't don't haven't i'm we're they're you're "
    "he's she's it's there's that's i've we've they've you've i'll we'll they'll you'll he'll "
    "she'll it'll".split()
)
_SUBJECTS = frozenset("i you we they he she it".split())
_THIRD_SINGULAR = frozenset(("he", "she", "it", "name"))
_DETERMINERS = frozenset("the a an his her their my our its your The A An His Her Their My Our Its Your".split())
NOUN_SUBJECT_WEIGHT = 0.5  # "the door opened" is a weaker cue than "she opened": nouns may be adjectives
# after one of these a past form is a participle ("has gone", "is broken"), not a past verb
_PARTICIPLE_AUX = frozenset(
    "has have having 've is are am be been being was were had 'd get gets got "
    "i've we've they've you've".split()
)
_ANY_PAST = frozenset(_ANYWHERE_PAST)


def verb_tense(word: str, subject: str) -> tuple[str | None, float]:
    """The tense a (lowercase) word in the finite slot after `subject` signals, with a weight."""
    w = word
    if w in _MODAL_PAST:
        return "past", 0.3
    if w in _MODAL_PRES:
        return "present", 0.3
    if w in IRREGULAR_PAST:
        return "past", 1.0
    if w.endswith("ed") and len(w) > 3 and w not in _NOT_PAST_ED:
        return "past", 1.0
    if w.endswith("n't") or w in ("do", "have"):
        return None, 0.0
    if subject == "noun":
        return None, 0.0  # "the dog days": after a noun an -s word is as often a plural noun
    if subject in _THIRD_SINGULAR:
        if w.endswith("s") and not w.endswith("ss") and w not in _NOT_S_VERB:
            return "present", 1.0
        return None, 0.0
    if w in _NOT_VERB or w.endswith("ing"):
        return None, 0.0
    # I/you/we/they + a bare word: present ("I walk", "they wait"); an irregular base surely is
    return "present", 1.0 if w in IRREGULAR_BASE else 0.7


def paragraph_cues(tokens: list[str], names: frozenset[str] = frozenset()) -> list[tuple[str, float, str]]:
    """Tense cues in the narration tokens of a paragraph: (tense, weight, words).

    `names` are the words of character names, which act as subjects like pronouns do.
    One pass over the tokens: auxiliaries count anywhere, the slot after a subject
    (skipping up to two adverbs) is read as a finite verb, and a bare past form counts
    unless an auxiliary before it makes it a participle.
    """
    cues: list[tuple[str, float, str]] = []
    subject: str | None = None
    subject_word = ""
    skipped = 0
    after_aux = False
    determiner = ""
    for tok in tokens:
        low = tok.lower()
        if "’" in low:
            low = low.replace("’", "'")
        if low in _PAST_AUX:
            cues.append(("past", 1.0, tok))
            subject, after_aux = None, True
            continue
        if low in _PRES_AUX:
            cues.append(("present", 1.0, tok))
            subject, after_aux = None, low in _PARTICIPLE_AUX or low.endswith(("'s", "'ve"))
            continue
        if subject is not None:
            if (low in _ADVERB or low.endswith("ly")) and skipped < 2:
                skipped += 1
                continue
            tense, weight = verb_tense(low, subject)
            if subject == "noun":
                weight *= NOUN_SUBJECT_WEIGHT
            subject = None
            if tense:
                cues.append((tense, weight, f"{subject_word} {tok}"))
                after_aux = False
                continue
        if (low in _SUBJECTS and (low != "i" or tok == "I")) or tok in names:
            subject = low if low in _SUBJECTS else "name"
            subject_word, skipped, after_aux = tok, 0, False
            continue
        if (
            determiner
            and low not in _NOT_VERB
            and not low.endswith(("ly", "ed", "ing", "'s"))
            and low not in IRREGULAR_PAST
        ):
            # "The door opened", "the kettle whistles": a determiner and a noun as subject
            subject, subject_word, skipped, determiner = "noun", f"{determiner} {tok}", 1, ""
            continue
        determiner = tok if low in _DETERMINERS else ""
        if low in _ANY_PAST and not after_aux:
            cues.append(("past", 1.0, tok))
        after_aux = low in _PARTICIPLE_AUX or (after_aux and (low in _ADVERB or low.endswith("ly")))
    return cues


def classify(cues: list[tuple[str, float, str]]) -> tuple[str, float, float]:
    """(tense, past mass, present mass) of one paragraph's cues."""
    past = sum(w for t, w, _ in cues if t == "past")
    pres = sum(w for t, w, _ in cues if t == "present")
    if max(past, pres) < 1.0:
        return "none", past, pres
    if past == pres:
        return "tie", past, pres  # decided by the work's dominant tense
    return ("past" if past > pres else "present"), past, pres


def analyze_tense(work: Work, tokens: list[list[str]], names: frozenset[str]) -> dict[str, Any]:
    """Set `Paragraph.tense` and return {"dominant", "shifts"} for `work.narrative["tense"]`."""
    per: list[tuple[str, float, float, list]] = []
    for p, toks in zip(work.paragraphs, tokens, strict=False):
        cues = paragraph_cues(toks, names)
        tense, past, pres = classify(cues)
        p.tense = tense
        per.append((tense, past, pres, cues))
    mass = {"past": sum(x[1] for x in per), "present": sum(x[2] for x in per)}
    dominant = None if max(mass.values(), default=0.0) < 1.0 else max(mass, key=mass.__getitem__)
    for p, (tense, *_rest) in zip(work.paragraphs, per, strict=False):
        if tense == "tie":
            # "She looks up. He had said so once.": as much past as present, so the
            # paragraph follows the story; it neither starts nor breaks a run
            p.tense = dominant or "none"
    return {"dominant": dominant, "shifts": _shifts(work, per)}


def _shifts(work: Work, per: list[tuple[str, float, float, list]]) -> list[dict[str, Any]]:
    # runs of paragraphs of one tense, skipping "none": [tense, first index, last index, mass]
    runs: list[list[Any]] = []
    for i, (tense, past, pres, _) in enumerate(per):
        if tense in ("none", "tie"):
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
    for prev, run in zip(runs, runs[1:], strict=False):
        first = run[1]
        p = work.paragraphs[first]
        words = []
        for t, _, word in per[first][3]:
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
