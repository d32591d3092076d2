"""Choosing a fullscreen backend: the first that answers wins, else "never fullscreen"."""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from psoas_desk.adapters.fullscreen import (
    FullscreenCandidate,
    FullscreenMonitor,
    NullFullscreenMonitor,
    X11FullscreenMonitor,
    choose_fullscreen_monitor,
    default_fullscreen_candidates,
)
from psoas_desk.adapters.xlib import XlibError


class FakeFullscreen:
    """A fullscreen backend with a fixed first reading that remembers being closed."""

    def __init__(self, name: str, reading: object) -> None:
        self.name = name
        self.reading = reading
        self.closed = False

    def fullscreen_active(self) -> bool:
        if isinstance(self.reading, Exception):
            raise self.reading
        return self.reading  # type: ignore[return-value]

    def close(self) -> None:
        self.closed = True


def _broken_factory() -> FullscreenMonitor:
    raise OSError("no window manager protocol here")


def _no_libraries(name: str) -> ctypes.CDLL:
    raise OSError(f"lib{name}.so: cannot open shared object file")


def test_the_first_backend_that_answers_wins() -> None:
    built: list[str] = []
    fakes = {name: FakeFullscreen(name, reading) for name, reading in [
        ("unsure", None), ("numeric", 1), ("raises", RuntimeError("gone")),
        ("good", False), ("later", True)]}

    def factory(name: str) -> Callable[[], FullscreenMonitor]:
        def build() -> FullscreenMonitor:
            built.append(name)
            return fakes[name]
        return build

    candidates: list[FullscreenCandidate] = [("broken", _broken_factory)]
    candidates += [(name, factory(name)) for name in fakes]

    chosen = choose_fullscreen_monitor(candidates)

    assert chosen is fakes["good"]
    assert "later" not in built
    assert all(fakes[name].closed for name in ("unsure", "numeric", "raises"))
    assert not fakes["good"].closed


def test_no_working_backend_means_never_fullscreen_and_says_so(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.fullscreen")
    chosen = choose_fullscreen_monitor(
        [("broken", _broken_factory),
         ("x11-ewmh", lambda: X11FullscreenMonitor(":0", loader=_no_libraries))])

    assert isinstance(chosen, NullFullscreenMonitor)
    assert chosen.name == "none"
    assert chosen.fullscreen_active() is False
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "tried: broken, x11-ewmh" in warnings[0]
    assert "no window manager protocol here" in caplog.text
    assert "libX11 cannot be used" in caplog.text


def test_a_missing_libx11_is_a_clear_error() -> None:
    with pytest.raises(XlibError, match="libX11"):
        X11FullscreenMonitor(":0", loader=_no_libraries)


def test_an_unreachable_display_gives_the_null_backend(tmp_path: Path) -> None:
    display = f"{tmp_path}/no-such-socket:0"
    with pytest.raises(XlibError, match="cannot open X display"):
        X11FullscreenMonitor(display)
    chosen = choose_fullscreen_monitor(default_fullscreen_candidates({"DISPLAY": display}))
    assert isinstance(chosen, NullFullscreenMonitor)


def test_x11_is_offered_wherever_there_is_an_x_display() -> None:
    assert default_fullscreen_candidates({}) == []
    for env in ({"DISPLAY": ":3"}, {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}):
        assert [label for label, _ in default_fullscreen_candidates(env)] == ["x11-ewmh"]
