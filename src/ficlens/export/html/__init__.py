"""The HTML report: one self-contained file a reader opens in any browser, offline.

Everything is inline (CSS, a little JS, SVG) and a Content-Security-Policy forbids every
fetch, so a report can be mailed or archived and never reaches the network. Story text
and metadata are untrusted input (fan fiction, AO3 markup): every piece is HTML-escaped,
and the few data the script reads sit in a JSON block with `<`, `>` and `&` escaped so
no text can close the script element.

The story is plain paragraphs with quote spans carrying data attributes, read by a few
delegated listeners on the document, so a 100,000-word story opens in about a second:
no per-quote objects, and the HTML is built in one linear sweep over the text.

Reads (all optional, every layer may be empty): meta, segments, chapters, paragraphs
(tense, pov_character), scene_breaks, characters, quotes, narrative["pov"|"tense"],
interactions, relationships, and `work.tag_agreement` when the relations stage sets it.
"""

from ficlens.export.html.network import layout
from ficlens.export.html.report import CSP, colors_for, json_for_script, render_html, write_html

__all__ = ["CSP", "colors_for", "json_for_script", "layout", "render_html", "write_html"]
