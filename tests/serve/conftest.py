"""A corpus `ficlens index` builds from the samples, generated works and one hostile work,
and the app over it: in-process (Starlette's TestClient) and on a loopback port (browser).

The hostile work is an AO3 download written for these tests whose title, tags, summary
and text carry HTML and script payloads: every page must show them as text.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from html import escape
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="needs the serve extra (pip install 'ficlens[serve]')")

from starlette.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from ficlens.cli import app as cli  # noqa: E402
from ficlens.serve.app import create_app  # noqa: E402
from ficlens.serve.db import Corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "src" / "ficlens" / "samples"

EVIL_TITLE = '<script>alert("title")</script>Lantern Oath'
EVIL_REL = "Wren Holloway/<img src=x onerror=alert(1)>"
EVIL_CHAR = '"><svg onload=alert(2)>'
EVIL_FREEFORM = "</td><script>alert(3)</script>"
EVIL_LINE = "<b>Stay</b> & <script>alert(4)</script>"
EVIL_KEYWORD = "lanternlight"  # a word no other work has: full-text search finds exactly this work


def _evil_work() -> str:
    """An AO3-style HTML download (original text), payloads escaped as AO3 escapes them."""
    tags = {
        "Rating": ["Teen And Up Audiences"],
        "Fandoms": ["Original Work"],
        "Relationship": [EVIL_REL, "Wren Holloway/Orrin Thorne"],
        "Characters": ["Wren Holloway", "Orrin Thorne", EVIL_CHAR],
        "Additional Tags": [EVIL_FREEFORM],
    }
    def links(values: list[str]) -> str:
        return ", ".join(f'<a href="/tags/{i}">{escape(v)}</a>' for i, v in enumerate(values))

    dl = "".join(f"<dt>{k}:</dt><dd>{links(vs)}</dd>" for k, vs in tags.items())
    paragraphs = [
        f'"{escape(EVIL_LINE)}," Wren said to Orrin, and held the {EVIL_KEYWORD} steady between them.',
        '"I was always going to stay," Orrin said. He took her hand.',
        '"Then stay," Wren said, and kissed him.',
        "Orrin laughed and did not let go of her hand.",
        '"We should tell the harbour master," Orrin said to Wren.',
        '"Tomorrow," Wren said.',
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/>'
        f"<title>{escape(EVIL_TITLE)} - quillwright - Original Work</title></head><body>"
        '<div id="preface"><p class="message"><b>x</b> Posted originally on the '
        '<a href="https://archiveofourown.org/">Archive of Our Own</a>.</p>'
        f'<div class="meta"><dl class="tags">{dl}<dt>Language:</dt><dd>English</dd></dl>'
        f"<h1>{escape(EVIL_TITLE)}</h1>"
        '<div class="byline">by <a rel="author" href="/users/quillwright">quillwright</a></div>'
        f'<p>Summary</p><blockquote class="userstuff"><p>{escape("<i>two</i> keepers")}</p></blockquote>'
        f'</div></div><div id="chapters" class="userstuff"><div class="userstuff">{body}</div></div>'
        "</body></html>"
    )


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
    (hostile / "lantern_oath.html").write_text(_evil_work(), encoding="utf-8")
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
