"""Choosing an idle backend: the first believable one wins, else wall-clock mode."""

from __future__ import annotations

import ctypes
import logging
import math
from collections.abc import Callable
from pathlib import Path

import pytest

from psoas_desk.adapters.idle import (
    IdleCandidate,
    IdleMonitor,
    NullIdleMonitor,
    X11IdleMonitor,
    choose_idle_monitor,
    default_idle_candidates,
)
from psoas_desk.adapters.xlib import XlibError


class FakeIdle:
    """An idle backend with a fixed first reading that remembers being closed."""

    def __init__(self, name: str, reading: object) -> None:
        self.name = name
        self.reading = reading
        self.closed = False

    def idle_seconds(self) -> float | None:
        if isinstance(self.reading, Exception):
            raise self.reading
        return self.reading  # type: ignore[return-value]

    def close(self) -> None:
        self.closed = True


def _broken_factory() -> IdleMonitor:
    raise OSError("no such backend here")


def _no_libraries(name: str) -> ctypes.CDLL:
    raise OSError(f"lib{name}.so: cannot open shared object file")


def test_the_first_believable_backend_wins_and_the_rest_are_not_built() -> None:
    built: list[str] = []
    fakes = {name: FakeIdle(name, reading) for name, reading in [
        ("none-yet", None), ("negative", -1.0), ("nan", math.nan), ("inf", math.inf),
        ("wrapped", 2.0**64 / 1000), ("text", "12"), ("flag", True),
        ("raises", RuntimeError("display went away")), ("good", 3.5), ("later", 1.0)]}

    def factory(name: str) -> Callable[[], IdleMonitor]:
        def build() -> IdleMonitor:
            built.append(name)
            return fakes[name]
        return build

    candidates: list[IdleCandidate] = [("broken", _broken_factory)]
    candidates += [(name, factory(name)) for name in fakes]

    chosen = choose_idle_monitor(candidates)

    assert chosen is fakes["good"]
    assert "later" not in built
    rejected = [fake for name, fake in fakes.items() if name not in ("good", "later")]
    assert all(fake.closed for fake in rejected)
    assert not fakes["good"].closed


def test_zero_idle_is_a_good_first_reading() -> None:
    fake = FakeIdle("fresh", 0)
    assert choose_idle_monitor([("fresh", lambda: fake)]) is fake


def test_no_working_backend_falls_back_to_wall_clock_and_says_so(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.idle")
    chosen = choose_idle_monitor([("broken", _broken_factory),
                                  ("silent", lambda: FakeIdle("silent", None))])

    assert isinstance(chosen, NullIdleMonitor)
    assert chosen.name == "none"
    assert chosen.idle_seconds() is None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "wall-clock" in warnings[0].getMessage()
    assert "broken, silent" in warnings[0].getMessage()
    infos = " | ".join(r.getMessage() for r in caplog.records if r.levelno == logging.INFO)
    assert "no such backend here" in infos
    assert "silent rejected: it cannot tell the idle time" in infos


def test_an_empty_candidate_list_gives_the_null_backend() -> None:
    assert isinstance(choose_idle_monitor([]), NullIdleMonitor)


def test_the_winner_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.idle")
    choose_idle_monitor([("fake-x", lambda: FakeIdle("fake-x", 2.0))])
    assert "idle backend: fake-x" in caplog.text


def test_a_missing_libx11_or_libxss_is_a_clear_error_not_a_crash() -> None:
    with pytest.raises(XlibError, match="libXss"):
        X11IdleMonitor(":0", loader=_no_libraries)

    def xss_without_symbols(name: str) -> ctypes.CDLL:
        if name == "Xss":
            return ctypes.CDLL(None)  # this process: it has no XScreenSaver symbols
        raise OSError(f"lib{name}.so: cannot open shared object file")

    with pytest.raises(XlibError, match="libXss cannot be used"):
        X11IdleMonitor(":0", loader=xss_without_symbols)


def test_the_chooser_falls_back_to_null_when_the_x11_libraries_are_missing(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.idle")
    chosen = choose_idle_monitor(
        [("x11-screensaver", lambda: X11IdleMonitor(":0", loader=_no_libraries))])
    assert isinstance(chosen, NullIdleMonitor)
    assert "libXss cannot be used" in caplog.text


def test_an_unreachable_display_gives_the_null_backend(tmp_path: Path) -> None:
    # A display name no X server can answer to; nothing outside the sandbox is contacted.
    display = f"{tmp_path}/no-such-socket:0"
    with pytest.raises(XlibError, match="cannot open X display"):
        X11IdleMonitor(display)
    chosen = choose_idle_monitor(default_idle_candidates({"DISPLAY": display}))
    assert isinstance(chosen, NullIdleMonitor)


def test_x11_is_offered_in_an_x11_session_only() -> None:
    assert [label for label, _ in default_idle_candidates({"DISPLAY": ":3"})] == [
        "x11-screensaver"]
    assert default_idle_candidates({}) == []
    assert default_idle_candidates({"DISPLAY": ""}) == []
    # Xwayland's counter misses input into Wayland windows: the user would look
    # idle. The Wayland idle protocols are offered instead.
    for env in ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},
                {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}):
        assert [label for label, _ in default_idle_candidates(env)] == ["wayland-idle"]


def test_an_x11_reading_never_moves_the_last_input_back() -> None:
    from psoas_desk.adapters.idle.x11 import latest_idle

    # Away 15 s, back at 100.0: the reading shows the return.
    idle, last = latest_idle(15.0, 99.9, None)
    assert (idle, last) == (15.0, 99.9 - 15.0)
    idle, last = latest_idle(0.05, 100.0, last)
    assert idle == 0.05 and last == 100.0 - 0.05
    # A moment later a stale reading still gives the whole time away: not believed.
    idle, last = latest_idle(15.1, 100.002, last)
    assert idle == pytest.approx(0.052) and last == 100.0 - 0.05
    # Idle time that grows as time passes is believed.
    idle, last = latest_idle(30.0, 130.0, last)
    assert idle == 30.0 and last == 100.0
