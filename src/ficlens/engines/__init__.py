"""Engines that turn files into corpus rows: a local process pool, or a Dask cluster.

`index(paths, db)` is the entry point; `map_local` / `map_dask` run the per-file task
(`ficlens.engines.task.analyse_bytes`) and yield results as they finish.
"""

from ficlens.engines.indexer import ENGINES, IndexReport, index

__all__ = ["ENGINES", "IndexReport", "index"]
