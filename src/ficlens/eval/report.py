"""Rich tables for an evaluation `Report`."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from ficlens.eval import Report
from ficlens.eval.score import Counts

__all__ = ["print_report"]


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def print_report(report: Report, console: Console, per_work: bool = False) -> None:
    t = report.total
    mode = "gold characters" if report.gold_characters else "end to end"
    summary = Table(title=f"{Path(report.gold).name} ({mode})", show_header=False)
    summary.add_column("metric")
    summary.add_column("value", justify="right")
    wps = report.words_per_second
    rows = [
        ("works", str(len(report.works))),
        ("words", f"{report.words:,}"),
        ("words/s (analyze)", "–" if wps is None else f"{wps:,.0f}"),
        ("gold quotes", str(t.gold)),
        ("predicted quotes", str(t.predicted)),
        ("matched", str(t.matched)),
        ("quote precision", _pct(t.precision)),
        ("quote recall", _pct(t.recall)),
        ("quote F1", _pct(t.f1)),
        ("speaker accuracy, per quotation", f"{_pct(t.quotation_accuracy)}  ({t.quotation_correct}/{t.quotations})"),
        ("speaker accuracy, per part", f"{_pct(t.speaker_accuracy)}  ({t.speaker_correct}/{t.speech})"),
        ("speaker accuracy, detected parts", f"{_pct(t.speaker_accuracy_detected)}  ({t.speaker_correct}/{t.speech_matched})"),
        ("lenient (a merge right for all)", f"{_pct(t.quotation_accuracy_lenient)} / {_pct(t.speaker_accuracy_lenient)}  (quotation / part)"),
    ]
    if t.thoughts:
        rows.append(("thoughts: detected, thinker right", f"{t.thoughts_matched}/{t.thoughts}, {_pct(t.thought_accuracy)}  ({t.thought_correct}/{t.thoughts_with_thinker})"))
    if t.gold_speakers:
        rows.append(("gold speakers found / split / merged", f"{t.speakers_found}/{t.gold_speakers} / {t.speakers_split} / {t.speakers_merged}"))
        rows.append(("predicted characters / merging 2+", f"{t.predicted_characters}, {t.merged_predicted}"))
        rows.append(("alias precision / recall", f"{_pct(t.alias_precision)} / {_pct(t.alias_recall)}"))
    if t.tags_gold:
        rows.append(("relationship tags P / R, kind right", f"{_pct(t.tag_precision)} / {_pct(t.tag_recall)}, {t.tags_kind_right}/{t.tags_matched}"))
    if t.addressee_gold:
        rows.append(("addressee accuracy", f"{_pct(t.addressee_accuracy)}  ({t.addressee_correct}/{t.addressee_gold})"))
    for r in rows:
        summary.add_row(*r)
    console.print(summary)
    if len(t.by_type) > 1 or any(k != "(untyped)" for k in t.by_type):
        console.print(_by_type(t))
    if per_work:
        console.print(_per_work(report))


def _by_type(t: Counts) -> Table:
    table = Table(title="by quote type")
    for col in ("type", "gold", "detected", "correct", "accuracy", "acc. detected"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for name, tc in sorted(t.by_type.items()):
        table.add_row(name, str(tc.gold), str(tc.matched), str(tc.correct), _pct(tc.accuracy), _pct(tc.accuracy_detected))
    return table


def _per_work(report: Report) -> Table:
    table = Table(title="per work")
    for col in ("work", "words", "gold", "pred", "P", "R", "spk/quotation", "spk/part", "merged"):
        table.add_column(col, justify="left" if col == "work" else "right")
    for w in report.works:
        c = w.counts
        table.add_row(
            w.id, str(w.words), str(c.gold), str(c.predicted), _pct(c.precision), _pct(c.recall),
            _pct(c.quotation_accuracy), _pct(c.speaker_accuracy), str(c.speakers_merged),
        )
    return table
