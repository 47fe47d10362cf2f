"""A corpus database holding the hand-built works of `corpus_fixtures`."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_fixtures import corpus_works

from ficlens.corpus import open_store, work_rows
from ficlens.corpus.rows import error_rows, merge


@pytest.fixture
def corpus_db(tmp_path) -> Path:
    db = tmp_path / "corpus.duckdb"
    rows = {}
    for n, work in enumerate(corpus_works()):
        merge(rows, work_rows(work, f"w{n}", work.source.path))
    merge(rows, error_rows("bad.epub", "abc", "not an EPUB (no container.xml)"))
    with open_store(db) as store:
        store.write(rows)
    return db
