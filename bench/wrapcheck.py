"""Hard-wrapped text gives the same analysis as the same text unwrapped.

    python bench/wrapcheck.py [--width 70] [FILE ...]

With no FILE: every bundled sample, every held-out story (bench/heldout/*.txt) and every
LitBank text (../shared/data/litbank/texts/*.txt). Each file is analysed as it is and as a
hard-wrapped copy (each paragraph wrapped at --width columns, blank lines kept), and the
script prints, per file, any error and the number of quotations whose speaker changes.
Quotations are matched by position: the count of non-space characters before each quote,
which wrapping does not change. Prints the totals last; exits 1 if any copy failed.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
import traceback
from pathlib import Path

from ficlens.model import Work

ROOT = Path(__file__).resolve().parents[1]


def hard_wrap(text: str, width: int = 70) -> str:
    """Each paragraph (blank-line separated) wrapped at `width` columns; blank lines kept."""
    parts = re.split(r"(\n[ \t]*\n+)", text)
    return "".join(p if i % 2 else textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
                   for i, p in enumerate(parts))


def _by_position(work: Work) -> dict[int, str | None]:
    """Speaker name of each quotation, keyed by the count of non-space characters before it."""
    out: dict[int, str | None] = {}
    text, done, count = work.text, 0, 0
    for q in work.quotes:
        count += len(text[done:q.start]) - sum(text.count(c, done, q.start) for c in " \t\n\r")
        done = q.start
        c = work.character(q.speaker)
        out[count] = c.name if c else None
    return out


def speaker_changes(plain: Work, wrapped: Work) -> list[tuple[str | None, str | None, str]]:
    """(speaker unwrapped, speaker wrapped, quote opening) for each quotation that differs,
    a quotation found in only one of the two included (its missing speaker is "<no quote>")."""
    a, b = _by_position(plain), _by_position(wrapped)
    starts = {k: q.start for k, q in zip(a, plain.quotes)}
    out = []
    for key in sorted(a.keys() | b.keys()):
        sa, sb = a.get(key, "<no quote>"), b.get(key, "<no quote>")
        if sa != sb:
            at = starts.get(key)
            out.append((sa, sb, plain.text[at:at + 50].replace("\n", " ") if at is not None else "?"))
    return out


def default_files() -> list[Path]:
    files = sorted((ROOT / "src/ficlens/samples").glob("*.txt")) + sorted((ROOT / "bench/heldout").glob("*.txt"))
    return files + sorted((ROOT.parent / "shared/data/litbank/texts").glob("*.txt"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--width", type=int, default=70)
    args = ap.parse_args()
    import ficlens

    files = args.files or default_files()
    failed = changed_files = changed_quotes = quotes = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        try:
            plain = ficlens.analyze(text)
            wrapped = ficlens.analyze(hard_wrap(text, args.width))
        except Exception as exc:  # the point of the check: name every failure, go on
            failed += 1
            print(f"{path.name}: ERROR {type(exc).__name__}: {exc}")
            traceback.print_exc(limit=-3)
            continue
        diffs = speaker_changes(plain, wrapped)
        quotes += len(plain.quotes)
        if diffs:
            changed_files += 1
            changed_quotes += len(diffs)
            print(f"{path.name}: {len(diffs)} of {len(plain.quotes)} quotes change speaker")
            for before, after, snippet in diffs[:5]:
                print(f"    {before!r} -> {after!r}: {snippet}")
    print(f"{len(files)} files, {failed} failed; {quotes} quotes, {changed_quotes} change speaker "
          f"in {changed_files} files (width {args.width})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
