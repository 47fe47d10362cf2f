"""The served corpus: one read-only DuckDB connection, queries with a time limit and a row cap.

Every query runs on its own cursor of the one connection `connect_read_only` made, so
concurrent requests never share a cursor, and every guard of that connection (no writes,
no file or network access, no extensions, locked settings) holds for the SQL box too.
A timer interrupts a query that runs past the limit; rows past the cap are not fetched.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from ficlens.corpus.store import Store, open_store

TIME_LIMIT = 5.0  # seconds one query may run
ROW_CAP = 1000  # rows one query may return
T = TypeVar("T")
# Queries running at once: more than the cores only makes every one of them slower
# (and past the time limit, all of them fail together); the rest wait their turn.
RUNNING = max(2, os.cpu_count() or 2)
QUEUE_WAIT = 60.0  # seconds a query may wait for its turn before the server says it is busy
CACHE_ENTRIES = 512  # computed results kept (pages, facet counts, totals)
MEMORY_LIMIT = "2GB"  # DuckDB's working memory: a query from the SQL box must not take the machine


class QueryError(Exception):
    """A query that failed (bad SQL, refused, too slow); the message is one line for the user."""

    def __init__(self, message: str, refused: bool = False, timeout: bool = False) -> None:
        super().__init__(message)
        self.refused = refused
        self.timeout = timeout


class Watchdog:
    """One thread that interrupts queries past their deadline (a Timer thread per query
    costs milliseconds to start on a busy machine; most queries take less)."""

    def __init__(self) -> None:
        self._due: dict[int, tuple[float, duckdb.DuckDBPyConnection]] = {}
        self._wake = threading.Condition()
        self._next = 0
        threading.Thread(target=self._run, name="ficlens-query-watchdog", daemon=True).start()

    def watch(self, cur: duckdb.DuckDBPyConnection, seconds: float) -> int:
        with self._wake:
            self._next += 1
            self._due[self._next] = (time.monotonic() + seconds, cur)
            self._wake.notify()
            return self._next

    def release(self, token: int) -> None:
        with self._wake:
            self._due.pop(token, None)

    def _run(self) -> None:
        while True:
            with self._wake:
                now = time.monotonic()
                for token, (deadline, cur) in list(self._due.items()):
                    if deadline <= now:
                        del self._due[token]
                        cur.interrupt()
                soonest = min((d for d, _ in self._due.values()), default=now + 60)
                self._wake.wait(max(0.01, soonest - now))


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]
    truncated: bool = False  # more rows than the cap

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=False)) for row in self.rows]


@dataclass
class Corpus:
    """A corpus database opened read-only for the web app."""

    store: Store
    time_limit: float = TIME_LIMIT
    row_cap: int = ROW_CAP
    version: int = 0
    works: int = 0
    _cache: OrderedDict[str, Any] = field(default_factory=OrderedDict)
    _kept: dict[str, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _running: dict[str, threading.Event] = field(default_factory=dict)
    _watchdog: Watchdog = field(default_factory=Watchdog)
    _turns: threading.BoundedSemaphore = field(default_factory=lambda: threading.BoundedSemaphore(RUNNING))

    @classmethod
    def open(cls, path: str | Path, time_limit: float = TIME_LIMIT, row_cap: int = ROW_CAP) -> Corpus:
        """Open `path` read-only; raises `StoreError` (one line) when it is not a corpus."""
        store = open_store(path, read_only=True, memory_limit=MEMORY_LIMIT)
        corpus = cls(store, time_limit, row_cap, version=store.version)
        corpus.works = corpus.query("SELECT count(*) FROM works").rows[0][0]
        return corpus

    @property
    def has_terms(self) -> bool:
        """Whether the database has the word index full-text search reads (schema 3 on)."""
        return self.version >= 3

    def close(self) -> None:
        self.store.close()

    def query(self, sql: str, params: dict[str, Any] | list[Any] | None = None, cap: int | None = None) -> Result:
        """Run one statement; at most `cap` (default: the row cap) rows come back."""
        cap = self.row_cap if cap is None else cap

        def fetch(cur: duckdb.DuckDBPyConnection) -> Result:
            cur.execute(sql, params or {})
            columns = [d[0] for d in cur.description] if cur.description else []
            rows = cur.fetchmany(cap + 1) if columns else []
            return Result(columns, rows[:cap], truncated=len(rows) > cap)

        return self.run(fetch)

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(cursor, *args)` on a fresh cursor, interrupted past the time limit."""
        if not self._turns.acquire(timeout=QUEUE_WAIT):
            raise QueryError(f"the server is busy (waited {QUEUE_WAIT:g} s for a turn)", timeout=True)
        cur = self.store.con.cursor()
        token = self._watchdog.watch(cur, self.time_limit)  # the limit counts running time only
        try:
            return fn(cur, *args)
        except duckdb.InterruptException:
            raise QueryError(f"query stopped after the {self.time_limit:g} s time limit", timeout=True) from None
        except duckdb.Error as e:
            from ficlens.corpus.store import refused

            raise QueryError(" ".join(str(e).split()), refused=refused(e)) from None
        finally:
            self._watchdog.release(token)
            cur.close()
            self._turns.release()

    def cached(self, key: str, compute: Callable[[], T], keep: bool = False) -> T:
        """`compute()` once per key: the database cannot change while it is served (the
        read-only open holds DuckDB's file lock against writers). Requests for a key
        being computed wait for that computation instead of repeating it. A `keep` value
        (a summary every page reads) is never dropped to make room for pages."""
        while True:
            with self._lock:
                if key in self._kept:
                    return self._kept[key]
                if key in self._cache:
                    self._cache.move_to_end(key)
                    return self._cache[key]
                running = self._running.get(key)
                if running is None:
                    running = self._running[key] = threading.Event()
                    break
            running.wait(self.time_limit * 4)  # then look again (the first one may have failed)
        try:
            value = compute()  # outside the lock: a slow query must not hold up the others
            with self._lock:
                if keep:
                    self._kept[key] = value
                    return value
                self._cache[key] = value
                while len(self._cache) > CACHE_ENTRIES:
                    self._cache.popitem(last=False)
            return value
        finally:
            with self._lock:
                del self._running[key]
            running.set()

    def peek(self, key: str) -> Any:
        """The cached value for `key`, or None: a look that never waits or computes."""
        with self._lock:
            return self._cache.get(key, self._kept.get(key))
