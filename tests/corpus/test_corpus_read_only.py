"""Read-only means read-only: every way out of the corpus file is refused by DuckDB itself.

`connect_read_only` is the one connection ficlens reads a corpus through (`sql`, `query`,
`export`, `serve`); these tests try each escape a hostile or careless SQL string could
use, through the connection and through `ficlens sql`, and check nothing happened.
"""

from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from ficlens.cli import app
from ficlens.corpus.store import refused
from ficlens.corpus.store import connect_read_only

runner = CliRunner()


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("name,value\nkey,hunter2\n")
    return path


def _escapes(tmp_path, secret) -> dict[str, str]:
    target = tmp_path / "written.txt"
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    return {
        "copy to": f"COPY (SELECT 'x') TO '{target}'",
        "copy table to": f"COPY works TO '{target}' (FORMAT csv)",
        "copy from": f"COPY works FROM '{secret}'",
        "read_text": f"SELECT * FROM read_text('{secret}')",
        "read_blob": f"SELECT * FROM read_blob('{secret}')",
        "read_csv": f"SELECT * FROM read_csv('{secret}')",
        "read_parquet": f"SELECT * FROM read_parquet('{tmp_path}/*.parquet')",
        "glob": f"SELECT * FROM glob('{tmp_path}/*')",
        "attach": f"ATTACH '{other}' AS other",
        "export database": f"EXPORT DATABASE '{tmp_path / 'dump'}'",
        "install": "INSTALL httpfs",
        "load": "LOAD httpfs",
        "set external access": "SET enable_external_access = true",
        "set threads": "SET threads = 8",
        "reset": "RESET enable_external_access",
        "pragma": "PRAGMA enable_external_access = true",
        "create": "CREATE TABLE x (a INTEGER)",
        "create view": "CREATE VIEW v AS SELECT 1",
        "drop": "DROP TABLE quotes",
        "insert": "INSERT INTO errors (path) VALUES ('x')",
        "delete": "DELETE FROM works",
        "update": "UPDATE works SET title = 'x'",
    }


def test_every_escape_is_refused_by_the_connection(corpus_db, tmp_path, secret):
    escapes = _escapes(tmp_path, secret)
    con = connect_read_only(corpus_db)
    try:
        for name, statement in escapes.items():
            with pytest.raises(duckdb.Error) as caught:
                con.execute(statement).fetchall()
            assert refused(caught.value), f"{name}: {caught.value}"
        # a bare path is not even looked up as a file: the replacement scan is off
        with pytest.raises(duckdb.CatalogException):
            con.execute(f"SELECT * FROM '{secret}'").fetchall()
        # and the connection still reads the corpus after all that
        assert con.execute("SELECT count(*) FROM works").fetchall() == [(3,)]
        settings = dict(
            con.execute(
                "SELECT name, value FROM duckdb_settings() WHERE name IN "
                "('access_mode', 'enable_external_access', 'autoinstall_known_extensions', "
                "'autoload_known_extensions', 'allow_community_extensions', 'lock_configuration')"
            ).fetchall()
        )
    finally:
        con.close()
    assert settings == {
        "access_mode": "read_only", "enable_external_access": "false", "autoinstall_known_extensions": "false",
        "autoload_known_extensions": "false", "allow_community_extensions": "false", "lock_configuration": "true",
    }
    assert not (tmp_path / "written.txt").exists() and not (tmp_path / "dump").exists()


def test_ficlens_sql_refuses_each_escape_with_exit_2(corpus_db, tmp_path, secret):
    for name, statement in _escapes(tmp_path, secret).items():
        result = runner.invoke(app, ["sql", str(corpus_db), statement])
        assert result.exit_code == 2, f"{name}: {result.output}"
        assert "refused" in result.stderr and "Traceback" not in result.output
        assert "hunter2" not in result.output
    assert not (tmp_path / "written.txt").exists()
    con = connect_read_only(corpus_db)
    try:
        assert con.execute("SELECT count(*) FROM works").fetchall() == [(3,)]
        assert con.execute("SELECT count(*) FROM errors").fetchall() == [(1,)]
    finally:
        con.close()


def test_threads_and_memory_are_chosen_at_connect_time(corpus_db):
    con = connect_read_only(corpus_db, threads=1, memory_limit="256MB")
    try:
        assert con.execute("SELECT current_setting('threads')").fetchall() == [(1,)]
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("SET threads = 2")
    finally:
        con.close()
