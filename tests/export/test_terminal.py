"""The terminal summary cuts a long alias list between aliases, with an ellipsis."""

from __future__ import annotations

from rich.console import Console

import ficlens
from ficlens.export.terminal import aliases_cell, print_summary

STORY = 'Wren opened the gate. "It sings," Wren said.\n\nTomas laughed. "Only for you, Wren."\n'
# joined, these run past 60 characters inside "Little Bird": the old cut left "Little Bi"
ALIASES = ["the Keeper of the Northern Gate", "Wrenna Alderwood", "Little Bird"]


def test_aliases_are_cut_between_aliases_never_mid_word():
    cell = aliases_cell(ALIASES, width=60)
    assert cell == "the Keeper of the Northern Gate, Wrenna Alderwood, …"
    shown = cell.removesuffix(", …").split(", ")
    assert cell.endswith("…") and len(cell) <= 60
    assert all(a in ALIASES for a in shown)  # whole aliases only
    assert aliases_cell(["Ron", "Ronald"]) == "Ron, Ronald"  # nothing cut: no ellipsis
    one = aliases_cell(["the Keeper of the Northern Gate of the Old Marsh Road"], width=30)
    assert one.endswith("…") and one.removesuffix("…") in "the Keeper of the Northern Gate"
    assert one.removesuffix("…").split()[-1] in {"the", "Keeper", "of", "Northern", "Gate"}


def test_the_summary_table_shows_whole_aliases():
    work = ficlens.analyze(STORY)
    wren = next(c for c in work.characters if c.name == "Wren")
    wren.aliases = list(ALIASES)
    console = Console(record=True, width=300)
    print_summary(work, console)
    text = console.export_text()
    row = next(line for line in text.splitlines() if "Keeper" in line)
    assert "the Keeper of the Northern Gate, Wrenna Alderwood, …" in row
    assert "Little Bi" not in row
