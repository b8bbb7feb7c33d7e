"""The cycle collector pause around bulk steps leaves the collector as it found it."""

from __future__ import annotations

import gc
import threading

import pytest

from scdesk.interchange.many_objects import no_cycle_collection


def test_the_collector_is_paused_in_the_block_and_back_after_it_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), no_cycle_collection():
        assert not gc.isenabled()
        raise RuntimeError("the export failed")
    assert gc.isenabled()


def test_overlapping_pauses_end_with_the_last_one() -> None:
    first_in, second_done = threading.Event(), threading.Event()
    during: list[bool] = []

    def other_worker() -> None:
        with no_cycle_collection():
            first_in.set()
            second_done.wait()
        during.append(gc.isenabled())

    with no_cycle_collection():
        worker = threading.Thread(target=other_worker)
        worker.start()
        first_in.wait()
    during.append(gc.isenabled())  # the first block ended while the worker's still runs
    second_done.set()
    worker.join()
    assert during == [False, True]
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with no_cycle_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
