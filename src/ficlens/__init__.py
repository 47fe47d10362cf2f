"""ficlens: read fan fiction and tell what is in it.

The public names are imported on first use (PEP 562 `__getattr__`): `import ficlens`
alone, as every `ficlens` command does, must not load the whole analysis pipeline
(`ficlens serve` and `ficlens --help` never run it, and it takes most of a second).
`from ficlens import analyze, Work` works as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the lazy names are, for type checkers and editors
    from ficlens.batch import Outcome, analyze_paths
    from ficlens.failures import Failure
    from ficlens.model import (
        Chapter,
        Character,
        Mention,
        Paragraph,
        Quote,
        Relationship,
        Segment,
        Span,
        Work,
    )
    from ficlens.pipeline import Options, analyze
    from ficlens.read import ReadError, read

# public name -> the module that defines it
_HOMES = {
    "Outcome": "ficlens.batch",
    "analyze_paths": "ficlens.batch",
    "Failure": "ficlens.failures",
    "Chapter": "ficlens.model",
    "Character": "ficlens.model",
    "Mention": "ficlens.model",
    "Paragraph": "ficlens.model",
    "Quote": "ficlens.model",
    "Relationship": "ficlens.model",
    "Segment": "ficlens.model",
    "Span": "ficlens.model",
    "Work": "ficlens.model",
    "Options": "ficlens.pipeline",
    "analyze": "ficlens.pipeline",
    "ReadError": "ficlens.read",
    "read": "ficlens.read",
}

__all__ = [
    "Chapter",
    "Character",
    "Failure",
    "Mention",
    "Options",
    "Outcome",
    "Paragraph",
    "Quote",
    "ReadError",
    "Relationship",
    "Segment",
    "Span",
    "Work",
    "analyze",
    "analyze_paths",
    "read",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'ficlens' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
