"""Builders for the reader tests: EPUBs made in the test from our own XHTML (imported by tests)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree, html

FIXTURES = Path(__file__).parents[1] / "fixtures" / "read"

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="{opf}" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

XHTML = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{title}</title></head>
<body{body_attrs}>{body}</body></html>"""


def xhtml(body: str, title: str = "x", body_class: str | None = None) -> str:
    attrs = f' class="{body_class}"' if body_class else ""
    return XHTML.format(title=title, body=body, body_attrs=attrs)


def opf(files: list[str], metadata: str = "", media: str = "application/xhtml+xml") -> str:
    items = "".join(f'<item id="i{n}" href="{f}" media-type="{media}"/>' for n, f in enumerate(files))
    refs = "".join(f'<itemref idref="i{n}"/>' for n in range(len(files)))
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<package xmlns="http://www.idpf.org/2007/opf" version="2.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"{metadata}</metadata><manifest>{items}</manifest><spine>{refs}</spine></package>"
    )


def write_epub(
    path: Path,
    docs: dict[str, str],
    metadata: str = "",
    *,
    opf_name: str = "OEBPS/content.opf",
    spine: list[str] | None = None,
    extra: dict[str, bytes] | None = None,
    container: bool = True,
) -> Path:
    """An EPUB with `docs` (name relative to the OPF folder -> XHTML) in spine order."""
    base = opf_name.rsplit("/", 1)[0] + "/" if "/" in opf_name else ""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        if container:
            z.writestr("META-INF/container.xml", CONTAINER.format(opf=opf_name))
        z.writestr(opf_name, opf(spine if spine is not None else list(docs), metadata), zipfile.ZIP_DEFLATED)
        for name, text in docs.items():
            z.writestr(base + name, text, zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            z.writestr(name, data, zipfile.ZIP_DEFLATED)
    return path


def calibre_split(page: bytes) -> dict[str, str]:
    """What AO3's calibre run does to a download page: split files, renamed classes, same ids.

    Preface tags / preface rest / one file per chapter / afterword, `div.meta` ->
    `div.calibre1`, the chapter body `div.userstuff` -> `div.userstuff2`.
    """
    root = html.fromstring(page)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        classes = (el.get("class") or "").split()
        if el.get("id") == "chapters":
            el.set("class", "userstuff1")
        elif el.tag == "div" and "meta" in classes:
            el.set("class", "calibre1")
        elif el.tag == "div" and "userstuff" in classes:
            el.set("class", "userstuff2")
        elif el.tag in ("p", "dt", "dd"):
            el.set("class", " ".join(classes + ["calibre7"]))

    def doc(wrapper_id: str, children, wrapper_class: str = "calibre1") -> str:
        inner = "".join(etree.tostring(c, encoding="unicode", method="xml") for c in children)
        return xhtml(f'<div id="{wrapper_id}" class="{wrapper_class}">{inner}</div>')

    preface = root.get_element_by_id("preface")
    meta = preface.find("div")
    dl = meta.find("dl")
    meta.remove(dl)
    files = {"split_000.xhtml": doc("preface", [dl]), "split_001.xhtml": doc("preface", [meta])}
    chapters = root.get_element_by_id("chapters")
    part: list = []
    for child in chapters:
        if not isinstance(child.tag, str):
            continue
        starts = child.tag == "h2" or (child.find(".//h2") is not None and child.get("id") is None)
        if starts and part:
            files[f"split_{len(files):03d}.xhtml"] = doc("chapters", part, "userstuff1")
            part = []
        part.append(child)
    if part:
        files[f"split_{len(files):03d}.xhtml"] = doc("chapters", part, "userstuff1")
    afterword = root.get_element_by_id("afterword")
    files[f"split_{len(files):03d}.xhtml"] = doc("afterword", list(afterword))
    return files

