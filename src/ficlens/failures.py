"""One work's failure as one line: the file, the stage that failed and why.

Every command that runs many works (analyze, eval, graph, index, `ficlens.analyze_paths`)
turns an exception in one work into a `Failure` and carries on with the others. A
`ReadError` already reads "PATH: reason"; any other exception is an analysis bug and reads
"PATH: STAGE failed: TYPE: message (file.py:line)". The stage is the outermost stage package
on the traceback, so a helper a stage borrows from another package is charged to the stage
that called it.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass, field
from types import TracebackType

from ficlens.read.errors import ReadError

# Stage packages in pipeline order (fandoms: choosing the pack, before characters).
STAGES = ("read", "segment", "quotes", "fandoms", "characters", "speakers", "narrative", "relations")
DEBUG_ENV = "FICLENS_DEBUG"


@dataclass(frozen=True, slots=True)
class Failure:
    """What went wrong with one work. `str()` is the one line a user sees."""

    path: str
    stage: str
    reason: str
    error: BaseException | None = field(default=None, compare=False, repr=False)  # for --debug

    def __str__(self) -> str:
        if self.stage == "read":
            return f"{self.path}: {self.reason}"
        return f"{self.path}: {self.stage} failed: {self.reason}"


def failure_of(path: str | os.PathLike[str] | None, error: BaseException) -> Failure:
    """The `Failure` for `error`, raised while analysing the work at `path`."""
    where = str(path) if path is not None else "(text)"
    if isinstance(error, ReadError):
        return Failure(str(error.path) if error.path else where, "read", error.reason, error)
    message = " ".join(str(error).split())
    reason = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return Failure(where, stage_of(error), reason + _raised_at(error.__traceback__), error)


def stage_of(error: BaseException) -> str:
    """The stage an exception came from: an explicit `stage` attribute, else the outermost
    ficlens stage package on its traceback, else "analysis"."""
    named = getattr(error, "stage", None)
    if isinstance(named, str) and named:
        return named
    tb = error.__traceback__
    while tb is not None:
        module = str(tb.tb_frame.f_globals.get("__name__", ""))
        parts = module.split(".")
        if len(parts) > 1 and parts[0] == "ficlens" and parts[1] in STAGES:
            return parts[1]
        tb = tb.tb_next
    return "analysis"


def _raised_at(tb: TracebackType | None) -> str:
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None:
        return ""
    return f" ({os.path.basename(last.tb_frame.f_code.co_filename)}:{last.tb_lineno})"


def debug_enabled(flag: bool = False) -> bool:
    """--debug, or FICLENS_DEBUG set to anything but "", "0" or "false"."""
    return flag or os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "false", "no")


def format_traceback(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))
