"""Lines said to a group rather than to one listener.

`address_groups(work, para_of)` runs after the speakers and addressees are decided. A
line addresses everyone present when it says so: a plural call (`"Children, ..."`,
`"..., everyone."`), a phrase for the listeners (`all of you`, `you two`, `you lot`), a
question to anybody (`"Is anyone hungry?"`), or the narration of its paragraph, or of
a pure narration paragraph just before it, turns to the group (`said to the room`,
`squinting at them both`, `made all three of them go still`). Its addressees become the
other speakers of the scene around it: the distinct speakers of the quotes within
`WINDOW_BACK` before and `WINDOW_AHEAD` after it, no scene or chapter break and at most
`PARA_REACH` paragraphs away; those who spoke before it first, then, when fewer than
the cue counts (`you two`, `all three of them`; else two), those after it; a counted
cue keeps that many, nearest first. The rest of the
same speaker's paragraph goes to the same group.

`join_in(work, para_of)`: a line tagged as joining the one before (`"Members only," Bo
added.`, `chimed in`, `put in`), said by another right after it, goes to that line's
listeners. A scan of a bounded window per
quote: linear. It adds no layer.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Callable

from ficlens.model import Quote, Work
from ficlens.speakers.scan import any_between, starts_of

__all__ = ["address_groups", "join_in"]

WINDOW_BACK = 8  # quotes looked back at for the scene's speakers
WINDOW_AHEAD = 4  # and ahead
PARA_REACH = 6  # paragraphs away a speaker may be and still count as present

_CALLS = r"(?:children|kids|guys|folks|gentlemen|ladies|boys|girls|everyone|everybody|people|team|lads|friends)"
# the group named in the line: a call at either end of a clause, or a phrase for the listeners
_IN_LINE = re.compile(
    rf"(?:^\W*|[,;—–-]\s*){_CALLS}\s*[,.!?;—–-]|"
    r"\b(?:all of you|both of you|you two|you three|you both|you lot|you guys|you people|y'all|y’all)\b|"
    r"\b(?:is|does|did|has|can|could|will|would|do)\s+(?:anybody|anyone)\b[^.!?]*\?",
    re.IGNORECASE,
)
# words every group cue holds, looked for with str.find in the lower-cased text (far
# cheaper than the regexes over a whole work): a stretch holding none is skipped
_LINE_WORDS = (
    "children", "kids", "guys", "folks", "gentlemen", "ladies", "boys", "girls", "everyone", "everybody",
    "people", "team", "lads", "friends", "you two", "you three", "you both", "you lot", "y'all", "y’all",
    "anybody", "anyone", "all of you", "both of you",
)
_NARRATION_WORDS = (" them", " the room", " the table", " the group", " the others", " everyone", " everybody")
# the narration turning to the group: `told the room`, `at them both`, `all three of them`
_IN_NARRATION = re.compile(
    r"\b(?:to|at|round|around)\s+(?:them both|both of them|all of them|the others|everyone|everybody|"
    r"the (?:two|three|four|five) of them)\b|"
    r"\b(?:to|round|around)\s+the (?:room|table|group)\b|"
    r"\ball (?:three|four|five) of them\b",
    re.IGNORECASE,
)


def address_groups(work: Work, para_of: Callable[[int], int]) -> None:
    """Give a line said to everyone present all the others of the scene as addressees."""
    quotes = work.quotes
    text = work.text
    m_starts = [m.start for m in work.mentions]
    marks = sorted(work.scene_breaks + [c.start for c in work.chapters])
    last: tuple[int, str, list[str]] | None = None  # (paragraph, speaker, group) of the last group line
    low = text.lower()
    cues, turns = starts_of(low, _LINE_WORDS), starts_of(low, _NARRATION_WORDS)
    seen: dict[int, re.Match[str] | None] = {}
    for i, q in enumerate(quotes):
        if q.kind == "non_speech" or q.speaker is None:
            continue
        p = para_of(q.start)
        if last is not None and last[0] == p and last[1] == q.speaker and not _calls_one(q, work, m_starts):
            q.addressees = list(last[2])
            continue
        cue = None
        if any_between(cues, q.start, q.end):
            cue = _IN_LINE.search(text[q.start + 1 : q.end - 1])
        lo = work.paragraphs[p - 1].start if p > 0 else work.paragraphs[p].start
        if cue is None and any_between(turns, lo, work.paragraphs[p].end) and not _calls_one(q, work, m_starts):
            cue = _narration_turns(work, quotes, i, p, seen)
        if cue is None:
            continue
        size = _size(cue.group())
        group = _present(work, quotes, i, p, para_of, marks, size or 2)
        if size is not None:
            group = group[:size]
        if len(group) < 2:
            continue
        q.addressees = group
        last = (p, q.speaker, group)


def _calls_one(q: Quote, work: Work, m_starts: list[int]) -> bool:
    """The line names its one addressee (`"Sam, you drive."`): not the group's line."""
    if len(q.addressees) != 1:
        return False
    lo, hi = bisect_left(m_starts, q.start), bisect_left(m_starts, q.end)
    return any(m.character == q.addressees[0] and m.kind != "pronoun" for m in work.mentions[lo:hi])


