"""Opening a corpus database and writing row batches to it, one transaction per batch."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from ficlens.corpus.rows import Rows
from ficlens.corpus.schema import SCHEMA_VERSION, TABLES, arrow_schema, migrate, schema_version

if TYPE_CHECKING:  # imported where rows are written: reading a corpus does without pyarrow
    import pyarrow as pa


class StoreError(Exception):
    """A corpus database that cannot be opened or used; the message is one line."""


# DuckDB's own guards for a database opened to be read, given at connect time: some of
# them (external access, the extension switches) can only be set before the database
# starts, and `lock_configuration` then refuses every later SET, PRAGMA or RESET. With
# them no statement writes the file (CREATE, DROP, INSERT), touches any other file or
# URL (COPY, read_text, read_csv, read_parquet, glob, ATTACH, EXPORT) or loads code
# (INSTALL, LOAD). Only TEMP objects, which live in memory, can still be made.
ConfigValue = str | bool | int | float | list[str]
READ_ONLY_CONFIG: dict[str, ConfigValue] = {
    "access_mode": "READ_ONLY",
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "lock_configuration": True,
}


def connect_read_only(
    path: str | Path, threads: int | None = None, memory_limit: str | None = None
) -> duckdb.DuckDBPyConnection:
    """A connection that can only read `path`: the one way ficlens opens a corpus to read it.

    `threads` and `memory_limit` must be chosen here: the locked configuration refuses
    them later. Raises `duckdb.Error` when the file cannot be opened.
    """
    config: dict[str, ConfigValue] = {}
    if threads is not None:
        config["threads"] = threads
    if memory_limit is not None:
        config["memory_limit"] = memory_limit
    config.update(READ_ONLY_CONFIG)  # last, so lock_configuration comes after the rest
    return duckdb.connect(str(path), config=config)


class Store:
    """A DuckDB corpus database. Use `open_store`."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        self.migrated: list[int] = []  # versions this open applied

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @property
    def version(self) -> int:
        return schema_version(self.con)

    def write(self, rows: Rows) -> None:
        """Store a batch in one transaction: every row of its works, or none of them.

        Rows whose key is already stored are ignored, so writing a batch twice (a driver
        that died after COMMIT but before it could note the fact) changes nothing. The
        plain INSERT is tried first: the indexer never sends stored works, and checking
        every row for a conflict costs the writer more than half again its time.
        """
        tables = {t: self._arrow(t, batch) for t, batch in rows.items() if batch}
        try:
            self._insert(tables, "INSERT")
        except duckdb.ConstraintException:
            self._insert(tables, "INSERT OR IGNORE")

    @staticmethod
    def _arrow(table: str, batch: list[tuple]) -> pa.Table:
        import pyarrow as pa

        schema = arrow_schema(table)
        columns = list(zip(*batch, strict=False))
        arrays = [pa.array(c, type=f.type) for c, f in zip(columns, schema, strict=False)]
        return pa.Table.from_arrays(arrays, schema=schema)

    def _insert(self, tables: dict[str, pa.Table], insert: str) -> None:
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table, arrow in tables.items():
                con.register("_ficlens_batch", arrow)
                if table == "errors":
                    # A path that failed before (unreadable then, say) gets its latest reason.
                    con.execute("INSERT OR REPLACE INTO errors BY NAME SELECT * FROM _ficlens_batch")
                    # A retried content that fails again under another path keeps one row.
                    con.execute(
                        "DELETE FROM errors WHERE sha256 IN (SELECT sha256 FROM _ficlens_batch)"
                        " AND path NOT IN (SELECT path FROM _ficlens_batch)"
                    )
                else:
                    con.execute(f"{insert} INTO {table} BY NAME SELECT * FROM _ficlens_batch")
                if table == "works":
                    # A file that failed before and reads now is no longer an error; nor is a
                    # retried content recorded under another path.
                    con.execute(
                        "DELETE FROM errors WHERE path IN (SELECT path FROM _ficlens_batch)"
                        " OR sha256 IN (SELECT work_id FROM _ficlens_batch)"
                    )
                con.unregister("_ficlens_batch")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def unknown(self, candidates: list[tuple[str, str]], retry_errors: bool = False) -> list[tuple[str, str]]:
        """The (path, sha256) pairs whose content is neither stored nor a recorded error
        (with `retry_errors`, recorded errors are returned too), first path per content,
        in the order given."""
        if not candidates:
            return []
        import pyarrow as pa

        table = pa.table(
            {
                "pos": pa.array(range(len(candidates)), pa.int64()),
                "path": pa.array([p for p, _ in candidates], pa.string()),
                "sha": pa.array([s for _, s in candidates], pa.string()),
            }
        )
        skip_errors = "" if retry_errors else "AND sha NOT IN (SELECT sha256 FROM errors WHERE sha256 IS NOT NULL)"
        self.con.register("_ficlens_candidates", table)
        try:
            found = self.con.execute(
                f"""
                SELECT path, sha FROM (
                    SELECT pos, path, sha, row_number() OVER (PARTITION BY sha ORDER BY pos) AS n
                    FROM _ficlens_candidates
                ) c
                WHERE n = 1
                  AND sha NOT IN (SELECT work_id FROM works)
                  {skip_errors}
                ORDER BY pos
                """
            ).fetchall()
        finally:
            self.con.unregister("_ficlens_candidates")
        return [(p, s) for p, s in found]

    def tables(self) -> list[str]:
        return [
            r[0]
            for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"
            ).fetchall()
        ]


def open_store(path: str | Path, read_only: bool = False, memory_limit: str | None = None) -> Store:
    """Open (and, for writing, create or migrate) a corpus database.

    Read-only opens never change the file: a database from an older ficlens can still
    be queried, it just lacks the newer columns until something opens it for writing.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such corpus database")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = connect_read_only(path, memory_limit=memory_limit) if read_only else duckdb.connect(str(path))
    except duckdb.Error as e:
        raise StoreError(f"{path}: cannot open ({_one_line(e)})") from None
    store = Store(con, path, read_only)
    version = store.version
    if version > SCHEMA_VERSION:
        store.close()
        raise StoreError(
            f"{path}: schema version {version} is newer than this ficlens understands ({SCHEMA_VERSION}); "
            "upgrade ficlens"
        )
    if read_only:
        if version == 0:
            store.close()
            raise StoreError(f"{path}: not a ficlens corpus database (no schema_info table)")
        return store
    # The writer is the indexing driver: its batches are small, and every core it does
    # not take is one more analysing worker.
    con.execute("SET threads = 1")
    try:
        store.migrated = migrate(con, fresh=version == 0)
    except duckdb.Error as e:
        store.close()
        raise StoreError(f"{path}: migration failed ({_one_line(e)})") from None
    return store


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())


__all__ = ["READ_ONLY_CONFIG", "TABLES", "Store", "StoreError", "connect_read_only", "open_store", "refused"]


def refused(e: Exception) -> bool:
    """Whether DuckDB refused a statement for the read-only guards (not a plain SQL error).

    Only the message is read, to choose the exit code: the guards themselves are
    DuckDB's settings (`corpus.store.READ_ONLY_CONFIG`), not anything ficlens parses.
    """
    message = str(e)
    return isinstance(e, duckdb.PermissionException) or any(
        m in message for m in ("read-only mode", "configuration has been locked")
    )
