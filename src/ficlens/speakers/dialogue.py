"""Turn-taking in a run of consecutive dialogue paragraphs, decoded as a whole.

A run is a list of `Slot`s, one per turn (a paragraph's speech, or a narration paragraph
in which a participant answers: `He answered that the gate was locked.`). `decode(slots)` picks one
speaker per slot so that the whole run agrees with as many anchors as it can (tags, a
name a line is said to, the earlier guess) while speakers alternate: a second-order
Viterbi search over (previous speaker, speaker) pairs, linear in the run's length.

Costs (lower is better): a slot's tag names someone else (`Slot.anchor_cost`); a line
names its own speaker as a vocative (nobody addresses themselves); the earlier,
one-sided guess differs (`Slot.guess_cost`, small: it only breaks ties); the speaker is
someone no anchor names (an unknown party, for a line that names the only known one);
the same speaker holds two turns in a row (a new paragraph usually means a new speaker,
unless the narration next to the line says they go on: `Slot.goes_on`); a third person
speaks instead of the one before last, unless the line before named them (so the
run's second turn is free only when the first line names nobody it is said to); a line talks
about its own speaker, or about the one who answers it, by name in the third person; a
line said to someone by name follows someone else's line (it usually answers the one
it names), and someone other than the one a line named answers it (`PASSED_COST`, small:
it breaks ties; `CLOSED_COST` more when the turn ends on the name, `Slot.closes_on`).
After two name-tagged cries by two others (`"Never!" cried Tom.` /
`"Surely not!" said Meg.`), the one they reacted to goes on at no cost and the one
before last costs `REACTED_COST` (the speaker three back is read from the back pointer).
A third speaker who spoke three turns back costs `RECENT_COST`, less than a newcomer.
A line that turns to someone after `and` (`"Well rowed!--and Tom, where were you?"`,
`Slot.turns_to`) answers someone else first: following Tom's own line costs `TURNED_COST`.
After a line whose speaker the narration shows turning to or looking at someone
(`Slot.listener`), anyone else answering costs `LISTENER_COST`, and the listener is free
like one the line called. A first-person narrator given as `present` is always a party, though no anchor names them.
An untagged line that calls someone by name in its first sentence (`"Reid. Don't."`,
`Slot.opens_on`) answers that person's line: following anyone else costs
`OPENS_ON_COST`, more than `ANSWERS_COST`; one that calls them only later, in a run
whose tags and calls name four or more (or a tagged one there), `LATE_CALL_MANY_COST`, less. Untagged runs of
three or four people are held together by such calls more than by alternation; a tagged line or one that
turns to a name only later (`"Of course! ... and then, dear Tom, ..."`) often
addresses someone new instead. A speaker the run has not shown by a turn (no tag, beat,
guess read from the text or listener of that turn or before, no name in an earlier line, no
mention in the narration near the turns so far: `Slot.seen`) costs `ENTER_COST` there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Slot", "decode"]

# a line naming its own speaker as the one it is said to. Fitted on the train rows
# (bench/fit_costs.py, coordinate search): 3.0 -> 1.5, below a pronoun tag's anchor cost
# (2.0). Train objective (quotations right e2e + gold chars, se-train + fanfic-train)
# 14990 -> 14997; dev rows (e2e / gold chars) litbank 0 / 0, se-dev 0 / 0, fanfic-dev
# +2 / 0, samples and heldout-A 0 / 0. With it the fit also took ANSWERS_COST 1.0 -> 0.5
# (train 15007), but that lost on dev: se-dev -5 / -1 (dev total -1); it stays 1.0
VOCATIVE_COST = 1.5
SAME_COST = 2.5  # one speaker in two consecutive turns
THIRD_COST = 1.0  # a speaker other than the two who just spoke, not named by the last line
UNKNOWN_COST = 1.5  # a speaker none of the anchors names (left as the earlier guess)
NAMED_COST = 1.0  # answering a line that talks about you by name (`when Abel's gone`)
SELF_NAMED_COST = 1.0  # a line that talks about its own speaker by name
# a line said to someone by name that does not follow their line: as much as a third
# speaker, so that in banter among three or four the names the lines call place the
# speakers; 1.5 when an untagged line calls them in its first sentence. Measured together
# (spk/q e2e / gold chars; fanfic-train, fanfic-dev, se-dev, litbank): 1.0 + 1.5 gives
# 0.583 / 0.620, 0.713 / 0.722, 0.866 / 0.889, 0.865 / 0.923; 0.5 + 1.5: 0.582 / 0.619,
# 0.713 / 0.722, 0.868 / 0.888, 0.867 / 0.923; 1.0 alone: 0.570 / 0.602, 0.719 / 0.728,
# 0.866 / 0.889, 0.866 / 0.923.
ANSWERS_COST = 1.0
OPENS_ON_COST = 1.5  # the same for an untagged line calling them in its first sentence
# ... and less for a line calling them only past its first sentence in a run among many
# (`"Sit down. ... Is that yours, Tom?"`): among three or more, such a later call follows
# Tom's line only about half the time (train rows, gold chars: fanfic 0.47, SE 0.26 of 53;
# with two parties 1.0 and 0.83), one in the first sentence 0.78 and 0.58. Measured against
# 1.0 (quotations right, e2e + gold chars, train / dev rows): 0.5 with 3 named parties +5 /
# +2, with 4 +9 / +2, with 5 +1 / +4; 0.25 (3) +5 / -3; 0.75 (3) -2 / +4. A tagged line's call
# in its first sentence is as weak among many (fanfic 0.56, SE 0.35 of 68): the same cost, +0 / +1
LATE_CALL_MANY_COST = 0.5
MANY_PARTIES = 4  # distinct characters the run's tags and calls name, for LATE_CALL_MANY_COST
REACTED_COST = 1.0  # the one before last answering again after two reactions to a third's line
RECENT_COST = 0.5  # a third speaker who spoke three turns back
PASSED_COST = 0.25  # someone else answering a line said to another by name
TURNED_COST = 1.0  # a line turning to someone (`"...--and Tom, where were you?"`) right after Tom's own
# the one the narration shows the speaker turning to or looking at (`She turned to Marcus.
# "Well?"`, `Slot.listener`) answers next, when that speaker said the line. Measured first
# (spk/q e2e / gold chars, fanfic-train): none 0.597 / 0.630; 0.25 0.599 / 0.633; 0.5
# 0.600 / 0.633; 1.0 0.599 / 0.632; 2.0 0.599 / 0.633. With the wider gaze verbs, 0.5
# lost a description-tagged newcomer's line on heldout-A (gold 0.920 -> 0.910); 0.25 does not
LISTENER_COST = 0.25
# ... and more when the turn ends on that name (`"Am I an ass, Jeeves?"`, `"And you have been
# kind to me, Jeeves."`): it hands the word to them. Measured (quotations right, e2e / gold
# chars): 0.25 se-train +8 / +6, fanfic-train +1 / +3, litbank +1 / 0, se-dev +1 / -1, the
# other rows unchanged; 0.5 se-train -2 / -4, se-dev -1 / -3; 1.0 worse still; 0.25 only
# when the last sentence is a question: se-train +3 / +3, fanfic-train unchanged
CLOSED_COST = 0.25
# the anchor cost of a name tag or name beat (`replies._slot`); reactions count from it.
# Fitted 3.0 (bench/fit_costs.py, train objective +14) but not taken: the gain was one long
# untagged exchange of one train book after a misread beat (+7 per mode), and se-dev lost 1
TAGGED = 4.0
# a speaker the run has not shown yet by that turn: no tag, beat or guess of this turn or an
# earlier one gives them, no earlier line names them and the narration near the turns so far
# does not mention them (`Slot.seen`). Without it a chain of weakly guessed turns costs only
# its guesses (0.1 each) to hand over wholesale to someone a later line calls by name.
# 0.3 -> 0.375 (bench/fit_costs.py's 1.25 step: train objective +5), measured (quotations
# right, e2e / gold chars): se-dev +3 / 0, se-train +2 / +2, fanfic-train +1 / 0, the other
# rows unchanged; three unseen turns now outweigh a late-tagged third speaker's THIRD_COST
ENTER_COST = 0.375
MAX_PARTIES = 8
UNKNOWN = ""


@dataclass(slots=True)
class Slot:
    anchor: str | None = None  # the speaker a tag or beat gives
    anchor_cost: float = 0.0
    vocatives: set[str] = field(default_factory=set)  # characters the turn is said to by name
    guess: str | None = None  # the earlier guess from one side of the run
    guess_cost: float = 0.0
    # the guess is only the one-sided pass's alternation, not read from the text (set where
    # the guess is made, not read off its cost, which bench/fit_costs.py moves): it shows
    # nobody to `_known`. That pass may carry the last speaker of an earlier exchange, or
    # one found looking ahead, into turns they do not have (measured, quotations right e2e /
    # gold chars: fanfic-train +11 / +8, se-train +7 / +9, se-dev +1 / +1, fanfic-dev 0 / +2,
    # the other rows unchanged; counting the guess from a narration paragraph of its own as
    # weak too: the same)
    guess_weak: bool = False
    named: set[str] = field(default_factory=set)  # characters the turn talks about by name
    goes_on: bool = False  # the guess may be the previous turn's speaker going on, at no cost
    exclaims: bool = False  # a bare exclamation or question (`"Never!"`): a reaction to a line
    turns_to: set[str] = field(default_factory=set)  # called after `and` (`"...!--and Tom, where were you?"`)
    opens_on: set[str] = field(default_factory=set)  # vocatives in the line's first sentence (`"Reid. Don't."`)
    closes_on: set[str] = field(default_factory=set)  # vocatives in the turn's last sentence (`"Am I, Jeeves?"`)
    listener: str | None = None  # whom the narration shows `listener_of` turning to or looking at
    listener_of: str | None = None
    # what anyone else answering costs: read when the slot is made, so bench/fit_costs.py can set it
    listener_cost: float = field(default_factory=lambda: LISTENER_COST)
    seen: set[str] = field(default_factory=set)  # characters the narration next to the turn mentions


def _parties(slots: list[Slot]) -> list[str]:
    count: dict[str, float] = {}
    for s in slots:
        if s.anchor is not None:
            count[s.anchor] = count.get(s.anchor, 0) + 2
        for c in s.vocatives:
            count[c] = count.get(c, 0) + 1
        if s.guess is not None:
            count[s.guess] = count.get(s.guess, 0) + 0.5
        if s.listener is not None:
            count[s.listener] = count.get(s.listener, 0) + 1
    return sorted(count, key=lambda c: -count[c])[:MAX_PARTIES] + [UNKNOWN]


def _named_parties(slots: list[Slot]) -> int:
    """How many characters the run's tags, beats and calls name (not its guesses)."""
    return len({s.anchor for s in slots if s.anchor is not None}.union(*(s.vocatives for s in slots)))


