"""kill -9 in the middle of `ficlens index`, then run it again: the same database as a clean run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb


def _ficlens() -> list[str]:
    script = Path(sys.executable).parent / "ficlens"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from ficlens.cli import main; main()"]


def test_kill_9_after_a_commit_then_rerun_equals_a_clean_run(small_corpus, clean_run, snapshot, tmp_path):
    db = tmp_path / "corpus.duckdb"
    command = [*_ficlens(), "index", *map(str, small_corpus), "--db", str(db), "--workers", "2", "--batch-size", "5", "-v", "-q"]
    # Its own session, so the kill takes the workers too, as a power cut would.
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        for line in proc.stderr:
            if line.startswith("committed batch") or time.monotonic() > deadline:
                break
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    con = duckdb.connect(str(db), read_only=True)
    stored = con.execute("SELECT count(*) FROM works").fetchall()[0][0]
    orphans = con.execute("SELECT count(*) FROM characters WHERE work_id NOT IN (SELECT work_id FROM works)").fetchall()[0][0]
    con.close()
    assert 0 < stored < 60, "the kill should land mid-run"
    assert orphans == 0  # no half-stored work

    rerun = subprocess.run([*command[:-2], "-q"], capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 1, rerun.stderr  # the unreadable file has no hash: it is tried, and fails, again
    assert snapshot(db) == snapshot(clean_run())
