"""Feature functions of (quotation, candidate): the evidence the learned scorer weighs.

Each feature is a pure, named function returning a float (mostly 0 or 1). The rule
cascade's choice is one piece of evidence among others, not the decision.

Static features read only the `QuoteView` (facts fixed before decoding). History
features also read `History`: the speakers the decoder has already chosen for the lines
before, latest first, so that alternation is judged on the decoded conversation rather
than on the cascade's guesses.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from ficlens.speakers.learned import content
from ficlens.speakers.learned.candidates import QuoteView, View, rule_family

__all__ = ["HISTORY", "NAMES", "STATIC", "History", "history_features", "rule_family", "static_features"]

GAP_RESET = 3  # narration paragraphs after which the previous exchange no longer counts
NEAR_CHARS = 20000.0  # distance at which `nearness` reaches 0


@dataclass(frozen=True, slots=True)
class History:
    """Decoded speakers of earlier turns (a turn: the speech of one paragraph), latest first."""

    turns: tuple[str | None, ...] = ()
    # the speaker of the quotation just before, when it is in the same paragraph
    same_para: str | None = None
    # distinct speakers in turns[0:4] and in turns[1:5]: counted once per push, not once
    # per candidate and feature (the group features read them on every line of a beam)
    parties: tuple[int, int] = field(default=(0, 0), compare=False)

    def push(self, speaker: str | None, new_turn: bool, limit: int = 5) -> History:
        turns = ((speaker,) + self.turns)[:limit] if new_turn or not self.turns else (speaker,) + self.turns[1:]
        return History(turns, speaker, (_distinct(turns[0:4]), _distinct(turns[1:5])))


def _distinct(turns: tuple[str | None, ...]) -> int:
    return len({t for t in turns if t is not None})


Static = Callable[[View, QuoteView, str], float]
Hist = Callable[[QuoteView, str, History], float]


def _is_rule(qv: QuoteView, c: str, evidence: str) -> bool:
    return qv.quote.speaker == c and qv.quote.evidence == evidence


def rule_explicit(view: View, qv: QuoteView, c: str) -> float:
    """The cascade chose c from a tag or beat that names them."""
    return float(_is_rule(qv, c, "explicit"))


def rule_anaphoric(view: View, qv: QuoteView, c: str) -> float:
    """The cascade chose c from a pronoun tag or beat."""
    return float(_is_rule(qv, c, "anaphoric"))


def rule_implicit(view: View, qv: QuoteView, c: str) -> float:
    """The cascade chose c with no tag: turn-taking, a vocative, the narration nearby."""
    return float(_is_rule(qv, c, "implicit"))


def rule_confidence(view: View, qv: QuoteView, c: str) -> float:
    """The cascade's own confidence, when it chose c."""
    return qv.quote.confidence if qv.quote.speaker == c else 0.0


def _chose(qv: QuoteView, c: str, family: str) -> bool:
    return qv.quote.speaker == c and qv.family == family


def _family_feature(family: str, doc: str) -> Static:
    """The feature `rule_<family>`: the cascade chose c by a rule of that family (see
    `rule_family`); one per family, so each family's reliability gets its own weight."""

    def feature(view: View, qv: QuoteView, c: str) -> float:
        return float(_chose(qv, c, family))

    feature.__name__ = feature.__qualname__ = f"rule_{family}"
    feature.__doc__ = doc
    return feature


rule_name_tag = _family_feature("name_tag", "The cascade chose c from a tag that names them (`said Elizabeth`).")
rule_name_beat = _family_feature("name_beat", 'The cascade chose c from a beat that names them (`Elizabeth sighed. "..."`).')
rule_answer = _family_feature("answer", "The cascade chose c as the one answering a question or a call.")
rule_alternate = _family_feature("alternate", "The cascade chose c by turn-taking (A, B, A).")
rule_narration = _family_feature("narration", "The cascade chose c as the subject of the narration nearby.")
rule_recent = _family_feature("recent", "The cascade chose c as the nearest character, its last resort.")


