"""A learned pairwise merge model: do two name forms ("Mr. Knightley", "John Knightley")
name one character? Logistic regression over cheap form features, trained by
`python -m ficlens.train.characters` on LitBank's PER coreference and the SE train-split
gold character lists; the weights ship in `pair_weights.json`.

It is not the default: on the 4,758 SE-dev pairs of gold forms the pipeline finds, it
reaches F1 0.49 (P 0.51 R 0.48) where the cluster rules reach 0.66 (P 0.76 R 0.58),
so `cluster` still decides. Form features alone cannot tell "Mr. Knightley" the
brother from "Mr. Knightley" the husband; the rules read the text around them. It is here to be measured, and the hard
constraints (honorific and gender clashes) stay hard whatever it says.
Inference is pure Python: a dot product, no numpy at run time.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from ficlens.characters.names import split_hon
from ficlens.lang.en.given_names import FEMALE_NAMES, MALE_NAMES, NICKNAMES
from ficlens.lang.en.honorifics import HON_GENDER, HONORIFICS

WEIGHTS = Path(__file__).with_name("pair_weights.json")
FEATURES = (
    "bias", "same_last", "same_first", "subset", "single_is_first", "single_is_last",
    "hon_gender_clash", "given_gender_clash", "two_given_names", "nickname", "prefix",
    "two_honorifics", "jaccard",
)


def _parts(form: str) -> tuple[str | None, list[str]]:
    hon, core = split_hon(form.strip())
    return hon, [w.strip(".,") for w in core.split() if w.strip(".,")]


def _gender(hon: str | None, words: list[str]) -> str | None:
    if hon is not None:
        g = HON_GENDER.get(HONORIFICS.get(hon, "n"))
        if g:
            return g
    first = words[0] if words else ""
    return "she" if first in FEMALE_NAMES else "he" if first in MALE_NAMES else None


def features(a: str, b: str) -> list[float]:
    """The feature vector of a pair of name forms, in the order of FEATURES."""
    (ha, wa), (hb, wb) = _parts(a), _parts(b)
    if not wa or not wb:
        return [1.0] + [0.0] * (len(FEATURES) - 1)
    sa, sb = set(wa), set(wb)
    ga, gb = _gender(ha, wa), _gender(hb, wb)
    single, other = (wa, wb) if len(wa) == 1 else (wb, wa)
    given_a = ha is None or HONORIFICS.get(ha) == "n"
    given_b = hb is None or HONORIFICS.get(hb) == "n"
    nick = wa[0] in NICKNAMES.get(wb[0], ()) or wb[0] in NICKNAMES.get(wa[0], ())
    prefix = wa[0] != wb[0] and min(len(wa[0]), len(wb[0])) >= 3 and (wa[0].startswith(wb[0]) or wb[0].startswith(wa[0]))
    return [
        1.0,
        float(wa[-1] == wb[-1]),
        float(wa[0] == wb[0] and given_a and given_b),
        float(sa <= sb or sb <= sa),
        float(len(single) == 1 and len(other) > 1 and single[0] == other[0]),
        float(len(single) == 1 and len(other) > 1 and single[0] == other[-1]),
        float(ha is not None and hb is not None and ga is not None and gb is not None and ga != gb),
        float(ga is not None and gb is not None and ga != gb),
        float(len(wa) > 1 and len(wb) > 1 and given_a and given_b and wa[0] != wb[0]),
        float(nick),
        float(prefix),
        float(ha is not None and hb is not None and ha != hb),
        len(sa & sb) / len(sa | sb),
    ]


@lru_cache(maxsize=1)
def _weights() -> tuple[float, ...]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS}: features {data['features']} do not match the model's")
    return tuple(float(w) for w in data["weights"])


def merge_probability(a: str, b: str) -> float:
    """P(the two forms name one character), by the shipped weights; 0 when a hard
    constraint holds (an honorific or given-name gender clash: Mr. X is never Mrs. X),
    whatever the weights say."""
    x = features(a, b)
    if x[FEATURES.index("hon_gender_clash")] or x[FEATURES.index("given_gender_clash")]:
        return 0.0
    z = sum(w * v for w, v in zip(_weights(), x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
