"""`ficlens sql | query | export` as a user runs them."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pyarrow.parquet as pq
from typer.testing import CliRunner

from ficlens.cli import app

runner = CliRunner()


def _run(*args):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "250"})


def test_sql_prints_rows_as_csv_and_json(corpus_db):
    result = _run("sql", corpus_db, "SELECT title, words FROM works ORDER BY title", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["title", "words"] and [r[0] for r in rows[1:]] == ["Harbour", "Lantern", "Salt"]
    result = _run("sql", corpus_db, "SELECT reason FROM errors", "-f", "json")
    assert json.loads(result.stdout) == [{"reason": "not an EPUB (no container.xml)"}]


def test_sql_refuses_writes_with_one_line_and_exit_2(corpus_db):
    for statement in ("DELETE FROM works", "DROP TABLE quotes", "CREATE TABLE x (a INT)"):
        result = _run("sql", corpus_db, statement)
        assert result.exit_code == 2, statement
        assert "read-only" in result.stderr and len(result.stderr.strip().splitlines()) <= 3
    con = duckdb.connect(str(corpus_db), read_only=True)
    assert con.execute("SELECT count(*) FROM works").fetchall() == [(3,)]
    con.close()


def test_sql_errors_and_missing_databases_are_one_line(corpus_db, tmp_path):
    result = _run("sql", corpus_db, "SELECT nonsense FROM works")
    assert result.exit_code == 1 and "Traceback" not in result.output
    result = _run("sql", tmp_path / "none.duckdb", "SELECT 1")
    assert result.exit_code == 2 and "no such corpus database" in result.stderr


def test_query_table_keeps_story_text_literal(corpus_db):
    result = _run("query", corpus_db, "quotes-by", "Mara")
    assert result.exit_code == 0, result.output
    assert "[laughs]" in result.stdout  # not swallowed as Rich markup


def test_query_usage_errors_exit_2(corpus_db):
    assert _run("query", corpus_db, "talk", "Mara").exit_code == 2
    result = _run("query", corpus_db, "best-fics")
    assert result.exit_code == 2 and "top-characters" in result.stderr


def test_export_writes_every_table_and_replaces_an_old_export(corpus_db, tmp_path):
    out = tmp_path / "parquet"
    assert _run("export", corpus_db, out).exit_code == 0
    (out / "stale.parquet").write_bytes(b"old")
    result = _run("export", corpus_db, out)
    assert result.exit_code == 0
    names = sorted(p.name for p in out.iterdir())
    con = duckdb.connect(str(corpus_db), read_only=True)
    tables = sorted(r[0] for r in con.execute("SHOW TABLES").fetchall())
    for table in tables:
        assert pq.read_table(out / f"{table}.parquet").num_rows == con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    con.close()
    assert names == sorted([".ficlens-export"] + [f"{t}.parquet" for t in tables])  # the stale file went with the old export
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp folders left


def test_export_never_deletes_a_users_own_parquet_files(corpus_db, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "works.parquet").write_bytes(b"my own table")
    result = _run("export", corpus_db, out)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "not made by ficlens export" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["works.parquet"]
    assert (out / "works.parquet").read_bytes() == b"my own table"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _run("export", corpus_db, empty).exit_code == 0 and (empty / "works.parquet").exists()


def test_export_leaves_a_folder_of_other_files_alone(corpus_db, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    result = _run("export", corpus_db, out)
    assert result.exit_code == 2 and (out / "notes.txt").read_text() == "keep me"
