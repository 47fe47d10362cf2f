"""Choose the speakers of a whole conversation jointly.

A beam search over the speech quotations in text order: each state is a decoded history
(`features.History`); a candidate's probability at a line is the softmax of the scorer
over that line's candidates given the state's history, and a path's score is the sum of
the log probabilities. Alternation is not a hand-set transition cost: the history
features (`repeats`, `alternates`, ...) carry learned weights. A line's `confidence` is
the probability of its chosen speaker given the chosen path's history.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ficlens.model import Work
from ficlens.speakers.learned.candidates import QuoteView, View, build_view
from ficlens.speakers.learned.features import GAP_RESET, HISTORY, History, static_features
from ficlens.speakers.learned.scorer import Weights, dot, load_weights, softmax

__all__ = ["Choice", "decode", "learn_speakers", "line_probabilities", "static_score"]

SCOPE = "all"  # which lines the scorer may take from the cascade (see `decode`)
SCOPES = ("all", "pronoun", "confidence")
# histories kept. 1, 2, 3 and 6 give the same figures on every dev row (litbank, se-dev,
# fanfic-dev, both modes) with the shipped weights; 1 is a quarter faster than 3 on
# bench/speed.py's 100,000-word work. A wider beam is for a model that trusts history more.
BEAM = 1
# Extra log-odds for the cascade's choice at decoding time. Silver lines are harder than
# natural ones (an author names the speaker where a pronoun would be unclear), so the
# trained weights trust the cascade less than natural text deserves; chosen on dev
# (litbank, se-dev, fanfic-dev, both modes: 0 -0.036 summed over the six rows against the
# cascade, 1.0 -0.006, 2.0 +0.001, 2.5 -0.001). Checked again with the line-content
# features (quotations right vs the cascade, summed over litbank, se-dev, samples,
# heldout-A, fanfic-dev in both modes / over se-train, fanfic-train): 1.0 -6 / +36,
# 1.5 +2 / +16 (litbank gold chars -3), 2.0 +2 / +10 (no row below -1). The train rows
# are the model's own training stories, so their gain is in-sample; 2.0 loses least.
TRUST = 2.0
LOCK_NAMED = True  # a line the cascade took from a tag naming its speaker keeps that speaker
PRUNE = 1e-3  # a candidate below this probability is not followed (1e-4 and 1e-2: same dev figures)
PRUNE_GAP = -math.log(PRUNE)


@dataclass(slots=True)
class Choice:
    speaker: str
    probability: float


@dataclass(slots=True)
class _State:
    logp: float
    history: History
    back: tuple | None  # (Choice, previous back) linked list of the path so far


def static_score(w: Weights, view: View, qv: QuoteView, c: str) -> float:
    """The part of c's score that does not depend on the decoded history."""
    return dot(w.static, static_features(view, qv, c)) + (TRUST if c == qv.quote.speaker else 0.0)


def line_probabilities(w: Weights, qv: QuoteView, cands: list[str], h: History, static: list[float]) -> list[float]:
    """The probability of each of `cands` (candidates of `qv`, static scores `static`) given the history `h`."""
    scores = [s + _history_score(w, qv, c, h) for c, s in zip(cands, static, strict=False)]
    return softmax(scores)


def _history_score(w: Weights, qv: QuoteView, c: str, h: History) -> float:
    """`dot(w.history, history_features(qv, c, h))` without building the vector: every
    history feature is 0 or 1 (`_hopeful` relies on it too), so the score is the sum of
    the weights of those that fire. This runs for every candidate of every beam state."""
    return sum(wt for f, wt in zip(HISTORY, w.history, strict=True) if f(qv, c, h))


def _hopeful(w: Weights, qv: QuoteView, static: list[float], keep: str | None) -> tuple[list[str], list[float]]:
    """The candidates whose probability can still reach PRUNE under some history: history
    features are 0/1, so a history moves a score by at most the spread of their weights."""
    spread = sum(abs(x) for x in w.history)
    floor = max(static) - spread - PRUNE_GAP
    pairs = [(c, s) for c, s in zip(qv.candidates, static, strict=False) if s >= floor or c == keep]
    return [c for c, _ in pairs], [s for _, s in pairs]