def _narration_turns(
    work: Work, quotes: list[Quote], i: int, p: int, seen: dict[int, re.Match[str] | None]
) -> re.Match[str] | None:
    """Where the narration of the line's paragraph, or of a quote-free paragraph right
    before it, turns to the group. `seen` keeps each paragraph's own answer: asked once
    per line, a long paragraph's narration was read again for every line in it."""
    paras = work.paragraphs
    if p not in seen:
        seen[p] = _turn_in_paragraph(work, quotes, i, p)
    if seen[p] is not None:
        return seen[p]
    if p > 0 and (i == 0 or quotes[i - 1].end <= paras[p - 1].start):
        before = paras[p - 1]
        return _IN_NARRATION.search(work.text, before.start, before.end)
    return None


def _turn_in_paragraph(work: Work, quotes: list[Quote], i: int, p: int) -> re.Match[str] | None:
    para = work.paragraphs[p]
    # the narration of this paragraph: the text outside its quotes
    pos, j = para.start, i
    while j > 0 and quotes[j - 1].end > para.start:
        j -= 1
    while j < len(quotes) and quotes[j].start < para.end:
        m = _IN_NARRATION.search(work.text, pos, quotes[j].start)
        if m is not None:
            return m
        pos = quotes[j].end
        j += 1
    return _IN_NARRATION.search(work.text, pos, para.end)


_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def _size(cue: str) -> int | None:
    """How many the cue counts (`you two`, `all three of them`), if it says."""
    for w in re.findall(r"[a-z]+", cue.lower()):
        if w in _NUMBERS:
            return _NUMBERS[w]
    return None


def _present(
    work: Work, quotes: list[Quote], i: int, p: int, para_of: Callable[[int], int], marks: list[int], want: int
) -> list[str]:
    """The other speakers of the scene around quote i, nearest first: those who spoke
    before it, then, when fewer than `want`, those who speak after it."""
    speaker, here = quotes[i].speaker, bisect_right(marks, quotes[i].start)
    found: dict[str, int] = {}
    # those who spoke before it first; later lines may come from one who has just arrived
    for window in (range(i - 1, max(-1, i - 1 - WINDOW_BACK), -1), range(i + 1, min(len(quotes), i + 1 + WINDOW_AHEAD))):
        if len(found) >= want:
            break
        for j in window:
            r = quotes[j]
            if r.speaker is None or r.speaker == speaker or r.kind == "non_speech":
                continue
            if bisect_right(marks, r.start) != here or abs(para_of(r.start) - p) > PARA_REACH:
                continue
            found.setdefault(r.speaker, abs(para_of(r.start) - p))
    return sorted(found, key=lambda c: found[c])


# a tag that joins the previous line: `Bo added`, `added Bo`, `chimed in`, `put in`, `echoed`
_JOINS = re.compile(
    r"[\s,]*(?:(?:[\w’'.-]+\s+){1,3}(?:added|adds|chimed in|chimes in|put in|puts in|echoed|echoes)\b|"
    r"(?:added|adds|chimed in|chimes in|put in|puts in|echoed|echoes)\s+[\w’'.-]+)"
)


def join_in(work: Work, para_of: Callable[[int], int]) -> None:
    """A line tagged as joining the previous one by another speaker goes to its listeners."""
    quotes, text = work.quotes, work.text
    prev: Quote | None = None
    for q in quotes:
        if q.kind == "non_speech" or q.speaker is None:
            continue
        if (
            prev is not None
            and prev.speaker != q.speaker
            and para_of(prev.start) == para_of(q.start) - 1
            and _JOINS.match(text, q.end, min(len(text), q.end + 40))
        ):
            heard = [a for a in prev.addressees if a != q.speaker]
            if heard:
                q.addressees = heard
        prev = q
