"""The hostile work the web app's tests index: an AO3 download written for these tests
whose title, tags, summary and text carry HTML and script payloads."""

from __future__ import annotations

from html import escape

EVIL_TITLE = '<script>alert("title")</script>Lantern Oath'
EVIL_REL = "Wren Holloway/<img src=x onerror=alert(1)>"
EVIL_CHAR = '"><svg onload=alert(2)>'
EVIL_FREEFORM = "</td><script>alert(3)</script>"
EVIL_LINE = "<b>Stay</b> & <script>alert(4)</script>"
EVIL_KEYWORD = "lanternlight"  # a word no other work has: full-text search finds exactly this work


def evil_work() -> str:
    """An AO3-style HTML download (original text), payloads escaped as AO3 escapes them."""
    tags = {
        "Rating": ["Teen And Up Audiences"],
        "Fandoms": ["Original Work"],
        "Relationship": [EVIL_REL, "Wren Holloway/Orrin Thorne"],
        "Characters": ["Wren Holloway", "Orrin Thorne", EVIL_CHAR],
        "Additional Tags": [EVIL_FREEFORM],
    }
    def links(values: list[str]) -> str:
        return ", ".join(f'<a href="/tags/{i}">{escape(v)}</a>' for i, v in enumerate(values))

    dl = "".join(f"<dt>{k}:</dt><dd>{links(vs)}</dd>" for k, vs in tags.items())
    paragraphs = [
        f'"{escape(EVIL_LINE)}," Wren said to Orrin, and held the {EVIL_KEYWORD} steady between them.',
        '"I was always going to stay," Orrin said. He took her hand.',
        '"Then stay," Wren said, and kissed him.',
        "Orrin laughed and did not let go of her hand.",
        '"We should tell the harbour master," Orrin said to Wren.',
        '"Tomorrow," Wren said.',
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/>'
        f"<title>{escape(EVIL_TITLE)} - quillwright - Original Work</title></head><body>"
        '<div id="preface"><p class="message"><b>x</b> Posted originally on the '
        '<a href="https://archiveofourown.org/">Archive of Our Own</a>.</p>'
        f'<div class="meta"><dl class="tags">{dl}<dt>Language:</dt><dd>English</dd></dl>'
        f"<h1>{escape(EVIL_TITLE)}</h1>"
        '<div class="byline">by <a rel="author" href="/users/quillwright">quillwright</a></div>'
        f'<p>Summary</p><blockquote class="userstuff"><p>{escape("<i>two</i> keepers")}</p></blockquote>'
        f'</div></div><div id="chapters" class="userstuff"><div class="userstuff">{body}</div></div>'
        "</body></html>"
    )
