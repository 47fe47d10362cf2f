"""The Dask engine on a LocalCluster stores exactly what the local engine stores."""

from __future__ import annotations

import pytest

from ficlens.engines import index

distributed = pytest.importorskip("dask.distributed")


def test_dask_engine_gives_the_same_tables_as_the_local_engine(small_corpus, clean_run, snapshot, tmp_path, monkeypatch):
    db = tmp_path / "dask.duckdb"
    # the workers start with other string hash seeds than the local engine's workers:
    # the tables may not depend on them
    monkeypatch.setenv("PYTHONHASHSEED", "11")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        report = index(small_corpus, db, engine="dask", scheduler=cluster.scheduler_address, batch_size=8)
        assert report.stored == 60 and report.failed == 4
        again = index(small_corpus, db, engine="dask", scheduler=cluster.scheduler_address)
        assert again.stored == 0
    monkeypatch.setenv("PYTHONHASHSEED", "4")
    assert snapshot(db) == snapshot(clean_run())


def test_an_unreachable_scheduler_is_a_clear_error(small_corpus, tmp_path):
    import dask

    from ficlens.engines.errors import EngineError

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
            index(small_corpus, tmp_path / "c.duckdb", engine="dask", scheduler="tcp://127.0.0.1:9")
