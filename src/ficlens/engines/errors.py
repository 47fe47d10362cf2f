"""The one error engines raise: the run cannot go on (no Dask, no scheduler, a dead worker)."""


class EngineError(Exception):
    """One line for the user; the works committed so far stay in the database."""
