""""The old gentleman" is the one man on stage the narration calls "old Hobb", not the
more salient younger man (original passage)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

ORCHARD = """
Mr. Tobias Quill walked up the orchard beside old Hobb, who carried the ladder.

"We shall have a good crop this year," said Hobb, setting the ladder against the wall.

Mr. Quill looked up at the branches. Mr. Quill frowned, and Mr. Quill rubbed his chin, and at last he shook his head.

"Too many blossoms blown off in the gale," said the old gentleman. "But we shall see."
"""


def test_the_old_gentleman_is_the_man_called_old_by_name():
    work = analyze(ORCHARD, Options())
    assert speaker_of(work, "Too many blossoms") == "Hobb"
