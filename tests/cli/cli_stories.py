"""Tiny original stories and a way to make one stage raise, for the command-line tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

STORY = 'Wren opened the gate. "It sings," she said.\n\nTomas laughed. "Only for you."\n'
BOOM = 'Ada lit the lamp. "BOOM," said Ada.\n'


def raising_in(module: str, error: Exception) -> Callable[..., Any]:
    """A function that raises `error` from a frame of `module` (as if that stage's code
    had raised it), to test that a failure names the stage it came from."""
    namespace: dict[str, Any] = {"__name__": module, "error": error}
    exec(compile("def fail(*args, **kwargs):\n    raise error\n", __file__, "exec"), namespace)
    return namespace["fail"]


def break_speakers(monkeypatch: Any) -> None:
    """Make the speakers stage raise on any work whose text holds BOOM; others run as usual."""
    import ficlens.pipeline

    real = ficlens.pipeline.run_stages
    fail = raising_in("ficlens.speakers", IndexError("list index out of range"))

    def run_stages(work: Any, options: Any) -> Any:
        if "BOOM" in work.text:
            fail(work)
        return real(work, options)

    monkeypatch.setattr(ficlens.pipeline, "run_stages", run_stages)
