"""The one chooser every capability uses: which backend wins, and why the others did not."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from psoas_desk.adapters.choose import Rejected, working

LOG = logging.getLogger("psoas_desk.adapters.test_choose")


class Backend:
    def __init__(self, reading: object = True, *, close_fails: bool = False) -> None:
        self.reading = reading
        self.closed = False
        self.close_fails = close_fails

    def read(self) -> object:
        if isinstance(self.reading, Exception):
            raise self.reading
        return self.reading

    def close(self) -> None:
        if self.close_fails:
            raise OSError("stuck")
        self.closed = True


def probe(backend: Backend) -> str:
    reading = backend.read()
    if not isinstance(reading, bool):
        raise Rejected(f"its reading {reading!r} is not a bool")
    return f"on: {reading}"


def unbuildable() -> Backend:
    raise OSError("no such service")


def never_called() -> Backend:
    raise AssertionError("built after one was chosen")


def test_the_first_that_works_wins_and_the_log_says_why_the_others_lost(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOG.name)
    odd, broken = Backend("yes"), Backend(RuntimeError("bus gone"))
    good = Backend(False)
    candidates: list[tuple[str, Callable[[], Backend]]] = [
        ("missing", unbuildable), ("odd", lambda: odd), ("broken", lambda: broken),
        ("good", lambda: good), ("later", never_called)]
    chosen = working(candidates, what="test source", log=LOG, probe=probe,
                     close=lambda b: b.close())
    assert chosen == [("good", good)]
    assert odd.closed and broken.closed and not good.closed
    assert caplog.messages == [
        "test source missing is unavailable: no such service",
        "test source odd rejected: its reading 'yes' is not a bool",
        "test source broken rejected: its first reading raised RuntimeError('bus gone')",
        "test source: good (on: False)",
    ]


def test_keep_all_keeps_every_one_that_works() -> None:
    first, second = Backend(True), Backend(False)
    chosen = working([("a", lambda: first), ("b", unbuildable), ("c", lambda: second)],
                     what="test source", log=LOG, probe=probe, keep_all=True)
    assert chosen == [("a", first), ("c", second)]


def test_nothing_working_is_said_once_with_what_was_tried(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOG.name)
    assert working([("x", unbuildable), ("y", unbuildable)], what="test source", log=LOG,
                   nothing="no test source works (tried: {tried})") == []
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING] == [
        "no test source works (tried: x, y)"]
    caplog.clear()
    working([], what="test source", log=LOG, nothing="none here (tried: {tried})",
            nothing_level=logging.INFO)
    assert caplog.messages == ["none here (tried: none offered)"]


def test_a_rejected_backend_that_cannot_close_is_logged_and_the_search_goes_on(
        caplog: pytest.LogCaptureFixture) -> None:
    stuck, good = Backend(None, close_fails=True), Backend(True)
    chosen = working([("stuck", lambda: stuck), ("good", lambda: good)], what="test source",
                     log=LOG, probe=probe, close=lambda b: b.close())
    assert chosen == [("good", good)]
    assert "closing the rejected test source stuck failed" in caplog.text
