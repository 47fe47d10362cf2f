"""Study pronoun-tagged lines (`"...," she said`) given to the wrong person of the same gender.

    PYTHONPATH=src .venv/bin/python bench/pronoun_errors.py [--sets se-train,fanfic-train] [--brief] [--e2e]

Train rows only (se-train, fanfic-train: study errors there, never on dev or test). For
each wrong line: the preceding context, the predicted and gold speaker, the characters
stage's reading of the pronoun, the `_recheck` rule (source line of replies.py) that
moved it, and whether a later pass (run decoding, answering) changed it again; then a
count per class: the gold speaker is the subject of the last narration sentence before
the line, the previous line's speaker, the other of a two-person exchange, etc.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from ficlens.eval import GoldWork, WorkScore, score
from ficlens.model import Work
from ficlens.pipeline import Options
from ficlens.speakers import conversation, guess, replies
from ficlens.speakers.index import _Index
from ficlens.speakers.subjects import _subject
from ficlens.speakers.tuning import ANAPHORIC

ROOT = Path(__file__).resolve().parents[1]
SETS = {"se-train": (ROOT / "bench" / "gold" / "se", "train"), "fanfic-train": (ROOT / "bench" / "fanfic", "train")}

# pronoun offset -> (characters stage's speaker, _recheck's speaker, rule)
TRACE: dict[int, tuple[str | None, str | None, str]] = {}
ARGS: dict[int, tuple[Any, ...]] = {}
FEAT: dict[int, dict[str, Any]] = {}  # pronoun offset -> raw features of the context (for --dump)  # pronoun offset -> the context _recheck was given
_rule: list[str] = []
_orig_recheck = conversation._recheck
_orig_with_r = replies._with
_orig_with_g = guess._with
_orig_named = conversation._named_in_paragraph


def _with_r(a: Any, speaker: str) -> Any:
    _rule.append(f"replies:{sys._getframe(1).f_lineno}")
    return _orig_with_r(a, speaker)


def _with_g(a: Any, speaker: str) -> Any:
    _rule.append(f"guess:{sys._getframe(1).f_lineno}")
    return _orig_with_g(a, speaker)


def _recheck(ix: Any, a: Any, *args: Any, **kw: Any) -> Any:
    _rule.clear()
    out = _orig_recheck(ix, a, *args, **kw)
    if a is not None and a.pronoun is not None:
        TRACE[a.pronoun[1]] = (a.speaker, out.speaker if out is not None else None, _rule[-1] if _rule else "stage")
        last, prev = args[0], args[1]
        heard = args[3] if len(args) > 3 else None
        parties = args[5] if len(args) > 5 else None
        ARGS[a.pronoun[1]] = (last, prev, heard, *(parties or (None, None)))
        if DUMP is not None:
            FEAT[a.pronoun[1]] = _features(ix, a, last, prev, heard, args[4] if len(args) > 4 else None, parties or (None, None))
    return out


def _named(ix: Any, quotes: Any, turn: Any, attrs: Any) -> None:
    before = [a.speaker if a is not None else None for a in attrs]
    _rule.clear()
    _orig_named(ix, quotes, turn, attrs)
    for b, a in zip(before, attrs, strict=False):
        if a is not None and a.pronoun is not None and a.speaker != b:
            s, _, _ = TRACE.get(a.pronoun[1], (b, b, ""))
            TRACE[a.pronoun[1]] = (s, a.speaker, "named_in_paragraph")


DUMP = open(sys.argv[sys.argv.index("--dump") + 1], "w") if "--dump" in sys.argv else None  # noqa: SIM115


def _features(ix: Any, a: Any, last: Any, prev: Any, heard: Any, named: Any, parties: Any) -> dict[str, Any]:
    from ficlens.speakers import centering
    from ficlens.speakers.guess import _acted_since_line, _named_since_line, _narrated_near

    gender, off = a.pronoun
    sub = None
    p = ix.para_of(off)
    for s0, s1 in reversed(ix.sentences.within(ix.work.paragraphs[max(0, p - 1)].start, off)):
        if ix.in_quote(s0):
            continue
        m = _subject(ix, s0, s1)
        if m is not None:
            sub = (m.character, m.kind)
            break
    cands = {"stage": a.speaker, "last": last, "prev": prev, "heard": heard, "named": named,
             "earlier": parties[0], "partner": parties[1], "center": centering.last_subject(ix, gender, off),
             "sub": sub[0] if sub else None}
    return {
        "gender": gender, "cands": cands, "sub_kind": sub[1] if sub else None, "addr": a.addressee,
        "near": {k: _narrated_near(ix, c, off) for k, c in cands.items() if c},
        "since": {k: _named_since_line(ix, c, off) for k, c in cands.items() if c},
        "acted": {k: _acted_since_line(ix, c, off) for k, c in cands.items() if c},
        "g": {k: ix.gender.get(c) for k, c in cands.items() if c},
        "para_open": ix.text[ix.work.paragraphs[p].start : a.cue.start].lstrip().startswith(("\"", "“")),
        "post": a.cue.start > ix.work.paragraphs[p].start and ix.in_quote(a.cue.start - 2),
    }


replies._with = _with_r  # type: ignore[assignment]
guess._with = _with_g  # type: ignore[assignment]
conversation._recheck = _recheck  # type: ignore[assignment]
conversation._named_in_paragraph = _named  # type: ignore[assignment]

CLASSES: Counter[str] = Counter()
RULES: Counter[str] = Counter()
RULES_ALL: Counter[str] = Counter()
RULES_OK: Counter[str] = Counter()
brief = "--brief" in sys.argv


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else "…" + s[-n:]


def inspect(gold: GoldWork, work: Work, ws: WorkScore) -> None:
    stands = ws.stands_for
    names = {c.id: c.names[0] if c.names else c.id for c in gold.characters}
    gender = {c.id: c.pronouns for c in gold.characters}
    ix = _Index(work)
    by_start = {(q.start, q.end): q for q in work.quotes}
    gq = [g for g in gold.quotes if g.is_speech and g.part_of is None]
    for k, g in enumerate(gq):
        p = by_start.get((g.start, g.end))
        if p is None or p.evidence != ANAPHORIC or p.cue is None:
            continue
        off = next((o for o in TRACE if p.cue.start <= o < p.cue.end), None)
        stage, rech, rule = TRACE.get(off, (None, None, "?")) if off is not None else (None, None, "?")
        final = stands.get(p.speaker or "")
        if DUMP is not None and off in FEAT:
            import json

            f = FEAT[off]
            row = {"work": gold.id, "at": g.start, "gold": g.speaker, "final": final, "rule": rule,
                   "recheck": stands.get(rech or ""), **f,
                   "cands": {k: stands.get(c or "", "?" + str(c)) for k, c in f["cands"].items()}}
            DUMP.write(json.dumps(row) + "\n")
        RULES_ALL[rule] += 1
        if final == g.speaker:
            RULES_OK[rule] += 1
            continue
        if final is None or gender.get(final) != gender.get(g.speaker or ""):
            continue  # another gender, or nobody: not this error class
        later = "" if rech == p.speaker else f" then later pass -> {names.get(stands.get(p.speaker or '', ''), p.speaker)}"
        RULES[rule + (" +later" if later else "")] += 1
        prevs = [x.speaker for x in gq[max(0, k - 6) : k]][::-1]
        recent: list[str] = []
        for s in prevs:
            if s not in recent and s is not None:
                recent.append(s)
        # the subject of the last narration sentence before the line (same paragraph or before)
        pi = ix.para_of(g.start)
        para = work.paragraphs[pi]
        lo = work.paragraphs[max(0, pi - 1)].start
        sub = None
        for s0, s1 in reversed(ix.sentences.within(lo, g.start)):
            if ix.in_quote(s0) or s1 > g.start + 1:
                continue
            m = _subject(ix, s0, s1)
            if m is not None:
                sub = stands.get(m.character or "")
                break
        cls = []
        given = ARGS.get(off or -1)
        if given is not None and given[0] is None and given[3] is not None:
            ps = [stands.get(x or "") for x in given[3:]]
            cls.append("after-narr:" + ("gold-in-parties" if g.speaker in ps else "gold-not-parties")
                       + ("/stage-in-parties" if stands.get(stage or "") in ps else "/stage-not-parties"))
        if prevs and g.speaker == prevs[0]:
            cls.append("gold=prev-speaker")
        if len(recent) > 1 and g.speaker == recent[1]:
            cls.append("gold=other-of-two")
        if g.speaker in recent[:3]:
            cls.append("gold-in-last3")
        if sub is not None and sub == g.speaker:
            cls.append("gold=last-narr-subject")
        if sub is not None and sub == final:
            cls.append("pred=last-narr-subject")
        if prevs and final == prevs[0]:
            cls.append("pred=prev-speaker")
        if final not in recent:
            cls.append("pred-not-recent")
        if g.speaker not in recent:
            cls.append("gold-new")
        narr_between = any(
            not ix.in_quote(s0) for s0, _ in ix.sentences.within(gq[k - 1].end if k else para.start, g.start)
        ) if k else True
        cls.append("narration-between" if narr_between else "no-narration")
        for c in cls:
            CLASSES[c] += 1
        if brief:
            continue
        ctx = ix.text[max(lo, g.start - 700) : g.start]
        print(f"=== {gold.id} @{g.start}  pred {names.get(final)}  gold {names.get(g.speaker or '')}  "
              f"stage {names.get(stands.get(stage or ''), stage)}  rule {rule}{later}")
        ctxn = [names.get(stands.get(x or ""), x) for x in ARGS.get(off or -1, ())]
        print(f"    args: last, prev, heard, earlier, partner = {ctxn}")
        print(f"    classes: {' '.join(cls)}; recent {[names.get(r) for r in recent[:4]]}")
        print("    ..." + _clip(ctx, 600))
        print("    >>> " + _clip(ix.text[g.start : min(para.end, g.end + 120)], 300))


def main(argv: list[str]) -> int:
    wanted = argv[argv.index("--sets") + 1].split(",") if "--sets" in argv else list(SETS)
    for name in wanted:
        path, split = SETS[name]
        TRACE.clear()

        def hook(gold: GoldWork, work: Work, ws: WorkScore) -> None:
            inspect(gold, work, ws)
            TRACE.clear()
            ARGS.clear()
            FEAT.clear()

        score(path, Options(), gold_characters="--e2e" not in argv, split=split, inspect=hook)
    print("\nclasses of wrong same-gender pronoun tags:", dict(CLASSES.most_common()))
    print("rules of the wrong ones:", dict(RULES.most_common()))
    print("rules, right/all:", {r: f"{RULES_OK[r]}/{n}" for r, n in RULES_ALL.most_common()})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
