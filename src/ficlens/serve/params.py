"""Query-string parameters, checked: a bad one is a `BadParameter`, shown as a 400 page."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class BadParameter(Exception):
    """A parameter the user got wrong: `name` and a one-line reason."""

    def __init__(self, name: str, reason: str, status: int = 400) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
        self.status = status


class NotFound(Exception):
    """What the URL names is not in the corpus (a 404)."""


class Params:
    """The query string of one request: (name, value) pairs, read through checks."""

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        self.items = list(items)

    def allow(self, *names: str) -> None:
        for name, _ in self.items:
            if name not in names:
                allowed = ", ".join(names) or "none"
                raise BadParameter(name, f"unknown parameter (this page takes: {allowed})")

    def all(self, name: str) -> list[str]:
        return [v for n, v in self.items if n == name and v != ""]

    def text(self, name: str, max_length: int = 200, required: bool = False) -> str:
        values = self.all(name)
        if len(values) > 1:
            raise BadParameter(name, "given more than once")
        value = values[0].strip() if values else ""
        if required and not value:
            raise BadParameter(name, "required")
        if len(value) > max_length:
            raise BadParameter(name, f"longer than {max_length} characters")
        if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value):
            raise BadParameter(name, "holds control characters")
        return value

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        raw = self.text(name, max_length=12)
        if not raw:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise BadParameter(name, f"not a whole number: {raw!r}") from None
        if not low <= value <= high:
            raise BadParameter(name, f"must be between {low} and {high}")
        return value

    def choice(self, name: str, choices: Mapping[str, object] | Iterable[str], default: str | None) -> str | None:
        raw = self.text(name, max_length=40)
        if not raw:
            return default
        if raw not in choices:
            raise BadParameter(name, f"choose from {', '.join(choices)}")
        return raw