def tag_name(view: View, qv: QuoteView, c: str) -> float:
    """c is named in the quotation's cue (`said Elizabeth`)."""
    return float(c in qv.cue_names)


def tag_pronoun(view: View, qv: QuoteView, c: str) -> float:
    """A pronoun in the cue was resolved to c by the characters stage."""
    return float(c in qv.cue_pronouns)


def cue_other(view: View, qv: QuoteView, c: str) -> float:
    """The cue refers to c, but the cascade read it as someone else's line (`Mary heard her say`)."""
    return float(c in qv.cue_others)


def gender_agrees(view: View, qv: QuoteView, c: str) -> float:
    """The cue's subject pronoun (he/she) matches c's pronouns."""
    g = qv.cue_gender
    return float(g in ("he", "she") and view.gender.get(c) == g)


def gender_clashes(view: View, qv: QuoteView, c: str) -> float:
    """The cue's subject pronoun is he and c is she, or the other way round."""
    g, cg = qv.cue_gender, view.gender.get(c)
    return float(g in ("he", "she") and cg in ("he", "she") and cg != g)


def nearest_of_gender(view: View, qv: QuoteView, c: str) -> float:
    """The cue's pronoun agrees with c and, of the candidates it agrees with, c was mentioned last."""
    g = qv.cue_gender
    if g not in ("he", "she") or view.gender.get(c) != g or c not in qv.last_seen:
        return 0.0
    d = qv.last_seen[c]
    return float(all(qv.last_seen.get(o, d + 1) >= d for o in qv.candidates if o != c and view.gender.get(o) == g))


def first_person_tag(view: View, qv: QuoteView, c: str) -> float:
    """The cue says `I said` and c is the narrator."""
    return float(qv.cue_gender == "i" and c == view.narrator)


def beat_subject(view: View, qv: QuoteView, c: str) -> float:
    """c is the first character the paragraph's narration refers to (who acts in it)."""
    return float(qv.first_actor == c)


def named_before(view: View, qv: QuoteView, c: str) -> float:
    """c is named in the narration of the paragraph before the quotation."""
    return float(c in qv.named_before)


def named_after(view: View, qv: QuoteView, c: str) -> float:
    """c is named in the narration of the paragraph after the quotation."""
    return float(c in qv.named_after)


def in_paragraph(view: View, qv: QuoteView, c: str) -> float:
    """The paragraph's narration refers to c at all (name or pronoun)."""
    return float(c in qv.para_refs)


def only_actor(view: View, qv: QuoteView, c: str) -> float:
    """The paragraph's narration refers to c and to nobody else: a beat with one actor."""
    return float(len(qv.para_refs) == 1 and c in qv.para_refs)


def acts_before(view: View, qv: QuoteView, c: str) -> float:
    """The narration before the quotation, in its paragraph, refers to c (`Ron snorted. "Yeah."`)."""
    return float(c in qv.refs_before)


def named_inside(view: View, qv: QuoteView, c: str) -> float:
    """The quotation names c: a vocative or talk about c, so usually someone else speaks."""
    return float(c in qv.named_inside)


def prev_narration(view: View, qv: QuoteView, c: str) -> float:
    """The paragraph before refers to c in its narration."""
    return float(c in qv.prev_para_refs)


def nearness(view: View, qv: QuoteView, c: str) -> float:
    """How recently c was mentioned outside quotes: 1 just before, 0 at NEAR_CHARS or never."""
    d = qv.last_seen.get(c)
    if d is None:
        return 0.0
    return max(0.0, 1.0 - math.log1p(d) / math.log1p(NEAR_CHARS))


def salience(view: View, qv: QuoteView, c: str) -> float:
    """How often c has been mentioned so far (log scale, 1 at 1,000 mentions)."""
    return min(1.0, math.log1p(qv.mentions_so_far.get(c, 0)) / math.log1p(1000))


def narrator(view: View, qv: QuoteView, c: str) -> float:
    """c is the first-person narrator."""
    return float(c == view.narrator)


