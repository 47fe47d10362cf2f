import sys
from pathlib import Path

# the hand-built Work helpers live beside the narrative tests
sys.path.insert(0, str(Path(__file__).parents[1] / "narrative"))
