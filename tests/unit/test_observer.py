"""The app's Observer: what the adapters see, filtered by the settings."""

from __future__ import annotations

from collections.abc import Callable

from psoas_desk.app.observe import Observer
from psoas_desk.core.settings import Settings
from tests.helpers.sim import settings_with


class FakeIdle:
    name = "fake"

    def __init__(self, value: float | None) -> None:
        self.value = value
        self.closed = False

    def idle_seconds(self) -> float | None:
        return self.value

    def close(self) -> None:
        self.closed = True


class FakeFullscreen:
    name = "fake"

    def __init__(self, active: bool | Exception) -> None:
        self.active = active

    def fullscreen_active(self) -> bool:
        if isinstance(self.active, Exception):
            raise self.active
        return self.active

    def close(self) -> None:
        pass


class FakeDnd:
    def __init__(self, active: bool) -> None:
        self.active = active
        self.closed = False

    def desktop_dnd_active(self) -> bool:
        return self.active

    def set_change_handler(self, handler: Callable[[bool], None] | None) -> None:
        pass

    def close(self) -> None:
        self.closed = True


def test_idle_lock_and_presence_signs_pass_through() -> None:
    observer = Observer(FakeIdle(12.5), FakeFullscreen(False))  # type: ignore[arg-type]
    observer.locked = True
    observer.presence_sign = True
    obs = observer.observe(Settings())
    assert (obs.idle_s, obs.locked, obs.presence_sign, obs.dnd) == (12.5, True, True, False)
    off = observer.observe(settings_with(presence__use_presence_signs=False))
    assert off.presence_sign is False


def test_fullscreen_and_desktop_dnd_hold_breaks_unless_turned_off() -> None:
    observer = Observer(FakeIdle(0), FakeFullscreen(True), FakeDnd(True))  # type: ignore[arg-type]
    obs = observer.observe(Settings())
    assert obs.dnd and obs.dnd_reason == "fullscreen, do-not-disturb"
    assert not observer.observe(settings_with(dnd__enabled=False)).dnd
    only_desktop = observer.observe(settings_with(dnd__fullscreen=False))
    assert only_desktop.dnd_reason == "do-not-disturb"
    assert not observer.observe(settings_with(dnd__fullscreen=False, dnd__desktop_dnd=False)).dnd


def test_a_failing_adapter_never_stops_the_engine() -> None:
    observer = Observer(FakeIdle(None), FakeFullscreen(RuntimeError("X went away")))  # type: ignore[arg-type]
    obs = observer.observe(Settings())
    assert obs.idle_s is None and not obs.dnd


def test_close_closes_every_source() -> None:
    idle, dnd = FakeIdle(1), FakeDnd(False)
    observer = Observer(idle, FakeFullscreen(False), dnd)  # type: ignore[arg-type]
    observer.close()
    assert idle.closed and dnd.closed


class WatchingIdle(FakeIdle):
    """An idle backend that can be asked to tell the next input (ResumeNotifying)."""

    def __init__(self, value: float | None) -> None:
        super().__init__(value)
        self.watches = 0

    def set_resume_handler(self, handler: Callable[[float], None] | None) -> None:
        pass

    def watch_for_return(self) -> None:
        self.watches += 1


def test_a_watch_for_the_return_is_asked_for_once_the_person_is_away() -> None:
    idle = WatchingIdle(4 * 60.0)
    observer = Observer(idle, FakeFullscreen(False))  # type: ignore[arg-type]
    settings = settings_with(presence__away_threshold="5m")
    observer.observe(settings)
    assert idle.watches == 0  # reading or thinking: the next planned step will do
    idle.value = 5 * 60.0
    observer.observe(settings)
    assert idle.watches == 1
    idle.value = None  # no reading: nothing to go by
    observer.observe(settings)
    assert idle.watches == 1
