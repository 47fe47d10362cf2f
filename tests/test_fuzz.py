"""Every stage survives story-shaped junk: no exception, spans inside the text, quotes
sorted and apart, each stage under a CPU-time bound. The strategies and the checks are
bench/fuzz.py's (its long run's figures are in the bench notes); this is the CI run."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hypothesis import HealthCheck, given, settings

_spec = importlib.util.spec_from_file_location("fuzz", Path(__file__).parents[1] / "bench" / "fuzz.py")
assert _spec and _spec.loader
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(fuzz.stories())
def test_every_stage_survives_story_shaped_text(text: str):
    fuzz.check(text)


def test_the_texts_that_once_broke_a_stage():
    for text in (
        '"There," said one of\nthe men.\n',
        'She made one of\u00a0her noble movements:  "Or even here."\n',
        '"' * 3000 + "\n",
        "Ann came in.\n\nAnn saw the\tmen.\n",  # characters/names.py: a nominal cut at a space, not a tab
        "\u2019" + "A" * 800 + "a tall girl ***\u2028***.\" \n",  # speakers: _BARE_NAME backtracking, 5 s
        "." * 20_000 + "\n",  # sentence ends tried at every dot of a run
    ):
        fuzz.check(text)
