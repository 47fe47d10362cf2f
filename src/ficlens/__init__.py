"""ficlens: read fan fiction and tell what is in it."""

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
