"""The corpus schema: its current shape, and the ordered migrations that build it.

A database records every migration it has had in `schema_info` (one row per version).
Opening a database for writing applies the migrations it has not had yet, in order,
each in its own transaction, so an old `corpus.duckdb` keeps its rows and gains the new
columns and tables. Migrations are frozen history: never edit one that has shipped,
append a new one and update `TABLES` (the shape the writer produces) to match; a test
checks that a fresh database and `TABLES` agree.

The tables are described for users in `schema.md` beside this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa

# The current shape: table -> [(column, DuckDB type)], in column order. Rows produced by
# `ficlens.corpus.rows` are tuples in this order.
TABLES: dict[str, list[tuple[str, str]]] = {
    "works": [
        ("work_id", "VARCHAR"),
        ("path", "VARCHAR"),
        ("format", "VARCHAR"),
        ("title", "VARCHAR"),
        ("authors", "VARCHAR[]"),
        ("fandoms", "VARCHAR[]"),
        ("rating", "VARCHAR"),
        ("language", "VARCHAR"),
        ("relationship_tags", "VARCHAR[]"),
        ("character_tags", "VARCHAR[]"),
        ("freeform_tags", "VARCHAR[]"),
        ("words", "BIGINT"),
        ("chapters", "INTEGER"),
        ("characters", "INTEGER"),
        ("quotes", "INTEGER"),
        ("analysed_at", "TIMESTAMP"),
        ("ficlens_version", "VARCHAR"),
        ("pov_person", "VARCHAR"),
        ("pov_character", "VARCHAR"),
        ("tense", "VARCHAR"),
        ("scene_breaks", "BIGINT[]"),
    ],
    "characters": [
        ("work_id", "VARCHAR"),
        ("character_id", "VARCHAR"),
        ("rank", "INTEGER"),
        ("name", "VARCHAR"),
        ("aliases", "VARCHAR[]"),
        ("pronouns", "VARCHAR"),
        ("canonical", "VARCHAR"),
        ("mentions", "INTEGER"),
        ("quotes", "INTEGER"),
        ("words_spoken", "INTEGER"),
        ("present", "BOOLEAN"),
    ],
    "mention_counts": [
        ("work_id", "VARCHAR"),
        ("character_id", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("count", "INTEGER"),
    ],
    "quotes": [
        ("work_id", "VARCHAR"),
        ("quote_no", "INTEGER"),
        ("start_offset", "BIGINT"),
        ("end_offset", "BIGINT"),
        ("kind", "VARCHAR"),
        ("speaker", "VARCHAR"),
        ("addressees", "VARCHAR[]"),
        ("evidence", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("cue_start", "BIGINT"),
        ("cue_end", "BIGINT"),
        ("text", "VARCHAR"),
    ],
    "interactions": [
        ("work_id", "VARCHAR"),
        ("a", "VARCHAR"),
        ("b", "VARCHAR"),
        ("conversations", "INTEGER"),
        ("co_presence", "INTEGER"),
        ("mentions", "INTEGER"),
        ("weight", "DOUBLE"),
    ],
    "relationships": [
        ("work_id", "VARCHAR"),
        ("rel_no", "INTEGER"),
        ("tag", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("characters", "VARCHAR[]"),
        ("confidence", "DOUBLE"),
        ("evidence", "VARCHAR[]"),
    ],
    "segments": [
        ("work_id", "VARCHAR"),
        ("seg_no", "INTEGER"),
        ("kind", "VARCHAR"),
        ("start_offset", "BIGINT"),
        ("end_offset", "BIGINT"),
    ],
    "chapters": [
        ("work_id", "VARCHAR"),
        ("chapter_no", "INTEGER"),
        ("title", "VARCHAR"),
        ("start_offset", "BIGINT"),
        ("end_offset", "BIGINT"),
    ],
    "terms": [
        ("work_id", "VARCHAR"),
        ("term", "VARCHAR"),
        ("count", "INTEGER"),
    ],
    "errors": [
        ("path", "VARCHAR"),
        ("sha256", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("recorded_at", "TIMESTAMP"),
        ("ficlens_version", "VARCHAR"),
    ],
}

# Tables whose rows belong to one work (every one has a work_id column).
WORK_TABLES = [t for t in TABLES if t not in ("errors",)]

# Columns that hold wall-clock times: they differ between two runs over the same files.
CLOCK_COLUMNS = {"works": ["analysed_at"], "errors": ["recorded_at"], "schema_info": ["applied_at"]}

def utcnow() -> datetime:
    # Stored as a naive TIMESTAMP in UTC: a TIMESTAMPTZ would need pytz to read back.
    return datetime.now(UTC).replace(tzinfo=None)


def arrow_schema(table: str) -> pa.Schema:
    # pyarrow is imported here, for writing: reading a corpus (`serve`, `sql`) does without it.
    import pyarrow as pa

    types = {
        "VARCHAR": pa.string(),
        "VARCHAR[]": pa.list_(pa.string()),
        "BIGINT": pa.int64(),
        "BIGINT[]": pa.list_(pa.int64()),
        "INTEGER": pa.int32(),
        "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(),
        "TIMESTAMP": pa.timestamp("us"),
    }
    return pa.schema([(name, types[sql]) for name, sql in TABLES[table]])


# --- migrations: append only -------------------------------------------------------


def _v1_initial(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        CREATE TABLE works (
            work_id VARCHAR PRIMARY KEY, path VARCHAR, format VARCHAR, title VARCHAR,
            authors VARCHAR[], fandoms VARCHAR[], rating VARCHAR, language VARCHAR,
            relationship_tags VARCHAR[], character_tags VARCHAR[], freeform_tags VARCHAR[],
            words BIGINT, chapters INTEGER, characters INTEGER, quotes INTEGER,
            analysed_at TIMESTAMP, ficlens_version VARCHAR
        );
        CREATE TABLE characters (
            work_id VARCHAR, character_id VARCHAR, rank INTEGER, name VARCHAR,
            aliases VARCHAR[], pronouns VARCHAR, canonical VARCHAR, mentions INTEGER,
            quotes INTEGER, words_spoken INTEGER, present BOOLEAN,
            PRIMARY KEY (work_id, character_id)
        );
        CREATE TABLE mention_counts (
            work_id VARCHAR, character_id VARCHAR, kind VARCHAR, count INTEGER,
            PRIMARY KEY (work_id, character_id, kind)
        );
        CREATE TABLE quotes (
            work_id VARCHAR, quote_no INTEGER, start_offset BIGINT, end_offset BIGINT,
            kind VARCHAR, speaker VARCHAR, addressees VARCHAR[], evidence VARCHAR,
            confidence DOUBLE, cue_start BIGINT, cue_end BIGINT, text VARCHAR,
            PRIMARY KEY (work_id, quote_no)
        );
        CREATE TABLE interactions (
            work_id VARCHAR, a VARCHAR, b VARCHAR, conversations INTEGER,
            co_presence INTEGER, mentions INTEGER, weight DOUBLE,
            PRIMARY KEY (work_id, a, b)
        );
        CREATE TABLE relationships (
            work_id VARCHAR, rel_no INTEGER, tag VARCHAR, kind VARCHAR,
            characters VARCHAR[], confidence DOUBLE, evidence VARCHAR[],
            PRIMARY KEY (work_id, rel_no)
        );
        CREATE TABLE segments (
            work_id VARCHAR, seg_no INTEGER, kind VARCHAR,
            start_offset BIGINT, end_offset BIGINT,
            PRIMARY KEY (work_id, seg_no)
        );
        CREATE TABLE errors (
            path VARCHAR PRIMARY KEY, sha256 VARCHAR, reason VARCHAR,
            recorded_at TIMESTAMP, ficlens_version VARCHAR
        );
        """
    )


