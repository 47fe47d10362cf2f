import os
import stat

import pytest

from ficlens.export.atomic import atomic_write


def test_writes_whole_file_with_usual_permissions(tmp_path):
    out = tmp_path / "sub" / "report.json"
    atomic_write(out, "héllo")
    assert out.read_text(encoding="utf-8") == "héllo"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in out.parent.iterdir()] == ["report.json"]


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("old")
    with pytest.raises(TypeError):
        atomic_write(out, 12345)  # neither str nor bytes: the write fails after the temp file exists
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
