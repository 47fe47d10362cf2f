import gc

from ficlens import analyze

PASSAGE = '"The kettle is singing," said Orla.\n\n"Then lift it off," said Bram.\n'


def test_analyze_leaves_the_garbage_collector_as_it_found_it():
    assert gc.isenabled()
    work = analyze(PASSAGE)
    assert gc.isenabled()
    assert [q.speaker for q in work.quotes] == [c.id for n in ("Orla", "Bram") for c in work.characters if c.name == n]
    gc.disable()
    try:
        analyze(PASSAGE)
        assert not gc.isenabled()
    finally:
        gc.enable()