def untagged_narrator(view: View, qv: QuoteView, c: str) -> float:
    """c is the narrator and the quotation has no cue."""
    cue = qv.quote.cue
    return float(c == view.narrator and (cue is None or cue.end <= cue.start))


# What the line itself says (speakers/learned/content.py): evidence the cascade does not read.


def calls(view: View, qv: QuoteView, c: str) -> float:
    """The line calls c by name (`"Come here, Tobias!"`): someone else is speaking to c."""
    return float(c in qv.calls)


def names_self(view: View, qv: QuoteView, c: str) -> float:
    """The line names c as its own speaker (`"I'm Mara."`, `"My name is Mara"`)."""
    return float(c in qv.self_names)


def self_gender_clashes(view: View, qv: QuoteView, c: str) -> float:
    """The speaker says what they are (`"I'm his sister"`) and c's gender is the other."""
    g, cg = qv.self_gender, view.gender.get(c)
    return float(g is not None and cg in ("he", "she") and cg != g)


def answers_you(view: View, qv: QuoteView, c: str) -> float:
    """The previous line, in another paragraph, was said to c and says `you`, and this line
    says `I`: the one spoken to answers about themself."""
    return float(
        not qv.same_para_prev and _live(qv) and qv.prev_you and c in qv.prev_addressees and content.first_person(qv.words)
    )


def own_words(view: View, qv: QuoteView, c: str) -> float:
    """The line's content words that c says in their tagged lines, each weighed by c's share
    of its uses (`Profiles.word_share`): a pet word or a dialect spelling points to c."""
    return qv.word_share.get(c, 0.0)


def shape_fit(view: View, qv: QuoteView, c: str) -> float:
    """The same for the line's length and its end (! ? .): c's register."""
    return qv.shape_fit.get(c, 0.0)


def _turns(qv: QuoteView, h: History) -> tuple[str | None, ...]:
    """Decoded turns with this line's own turn first (None when it opens a new one)."""
    return h.turns if qv.same_para_prev else (None,) + h.turns


def _live(qv: QuoteView) -> bool:
    return qv.para_gap <= GAP_RESET


def repeats_after_question(qv: QuoteView, c: str, h: History) -> float:
    """`repeats` after a line ending in a question mark: a question is seldom its asker's last word."""
    return float(qv.prev_question and repeats(qv, c, h) > 0)


def repeats_answer(qv: QuoteView, c: str, h: History) -> float:
    """`repeats` on a line that opens like a reply (`Yes`, `Because`) to a question."""
    return float(qv.prev_question and qv.answer and repeats(qv, c, h) > 0)


def repeats_echo(qv: QuoteView, c: str, h: History) -> float:
    """`repeats` on a short line taking up a word of the previous one (an echo question)."""
    return float(qv.echo and repeats(qv, c, h) > 0)


def continues(qv: QuoteView, c: str, h: History) -> float:
    """c said the line just before, in the same paragraph (a line broken by a tag)."""
    return float(qv.same_para_prev and h.same_para == c)


def repeats(qv: QuoteView, c: str, h: History) -> float:
    """c said the previous turn, and this is a new paragraph: speakers usually change."""
    return float(not qv.same_para_prev and _live(qv) and bool(h.turns) and h.turns[0] == c)


def alternates(qv: QuoteView, c: str, h: History) -> float:
    """c spoke two turns ago and not in the last one: A, B, A."""
    t = _turns(qv, h)
    return float(_live(qv) and len(t) > 2 and t[2] == c and t[1] != c)


def third_back(qv: QuoteView, c: str, h: History) -> float:
    """c spoke three turns ago and in neither turn since (a three-way exchange)."""
    t = _turns(qv, h)
    return float(_live(qv) and len(t) > 3 and t[3] == c and c not in t[1:3])


def fourth_back(qv: QuoteView, c: str, h: History) -> float:
    """c spoke four turns ago and in none of the three since (a four-way exchange)."""
    t = _turns(qv, h)
    return float(_live(qv) and len(t) > 4 and t[4] == c and c not in t[1:4])


