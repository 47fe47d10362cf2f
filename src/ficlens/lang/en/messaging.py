"""Words that tell of a message typed on a device: the narration before a run of bare
lines that are texts (`Her phone buzzed.` / `"where r u"`), read by `quotes.kinds`."""

from __future__ import annotations

import re

__all__ = ["MESSAGE_CONTEXT"]

MESSAGE_CONTEXT = re.compile(
    r"\b(?:phone|phones|cell|cellphone|mobile|texts?|texted|texting|messages?|messaged|messaging|"
    r"chat|chats|groupchat|group-chat|typed|types|typing|buzz|buzzes|buzzed|buzzing|pings?|pinged|"
    r"notifications?|screen|inbox|DMs?|emails?|emailed|omni-tool|pager|sends?\s+back|sent\s+back|"
    r"writes\s+back|wrote\s+back|replies|replied|answer\s+comes|reply\s+comes)\b",
    re.IGNORECASE,
)
