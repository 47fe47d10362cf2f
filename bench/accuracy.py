"""Accuracy benchmark with the fair scorer, one block of rows per gold set and split.

    .venv/bin/python bench/accuracy.py            # LitBank, SE gold dev, samples, held-out set A
    .venv/bin/python bench/accuracy.py --test     # also SE gold test and held-out set B
    .venv/bin/python bench/accuracy.py --json     # one JSON object per run instead
    .venv/bin/python bench/accuracy.py --cast     # also each gold speaker missed, split or merged
    .venv/bin/python bench/accuracy.py --scorer rules,learned --sets se-dev,fanfic-dev
                                   # each row once per speaker scorer (Options.speaker_scorer), only these sets
    .venv/bin/python bench/accuracy.py --types    # also speaker accuracy per gold quote type, per part

Gold sets (the split is bench/gold/splits.json, by book):
- litbank: all 100 LitBank excerpts. The rules were tuned on them: a dev figure.
- se-dev / se-test: the Standard Ebooks excerpt gold (bench/gold/se); test only with
  --test, so that nobody looks at it by accident (look once, to report).
- samples (dev), heldout-A (dev; read and tuned on), heldout-B (test, behind --test).
- fanfic-dev / fanfic-test: the original fan fiction of bench/fanfic (test behind --test).
- fanfic-train / se-train: the train splits, only when `--sets` names them: for studying
  errors, never reported.

Each set runs end to end and with `--gold-characters`. Speaker figures are the fair
ones (a predicted character stands for one gold character), per quotation (`spk/q`, a
quotation interrupted by a tag is one) and per part (`spk/p`); `lenient q/p` is the old
rule (a merge right for everyone it merges), an extra, never the headline. Then per set
and mode: gold speakers found / split / merged, alias precision / recall, relationship
tags P / R (gold with tags); B3 on LitBank's PER coreference for today's rules; the
effect of handing the gold characters' pronouns to the pipeline; and the annotators'
agreement when bench/gold/labels holds an excerpt labelled twice.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ficlens.eval import GoldError, GoldWork, Report, WorkScore, iter_gold, score
from ficlens.eval.coref import B3, b3, read_chains
from ficlens.eval.splits import Splits
from ficlens.model import Work
from ficlens.pipeline import Options

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
LITBANK = DATA / "litbank"
SE = ROOT / "bench" / "gold" / "se"
SAMPLES = ROOT / "src" / "ficlens" / "samples"
HELDOUT = ROOT / "bench" / "heldout"
FANFIC = ROOT / "bench" / "fanfic"
# (row name, gold path, split or None for all, shown only with --test, label)
SETS = [
    ("litbank", LITBANK / "quotes.jsonl", None, False, "all; tuned on: dev"),
    ("se-dev", SE, "dev", False, "dev"),
    ("se-test", SE, "test", True, "test"),
    ("samples", SAMPLES, "dev", False, "dev"),
    ("heldout-A", HELDOUT, "dev", False, "dev"),
    ("heldout-B", HELDOUT, "test", True, "test"),
    ("fanfic-dev", FANFIC, "dev", False, "dev"),
    ("fanfic-test", FANFIC, "test", True, "test"),
    ("fanfic-train", FANFIC, "train", False, "train"),
    ("se-train", SE, "train", False, "train"),
]
# Rows run only when --sets names them: the fan-fiction train split is for studying
# errors and fitting, never a figure to report.
OPT_IN = {"fanfic-train", "se-train"}
MODES = (("end to end", False), ("gold chars", True))
_PRON = {"he": "he", "him": "he", "his": "he", "himself": "he", "she": "she", "her": "she", "hers": "she", "herself": "she"}


def _f(x: float | None) -> str:
    return "   –  " if x is None else f"{x:6.3f}"


@dataclass
class Extra:
    """What `inspect` gathers beyond the report: B3 over LitBank's PER chains."""

    chains: dict[str, Any] = field(default_factory=dict)
    all_mentions: B3 = field(default_factory=B3)
    names: B3 = field(default_factory=B3)

    def __call__(self, gold: GoldWork, work: Work, _: WorkScore) -> None:
        if gold.id in self.chains:
            self.all_mentions.add(b3(self.chains[gold.id], work))
            self.names.add(b3(self.chains[gold.id], work, frozenset({"PROP"})))


def _has_gold(path: Path) -> bool:
    return path.is_file() or (path.is_dir() and any(path.glob("*.gold.json")))


def _row(name: str, label: str, mode: str, r: Report) -> str:
    t = r.total
    wps = r.words_per_second or 0
    thoughts = f"{t.thought_correct}/{t.thoughts_with_thinker}" if t.thoughts else "–"
    return (
        f"{name + ' (' + label + ')':27} {mode:10} {t.quotations:5d} {t.speech:5d} {_f(t.precision)} {_f(t.recall)} "
        f"{_f(t.quotation_accuracy)} {_f(t.speaker_accuracy)} {_f(t.quotation_accuracy_lenient)}/{_f(t.speaker_accuracy_lenient).strip():5} "
        f"{_f(t.speaker_accuracy_detected)} {thoughts:>7} {_f(t.addressee_accuracy)} {wps:9,.0f}"
    )


