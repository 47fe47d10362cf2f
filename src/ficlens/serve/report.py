"""A work's HTML report, built again from its source file (the database holds layers, not text).

The file is found under the path `ficlens index` stored (relative paths from the folder
`serve` runs in), and used only if its bytes still hash to the work id: a file changed
since indexing would show another story under this work's name.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ficlens.serve.params import NotFound

MAX_REPORT_BYTES = 32 * 1024 * 1024  # a bigger file is reported from the command line


class ReportUnavailable(NotFound):
    """The source file is gone, changed, or too big to analyse inside a request."""


def build_report(work_id: str, path: str | None) -> str:
    """The report's HTML for the stored `path` of work `work_id`."""
    from ficlens.export.html import render_html
    from ficlens.pipeline import Options, run_stages
    from ficlens.read import ReadError, read_bytes

    if not path:
        raise ReportUnavailable("the database does not say which file this work came from")
    source = Path(path)
    try:
        if source.stat().st_size > MAX_REPORT_BYTES:
            raise ReportUnavailable(f"{path}: too big for a report here; run: ficlens analyze {path} --html report.html")
        data = source.read_bytes()
    except OSError as e:
        raise ReportUnavailable(f"{path}: cannot read the source file ({e.strerror or type(e).__name__})") from None
    if hashlib.sha256(data).hexdigest() != work_id:
        raise ReportUnavailable(f"{path}: the file has changed since it was indexed")
    try:
        work = run_stages(read_bytes(data, path), Options())
    except ReadError as e:
        raise ReportUnavailable(str(e)) from None
    return render_html(work)
