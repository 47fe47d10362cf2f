"""`python -m ficlens.train` end to end on a tiny fixture, and the silver-label rewriting."""

from __future__ import annotations

import random
from pathlib import Path

from ficlens.pipeline import analyze
from ficlens.speakers.learned.features import NAMES
from ficlens.speakers.learned.scorer import load_weights
from ficlens.train.__main__ import main
from ficlens.train.silver import Edit, apply_edits, map_offset, mask_work

FIXTURE = Path(__file__).parent / "fixture"

STORY = """Ansel leaned on the gate of the mill.

“The river is high tonight,” said Brigid.

“Higher than last spring?” asked Ansel.

“Much higher,” Brigid said. “The lower field is gone.”
"""


def test_training_runs_on_the_fixture_and_writes_loadable_weights(tmp_path, capsys):
    out = tmp_path / "w.json"
    args = ["--books", str(FIXTURE), "--splits", str(FIXTURE / "splits.json"), "--per-book", "1", "--out", str(out)]
    rc = main(args + ["--no-litbank"])
    assert rc == 0
    w = load_weights(str(out))
    assert len(w.static) + len(w.history) == len(NAMES)
    report = capsys.readouterr().out
    assert "train: 2 books" in report and "dev (silver, 1 books" in report and "ECE" in report


def test_training_refuses_a_folder_without_train_books(tmp_path, capsys):
    rc = main(["--books", str(tmp_path), "--splits", str(FIXTURE / "splits.json"), "--out", str(tmp_path / "w.json")])
    assert rc == 2 and not (tmp_path / "w.json").exists()
    assert "no train-split books" in capsys.readouterr().err


def test_edits_and_offset_mapping():
    text = "abc, said X. def"
    edits = [Edit(3, 4, "."), Edit(4, 12, "")]
    assert apply_edits(text, edits) == "abc. def"
    assert map_offset(edits, 0) == 0 and map_offset(edits, 12) == 4


def test_masking_hides_the_name_and_keeps_the_label_on_the_same_line():
    work = analyze(STORY)
    masked, edits, labels = mask_work(work, random.Random(0), rate=1.0)
    brigid = next(c.id for c in work.characters if c.name == "Brigid")
    hidden = [s for s, (spk, mode) in labels.items() if mode != "kept"]
    assert hidden, "every named line is eligible at rate 1"
    for start in hidden:
        new = map_offset(edits, start)
        # the same quotation opens at the mapped offset
        assert masked[new : new + 8] == STORY[start : start + 8]
    # a hidden tag no longer names its speaker next to the line
    first = min(hidden)
    line_end = masked.index("\n", map_offset(edits, first))
    assert "Brigid" not in masked[map_offset(edits, first) : line_end]
    assert labels[first][0] == brigid


def test_gold_labels_map_gold_speakers_to_predicted_characters():
    from ficlens.eval.gold import GoldCharacter, GoldQuote, GoldWork
    from ficlens.train.gold_labels import fold_of, gold_silver

    start = STORY.index("“The river")
    end = STORY.index("”", start) + 1
    gold = GoldWork(
        "river",
        STORY,
        [GoldQuote(start, end, "g2")],
        [GoldCharacter("g1", ["Ansel"], "he"), GoldCharacter("g2", ["Brigid"], "she")],
    )
    for gold_characters in (True, False):
        s = gold_silver(gold, gold_characters)
        assert [lab.start for lab in s.labels] == [start]
        assert s.work.character(s.labels[0].speaker).name == "Brigid"
    assert fold_of("river") == fold_of("river") and 0 <= fold_of("river") < 5
    assert len({fold_of(f"book{i}") for i in range(50)}) == 5  # every fold gets books


FANFIC = """Pell kicked the snow off her boots. "You left the stove on," she said.

"Did not," said Otto.

"Then who made the soup?"

"The soup made itself," Otto said.
"""


