"""Speed and memory of the full pipeline on one long work.

    python bench/speed.py [--sizes 10000,100000,1000000] [--seed 1]

Prints, all measured in this one run:
  (a) words/s of the full pipeline on a 100,000-word work next to spaCy's blank English
      tokenizer on the same text, and the ratio of their times (target: <= 10x), best
      of --repeat runs each;
  (b) the time for each size, in a fresh process each, and the 1M/100k time ratio
      (target: <= 12x, i.e. linear);
  (c) the peak memory (VmHWM: peak resident set) of the fresh process that analysed the
      1M-word work, imports and the text included (target: <= 1 GiB);
  and a per-stage breakdown on the 100,000-word work, so a slow stage shows itself.
  (d) one paragraph with no line break of 8 KB, 64 KB, 512 KB and 4 MB (the generated
      work's paragraphs joined with spaces), each in a fresh process, CPU and wall time,
      and the ratio 4 MB / 512 KB of CPU time (linear: 8; target <= 10; 4 MB < 60 s);
      then runs of one token (full stops, quote marks, a tagged line, a letter) at 50 KB
      and 400 KB and their ratio;
  (e) the peak memory of a fresh process analysing a 5 MB file (target < 400 MiB).
Only (d) and (e): `python bench/speed.py --paragraph`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import load_sources, make_work  # noqa: E402


def build_text(words: int, seed: int) -> str:
    import random

    return make_work(random.Random(seed), load_sources(), words)


def timed_stages(text: str) -> tuple[float, list[tuple[str, float]]]:
    """Run the pipeline with every stage function it calls wrapped in a timer: the total
    time and each stage's, the slowest first."""
    t = time.perf_counter()
    _, spent = timed_run(text)
    return time.perf_counter() - t, sorted(spent.items(), key=lambda kv: -kv[1])


def timed_run(text: str, clock=time.perf_counter):
    """(work, {stage: seconds by `clock`}) of the pipeline on `text`.

    The wrapping follows `ficlens.pipeline.run_stages` itself, so a stage added there
    shows up here without editing this file.
    """
    import ficlens.pipeline as pipeline
    from ficlens.read import read

    spent: dict[str, float] = {}
    originals = {}

    def wrap(name, fn):
        def timed(*args, **kwargs):
            t = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + clock() - t

        return timed

    for name, value in vars(pipeline).items():
        if callable(value) and not isinstance(value, type) and getattr(value, "__module__", "").startswith("ficlens.") \
                and value.__module__ != pipeline.__name__:
            originals[name] = value
            setattr(pipeline, name, wrap(name, value))
    try:
        t = clock()
        work = read(text)
        spent["read"] = clock() - t
        pipeline.run_stages(work, pipeline.Options())
    finally:
        for name, value in originals.items():
            setattr(pipeline, name, value)
    return work, spent


def child(words: int, seed: int) -> None:
    """Analyse one generated work in this (fresh) process; print time and peak memory as JSON."""
    text = build_text(words, seed)
    n = len(text.split())
    before = _status_mib("VmRSS")
    seconds, stages = timed_stages(text)
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent through fork and
    # exec, so a child of this (spaCy-laden) process would report the parent's size.
    peak = _status_mib("VmHWM")
    if peak != peak:  # no /proc: not Linux
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1 << 20 if sys.platform == "darwin" else 1024)
    print(json.dumps({"words": n, "seconds": seconds, "peak_mib": peak, "before_mib": before, "stages": dict(stages)}))


PARAGRAPH_SIZES = (8_000, 64_000, 512_000, 4_000_000)


