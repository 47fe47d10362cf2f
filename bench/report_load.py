"""How long a 100,000-word HTML report takes to open in headless Chromium (target: < 3 s).

    python bench/report_load.py [--words 100000]

Builds a work from the bundled samples (bench/generate.py), runs the full pipeline,
writes the report, opens it in Debian's chromium via Playwright and prints the figures
and the ratio to the 3-second budget, all in one run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402

from ficlens import analyze  # noqa: E402
from ficlens.export.html import write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BUDGET = 3.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100_000)
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} not found: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        src = generate.write_work(Path(tmp) / "long.txt", args.words)
        t0 = time.perf_counter()
        work = analyze(src)
        t1 = time.perf_counter()
        report = Path(tmp) / "long.html"
        write_html(work, report)
        t2 = time.perf_counter()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            t3 = time.perf_counter()
            page.goto(report.as_uri(), wait_until="load")
            load = time.perf_counter() - t3
            in_page = page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000
            browser.close()
    print(f"work: {work.meta.words:,} words, {len(work.quotes):,} quotes, {len(work.characters)} characters")
    print(f"analyse {t1 - t0:.2f} s · render+write {t2 - t1:.2f} s · report {report_size(work):.1f} MB")
    print(f"open in chromium: goto(load) {load:.2f} s · loadEventEnd {in_page:.2f} s · console errors {len(errors)}")
    print(f"ratio to the {BUDGET:.0f} s budget: {max(load, in_page) / BUDGET:.2f} (must be < 1)")


def report_size(work) -> float:
    from ficlens.export.html import render_html

    return len(render_html(work).encode()) / 1e6


if __name__ == "__main__":
    main()