def _v2_narrative_and_chapters(con: duckdb.DuckDBPyConnection) -> None:
    # Point of view and tense per work, scene breaks, and chapter spans: what a reader
    # of a corpus filters on ("all second-person present-tense works") without the JSON.
    for column, sql in [
        ("pov_person", "VARCHAR"),
        ("pov_character", "VARCHAR"),
        ("tense", "VARCHAR"),
        ("scene_breaks", "BIGINT[]"),
    ]:
        con.execute(f"ALTER TABLE works ADD COLUMN {column} {sql}")
    con.execute(
        """
        CREATE TABLE chapters (
            work_id VARCHAR, chapter_no INTEGER, title VARCHAR,
            start_offset BIGINT, end_offset BIGINT,
            PRIMARY KEY (work_id, chapter_no)
        )
        """
    )


def _v3_terms(con: duckdb.DuckDBPyConnection) -> None:
    # A word index for full-text search (`ficlens serve`): DuckDB's fts extension would
    # have to be downloaded, and nothing in ficlens downloads at run time. Works stored
    # before this version have no terms until they are indexed again.
    con.execute(
        """
        CREATE TABLE terms (
            work_id VARCHAR, term VARCHAR, count INTEGER,
            PRIMARY KEY (work_id, term)
        )
        """
    )


Migration = Callable[[duckdb.DuckDBPyConnection], None]

# (version, description, function), in the order they apply.
MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial tables", _v1_initial),
    (2, "works: pov, tense, scene breaks; chapters table", _v2_narrative_and_chapters),
    (3, "terms table: a word index for full-text search", _v3_terms),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version a database is at (0 for an empty one)."""
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info' AND table_schema = 'main'"
    ).fetchall()[0][0]
    if not found:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_info").fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None, fresh: bool = False) -> list[int]:
    """Apply the migrations a database lacks (up to `upto`); return the versions applied
    to an existing database (none for a `fresh` one: creating is not upgrading)."""
    from ficlens import __version__

    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_info ("
        "version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP, ficlens_version VARCHAR)"
    )
    current = schema_version(con)
    applied = []
    for version, description, step in MIGRATIONS:
        if version <= current or (upto is not None and version > upto):
            continue
        # One transaction per step: a crash mid-migration leaves the previous version intact.
        con.execute("BEGIN TRANSACTION")
        try:
            step(con)
            con.execute(
                "INSERT INTO schema_info VALUES (?, ?, ?, ?)",
                [version, description, utcnow(), __version__],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return [] if fresh else applied
