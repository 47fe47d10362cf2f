"""Point of view: narration person and the focal character, per paragraph, scene and work.

Person counts first-, second- and third-person pronouns in narration only (dialogue is
full of "I" and "you" in any story). The focal character is whose inner life the
narration reports, scored per paragraph from:

- a character (name, alias or resolved pronoun) as the subject of a perception,
  cognition or feeling verb, auxiliaries and adverbs allowed between ("she wondered",
  "Clarke could feel", "he didn't know", "she had always hated");
- a possessive before an inner-body noun ("her heart", "his thoughts", "her stomach");
- free indirect thought: a question or exclamation in the narration, credited to the
  character the narration last referred to;
- a small weight per narration reference, since the focal character is also the one the
  narration keeps naming.

Scenes sum their paragraphs; the work is one character when one holds most scenes,
"multiple" when two or more each hold a real share. In first person the focal character
is the narrator: the character the characters stage resolved "I" to, else the one most
addressed and named inside other people's quotes while rarely named in narration.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Any

from ficlens.model import Mention, Work
from ficlens.narrative.narration import Subject
from ficlens.tally import Tally

__all__ = ["analyze_pov", "narration_person", "find_narrator"]

_FIRST = frozenset("I me my mine myself we us our ours ourselves Me My Mine Myself We Us Our Ours".split())
_SECOND = frozenset("you your yours yourself yourselves You Your Yours Yourself".split())
_THIRD = frozenset(
    "he him his himself she her hers herself they them their themselves "
    "He Him His Himself She Her Hers Herself They Them Their".split()
)

_COGNITION = (
    r"wonder(?:s|ed)?|think(?:s)?|thought|know(?:s|n)?|knew|feel(?:s)?|felt|see(?:s|n)?|saw|"
    r"hear(?:s|d)?|notice(?:s|d)?|reali[sz]e(?:s|d)?|remember(?:s|ed)?|recogni[sz]e(?:s|d)?|"
    r"want(?:s|ed)?|hope(?:s|d)?|fear(?:s|ed)?|wish(?:es|ed)?|decide(?:s|d)?|smell(?:s|ed)?|"
    r"taste(?:s|d)?|understand(?:s)?|understood|believe(?:s|d)?|imagine(?:s|d)?|"
    r"consider(?:s|ed)?|guess(?:es|ed)?|suppose(?:s|d)?|doubt(?:s|ed)?|worr(?:y|ies|ied)|"
    r"hate(?:s|d)?|love(?:s|d)?|miss(?:es|ed)?|sense(?:s|d)?|tell|dread(?:s|ed)?|"
    r"regret(?:s|ted)?|long(?:s|ed)|ache(?:s|d)|panic(?:s|ked)?|frown(?:s|ed)|"
    r"mus(?:es|ed)|ponder(?:s|ed)?|recall(?:s|ed)?|figure(?:s|d)?|can't help|couldn't help"
)
_AUX = (
    r"(?:could|couldn't|can|can't|would|wouldn't|did|didn't|does|doesn't|do|don't|had|hadn't|"
    r"has|have|was|is|just|still|never|always|only|already|suddenly|finally|almost|really|"
    r"barely|even|not|also|somehow|\w+ly)"
)
_COG_AFTER = re.compile(r"\s+(?:" + _AUX + r"\s+){0,3}(?:" + _COGNITION + r")\b")
_PERCEIVE_AFTER = re.compile(
    r"\s+(?:" + _AUX + r"\s+){0,2}(?:look(?:s|ed)(?!\s+like\b)|stare(?:s|d)|glance(?:s|d)|watch(?:es|ed)|"
    r"listen(?:s|ed)|swallow(?:s|ed)|shiver(?:s|ed)|flinch(?:es|ed)|blush(?:es|ed)|sigh(?:s|ed)|"
    r"tremble(?:s|d)|froze|freezes)\b"
)
_INNER = re.compile(
    r"(?:['’]s)?\s+(?:heart|mind|thoughts|chest|stomach|throat|breath\s+(?:caught|catches|hitched|hitches)|pulse|gut|"
    r"eyes\s+(?:sting|stung|burn))\b"
)
_POSSESSIVE = frozenset(("her", "his", "my", "their"))
_EMBEDDED = re.compile(r"\b(?:if|whether|that|unless)\s+$", re.I)

COGNITION_WEIGHT = 2.0
PERCEPTION_WEIGHT = 0.75
INNER_WEIGHT = 1.0
FREE_INDIRECT_WEIGHT = 0.75
MENTION_WEIGHT = 0.2
MIN_SCENE_SCORE = 2.0  # below this a scene has no focal character
# a paragraph names its own focal character (head-hopping) only on clear evidence
MIN_PARAGRAPH_SCORE = 3.0
PARAGRAPH_MARGIN = 2.0
# first-person narration: at least this many I/me/my per he/she/they in narration
FIRST_PERSON_RATIO = 0.3
MULTIPLE_SHARE = 0.2  # a second character holding this share of the story makes it "multiple"


def narration_person(tokens: list[str]) -> tuple[int, int, int]:
    """Counts of first-, second- and third-person pronouns among narration tokens."""
    counts = Counter(tokens)
    return (
        sum(counts[w] for w in _FIRST if w in counts),
        sum(counts[w] for w in _SECOND if w in counts),
        sum(counts[w] for w in _THIRD if w in counts),
    )


def person_of(first: int, second: int, third: int) -> str | None:
    if first + second + third == 0:
        return None
    if second > first and second >= FIRST_PERSON_RATIO * third:
        return "second"
    if first >= FIRST_PERSON_RATIO * third:
        return "first"
    return "third"


def analyze_pov(
    work: Work,
    slices: list[list[tuple[int, int]]],
    tokens: list[list[str]],
    subjects: list[Subject],
    scenes: list[tuple[int, int]],
) -> dict[str, Any]:
    """Set `Paragraph.pov_character`; return the value of `work.narrative["pov"]`."""
    counts = [narration_person(toks) for toks in tokens]
    total = tuple(sum(c[k] for c in counts) for k in range(3))
    person = person_of(*total)

    scores = _paragraph_scores(work, slices, subjects)
    narrator = find_narrator(work, slices, subjects) if person == "first" else None

    scene_out = []
    share: Counter[str] = Counter()
    for i, j in scenes:
        sc_counts = tuple(sum(c[k] for c in counts[i:j]) for k in range(3))
        sc_person = person_of(*sc_counts) or person
        if person == "first" and sc_counts[0] > 0:
            # a first-person narrator stepping back to tell others' doings is still narrating
            sc_person = "first"
        if sc_person == "first" and person == "first":
            focal = narrator
        else:
            summed: Tally[str] = Tally()
            for k in range(i, j):
                for cid, w in scores[k].items():
                    summed[cid] += w
            focal = _leader(summed, MIN_SCENE_SCORE)
        for k in range(i, j):
            own = _leader(scores[k], MIN_PARAGRAPH_SCORE, PARAGRAPH_MARGIN) if sc_person != "first" else None
            work.paragraphs[k].pov_character = own or focal
        if focal:
            share[focal] += sum(work.paragraphs[k].end - work.paragraphs[k].start for k in range(i, j))
        if work.paragraphs:
            scene_out.append({
                "start": work.paragraphs[i].start,
                "end": work.paragraphs[j - 1].end,
                "character": focal,
                "person": sc_person,
            })
    return {"person": person, "character": _work_character(share), "scenes": scene_out}


def _leader(scores: Tally[str], minimum: float, margin: float = 1.25) -> str | None:
    top = scores.most_common(2)
    if not top or top[0][1] < minimum:
        return None
    if len(top) > 1 and top[0][1] < margin * top[1][1]:
        return None
    return top[0][0]


def _work_character(share: Counter[str]) -> str | None:
    total = sum(share.values())
    if not total:
        return None
    ranked = share.most_common()
    if len(ranked) > 1 and ranked[1][1] >= MULTIPLE_SHARE * total:
        return "multiple"
    return ranked[0][0]


def _paragraph_scores(
    work: Work, slices: list[list[tuple[int, int]]], subjects: list[Subject]
) -> list[Tally[str]]:
    text = work.text
    starts = [p.start for p in work.paragraphs]
    scores: list[Tally[str]] = [Tally() for _ in work.paragraphs]
    sub_starts = [s.start for s in subjects]
    for sub in subjects:
        k = bisect_right(starts, sub.start) - 1
        if k < 0:
            continue
        sc = scores[k]
        sc[sub.character] += MENTION_WEIGHT
        if _INNER.match(text, sub.end):
            sc[sub.character] += INNER_WEIGHT
            continue
        if text[sub.start : sub.end].lower() in _POSSESSIVE:
            continue
        if _EMBEDDED.search(text, max(0, sub.start - 10), sub.start):
            # "she thinks that if Tom knew": Tom's knowing is her thought, not his
            continue
        if _COG_AFTER.match(text, sub.end):
            sc[sub.character] += COGNITION_WEIGHT
        elif _PERCEIVE_AFTER.match(text, sub.end):
            sc[sub.character] += PERCEPTION_WEIGHT
    # free indirect thought goes to whoever the narration last referred to; one cue per
    # narration piece is enough (a run of "?!" is one thought)
    for k, pieces in enumerate(slices):
        floor = work.paragraphs[max(0, k - 1)].start
        for a, b in pieces:
            q = text.find("?", a, b)
            x = text.find("!", a, b)
            at = min(q, x) if q >= 0 and x >= 0 else max(q, x)
            if at < 0:
                continue
            i = bisect_right(sub_starts, at) - 1
            if i >= 0 and subjects[i].start >= floor:
                scores[k][subjects[i].character] += FREE_INDIRECT_WEIGHT
    return scores


_VOC_BEFORE = re.compile(r"(?:,\s*|^\W{0,2})$")
_VOC_AFTER = re.compile(r"\s*[,.!?—-]")


def _vocative(text: str, m: Mention, quote: tuple[int, int, str | None]) -> bool:
    """'"Wren, wake up."', '"Coming, Tobias."': a name set off by commas or ending the line."""
    before = text[max(quote[0], m.start - 3) : m.start]
    return bool(_VOC_BEFORE.search(before)) and _VOC_AFTER.match(text, m.end) is not None


def find_narrator(work: Work, slices: list[list[tuple[int, int]]], subjects: list[Subject]) -> str | None:
    """The first-person narrator's character id, or None when nothing points to one."""
    text = work.text
    # the characters stage may have resolved "I"/"me"/"my" to a character
    resolved = Counter(
        s.character for s in subjects if text[s.start : s.end].lower() in ("i", "me", "my", "myself", "mine")
    )
    if resolved:
        return resolved.most_common(1)[0][0]
    quotes = sorted((q.start, q.end, q.speaker) for q in work.quotes)
    qstarts = [q[0] for q in quotes]
    in_quotes: Counter[str] = Counter()
    for m in work.mentions:
        if m.kind == "pronoun":
            continue
        i = bisect_right(qstarts, m.start) - 1
        if i >= 0 and m.start < quotes[i][1] and quotes[i][2] != m.character and _vocative(text, m, quotes[i]):
            in_quotes[m.character] += 1
    addressed: Counter[str] = Counter()
    for q in work.quotes:
        for a in q.addressees:
            if a != q.speaker:
                addressed[a] += 1
    narrated: Counter[str] = Counter(s.character for s in subjects if s.kind != "pronoun")
    best, best_score = None, 0.0
    for cid in set(in_quotes) | set(addressed):
        called = in_quotes[cid] + addressed[cid]
        score = called * called / (called + narrated[cid])
        if score > best_score:
            best, best_score = cid, score
    return best if best_score >= 2.0 else None
