"""A line that calls someone by name bars that person from the pronoun of its own speech
tag, not from a he or she that opens the next paragraph: there the one spoken to may well
be the one who moves."""

from __future__ import annotations

from ficlens.pipeline import analyze


def test_the_one_called_by_name_may_be_the_he_of_the_next_paragraph():
    text = """Tobias Reed was shoeing a grey mare when Marta came into the smithy. He did not look up from the hoof. He had seen her coming across the yard. Ansel Crane was there too, asleep on a sack in the corner, and Tobias let him sleep.

Marta stood by the bellows for a long while. She pulled off her gloves. She put them on again.

'I have sold the farm, Tobias. The last of it. There is nothing to keep me in the valley now.'

He put down the hammer and came round the anvil to her.

'Then stay for me,' he said.
"""
    work = analyze(text)
    at = work.text.index("He put down")
    m = next((m for m in work.mentions if m.start == at), None)
    assert m is not None and work.character(m.character).name == "Tobias Reed"
    q = next(q for q in work.quotes if work.text[q.start : q.end].startswith("'Then stay"))
    assert work.character(q.speaker).name == "Tobias Reed"
