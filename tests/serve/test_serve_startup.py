"""`ficlens serve` starts without the analysis pipeline: it only reads a database, and
importing the pipeline would be most of its start-up time (issue 13: start in < 1 s).

Each check runs in a fresh interpreter and looks at `sys.modules` there: a behaviour
test (what gets loaded), not a timing test (timings live in bench/serve.py).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import ficlens

# The analysis stages and what drives them: none is needed to serve or to print --help.
PIPELINE = (
    "ficlens.pipeline", "ficlens.batch", "ficlens.engines", "ficlens.segment", "ficlens.quotes",
    "ficlens.characters", "ficlens.speakers", "ficlens.narrative", "ficlens.relations",
    "ficlens.fandoms", "ficlens.export", "numpy", "networkx", "lxml", "pyarrow",
)

# Stands in for uvicorn.run: prints every module the command loaded, then returns (as
# the server does when it is stopped), so the command runs exactly as a user's does.
SERVE_PROBE = """
import json, sys
import uvicorn
uvicorn.run = lambda app, **kw: print(json.dumps(sorted(sys.modules)))
from ficlens.cli import main
sys.argv = ["ficlens", "serve", sys.argv[1], "--port", "8999"]
main()
"""
HELP_PROBE = """
import json, sys
from ficlens.cli import main
sys.argv = ["ficlens", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def _modules(probe: str, *args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _pipeline(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in PIPELINE)]


def test_serve_loads_no_pipeline_module(corpus_db):
    modules = _modules(SERVE_PROBE, str(corpus_db))
    assert "ficlens.serve.app" in modules and "ficlens.cli.serve" in modules  # the probe did serve
    assert _pipeline(modules) == []
    assert not [m for m in modules if m.startswith("ficlens.cli.") and m.split(".")[2] in ("analyze", "index", "eval")]


@pytest.mark.parametrize("args", [["--help"], ["serve", "--help"], ["--version"]])
def test_help_and_version_load_no_pipeline_module(args):
    modules = _modules(HELP_PROBE, *args)
    assert "ficlens.cli.app" in modules
    assert _pipeline(modules) == []


def test_import_ficlens_alone_loads_no_pipeline_module():
    assert _pipeline(_modules("import json, sys, ficlens; print(json.dumps(sorted(sys.modules)))")) == []


def test_every_public_name_still_comes_from_the_package():
    from ficlens import Work, analyze  # the lazy names import like eager ones
    from ficlens.model import Work as ModelWork
    from ficlens.pipeline import analyze as pipeline_analyze

    assert Work is ModelWork and analyze is pipeline_analyze
    assert all(getattr(ficlens, name) is not None for name in ficlens.__all__)
    assert set(ficlens.__all__) <= set(dir(ficlens))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        ficlens.nope  # noqa: B018 - the lookup is the test
