""""The Brass Owl" is written after "the" more often than it speaks, yet two speech tags
name it: it is a character, not a thing (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

TOWER = """
Polly climbed the stair to the tower, where the Brass Owl sat upon its perch. She had heard of the Brass Owl from her grandmother; everyone in the valley spoke of the Brass Owl, and they left bread for the Brass Owl at the foot of the tower. Songs were sung about the Brass Owl, and children dared each other to knock on the door of the Brass Owl. Nobody had seen the Brass Owl for a hundred years, and the miller swore that the Brass Owl was only a story.

"Who climbs my stair?" said the Brass Owl.

"Only Polly," she said.

"Then sit, Polly," said the Brass Owl, "and hear a riddle."
"""


def test_a_name_two_tags_make_speak_is_a_character():
    work = analyze(TOWER, Options())
    assert speaker_of(work, "Who climbs") == "Brass Owl"
