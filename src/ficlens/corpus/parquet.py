"""Parquet export: one `TABLE.parquet` per table, and the folder appears whole or not at all.

The files are written into a temporary folder beside the target, then renamed into
place, so a reader (or a crash) never sees half an export. An existing export folder
is replaced; a folder holding anything but Parquet files is left alone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

from ficlens.corpus.store import Store, StoreError


def export_parquet(store: Store, out: Path | str) -> list[Path]:
    """Write every table of `store` to `out/TABLE.parquet`; return the final paths."""
    out = Path(out)
    if out.exists():
        if not out.is_dir():
            raise StoreError(f"{out}: exists and is not a folder")
        strangers = [p.name for p in out.iterdir() if p.suffix != ".parquet"]
        if strangers:
            raise StoreError(f"{out}: holds files that are not Parquet ({strangers[0]}...); choose an empty or new folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        names = store.tables()
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