def called_by_prev(qv: QuoteView, c: str, h: History) -> float:
    """The previous line, in another paragraph, named c: usually c answers."""
    return float(not qv.same_para_prev and _live(qv) and c in qv.prev_named_inside)


def addressed_by_prev(qv: QuoteView, c: str, h: History) -> float:
    """The cascade found the previous line said to c."""
    return float(not qv.same_para_prev and _live(qv) and c in qv.prev_addressees)


def gender_recent(qv: QuoteView, c: str, h: History) -> float:
    """A pronoun tag that agrees with c, and c spoke in one of the last two turns."""
    return float(qv.cue_gender in ("he", "she") and qv.cue_gender == qv.candidate_gender.get(c) and c in h.turns[:2])


def newcomer(qv: QuoteView, c: str, h: History) -> float:
    """c is not among the decoded speakers of the last turns."""
    return float(_live(qv) and bool(h.turns) and c not in h.turns)


def _group(qv: QuoteView, h: History) -> bool:
    """Three or more people spoke in the last four turns: a group exchange, where A, B, A
    holds less often and the beat and the addressee say more."""
    return _live(qv) and h.parties[1 if qv.same_para_prev else 0] >= 3


def group_alternates(qv: QuoteView, c: str, h: History) -> float:
    """`alternates` inside a group exchange."""
    return float(_group(qv, h) and alternates(qv, c, h) > 0)


def group_addressed(qv: QuoteView, c: str, h: History) -> float:
    """The previous line was said to c or named c, inside a group exchange."""
    return float(_group(qv, h) and not qv.same_para_prev and (c in qv.prev_addressees or c in qv.prev_named_inside))


def group_acts(qv: QuoteView, c: str, h: History) -> float:
    """c acts in the narration before the line, inside a group exchange."""
    return float(_group(qv, h) and c in qv.refs_before)


def acts_fresh(qv: QuoteView, c: str, h: History) -> float:
    """c acts in the narration before the line and did not say the previous turn."""
    return float(not qv.same_para_prev and c in qv.refs_before and (not h.turns or h.turns[0] != c))


def stale_alternate(qv: QuoteView, c: str, h: History) -> float:
    """The cascade chose c by turn-taking, but on the decoded turns c is not the one
    whose turn it is: the cascade alternated over a history the decoder changed."""
    return float(_chose(qv, c, "alternate") and not alternates(qv, c, h))


def group_cascade_implicit(qv: QuoteView, c: str, h: History) -> float:
    """The cascade chose c without a tag, inside a group exchange."""
    return float(_group(qv, h) and qv.quote.speaker == c and qv.quote.evidence == "implicit")


STATIC: list[Static] = [
    rule_explicit,
    rule_anaphoric,
    rule_implicit,
    rule_confidence,
    rule_name_tag,
    rule_name_beat,
    rule_answer,
    rule_alternate,
    rule_narration,
    rule_recent,
    tag_name,
    tag_pronoun,
    cue_other,
    gender_agrees,
    gender_clashes,
    nearest_of_gender,
    first_person_tag,
    beat_subject,
    named_before,
    named_after,
    in_paragraph,
    only_actor,
    acts_before,
    named_inside,
    prev_narration,
    nearness,
    salience,
    narrator,
    untagged_narrator,
    calls,
    names_self,
    self_gender_clashes,
    answers_you,
    own_words,
    shape_fit,
]
HISTORY: list[Hist] = [
    continues,
    repeats,
    alternates,
    third_back,
    fourth_back,
    called_by_prev,
    addressed_by_prev,
    gender_recent,
    newcomer,
    group_alternates,
    group_addressed,
    group_acts,
    acts_fresh,
    stale_alternate,
    group_cascade_implicit,
    repeats_after_question,
    repeats_answer,
    repeats_echo,
]
NAMES: list[str] = [f.__name__ for f in STATIC] + [f.__name__ for f in HISTORY]


def static_features(view: View, qv: QuoteView, c: str) -> list[float]:
    return [f(view, qv, c) for f in STATIC]


def history_features(qv: QuoteView, c: str, h: History) -> list[float]:
    return [f(qv, c, h) for f in HISTORY]
