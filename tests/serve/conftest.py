"""A corpus `ficlens index` builds from the samples, generated works and one hostile work,
and the app over it: in-process (Starlette's TestClient) and on a loopback port (browser).

The hostile work (`serve_fixtures.py`) carries HTML and script payloads in its title,
tags, summary and text: every page must show them as text.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="needs the serve extra (pip install 'ficlens[serve]')")

from serve_fixtures import evil_work  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from ficlens.cli import app as cli  # noqa: E402
from ficlens.serve.app import create_app  # noqa: E402
from ficlens.serve.db import Corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "src" / "ficlens" / "samples"

@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("serve")
    generated = base / "generated"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), "corpus", str(generated),
         "--works", "40", "--min-words", "300", "--max-words", "1500", "--seed", "7"],
        check=True, capture_output=True,
    )
    hostile = base / "hostile"
    hostile.mkdir()
    (hostile / "lantern_oath.html").write_text(evil_work(), encoding="utf-8")
    db = base / "corpus.duckdb"
    result = CliRunner().invoke(
        cli, ["index", str(SAMPLES), str(generated), str(hostile), "--db", str(db), "--workers", "0", "-q"]
    )
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def corpus(corpus_db) -> Corpus:
    c = Corpus.open(corpus_db)
    yield c
    c.close()


@pytest.fixture(scope="session")
def client(corpus) -> TestClient:
    # raise_server_exceptions=False: a bug must show as the 500 page a user would get.
    return TestClient(create_app(corpus), raise_server_exceptions=False)


@pytest.fixture(scope="session")
def server(corpus) -> str:
    """The app on a free loopback port, as `ficlens serve` runs it; yields its base URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(corpus), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)