def _types(r: Report) -> str:
    """Per part, by gold quote type (explicit / anaphoric / implicit ...): right of gold."""
    kinds = sorted(r.total.by_type.items())
    return "    by type: " + "; ".join(f"{k} {_f(t.accuracy).strip()} ({t.correct}/{t.gold})" for k, t in kinds)


def _cast(name: str, mode: str, r: Report) -> str:
    t = r.total
    line = (
        f"  {name:12} {mode:10} gold speakers {t.gold_speakers}: found {t.speakers_found}, split {t.speakers_split}, "
        f"merged {t.speakers_merged}; predicted characters {t.predicted_characters}, merging 2+ speakers {t.merged_predicted}; "
        f"aliases P {_f(t.alias_precision).strip()} R {_f(t.alias_recall).strip()}"
    )
    if t.tags_gold:
        line += f"; tags P {_f(t.tag_precision).strip()} R {_f(t.tag_recall).strip()} (kind right {t.tags_kind_right}/{t.tags_matched})"
    return line


def _cast_detail(name: str, mode: str, r: Report) -> list[str]:
    """One line per gold speaker that is not found, split or merged."""
    out = []
    for w in r.works:
        for c in w.characters:
            what = [] if c["found"] else ["not found"]
            if len(c["predicted"]) > 1:
                what.append("split into " + " / ".join(c["predicted"]))
            if c["merged_with"]:
                what.append("merged with " + ", ".join(c["merged_with"]))
            if what:
                out.append(f"    {name} {mode} {w.id}: {c['gold']}: {'; '.join(what)}")
    return out


def _variant(path: Path, change: Any, split: str | None = None) -> Path:
    """A copy of a gold set (only its works in `split`, when given) as one JSONL file in
    a temporary folder, each work changed by `change(data)`, text files made absolute so
    that they still resolve."""
    out = Path(tempfile.mkdtemp(prefix="ficlens-acc-")) / f"{path.stem}.jsonl"
    files = sorted(path.glob("*.gold.json")) if path.is_dir() else [path]
    if split is not None:
        splits = Splits(ROOT / "bench" / "gold" / "splits.json")
        files = [f for f in files if all(splits.of(g) == split for g in iter_gold(f))]
    lines = []
    for f in files:
        works = [json.loads(f.read_text(encoding="utf-8"))] if f.suffix == ".json" else [
            json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()
        ]
        for w in works:
            if "text_file" in w:
                w["text_file"] = str((f.parent / w["text_file"]).resolve())
            lines.append(json.dumps(change(w), ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _no_pronouns(w: dict[str, Any]) -> dict[str, Any]:
    for c in w.get("characters", []):
        c.pop("pronouns", None)
        c.pop("gender", None)
    return w


def _litbank_pronouns() -> Any:
    """Each LitBank speaker's pronouns, by the majority of its chain's he / she mentions."""
    raw: dict[str, dict[str, str]] = {}
    for line in (LITBANK / "characters.jsonl").read_text(encoding="utf-8").splitlines():
        book = json.loads(line)
        for c in book["characters"]:
            votes = Counter(_PRON[m["text"].lower()] for m in c["mentions"] if m["kind"] == "PRON" and m["text"].lower() in _PRON)
            if votes:
                raw.setdefault(book["id"], {})[c["chain"]] = votes.most_common(1)[0][0]

    def change(w: dict[str, Any]) -> dict[str, Any]:
        for c in w.get("characters", []):
            if c["id"] in raw.get(w["id"], {}):
                c["pronouns"] = raw[w["id"]][c["id"]]
        return w

    return change


def _pronoun_effect(as_json: bool) -> None:
    """Gold characters with and without their pronouns (issue 11.5: the adapter passes them)."""
    runs: list[tuple[str, Path, str | None, Any, str]] = []
    if (LITBANK / "characters.jsonl").is_file():
        runs.append(("litbank", LITBANK / "quotes.jsonl", None, _litbank_pronouns(), "+ pronouns from LitBank coref"))
    runs += [(n, p, "dev", _no_pronouns, "- pronouns removed") for n, p in (("samples", SAMPLES), ("heldout-A", HELDOUT)) if _has_gold(p)]
    for name, path, split, change, what in runs:
        base = score(path, gold_characters=True, split=split).total
        other = score(_variant(path, change, split), gold_characters=True).total
        if as_json:
            print(json.dumps({"pronoun_effect": name, "change": what, "base": base.to_dict(), "changed": other.to_dict()}))
        else:
            print(f"  {name:12} gold chars as given spk/q {_f(base.quotation_accuracy)} spk/p {_f(base.speaker_accuracy)}; "
                  f"{what}: spk/q {_f(other.quotation_accuracy)} spk/p {_f(other.speaker_accuracy)}")


def _agreement() -> None:
    labels = ROOT / "bench" / "gold" / "labels"
    excerpts = Counter(f.name.split("__")[0] for f in labels.glob("*__*.txt"))
    if not any(n >= 2 for n in excerpts.values()):
        print("annotator agreement: no excerpt labelled by two annotators yet")
        return
    print("annotator agreement (bench/gold/annotate.py agreement):")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "gold" / "annotate.py"), "agreement"], capture_output=True, text=True, check=False)
    print("\n".join("  " + ln for ln in (done.stdout + done.stderr).strip().splitlines()))