def test_only_train_split_fan_fiction_is_read_and_labelled(tmp_path):
    import json

    from ficlens.train.__main__ import _fanfic_gold

    (tmp_path / "bench" / "gold").mkdir(parents=True)
    (tmp_path / "bench" / "gold" / "splits.json").write_text(
        json.dumps({"fanfic": {"bench/ff/snow": "train", "bench/ff/other": "dev"}}), encoding="utf-8")
    ff = tmp_path / "bench" / "ff"
    ff.mkdir()
    (ff / "snow.txt").write_text(FANFIC, encoding="utf-8")
    spans = [FANFIC.index(s) for s in ('"You left', '"Did not', '"Then who', '"The soup')]
    ends = [FANFIC.index('"', s + 1) + 1 for s in spans]
    who = ["c1", "c2", "c1", "c2"]
    gold = {"id": "snow", "text_file": "snow.txt",
            "characters": [{"id": "c1", "names": ["Pell"], "pronouns": "she"}, {"id": "c2", "names": ["Otto"], "pronouns": "he"}],
            "quotes": [{"start": s, "end": e, "speaker": w, "type": "explicit"} for s, e, w in zip(spans, ends, who)]}
    (ff / "snow.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (ff / "other.gold.json").write_text("not json: a dev story must never be opened", encoding="utf-8")
    got = _fanfic_gold([ff], tmp_path / "bench" / "gold" / "splits.json", "train")
    assert [g.id for g, _ in got] == ["snow"]
    gold_chars, end_to_end = got[0][1]
    assert len(gold_chars.labels) == 4
    # end to end, a line is labelled only where a predicted character stands for its speaker
    ids = {c.id for c in end_to_end.work.characters}
    assert end_to_end.labels and all(lab.speaker in ids for lab in end_to_end.labels)


def test_a_train_story_listed_in_the_split_file_is_read_wherever_it_lies(tmp_path):
    """A new train story (a writer's trc_/trd_ batch) needs only its splits.json line:
    no folder has to be named to the training script."""
    import json

    from ficlens.train.__main__ import _fanfic_gold

    (tmp_path / "bench" / "gold").mkdir(parents=True)
    for folder in ("bench/new", "bench/batch"):
        (tmp_path / folder).mkdir(parents=True)
    spans = [FANFIC.index(s) for s in ('"You left', '"Did not')]
    gold = {"id": "snow", "text_file": "snow.txt",
            "characters": [{"id": "c1", "names": ["Pell"], "pronouns": "she"}, {"id": "c2", "names": ["Otto"], "pronouns": "he"}],
            "quotes": [{"start": s, "end": FANFIC.index('"', s + 1) + 1, "speaker": w, "type": "explicit"} for s, w in zip(spans, ["c1", "c2"], strict=True)]}
    for folder, stem in (("bench/new", "trc_snow"), ("bench/batch", "trd_snow"), ("bench/batch", "dev_snow")):
        (tmp_path / folder / f"{stem}.txt").write_text(FANFIC, encoding="utf-8")
        (tmp_path / folder / f"{stem}.gold.json").write_text(json.dumps(dict(gold, id=stem, text_file=f"{stem}.txt")), encoding="utf-8")
    splits = {"fanfic": {"bench/new/trc_snow": "train", "bench/batch": "train", "bench/batch/dev_snow": "dev"}}
    (tmp_path / "bench" / "gold" / "splits.json").write_text(json.dumps(splits), encoding="utf-8")
    got = _fanfic_gold(None, tmp_path / "bench" / "gold" / "splits.json", "train")
    # a story by its own line, a folder's story by the folder's line; the dev story inside that folder stays out
    assert sorted(g.id for g, _ in got) == ["trc_snow", "trd_snow"]
    # a folder named again on the command line adds no story twice
    again = _fanfic_gold([tmp_path / "bench" / "batch"], tmp_path / "bench" / "gold" / "splits.json", "train")
    assert sorted(g.id for g, _ in again) == ["trc_snow", "trd_snow"]
