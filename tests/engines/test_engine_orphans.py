"""`ficlens index` stopped by SIGTERM, or its driver killed with -9, leaves no worker
and no forkserver behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import _generator

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")


def _ficlens() -> list[str]:
    script = Path(sys.executable).parent / "ficlens"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from ficlens.cli import main; main()"]


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def _alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            out.add(pid)
    return out


@pytest.fixture(scope="module")
def longer_corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("longer")
    _generator().write_corpus(root, 40, min_words=3000, max_words=4000, seed=3)
    return root


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "kill-9"])
def test_a_stopped_index_leaves_no_process_behind(longer_corpus: Path, tmp_path: Path, sig: signal.Signals):
    command = [*_ficlens(), "index", str(longer_corpus), "--db", str(tmp_path / "c.duckdb"),
               "--workers", "2", "--batch-size", "2", "-v", "-q"]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + 120
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("committed batch") or time.monotonic() > deadline:
                break
        helpers = _descendants(proc.pid)
        assert helpers, "the run should have workers by its first commit"
        proc.send_signal(sig)  # the driver alone, not its process group
        proc.wait(timeout=30)
        give_up = time.monotonic() + 15
        while _alive(helpers) and time.monotonic() < give_up:
            time.sleep(0.2)
        assert not _alive(helpers)
    finally:
        for pid in _alive(_descendants(proc.pid)) | (_alive(helpers) if "helpers" in locals() else set()):
            os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        if proc.stderr:
            proc.stderr.close()
    if sig == signal.SIGTERM:
        assert proc.returncode != 0
