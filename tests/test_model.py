from ficlens.model import SCHEMA, Quote, Span, Work


def test_round_trip_through_dict_keeps_every_layer():
    w = Work(text="\"Hi,\" said Ann.")
    w.quotes.append(Quote(0, 5, speaker="c1", evidence="explicit", cue=Span(6, 14), confidence=0.9))
    d = w.to_dict()
    assert d["schema"] == SCHEMA
    assert list(d)[:4] == ["schema", "source", "meta", "text"]
    back = Work.from_dict(d)
    assert back.quotes[0].cue == Span(6, 14)
    assert back.to_dict() == d
