from story_builder import build

from ficlens.narrative import analyze_narrative

PRESENT = [
    "Mara walks down to the harbour before the bells. The boats are still dark and the gulls are asleep.",
    "She sits on the wall and waits. Nobody comes, and she doesn't mind, because the quiet is hers.",
    "When the first trawler noses in, she stands and lifts a hand. The skipper nods back at her.",
    "She knows his face, though she has never learned his name.",
]
PAST = [
    "Years ago her father took her out on the water. He taught her the knots and the tides.",
    "They went out every Sunday that summer. She was small and the boat was enormous.",
    "He laughed when she fell asleep on the nets, and he carried her home on his shoulders.",
]


def _tenses(paragraphs: list[str]):
    work = build("\n\n".join(paragraphs), {"c1": ("Mara", "she")})
    analyze_narrative(work)
    return work


def test_each_paragraph_gets_the_tense_of_its_narration():
    work = _tenses(PRESENT + PAST)
    assert [p.tense for p in work.paragraphs] == ["present"] * 4 + ["past"] * 3


def test_dominant_tense_is_the_tense_most_narration_is_in():
    assert _tenses(PRESENT + PAST[:1]).narrative["tense"]["dominant"] == "present"
    assert _tenses(PAST + PRESENT[:1]).narrative["tense"]["dominant"] == "past"


def test_dialogue_does_not_set_the_narrative_tense():
    text = (
        '"I am tired and I want to go home," Mara said. "The boats are late again."\n\n'
        '"They are always late," the skipper said, and he laughed.'
    )
    work = build(text, {"c1": ("Mara", "she")})
    analyze_narrative(work)
    assert [p.tense for p in work.paragraphs] == ["past", "past"]


def test_a_line_of_pure_dialogue_has_no_tense():
    work = build('"Tomorrow."\n\nMara nodded and went out.', {"c1": ("Mara", "she")})
    analyze_narrative(work)
    assert work.paragraphs[0].tense == "none"
    assert work.paragraphs[1].tense == "past"


def test_participles_after_has_and_is_do_not_make_present_narration_past():
    work = _tenses(["She has gone to the harbour. The net is broken and she has brought the wrong twine."])
    assert work.paragraphs[0].tense == "present"


def test_a_sustained_change_of_tense_is_a_shift_with_its_span_and_explanation():
    work = _tenses(PRESENT + PAST + PRESENT[:2])
    shifts = work.narrative["tense"]["shifts"]
    assert [(s["from"], s["to"]) for s in shifts] == [("present", "past"), ("past", "present")]
    first_past = work.paragraphs[4]
    assert (shifts[0]["start"], shifts[0]["end"]) == (first_past.start, first_past.end)
    assert "present to past" in shifts[0]["explanation"]
    # the explanation quotes words that really are in that paragraph
    quoted = shifts[0]["explanation"].split(":", 1)[1]
    for word in quoted.replace("'", "").split(","):
        assert word.strip().split()[-1] in work.text[first_past.start : first_past.end]


def test_a_single_flashback_paragraph_is_not_a_shift():
    work = _tenses(PRESENT[:2] + PAST[2:3] + PRESENT[2:])
    assert work.paragraphs[2].tense == "past"
    assert work.narrative["tense"]["shifts"] == []
    assert work.narrative["tense"]["dominant"] == "present"


def test_a_story_without_narration_has_no_dominant_tense():
    work = build('"Hello?"\n\n"Anyone?"')
    analyze_narrative(work)
    assert work.narrative["tense"] == {"dominant": None, "shifts": []}


def test_a_paragraph_with_as_much_past_as_present_follows_the_story():
    work = _tenses(PRESENT + ["Mara looks up. The skipper had said so once."] + PRESENT[:1])
    assert work.paragraphs[4].tense == "present"
    assert work.narrative["tense"]["shifts"] == []


def test_noun_subjects_give_past_narration_its_tense():
    work = _tenses(["The door opened. The lamp flickered and the shutters rattled."])
    assert work.paragraphs[0].tense == "past"