def one_paragraph(nbytes: int, seed: int) -> str:
    """About `nbytes` of story text (UTF-8) as one paragraph: a generated work's
    paragraphs joined with spaces, repeated until long enough."""
    import re

    work = build_text(max(2_000, nbytes // 5), seed)
    out = " ".join(p.strip().replace("\n", " ") for p in re.split(r"\n\s*\n", work) if p.strip())
    while len(out.encode()) < nbytes:
        out = out + " " + out
    return out.encode()[:nbytes].decode(errors="ignore").rsplit(" ", 1)[0] + "\n"


# repeated-token runs, one paragraph each: a regex tried at every position of a run, or a
# look back over every quote of the paragraph, shows as a ratio well over 8
RUNS = {"full stops": ".", "quote marks": '"', "tagged lines": '"Hi," said Ann. ', "letters": "a"}
RUN_SIZES = (50_000, 400_000)


def paragraph_child(nbytes: int, seed: int, run: str | None = None) -> None:
    """Analyse one long paragraph in this fresh process; print CPU and wall time as JSON."""
    from ficlens import analyze

    text = RUNS[run] * (nbytes // len(RUNS[run])) + "\n" if run else one_paragraph(nbytes, seed)
    cpu, wall = time.process_time(), time.perf_counter()
    work = analyze(text)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(json.dumps({"bytes": len(text.encode()), "cpu": cpu, "wall": wall, "quotes": len(work.quotes),
                      "peak_mib": _status_mib("VmHWM")}))


def file_child(nbytes: int, seed: int) -> None:
    """Write a generated work of about `nbytes` to a file and analyse it from the path."""
    import tempfile

    from ficlens import analyze

    text = build_text(int(nbytes / 5.3), seed)  # about 5.4 bytes a generated word
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "work.txt"
        path.write_text(text, encoding="utf-8")
        size = path.stat().st_size
        del text
        before = _status_mib("VmRSS")
        t = time.perf_counter()
        analyze(path)
        print(json.dumps({"bytes": size, "wall": time.perf_counter() - t, "before_mib": before,
                          "peak_mib": _status_mib("VmHWM")}))


def paragraph_rows(seed: int) -> None:
    """(d) and (e), each size in a fresh process."""
    print("\n(d) one paragraph, no line break (fresh process each)")
    cpu = {}
    for size in PARAGRAPH_SIZES:
        r = run_child(size, seed, "--paragraph-child")
        cpu[size] = r["cpu"]
        print(f"    {r['bytes']:>10,} bytes, {r['quotes']:>6,} quotes: {r['cpu']:8.3f} s CPU  {r['wall']:8.3f} s wall"
              f"  peak RSS {r['peak_mib']:7.1f} MiB")
    print(f"    ratio 4 MB / 512 KB CPU time: {cpu[4_000_000] / cpu[512_000]:6.2f}x  (linear 8x; target <= 10x)")
    for name, unit in RUNS.items():
        small, large = (run_child(n, seed, "--paragraph-child", ["--run", name]) for n in RUN_SIZES)
        print(f"    run of {name!r:<16} {small['cpu']:7.3f} s at {RUN_SIZES[0]:,}, {large['cpu']:7.3f} s at "
              f"{RUN_SIZES[1]:,} bytes: ratio {large['cpu'] / small['cpu']:5.2f}x  (linear 8x)")
    r = run_child(5_000_000, seed, "--file-child")
    print(f"\n(e) {r['bytes']:,}-byte file: {r['wall']:.3f} s, peak RSS {r['peak_mib']:.1f} MiB"
          f" ({r['before_mib']:.1f} MiB before the analysis)  (target < 400 MiB)")


def _status_mib(field: str) -> float:
    """A memory figure of this process from /proc/self/status (Linux), in MiB."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def run_child(words: int, seed: int, flag: str = "--child", extra: list[str] | None = None) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, flag, str(words), "--seed", str(seed), *(extra or [])],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="runs of (a); the best is reported")
    parser.add_argument("--paragraph", action="store_true", help="only (d) and (e): long paragraphs, a 5 MB file")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--paragraph-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--file-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--run", choices=sorted(RUNS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seed)
        return
    if args.paragraph_child:
        paragraph_child(args.paragraph_child, args.seed, args.run)
        return
    if args.file_child:
        file_child(args.file_child, args.seed)
        return
    if args.paragraph:
        print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cpus)")
        paragraph_rows(args.seed)
        print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        return

    import spacy

    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cpus)")
    text = build_text(100_000, args.seed)
    words = len(text.split())

    # (a) the pipeline against spaCy's blank tokenizer, same text, same process
    from ficlens import analyze

    analyze(build_text(5_000, args.seed + 1))  # warm up imports and regex caches
    nlp = spacy.blank("en")
    nlp.max_length = len(text) + 1
    nlp(text[:20_000])
    # Best of --repeat, alternating the two: other jobs on a shared machine only slow a run.
    ours = theirs = float("inf")
    for _ in range(args.repeat):
        t = time.perf_counter()
        analyze(text)
        ours = min(ours, time.perf_counter() - t)
        t = time.perf_counter()
        doc = nlp(text)
        theirs = min(theirs, time.perf_counter() - t)
    print(f"\n(a) {words:,}-word work ({len(doc):,} spaCy tokens), best of {args.repeat}")
    print(f"    ficlens full pipeline : {ours:7.3f} s  {words / ours:>10,.0f} words/s  (target >= 50,000)")
    print(f"    spaCy blank tokenizer : {theirs:7.3f} s  {words / theirs:>10,.0f} words/s")
    print(f"    ratio ficlens/spaCy   : {ours / theirs:7.2f}x  (target <= 10x)")

    # per-stage breakdown on the same text
    total, stages = timed_stages(text)
    print(f"\n    per stage on the {words:,}-word work (total {total:.3f} s):")
    for name, seconds in stages:
        print(f"      {name:<22} {seconds:7.3f} s  {seconds / total:6.1%}  {words / seconds:>12,.0f} words/s")

    # (b) and (c): each size in a fresh process
    sizes = [int(s) for s in args.sizes.split(",")]
    print("\n(b) time per size (fresh process each; reading the text and analysing it)")
    results = {}
    for size in sizes:
        r = run_child(size, args.seed)
        results[size] = r
        print(
            f"    {r['words']:>10,} words: {r['seconds']:8.3f} s  {r['words'] / r['seconds']:>10,.0f} words/s"
            f"  peak RSS {r['peak_mib']:7.1f} MiB (RSS {r['before_mib']:.1f} MiB before the analysis)"
        )
    if 100_000 in results and 1_000_000 in results:
        ratio = results[1_000_000]["seconds"] / results[100_000]["seconds"]
        print(f"    ratio 1M/100k time    : {ratio:7.2f}x  (target <= 12x)")
        small, large = results[100_000]["stages"], results[1_000_000]["stages"]
        print("    per stage, 1M/100k time (10x is linear; the worst first):")
        for name in sorted(large, key=lambda k: -large[k] / max(small.get(k, 0), 1e-9)):
            if small.get(name):
                print(f"      {name:<22} {large[name]:7.3f} s / {small[name]:6.3f} s = {large[name] / small[name]:5.1f}x")
        print(f"\n(c) peak memory, 1M-word work: {results[1_000_000]['peak_mib']:.1f} MiB  (target <= 1024 MiB)")
    paragraph_rows(args.seed)
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
