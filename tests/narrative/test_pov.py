from story_builder import build

from ficlens.narrative import analyze_narrative
from ficlens.narrative.narration import narration_slices

CAST = {"c1": ("Wren", "she"), "c2": ("Tobias", "he"), "c3": ("Ilse", "she")}


def _run(text: str, speakers=None, cast=CAST):
    work = build(text, cast, speakers)
    analyze_narrative(work)
    return work


def test_narration_slices_leave_out_the_quotes():
    work = build('"Go," Wren said. "Now."\n\nTobias went.', CAST)
    slices = narration_slices(work)
    assert [work.text[a:b] for a, b in slices[0]] == [" Wren said. "]
    assert [work.text[a:b] for a, b in slices[1]] == ["Tobias went."]


def test_first_person_narration_with_third_person_dialogue():
    text = (
        "I found Tobias in the greenhouse, where I knew he would be. My hands were cold.\n\n"
        '"She says he is gone and she is not coming back," Tobias told me. "He left her."\n\n'
        "I sat down beside him and said nothing, and we watched the rain."
    )
    assert _run(text, [("c2", [])]).narrative["pov"]["person"] == "first"


def test_third_person_narration_full_of_i_in_dialogue():
    text = (
        '"I think I left my keys, I always do," Wren said. "I am hopeless. My head, honestly."\n\n'
        "She turned back towards the car, and Tobias followed her with his hands in his pockets.\n\n"
        '"I will wait," he said. "I do not mind. I have my book."'
    )
    assert _run(text, [("c1", []), ("c1", []), ("c2", []), ("c2", [])]).narrative["pov"]["person"] == "third"


def test_second_person_narration():
    text = (
        "You wake before the alarm. Your room is grey and you can hear Wren in the kitchen.\n\n"
        "You pull on your coat and go down, and she hands you a mug without looking up."
    )
    assert _run(text).narrative["pov"]["person"] == "second"


def test_focal_character_is_whose_thoughts_the_narration_reports():
    text = (
        "Wren wondered whether the bridge would hold. She could feel the planks shift under her boots, "
        "and she knew Tobias was watching from the far bank.\n\n"
        "Tobias waved. Wren thought he looked smaller than he had that morning. Why had she agreed to this?"
    )
    work = _run(text)
    assert work.narrative["pov"]["character"] == "c1"
    assert [p.pov_character for p in work.paragraphs] == ["c1", "c1"]


def test_pronouns_are_resolved_to_the_focal_character_when_no_stage_did_it():
    text = (
        "Ilse came in from the yard with snow on her shoulders.\n\n"
        "She wondered if the letter had come. She remembered the last one, and she felt sick."
    )
    work = _run(text)
    assert work.narrative["pov"]["character"] == "c3"


def test_each_scene_has_its_focal_character_and_the_work_is_multiple():
    text = (
        "Wren wondered where the map had gone. She felt certain she had packed it, and she knew "
        "Tobias would laugh.\n\n"
        "She searched the bag again and remembered the kitchen table.\n\n"
        "* * *\n\n"
        "Tobias watched the road. He knew they were lost, and he hated that he knew it, and he "
        "wondered how long Wren would pretend otherwise.\n\n"
        "He realised he was smiling."
    )
    work = _run(text)
    pov = work.narrative["pov"]
    assert [s["character"] for s in pov["scenes"]] == ["c1", "c2"]
    assert pov["character"] == "multiple"
    assert pov["scenes"][1]["start"] == work.scene_breaks[0]
    assert [p.pov_character for p in work.paragraphs] == ["c1", "c1", "c2", "c2"]


def test_first_person_narrator_is_the_one_others_call_by_name():
    text = (
        '"Wren, wake up," Tobias said. "Wren. The boat."\n\n'
        "I opened my eyes. I could hear the engine and I knew we were late.\n\n"
        '"Coming," I said. "Give me a minute, Tobias."\n\n'
        '"You always need a minute, Wren," said Ilse.'
    )
    work = _run(text, [("c2", ["c1"]), ("c2", ["c1"]), (None, ["c2"]), (None, ["c2"]), ("c3", ["c1"])])
    pov = work.narrative["pov"]
    assert pov["person"] == "first"
    assert pov["character"] == "c1"
    assert all(p.pov_character == "c1" for p in work.paragraphs)


def test_no_evidence_no_focal_character():
    work = _run("The rain fell on the empty town all night.")
    assert work.narrative["pov"]["character"] is None
    assert work.paragraphs[0].pov_character is None


def test_an_empty_story_gives_an_empty_pov():
    work = build("")
    analyze_narrative(work)
    assert work.narrative["pov"] == {"person": None, "character": None, "scenes": []}


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause():
    from ficlens.narrative.narration import narration_mentions

    work = build("Wren waited by the gate. Ilse crossed the yard and kissed her.", CAST)
    subjects = narration_mentions(work, narration_slices(work))
    her = [s for s in subjects if work.text[s.start : s.end] == "her"]
    assert [s.character for s in her] == ["c1"]


def test_a_title_inside_the_sentence_does_not_end_it_for_the_object_pronoun():
    # the dot of "Dr." is no sentence end: "her" is still not Dr. Ilse herself
    from ficlens.narrative.narration import narration_mentions

    cast = {"c1": ("Wren", "she"), "c3": ("Dr. Ilse", "she")}
    work = build("Wren waited by the gate. Dr. Ilse crossed the yard and kissed her.", cast)
    subjects = narration_mentions(work, narration_slices(work))
    her = [s for s in subjects if work.text[s.start : s.end] == "her"]
    assert [s.character for s in her] == ["c1"]


def test_a_head_hopping_paragraph_gets_its_own_focal_character():
    text = (
        "Wren wondered where the map had gone. She felt certain she had packed it.\n\n"
        "Wren remembered the kitchen table, and she knew exactly where it was.\n\n"
        "Tobias knew she would blame him. He wondered whether to confess, and he decided not to.\n\n"
        "Wren sighed and wondered what else she had forgotten."
    )
    work = _run(text)
    assert work.narrative["pov"]["character"] == "c1"
    assert [p.pov_character for p in work.paragraphs] == ["c1", "c1", "c2", "c1"]


def test_a_thought_about_someone_else_is_not_their_point_of_view():
    text = (
        "Wren watched the road and thought that if Tobias knew the way he would have said so. "
        "She wondered whether Tobias knew anything at all.\n\n"
        "Tobias swore under his breath, and Tobias looked like their father when he did."
    )
    work = _run(text)
    assert work.narrative["pov"]["character"] == "c1"
    assert [p.pov_character for p in work.paragraphs] == ["c1", "c1"]
