"""Indexing: every file stored once, bad files recorded, re-runs change nothing."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ficlens.engines import index
from ficlens.read import read


def _count(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_every_good_work_is_stored_once_and_bad_files_land_in_errors(clean_run):
    clean_db = clean_run()
    works = _count(clean_db, "SELECT count(*), count(DISTINCT path) FROM works")[0]
    assert works == (60, 60)
    errors = dict(_count(clean_db, "SELECT regexp_extract(path, '[^/]+$'), reason FROM errors"))
    assert set(errors) == {"empty.txt", "picture.txt", "broken.epub", "gone.txt"}
    assert all(reason and "\n" not in reason for reason in errors.values())
    assert "cannot read" in errors["gone.txt"]
    # a readable bad file keeps its hash, so an unchanged bad file is not retried
    assert _count(clean_db, "SELECT count(*) FROM errors WHERE sha256 IS NOT NULL")[0][0] == 3
    # each work's rows are all there: quotes and characters for every stored work
    assert _count(clean_db, "SELECT count(*) FROM works w WHERE NOT EXISTS (SELECT 1 FROM characters c WHERE c.work_id = w.work_id)")[0][0] == 0
    assert _count(clean_db, "SELECT count(*) FROM quotes q WHERE q.work_id NOT IN (SELECT work_id FROM works)")[0][0] == 0


def test_rerun_skips_everything_and_changes_nothing(small_corpus, clean_run, tmp_path, snapshot):
    db = tmp_path / "corpus.duckdb"
    first = index(small_corpus, db, workers=0, batch_size=7)
    before = snapshot(db)
    again = index(small_corpus, db, workers=0)
    assert first.stored == 60 and first.failed == 4
    assert again.stored == 0 and again.skipped == 63  # the unreadable file has no hash: tried again
    assert snapshot(db) == before
    # in-process and two worker processes, different batch sizes: the same database
    assert before == snapshot(clean_run())


def test_same_content_under_two_names_is_one_work(tmp_path, small_corpus):
    folder = tmp_path / "dupes"
    folder.mkdir()
    text = next(small_corpus[0].glob("work_*.txt")).read_bytes()
    (folder / "a.txt").write_bytes(text)
    (folder / "b.txt").write_bytes(text)
    db = tmp_path / "c.duckdb"
    report = index([folder], db, workers=0)
    assert report.stored == 1 and report.skipped == 1
    assert _count(db, "SELECT path FROM works")[0][0].endswith("a.txt")  # first in walk order


def test_an_analysis_crash_is_that_files_error_not_the_runs(tmp_path, monkeypatch, small_corpus):
    import ficlens.pipeline

    real = ficlens.pipeline.run_stages

    def flaky(work, options):
        if "BOOM" in work.text:
            raise ValueError("stage exploded")
        return real(work, options)

    monkeypatch.setattr(ficlens.pipeline, "run_stages", flaky)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text('"Hello," said Mara.\n\n"Hi," Orrin said.\n')
    (folder / "boom.txt").write_text('"BOOM," said Mara.\n')
    db = tmp_path / "c.duckdb"
    report = index([folder], db, workers=0)
    assert report.stored == 1 and report.failed == 1
    (reason,) = _count(db, "SELECT reason FROM errors")[0]
    assert reason.startswith("analysis failed: ValueError: stage exploded")


def test_a_file_that_reads_later_leaves_the_errors_table(tmp_path):
    target = tmp_path / "later.txt"
    link = tmp_path / "story.txt"
    link.symlink_to(target)
    db = tmp_path / "c.duckdb"
    assert index([link], db, workers=0).failed == 1
    target.write_text('"Now I exist," said Mara.\n')
    report = index([link], db, workers=0)
    assert report.stored == 1
    assert _count(db, "SELECT count(*) FROM errors")[0][0] == 0


def test_an_ao3_download_keeps_its_metadata_and_author_tags(tmp_path):
    fixture = Path(__file__).parents[1] / "fixtures" / "read" / "ao3_single.html"
    if not fixture.exists():
        pytest.skip("needs the reader's AO3 fixture")
    meta = read(fixture).meta
    db = tmp_path / "c.duckdb"
    assert index([fixture], db, workers=0).stored == 1
    row = _count(db, "SELECT format, title, authors, fandoms, rating, relationship_tags, character_tags, freeform_tags FROM works")[0]
    assert row == (
        "ao3_html",
        meta.title,
        meta.authors,
        meta.fandoms,
        meta.rating,
        meta.tags["relationship"],
        meta.tags["character"],
        meta.tags["freeform"],
    )
    assert meta.title and meta.tags["relationship"]  # the fixture is a tagged AO3 work
