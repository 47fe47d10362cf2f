"""Narrative + relations stay linear and cheap: a quadratic loop would blow this budget."""

import time

from story_builder import build

from ficlens.narrative import analyze_narrative
from ficlens.relations import find_relations

SCENE = (
    '"You are late again," Mira said, and Cato shrugged.\n\n'
    "She wondered whether he did it on purpose. He knew she hated waiting, and she knew he knew.\n\n"
    '"The tide was wrong," he said. "Ask Perpetua, she saw it."\n\n'
    "Perpetua, his sister, only laughed and took Mira's hand, and the three of them walked on.\n\n"
    "* * *\n\n"
)


def _seconds_per_word(copies: int) -> float:
    text = SCENE * copies
    work = build(text, {"c1": ("Mira", "she"), "c2": ("Cato", "he"), "c3": ("Perpetua", "she")},
                 [("c1", ["c2"]), ("c2", ["c1"]), ("c2", ["c1"])] * copies)
    t = time.perf_counter()
    analyze_narrative(work)
    find_relations(work)
    return (time.perf_counter() - t) / len(text.split())


def test_cost_per_word_does_not_grow_with_length():
    small = min(_seconds_per_word(100) for _ in range(2))
    large = min(_seconds_per_word(1600) for _ in range(2))  # about 100,000 words
    assert large < 20e-6, f"{large * 1e6:.1f} µs/word"
    assert large < 4 * small + 2e-6, (small, large)
