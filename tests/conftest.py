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


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium (driven by Playwright) for the session's browser tests:
    the HTML report's and the web app's. Skips with the reason when either is missing."""
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs Playwright for Python")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()
