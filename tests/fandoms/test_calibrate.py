"""The pack detector's calibration: renaming a novel's cast, and the logistic fit."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from ficlens.fandoms import get_pack
from ficlens.fandoms.calibrate import as_fan_fiction, everyday_in, fit

NOVEL = (
    "Martha walked down to the harbour with Silas. \"Will it hold?\" Martha asked.\n\n"
    "Silas shook his head. Martha sighed, and Silas looked at the boats. Then Edmund came."
)


def test_renaming_puts_a_packs_cast_in_place_of_the_most_frequent_names():
    pack = get_pack("the100")
    renamed = as_fan_fiction(NOVEL, pack, random.Random(3))
    assert "Martha" not in renamed and "Silas" not in renamed
    forms = {f for c in pack.characters for f in [c.name, *c.aliases]}
    assert any(f in renamed for f in forms)


def test_fit_separates_what_can_be_separated():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 2))
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(float)
    w, b = fit(x, y)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    assert ((p >= 0.5) == (y == 1)).mean() > 0.97


def test_a_pack_name_in_many_books_is_everyday(tmp_path: Path):
    books = []
    for i in range(25):  # Castiel in 1 book of 25 (4%), Diana in all
        book = tmp_path / f"b{i}.txt"
        book.write_text("Diana came home." + (" Castiel waited." if i == 0 else ""), encoding="utf-8")
        books.append(book)
    found = everyday_in(books)
    assert "Diana" in found and "Castiel" not in found
