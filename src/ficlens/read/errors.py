"""The one error readers raise: it names the file and the reason on one line."""

from __future__ import annotations


class ReadError(Exception):
    def __init__(self, path: str | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)
