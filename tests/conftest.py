"""Shared pytest fixtures for ficlens.

`shared_data` points at the data folder that sits beside the repository
(`../shared/data`). It holds third-party material (real AO3 downloads, LitBank)
that is never committed, so tests using it skip in a fresh clone.
"""

from pathlib import Path

import pytest

SHARED_DATA = (Path(__file__).parents[1] / ".." / "shared" / "data").resolve()


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("needs ../shared/data (not in a fresh clone)")
    return SHARED_DATA
