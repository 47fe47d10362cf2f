"""The store: schema and migrations, atomic and idempotent batch writes."""

from __future__ import annotations

import duckdb
import pytest
from corpus_fixtures import corpus_works

from ficlens.corpus import SCHEMA_VERSION, TABLES, StoreError, open_store, work_rows
from ficlens.corpus.schema import MIGRATIONS, migrate


def _columns(con, table):
    return [(r[0], r[1]) for r in con.execute(f"DESCRIBE {table}").fetchall()]


def test_a_fresh_database_has_exactly_the_documented_tables_and_columns(tmp_path):
    with open_store(tmp_path / "c.duckdb") as store:
        assert store.version == SCHEMA_VERSION and store.migrated == []  # created, not upgraded
        assert set(store.tables()) == set(TABLES) | {"schema_info"}
        for table, columns in TABLES.items():
            assert _columns(store.con, table) == columns, table
        versions = store.con.execute("SELECT version FROM schema_info ORDER BY version").fetchall()
        assert [v for (v,) in versions] == [v for v, _, _ in MIGRATIONS]


def test_opening_a_v1_database_applies_the_later_migrations_and_keeps_its_rows(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    migrate(con, upto=1)  # what ficlens 0.1 wrote
    con.execute("INSERT INTO works (work_id, path, words) VALUES ('w1', 'old.txt', 1200)")
    assert "chapters" not in [r[0] for r in con.execute("SHOW TABLES").fetchall()]
    con.close()

    with open_store(db, read_only=True) as store:  # read-only opens never migrate
        assert store.version == 1
    with open_store(db) as store:
        assert store.version == SCHEMA_VERSION
        assert store.migrated == [v for v, _, _ in MIGRATIONS if v > 1]
        assert _columns(store.con, "works") == TABLES["works"]
        assert store.con.execute("SELECT path, words, tense FROM works").fetchall() == [("old.txt", 1200, None)]
        assert "chapters" in store.tables()
    with open_store(db) as store:  # a second open has nothing left to do
        assert migrate(store.con) == []


def test_a_database_from_a_newer_ficlens_is_refused(tmp_path):
    db = tmp_path / "new.duckdb"
    with open_store(db) as store:
        store.con.execute("INSERT INTO schema_info VALUES (?, 'from the future', NULL, '9.0')", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match="newer than this ficlens"):
        open_store(db)


def test_read_only_open_of_a_missing_or_foreign_file_is_a_one_line_error(tmp_path):
    with pytest.raises(StoreError, match="no such corpus database"):
        open_store(tmp_path / "missing.duckdb", read_only=True)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="not a ficlens corpus"):
        open_store(other, read_only=True)


def test_writing_a_batch_twice_stores_it_once(tmp_path):
    work = corpus_works()[0]
    rows = work_rows(work, "w1", "harbour.txt")
    with open_store(tmp_path / "c.duckdb") as store:
        store.write(rows)
        store.write(rows)
        counts = {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in rows}
    assert counts == {t: len(r) for t, r in rows.items()}
    assert counts["quotes"] == 4 and counts["works"] == 1


def test_a_batch_that_fails_midway_leaves_nothing_behind(tmp_path):
    rows = work_rows(corpus_works()[0], "w1", "harbour.txt")
    # works are inserted first; then a character without a key makes the insert fail
    rows["characters"].append((None, "c9", 9, "Nobody", [], None, None, 0, 0, 0, True))
    with open_store(tmp_path / "c.duckdb") as store:
        with pytest.raises(Exception):
            store.write(rows)
        assert store.con.execute("SELECT count(*) FROM works").fetchall()[0][0] == 0
        assert store.con.execute("SELECT count(*) FROM characters").fetchall()[0][0] == 0


def test_unknown_keeps_new_content_once_in_the_given_order(tmp_path):
    with open_store(tmp_path / "c.duckdb") as store:
        store.write(work_rows(corpus_works()[0], "stored", "a.txt"))
        store.write({"errors": [("bad.txt", "failed", "empty file", None, "0")]})
        todo = store.unknown([("z.txt", "new2"), ("a.txt", "stored"), ("b.txt", "new1"), ("c.txt", "new2"), ("bad.txt", "failed")])
    assert todo == [("z.txt", "new2"), ("b.txt", "new1")]


def test_stored_quote_text_is_the_quoted_span_of_the_work(tmp_path):
    work = corpus_works()[0]
    with open_store(tmp_path / "c.duckdb") as store:
        store.write(work_rows(work, "w1", "harbour.txt"))
        rows = store.con.execute("SELECT start_offset, end_offset, text FROM quotes ORDER BY quote_no").fetchall()
    assert [text for _, _, text in rows][0] == '"You came back."'
    assert all(work.text[s:e] == text for s, e, text in rows)
