"""A generated corpus of small works (from the bundled samples) and a way to compare databases."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import duckdb
import pytest

from ficlens.corpus.schema import CLOCK_COLUMNS

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("ficlens_bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> list[Path]:
    """Inputs to index: a folder of 60 works of 150-400 words and three files no reader
    can use, and a file named on the command line that cannot be read."""
    root = tmp_path_factory.mktemp("corpus")
    _generator().write_corpus(root / "works", 60, min_words=150, max_words=400, seed=7)
    bad = root / "works" / "zz_bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"   \n")
    (bad / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (bad / "broken.epub").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    gone = root / "gone.txt"
    gone.symlink_to(root / "nowhere.txt")  # exists as a name, cannot be read
    return [root / "works", gone]


@pytest.fixture(scope="session")
def snapshot():
    return _snapshot


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the wall-clock columns."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()]
        out = {}
        for table in sorted(tables):
            columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in CLOCK_COLUMNS.get(table, [])]
            select = ", ".join(f'"{c}"' for c in columns)
            out[table] = con.execute(f"SELECT {select} FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


@pytest.fixture
def clean_run(small_corpus, tmp_path_factory):
    """Build the reference on demand: one uninterrupted run of the local engine with two
    workers. Tests build it right before comparing, so it runs the same code as the
    run under test even while the analysis stages are being edited."""
    from ficlens.engines import index

    def build() -> Path:
        db = tmp_path_factory.mktemp("clean") / "corpus.duckdb"
        index(small_corpus, db, workers=2, batch_size=5)
        return db

    return build
