"""A name holding a posture (`Daniel was crouched down by the socket.`) still stands as
the subject of its sentence, so a beat may name the speaker; only a passive that moves
its subject (`The baby was carried off`) makes them one acted on."""

from __future__ import annotations

from ficlens.speakers.subjects import _CARRIED


def test_a_posture_is_not_being_carried_off():
    assert _CARRIED.match(" was crouched down by the wall socket.") is None
    assert _CARRIED.match(" was curled up in the armchair.") is None


def test_a_passive_that_moves_its_subject_still_is():
    assert _CARRIED.match(" was carried off to bed.") is not None
    assert _CARRIED.match(" were dragged away by the guards.") is not None
