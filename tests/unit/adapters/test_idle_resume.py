"""The idle monitors' one event: input came back after an idle period."""

from __future__ import annotations

import logging

import pytest

from psoas_desk.adapters.idle.resume import tell_resume


def test_the_handler_hears_how_long_there_was_no_input() -> None:
    heard: list[float] = []
    tell_resume(heard.append, since=100.0, now=712.5)
    tell_resume(heard.append, since=100.0, now=99.0)  # a clock a little behind: never negative
    assert heard == [612.5, 0.0]


def test_nothing_is_told_without_a_handler_or_a_known_start() -> None:
    heard: list[float] = []
    tell_resume(None, since=1.0, now=2.0)
    tell_resume(heard.append, since=None, now=2.0)
    assert heard == []


def test_a_failing_handler_is_logged_and_does_not_reach_the_monitor(
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(_seconds: float) -> None:
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR):
        tell_resume(broken, since=0.0, now=5.0)
    assert "the resume handler failed" in caplog.text
