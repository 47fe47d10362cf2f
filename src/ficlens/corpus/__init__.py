"""The corpus store: analysed works in an embedded DuckDB database (`corpus.duckdb`).

`open_store(path)` opens (creating or migrating) a database; `work_rows(work, ...)`
maps a `Work` to table rows; the schema and its migrations live in `schema.py`, and the
tables are described for users in `schema.md`. Indexing (files in, rows out) lives in
`ficlens.engines`.
"""

from ficlens.corpus.rows import work_rows
from ficlens.corpus.schema import SCHEMA_VERSION, TABLES
from ficlens.corpus.store import Store, StoreError, open_store

__all__ = ["SCHEMA_VERSION", "TABLES", "Store", "StoreError", "open_store", "work_rows"]
