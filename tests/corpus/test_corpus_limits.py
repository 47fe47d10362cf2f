"""`ficlens index` under limits: a too-large file and a work that runs too long are each
recorded in `errors` on one line, and the run goes on and stays resumable."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import duckdb
from typer.testing import CliRunner

import ficlens.pipeline
from ficlens.cli import app
from ficlens.engines import index
from ficlens.engines.task import analyse_bytes
from ficlens.pipeline import Options

CALM = '"Pass the salt," said Ottoline.\n\n"Get it yourself," Ferris said.\n'
SLOW = 'Nobody moved for a long while. "Wait," whispered Hesper.\n'


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def stall_on_slow_works(monkeypatch) -> None:
    """The segmenter hangs (in short sleeps, as a Python loop would) on any work
    mentioning Hesper: a stand-in for a pathological input."""
    real = ficlens.pipeline.segment

    def segment(work):
        if "Hesper" in work.text:
            end = time.monotonic() + 30
            while time.monotonic() < end:
                time.sleep(0.01)
        return real(work)

    monkeypatch.setattr(ficlens.pipeline, "segment", segment)


def fics(tmp_path: Path) -> Path:
    folder = tmp_path / "fics"
    folder.mkdir()
    (folder / "calm.txt").write_text(CALM, encoding="utf-8")
    (folder / "slow.txt").write_text(SLOW, encoding="utf-8")
    return folder


def test_a_work_past_the_timeout_is_an_error_and_the_run_goes_on(tmp_path, monkeypatch):
    stall_on_slow_works(monkeypatch)
    folder, db = fics(tmp_path), tmp_path / "c.duckdb"
    before = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    report = index([folder], db, workers=0, timeout=0.3)
    assert time.monotonic() - started < 20
    assert report.stored == 1 and report.failed == 1
    assert report.errors == [f"{folder / 'slow.txt'}: timed out after 0.3 s"]
    assert signal.getsignal(signal.SIGALRM) is before  # no timer left behind
    (path, sha, reason), = rows(db, "SELECT path, sha256, reason FROM errors")
    assert path.endswith("slow.txt") and sha and reason == "timed out after 0.3 s"
    # resumable: a second run skips the timed-out work rather than waiting on it again
    again = index([folder], db, workers=0, timeout=0.3)
    assert (again.stored, again.failed, again.skipped) == (0, 0, 2)


def test_the_timeout_also_stops_a_work_in_a_thread(monkeypatch):
    # Dask runs tasks in worker threads, where no signal can be delivered
    stall_on_slow_works(monkeypatch)
    results = []
    worker = threading.Thread(target=lambda: results.append(analyse_bytes("slow.txt", SLOW.encode(), None, 0.3)))
    worker.start()
    worker.join(20)
    (result,) = results
    assert not result.ok and result.rows["errors"][0][2] == "timed out after 0.3 s"
    # and a quick work in a thread is untouched by a timer it beat
    results.clear()
    worker = threading.Thread(target=lambda: results.append(analyse_bytes("calm.txt", CALM.encode(), None, 5)))
    worker.start()
    worker.join(20)
    assert results[0].ok
    time.sleep(0.1)


def test_a_too_large_file_is_recorded_unhashed_and_stored_once_the_limit_allows(tmp_path):
    folder, db = fics(tmp_path), tmp_path / "c.duckdb"
    big = folder / "big.txt"
    big.write_text(CALM * 40, encoding="utf-8")
    size = big.stat().st_size
    report = index([folder], db, workers=0, options=Options(max_bytes=1000))
    assert report.stored == 2 and report.failed == 1
    reason = f"too large: {size / 1024:.1f} KiB (the limit is 1000 bytes; raise it with --max-bytes)"
    assert rows(db, "SELECT path, sha256, reason FROM errors") == [(str(big), None, reason)]
    # not hashed, so tried again on every run: with a higher limit it is stored
    report = index([folder], db, workers=0, options=Options(max_bytes=1 << 20))
    assert (report.stored, report.failed) == (1, 0)
    assert rows(db, "SELECT count(*) FROM errors") == [(0,)]


def test_index_cli_timeout_and_max_bytes(tmp_path, monkeypatch):
    stall_on_slow_works(monkeypatch)
    folder, db = fics(tmp_path), tmp_path / "c.duckdb"
    (folder / "huge.txt").write_text(CALM * 40, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["index", str(folder), "--db", str(db), "--workers", "0", "-q", "--timeout", "0.5", "--max-bytes", "1K"]
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "3 file(s): 1 stored, 0 already done, 2 failed" in result.stderr
    assert f"failed {folder / 'slow.txt'}: timed out after 0.5 s" in result.stderr
    assert f"failed {folder / 'huge.txt'}: too large: " in result.stderr
    bad = CliRunner().invoke(app, ["index", str(folder), "--db", str(db), "--timeout", "-1"])
    assert bad.exit_code == 2


def test_a_callers_own_alarm_survives_a_timed_work(monkeypatch):
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *a: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        assert analyse_bytes("calm.txt", CALM.encode(), None, 5).ok
        deadline = time.monotonic() + 5
        while not fired and time.monotonic() < deadline:
            time.sleep(0.01)
        assert fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_retry_errors_stores_a_timed_out_work_once_the_timeout_allows(tmp_path, monkeypatch):
    stall_on_slow_works(monkeypatch)
    folder, db = fics(tmp_path), tmp_path / "c.duckdb"
    index([folder], db, workers=0, timeout=0.3)
    (first,) = rows(db, "SELECT recorded_at FROM errors")
    # retried and failing again: still one row, with the new reason and time
    again = index([folder], db, workers=0, timeout=0.2, retry_errors=True)
    assert (again.stored, again.failed, again.skipped, again.retried) == (0, 1, 1, 1)
    (path, reason, recorded_at), = rows(db, "SELECT path, reason, recorded_at FROM errors")
    assert path.endswith("slow.txt") and reason == "timed out after 0.2 s" and recorded_at >= first[0]
    # the stage is fixed: a retry stores the work and clears its error in one go
    monkeypatch.undo()
    fixed = index([folder], db, workers=0, timeout=5, retry_errors=True)
    assert (fixed.stored, fixed.failed, fixed.retried) == (1, 0, 1)
    assert rows(db, "SELECT count(*) FROM errors") == [(0,)]
    assert rows(db, "SELECT count(*) FROM works") == [(2,)]
    # nothing left to retry: a further retry run changes nothing
    done = index([folder], db, workers=0, retry_errors=True)
    assert (done.stored, done.failed, done.skipped, done.retried) == (0, 0, 2, 0)


def test_retry_errors_only_touches_the_paths_given(tmp_path, monkeypatch):
    stall_on_slow_works(monkeypatch)
    folder, db = fics(tmp_path), tmp_path / "c.duckdb"
    other = tmp_path / "other"
    other.mkdir()
    (other / "late.txt").write_text(SLOW.replace("Wait", "Hold on"), encoding="utf-8")
    index([folder, other], db, workers=0, timeout=0.3)
    assert rows(db, "SELECT count(*) FROM errors") == [(2,)]
    monkeypatch.undo()
    report = index([folder], db, workers=0, retry_errors=True)
    assert (report.stored, report.retried) == (1, 1)
    (path,), = rows(db, "SELECT path FROM errors")
    assert path.endswith("late.txt")


def test_retry_errors_keeps_one_row_per_content_under_a_new_path(tmp_path, monkeypatch):
    stall_on_slow_works(monkeypatch)
    folder, db = fics(tmp_path), tmp_path / "c.duckdb"
    index([folder], db, workers=0, timeout=0.3)
    moved = tmp_path / "moved"
    moved.mkdir()
    (folder / "slow.txt").rename(moved / "slow.txt")
    report = index([moved], db, workers=0, timeout=0.2, retry_errors=True)
    assert (report.failed, report.retried) == (1, 1)
    assert rows(db, "SELECT path, reason FROM errors") == [(str(moved / "slow.txt"), "timed out after 0.2 s")]
    monkeypatch.undo()
    index([moved], db, workers=0, retry_errors=True)
    assert rows(db, "SELECT count(*) FROM errors") == [(0,)]


def test_index_cli_retry_errors(tmp_path, monkeypatch):
    stall_on_slow_works(monkeypatch)
    folder, db = fics(tmp_path), tmp_path / "c.duckdb"
    base = ["index", str(folder), "--db", str(db), "--workers", "0", "-q"]
    assert CliRunner().invoke(app, base + ["--timeout", "0.3"]).exit_code == 1
    monkeypatch.undo()
    plain = CliRunner().invoke(app, base)
    assert plain.exit_code == 0 and "2 file(s): 0 stored, 2 already done, 0 failed;" in plain.stderr
    retry = CliRunner().invoke(app, base + ["--retry-errors"])
    assert retry.exit_code == 0
    assert "2 file(s): 1 stored, 1 already done, 0 failed (1 retried);" in retry.stderr


def test_a_retry_run_stopped_after_a_commit_then_run_again_ends_like_one_run(tmp_path, monkeypatch):
    stall_on_slow_works(monkeypatch)
    folder = fics(tmp_path)
    for n in range(3):
        (folder / f"slow{n}.txt").write_text(SLOW.replace("Wait", f"Wait {n}"), encoding="utf-8")
    db, clean = tmp_path / "c.duckdb", tmp_path / "clean.duckdb"
    for target in (db, clean):
        index([folder], target, workers=0, timeout=0.2)
    assert rows(db, "SELECT count(*) FROM errors") == [(4,)]
    monkeypatch.undo()

    def stop(report) -> None:
        raise KeyboardInterrupt  # after the first commit, as a kill would land

    try:
        index([folder], db, workers=0, batch_size=1, retry_errors=True, on_batch=stop)
    except KeyboardInterrupt:
        pass
    assert rows(db, "SELECT count(*) FROM errors") == [(3,)]
    index([folder], db, workers=0, retry_errors=True)
    index([folder], clean, workers=0, retry_errors=True)
    for sql in ("SELECT work_id, path FROM works ORDER BY work_id", "SELECT count(*) FROM quotes", "SELECT * FROM errors"):
        assert rows(db, sql) == rows(clean, sql)
    assert rows(db, "SELECT count(*) FROM works") == [(5,)]
