"""Parquet export: one `TABLE.parquet` per table, and the folder appears whole or not at all.

The files are written into a temporary folder beside the target, then renamed into
place, so a reader (or a crash) never sees half an export. The target must be new,
empty, or an earlier export (it holds the marker file `.ficlens-export`), which is then
replaced whole; any other folder is left alone, even if it holds only Parquet files, so a
user's own files are never deleted.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

from ficlens.corpus.store import Store, StoreError

MARKER = ".ficlens-export"  # in every export folder: what says ficlens may replace it


def export_parquet(store: Store, out: Path | str) -> list[Path]:
    """Write every table of `store` to `out/TABLE.parquet`; return the final paths."""
    out = Path(out)
    if out.exists():
        if not out.is_dir():
            raise StoreError(f"{out}: exists and is not a folder")
        held = sorted(p.name for p in out.iterdir())
        if held and MARKER not in held:
            raise StoreError(
                f"{out}: not empty and not made by ficlens export (it holds {held[0]}); choose an empty or new folder"
            )
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        names = store.tables()
        (tmp / MARKER).write_text("written by ficlens export; the whole folder is replaced by the next export\n")
        for table in names:
            target = tmp / f"{table}.parquet"
            # Sorted by key columns so two exports of the same corpus hold the same files.
            # Written by pyarrow, not COPY: a read-only store may not touch other files.
            pq.write_table(store.con.sql(f"SELECT * FROM {table} ORDER BY ALL").to_arrow_table(), target)
        old = None
        if out.exists():
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            os.replace(out, old)
        os.replace(tmp, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return [out / f"{t}.parquet" for t in names]