def decode(view: View, w: Weights, scope: str = "all") -> list[Choice | None]:
    """One choice per speech quotation of `view` (None where it has no candidate).

    `scope` "all" lets the scorer choose every line; "pronoun" only lines with a he/she
    tag, others keep the cascade's speaker (their probability is still the scorer's);
    "confidence" keeps every speaker the cascade gave and only scores it.
    """
    beam = [_State(0.0, History(), None)]
    for qv in view.views:
        if qv.para_gap > GAP_RESET:
            beam = beam[:1]  # a new conversation: earlier histories no longer differ
        if not qv.candidates:
            beam = [_State(s.logp, s.history.push(None, not qv.same_para_prev), (None, s.back)) for s in beam]
            continue
        keep = _fixed(qv, scope)
        cands, static = _hopeful(w, qv, [static_score(w, view, qv, c) for c in qv.candidates], keep)
        grown: list[_State] = []
        for s in beam:
            # a lone candidate needs no history features: its probability is 1
            probs = [1.0] if len(cands) == 1 else line_probabilities(w, qv, cands, s.history, static)
            for c, p in zip(cands, probs, strict=False):
                if (keep is not None and c != keep) or (p < PRUNE and grown):
                    continue
                h = s.history.push(c, not qv.same_para_prev)
                grown.append(_State(s.logp + math.log(p), h, (Choice(c, p), s.back)))
        beam = _best(grown)
    return _path(beam[0].back)


def _fixed(qv: QuoteView, scope: str) -> str | None:
    """The speaker a line must keep under `scope`, or None when the scorer chooses."""
    if qv.quote.speaker not in qv.candidates:
        return None
    if LOCK_NAMED and qv.quote.evidence == "explicit" and qv.quote.speaker in qv.cue_names:
        # a tag that names the speaker is the strongest evidence there is: the decoder
        # may not trade it for a smoother conversation (it cost lines in 3-way exchanges on dev)
        return qv.quote.speaker
    if scope == "all":
        return None
    if scope == "pronoun" and qv.cue_gender in ("he", "she"):
        return None
    return qv.quote.speaker


def _best(states: list[_State]) -> list[_State]:
    """The BEAM best states, one per distinct history (the rest cannot do better later)."""
    states.sort(key=lambda s: -s.logp)
    out: list[_State] = []
    seen: set[History] = set()
    for s in states:
        if s.history in seen:
            continue
        seen.add(s.history)
        out.append(s)
        if len(out) == BEAM:
            break
    return out


def _path(back: tuple | None) -> list[Choice | None]:
    out: list[Choice | None] = []
    while back is not None:
        out.append(back[0])
        back = back[1]
    out.reverse()
    return out


def learn_speakers(work: Work, weights: Weights | None = None, scope: str = SCOPE) -> Work:
    """Re-decide every speech quotation's speaker with the learned scorer (`scope` as in
    `decode`; "confidence" only replaces the cascade's confidences with probabilities).

    Runs after the rule cascade and reads its output as evidence. A changed speaker keeps
    the cascade's cue only when the cue refers to them; `confidence` becomes the scorer's
    probability; character quote counts follow the new speakers.
    """
    w = weights or load_weights()
    view = build_view(work)
    for qv, choice in zip(view.views, decode(view, w, scope), strict=False):
        if choice is None or (scope == "confidence" and choice.speaker != qv.quote.speaker):
            continue
        q = qv.quote
        if choice.speaker != q.speaker:
            q.speaker = choice.speaker
            q.evidence = _evidence(qv, choice.speaker)
            if choice.speaker not in qv.cue_names and choice.speaker not in qv.cue_pronouns:
                q.cue = None
            q.addressees = [a for a in q.addressees if a != choice.speaker]
        q.confidence = round(choice.probability, 4)
    _recount(work)
    return work


def _evidence(qv: QuoteView, c: str) -> str:
    if c in qv.cue_names:
        return "explicit"
    if c in qv.cue_pronouns:
        return "anaphoric"
    return "implicit"


def _recount(work: Work) -> None:
    quotes: dict[str, int] = {}
    words: dict[str, int] = {}
    for q in work.quotes:
        if q.speaker is not None:
            quotes[q.speaker] = quotes.get(q.speaker, 0) + 1
            words[q.speaker] = words.get(q.speaker, 0) + len(work.text[q.start + 1 : q.end - 1].split())
    for c in work.characters:
        c.quotes = quotes.get(c.id, 0)
        c.words_spoken = words.get(c.id, 0)
