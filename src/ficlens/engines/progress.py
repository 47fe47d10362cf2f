"""A Rich progress bar for indexing, on stderr: works/s, words/s and time left."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichBar
from rich.text import Text

from ficlens.engines.indexer import Progress
from ficlens.engines.task import Result


class _Rates(ProgressColumn):
    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if elapsed <= 0:
            return Text("")
        words = task.fields.get("words", 0)
        return Text(f"{task.completed / elapsed:,.1f} works/s  {words / elapsed:,.0f} words/s", style="cyan")


class RichProgress(Progress):
    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True, soft_wrap=True)
        self.bar = RichBar(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _Rates(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.task: TaskID | None = None
        self.words = 0

    def hashing(self, files: list[Path]) -> Iterable[Path]:
        if len(files) < 1000:  # instant: a bar would only flicker
            return files
        from rich.progress import track

        return track(files, description="hashing", console=self.console, transient=True)

    def start(self, total: int) -> None:
        if not total:  # nothing new: no empty bar
            return
        self.bar.start()
        self.task = self.bar.add_task("indexing", total=total, words=0)

    def advance(self, result: Result) -> None:
        if self.task is None:
            return
        self.words += result.words
        self.bar.update(self.task, advance=1, words=self.words)

    def stop(self) -> None:
        self.bar.stop()
