"""Fuzz the whole pipeline with story-shaped text (Hypothesis).

    python bench/fuzz.py [--minutes 10] [--seed N]

The strategies build text from the pieces stories are made of and the ones that break
parsers: names, quotation marks (straight, curly, single, guillemets, unclosed), dashes,
brackets, line breaks in odd places (mid-word, CRLF, runs of blank lines), Unicode quote
marks and spaces, control characters, and long tokens (a 5,000-letter word, a run of
full stops or of quotation marks). Every example is analysed stage by stage, each stage
under a CPU-time bound, and checked: no exception, every span inside the text, quotes
sorted and not overlapping (`check`). tests/test_fuzz.py runs a short version in CI.

Prints the examples run, the failures found (each shrunk to a minimal text) and the
slowest stage seen, then exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from ficlens.layers import Sentences
from ficlens.model import Work

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import timed_run  # noqa: E402

STAGE_CPU_SECONDS = 2.0  # per stage and example (examples are at most ~40 KB; the slowest fixed stage took 0.6 s)

NAMES = ["Ann", "Bram", "Mr. Hale", "Mrs. O'Neill", "Dr. Ivo", "the captain", "Lexa", "Y/N", "Zoë", "Jean-Luc",
         "one of the men", "a tall girl", "his mother", "Professor McGonagall", "St. John"]
WORDS = ["said", "one", "of", "asked", "replied", "she", "he", "they", "I", "you", "and", "the", "walked", "in", "of", "her",
         "noble", "movements", "looked", "at", "him", "whispered", "A/N:", "P.S.", "Chapter", "POV", "***"]
MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "`", "``", "''"]
PUNCT = [".", ",", "!", "?", "…", "...", ":", ";", "—", "–", "-", "--", "(", ")", "[", "]", "*", "_", "~"]
SPACES = [" ", " ", " ", "\n", "\n\n", "\r\n", "\n\n\n\n", "\t", "\u00a0", "\u2028", "\u200b", "  "]
CONTROLS = ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\ufeff", "\ufffd", "\u202e"]


def _long_token() -> st.SearchStrategy[str]:
    return st.builds(lambda c, n: c * n, st.sampled_from(["a", ".", '"', "“", "-", "!", "A", "é", "*", " "]),
                     st.integers(200, 5000))


def _line() -> st.SearchStrategy[str]:
    """A line of dialogue: a quote with a tag before, after, inside or none."""
    quote = st.builds(lambda o, w, p, c: f"{o}{' '.join(w)}{p}{c}", st.sampled_from(MARKS),
                      st.lists(st.sampled_from(WORDS + NAMES), min_size=0, max_size=8),
                      st.sampled_from(PUNCT + [""]), st.sampled_from(MARKS + [""]))
    tag = st.builds(lambda n, v: f"{v} {n}" if v in ("said", "asked", "replied") else f"{n} {v}",
                    st.sampled_from(NAMES), st.sampled_from(WORDS))
    return st.builds(lambda q, t, where: {0: q, 1: f"{q} {t}.", 2: f"{t}: {q}", 3: f"{q} {t}, {q}"}[where],
                     quote, tag, st.integers(0, 3))


PIECE = st.one_of(
    st.sampled_from(NAMES), st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(PUNCT),
    st.sampled_from(SPACES), st.sampled_from(CONTROLS), _line(), _line(), _line(),
    st.text(max_size=12),  # anything at all, a little of it
)


@st.composite
def stories(draw: Callable[..., Any]) -> str:
    """Story-shaped text: pieces joined by spaces or line breaks, now and then a long token."""
    pieces = draw(st.lists(PIECE, min_size=1, max_size=120))
    seps = draw(st.lists(st.sampled_from(SPACES), min_size=len(pieces), max_size=len(pieces)))
    text = "".join(p + s for p, s in zip(pieces, seps))
    rnd = draw(st.randoms(use_true_random=False))
    odd = draw(st.sampled_from([0.0, 0.05, 0.2, 0.5]))
    if odd:  # hard wraps and odd spaces inside tags and names: `said one of\nthe men`
        text = "".join(rnd.choice(SPACES) if c == " " and rnd.random() < odd else c for c in text)
    if draw(st.integers(0, 9)) == 0:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(_long_token()) + text[at:]
    return text if text.strip() else text + "Ann said hi.\n"


def analyse_timed(text: str) -> tuple[Work, dict[str, float]]:
    """Run every stage on `text` (read as a string), with the CPU time of each."""
    return timed_run(text if "\n" in text else text + "\n", time.process_time)


def check(text: str) -> dict[str, float]:
    """Analyse `text` and assert the invariants; the stage times, for the record."""
    work, spent = analyse_timed(text)
    n = len(work.text)
    slow = {k: v for k, v in spent.items() if v > STAGE_CPU_SECONDS}
    assert not slow, f"stages over {STAGE_CPU_SECONDS} s CPU: {slow}"
    spans = [(s.start, s.end, "segment") for s in work.segments] + [(c.start, c.end, "chapter") for c in work.chapters]
    spans += [(p.start, p.end, "paragraph") for p in work.paragraphs] + [(m.start, m.end, "mention") for m in work.mentions]
    spans += [(q.start, q.end, "quote") for q in work.quotes] + [(q.cue.start, q.cue.end, "cue") for q in work.quotes if q.cue]
    spans += [(s.start, s.end, "relationship") for r in work.relationships for s in r.spans]
    spans += [(a, b, "sentence") for a, b in work.layers.get(Sentences).spans]
    for a, b, what in spans:
        assert 0 <= a <= b <= n, f"{what} span {a}:{b} outside the text (length {n})"
    for a, b in zip(work.quotes, work.quotes[1:]):
        assert a.end <= b.start, f"quotes {a.start}:{a.end} and {b.start}:{b.end} overlap or are out of order"
    ids = {c.id for c in work.characters}
    assert all(q.speaker is None or q.speaker in ids for q in work.quotes), "a speaker that is no character"
    assert all(p in range(n + 1) for p in work.scene_breaks), "a scene break outside the text"
    return spent


def main() -> int:
    from hypothesis import HealthCheck, given, settings, target
    from hypothesis.errors import Flaky

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--keep-slowest", metavar="FILE", help="write the slowest example seen to FILE")
    args = ap.parse_args()
    stop = time.monotonic() + 60 * args.minutes
    stats = {"examples": 0, "chars": 0, "slowest": (0.0, "")}
    failures: list[str] = []

    def run(text: str) -> None:
        stats["examples"] += 1
        stats["chars"] += len(text)
        spent = check(text)
        stage, worst = max(spent.items(), key=lambda kv: kv[1])
        target(worst / (1 + len(text) / 10_000), label="stage CPU seconds per 10 KB")  # steer towards slow inputs
        if worst > stats["slowest"][0]:
            stats["slowest"] = (worst, f"{stage} on {len(text):,} chars")
            if args.keep_slowest:
                Path(args.keep_slowest).write_text(text, encoding="utf-8")

    start = time.monotonic()
    rounds = 0
    while time.monotonic() < stop:
        rounds += 1
        test = settings(max_examples=2_000, deadline=None, database=None, derandomize=False,
                        suppress_health_check=list(HealthCheck))(given(stories())(run))
        if args.seed is not None:
            from hypothesis import seed as seed_of

            test = seed_of(args.seed + rounds)(test)
        try:
            test()
        except (AssertionError, Exception, Flaky) as e:  # a failure, shrunk: record it, go on
            failures.append(f"{type(e).__name__}: {str(e).splitlines()[0][:300]}")
            print("FAILURE:", failures[-1], flush=True)
    minutes = (time.monotonic() - start) / 60
    print(f"{stats['examples']:,} examples ({stats['chars']:,} characters) in {minutes:.1f} min, "
          f"{rounds} rounds; {len(failures)} failure(s); slowest stage {stats['slowest'][0]:.3f} s CPU "
          f"({stats['slowest'][1]})")
    for f in failures:
        print("  ", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