def _known(slots: list[Slot], present: str | None) -> list[set[str]]:
    """Per turn, who the run has shown by then: given by a tag, beat, guess read from the
    text or listener of that turn or an earlier one, mentioned by the narration near them,
    or named in an earlier line."""
    out: list[set[str]] = []
    known: set[str] = {present} if present is not None else set()
    for s in slots:
        guess = None if s.guess_weak else s.guess
        known |= {c for c in (s.anchor, guess, s.listener, s.listener_of) if c is not None} | s.seen
        out.append(set(known))
        known |= s.vocatives | s.named
    return out


def _emit(s: Slot, c: str, known: set[str] | None = None) -> float:
    cost = UNKNOWN_COST if c == UNKNOWN else 0.0
    if known is not None and c != UNKNOWN and c not in known:
        cost += ENTER_COST
    if s.anchor is not None and c != s.anchor:
        cost += s.anchor_cost
    if c in s.vocatives:
        cost += VOCATIVE_COST
    if c in s.named and c not in s.vocatives:
        cost += SELF_NAMED_COST
    if s.guess is not None and c != s.guess:
        cost += s.guess_cost
    return cost


def decode(slots: list[Slot], present: str | None = None) -> list[str | None]:
    """The cheapest speaker sequence for the run; None where it is someone no anchor names.
    `present` is someone always there to speak though no anchor names them (a first-person narrator)."""
    parties = _parties(slots)
    if present is not None and present not in parties:
        # in place of the least likely party: the search grows with the cube of their number
        parties = parties[: min(len(parties) - 1, MAX_PARTIES - 1)] + [present, UNKNOWN]
    if not slots:
        return []
    # state: (previous speaker or None, speaker) -> (cost, back pointer to the previous state)
    known = _known(slots, present)
    many = _named_parties(slots) >= MANY_PARTIES
    layer: dict[tuple[str | None, str], float] = {(None, c): _emit(slots[0], c, known[0]) for c in parties}
    back: list[dict[tuple[str | None, str], tuple[str | None, str]]] = []
    for k in range(1, len(slots)):
        s, said_to, named = slots[k], slots[k - 1].vocatives, slots[k - 1].named
        passed = PASSED_COST + (CLOSED_COST if slots[k - 1].closes_on else 0.0)
        seen_by, seen, seen_cost = slots[k - 1].listener_of, slots[k - 1].listener, slots[k - 1].listener_cost
        emit = {c: _emit(s, c, known[k]) for c in parties}
        # what depends on one speaker only, worked out once per slot, not per state
        called = {c: c in named and c not in said_to for c in parties}
        same = 0.0 if s.goes_on else SAME_COST
        nxt: dict[tuple[str | None, str], float] = {}
        ptr: dict[tuple[str | None, str], tuple[str | None, str]] = {}
        # two tagged turns in a row by two others may be both reacting to the line before them:
        # its speaker goes on (`"She has sold it!"` / `"No!" cried Ann.` / `"Never!" said Tom.` / `"..."`)
        reacted = k >= 3 and all(
            slots[m].exclaims and slots[m].anchor is not None and slots[m].anchor_cost >= TAGGED for m in (k - 1, k - 2)
        )
        # the inner loop runs parties**3 times per slot: per-speaker facts are read from one tuple
        cands = [(c, emit[c], called[c], c in said_to, c == s.guess) for c in parties]
        prev = back[-1] if back else None
        voc_rest = bool(s.vocatives - s.turns_to)
        # an untagged line opening on a name is most likely that person's answer
        answers_cost = OPENS_ON_COST if s.anchor is None and s.opens_on - s.turns_to else ANSWERS_COST
        if many and (not s.opens_on - s.turns_to or s.anchor is not None):
            answers_cost = LATE_CALL_MANY_COST
        for ab, cost in layer.items():
            a, b = ab
            bp = prev.get(ab) if prev is not None else None
            three = bp[0] if bp is not None else None
            before = three if reacted else None
            free = before in (None, UNKNOWN, a, b)
            anyone = a is None and not said_to
            answers = voc_rest and b not in s.vocatives
            # a line that turns to someone (`"Well rowed!--and Tom, ..."`) answers somebody else first
            turned = TURNED_COST if b in s.turns_to else 0.0
            # the previous line's speaker was shown turning to someone: they answer
            looked = seen if seen is not None and b == seen_by else None
            for c, e, cl, said, guessed in cands:
                if looked is not None and c != looked:
                    e += seen_cost
                if c == b:
                    step = same if guessed else SAME_COST
                elif not free and c == before:
                    step = 0.0
                elif c == a or said or anyone or c == looked:
                    # the run's second turn is anyone's, unless the first named whom it was said to
                    step = 0.0 if free or said else REACTED_COST
                else:
                    step = RECENT_COST if c == three and c != UNKNOWN else THIRD_COST
                if said_to and not said and c != b:
                    step += passed  # the one a line called by name is the one who answers
                if cl:
                    step += NAMED_COST
                if answers:
                    step += answers_cost
                step += turned
                total = cost + step + e
                key = (b, c)
                old = nxt.get(key)
                if old is None or total < old - 1e-9:
                    nxt[key], ptr[key] = total, ab
        layer = nxt
        back.append(ptr)
    state = min(layer, key=lambda st: layer[st])
    out: list[str | None] = [state[1]]
    for ptr in reversed(back):
        state = ptr[state]
        out.append(state[1])
    out.reverse()
    return [c or None for c in out]