def _listed(argv: list[str], flag: str, default: list[str]) -> list[str]:
    """The comma-separated values after `flag` (`--scorer rules,learned`), or `default`."""
    if flag not in argv or argv.index(flag) + 1 >= len(argv):
        return default
    return [v for v in argv[argv.index(flag) + 1].split(",") if v]


def main(argv: list[str]) -> int:
    as_json, show_test, detail = "--json" in argv, "--test" in argv, "--cast" in argv
    by_type = "--types" in argv
    scorers = _listed(argv, "--scorer", ["rules"])
    wanted = set(_listed(argv, "--sets", [n for n, *_ in SETS if n not in OPT_IN]))
    unknown = [s for s in scorers if s not in ("rules", "learned", "calibrated")]
    if unknown or wanted - {n for n, *_ in SETS}:
        print(f"--scorer takes rules, learned, calibrated; --sets takes {', '.join(n for n, *_ in SETS)}", file=sys.stderr)
        return 2
    chains = read_chains(LITBANK / "characters.jsonl") if (LITBANK / "characters.jsonl").is_file() else {}
    if not as_json:
        print(f"{'gold (split)':27} {'mode':10} {'quot':>5} {'parts':>5} {'P':>6} {'R':>6} {'spk/q':>6} {'spk/p':>6} "
              f"{'lenient q/p':>13} {'spk|det':>6} {'thought':>7} {'addr':>6} {'words/s':>9}")
    casts: list[str] = []
    coref: list[str] = []
    failed_works = 0
    for name, path, split, needs_test, label in SETS:
        if name not in wanted:
            continue
        if needs_test and not show_test:
            casts.append(f"  {name:12} not shown: test split, run with --test to report it")
            continue
        if not _has_gold(path):
            print(f"{name}: skipped, no gold at {path}", file=sys.stderr)
            continue
        for (mode, gold_characters), scorer in ((m, s) for m in MODES for s in scorers):
            extra = Extra(chains if name == "litbank" and scorer == scorers[0] else {})
            try:
                report = score(path, Options(speaker_scorer=scorer), gold_characters=gold_characters, split=split, inspect=extra)
            except GoldError as e:
                print(f"{name}: {e}", file=sys.stderr)
                return 1
            for failure in report.failures:  # a work whose analysis raised is not in the row: say so
                print(f"{name} ({mode}, {scorer}): NOT SCORED: {failure}", file=sys.stderr)
            failed_works += len(report.failures)
            if not report.works:
                print(f"{name}: no gold works in split {split}", file=sys.stderr)
                break
            if as_json:
                print(json.dumps({"gold": name, "split": label, "mode": mode, "scorer": scorer, **report.to_dict(),
                                  "b3": {"all": _b3(extra.all_mentions), "names": _b3(extra.names)} if extra.chains else None}))
                continue
            shown = mode if len(scorers) == 1 else f"{mode[:3]} {scorer[:6]}"
            print(_row(name, label, shown, report))
            if by_type:
                print(_types(report))
            casts.append(_cast(name, shown, report))
            if detail:
                casts += _cast_detail(name, mode, report)
            if extra.chains:
                coref.append(_b3_line(mode, extra))
    if not as_json:
        print("\ncharacters (fair mapping):")
        print("\n".join(casts))
        if coref:
            print("\nB3 on LitBank PER coreference (today's rules; over gold mentions, singletons kept):")
            print("\n".join(coref))
    if failed_works:
        print(f"{failed_works} work(s) not scored: their rows leave them out (see NOT SCORED above)", file=sys.stderr)
    status = 1 if failed_works else 0
    if "--sets" in argv:  # a chosen few rows: the whole-corpus extras below are not asked for
        return status
    if not as_json:
        print("\ngold characters' pronouns handed to the pipeline, and without:")
    _pronoun_effect(as_json)
    if not as_json:
        _agreement()
    return status


def _b3(x: B3) -> dict[str, Any]:
    return {"mentions": x.mentions, "linked": x.linked, "precision": x.precision, "recall": x.recall, "f1": x.f1}


def _b3_line(mode: str, extra: Extra) -> str:
    a, n = extra.all_mentions, extra.names
    return (f"  {mode:10} all PER mentions ({a.mentions}, {a.linked} linked): P {_f(a.precision)} R {_f(a.recall)} F1 {_f(a.f1)}; "
            f"names only ({n.mentions}, {n.linked} linked): P {_f(n.precision)} R {_f(n.recall)} F1 {_f(n.f1)}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
