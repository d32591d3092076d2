"""The Wayland idle backend against a fake compositor speaking the real wire protocol.

libwayland-client (through pywayland) connects to tests/helpers/fake_wayland.py
over a Unix socket; the fake sends "idled" and "resumed" when the test says
so and records the requests, so these tests see which protocol and request
the backend picks, how it counts idle time, and what happens when the
compositor goes away. The real compositors are in tests/e2e/test_wayland.py.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.idle import choose_idle_monitor, default_idle_candidates
from psoas_desk.adapters.idle.wayland import (
    NOTIFY_AFTER_MS,
    WaylandIdleMonitor,
    WaylandIdleUnavailable,
)
from tests.helpers.fake_wayland import FakeCompositor

ROOT = Path(__file__).resolve().parents[3]


class StepClock:
    """Monotonic seconds that move only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def compositor(tmp_path: Path) -> Iterator[FakeCompositor]:
    with FakeCompositor(tmp_path) as fake:
        yield fake


def monitor_on(fake: FakeCompositor, clock: StepClock) -> WaylandIdleMonitor:
    return WaylandIdleMonitor(str(fake.path), clock=clock)


def test_version_2_arms_an_input_only_notification(compositor: FakeCompositor, qapp: object,
                                                   clock: StepClock) -> None:
    monitor = monitor_on(compositor, clock)
    try:
        assert monitor.name == "wayland-ext-idle-input"
        # Input only: a video's idle inhibitor must not look like someone typing.
        assert [r[1] for r in compositor.notifications()] == ["get_input_idle_notification"]
        assert compositor.notifications()[0][2][0] == NOTIFY_AFTER_MS
        assert monitor.idle_seconds() == 0.0
    finally:
        monitor.close()


def test_idled_counts_from_the_last_input_and_resumed_resets(
        compositor: FakeCompositor, qtbot: QtBot, clock: StepClock) -> None:
    monitor = monitor_on(compositor, clock)
    resumed: list[float] = []
    monitor.set_resume_handler(resumed.append)
    try:
        clock.now += 30  # typing, with pauses shorter than the timeout: no events
        assert monitor.idle_seconds() == 0.0
        compositor.send_idle()
        # The notifier on the socket delivers it through the event loop.
        qtbot.waitUntil(lambda: monitor.idle_seconds() != 0.0, timeout=5000)
        # "idled" comes a timeout after the last input: the idle time includes it.
        assert monitor.idle_seconds() == pytest.approx(NOTIFY_AFTER_MS / 1000)
        clock.now += 300
        assert monitor.idle_seconds() == pytest.approx(300 + NOTIFY_AFTER_MS / 1000)
        compositor.send_resumed()
        qtbot.waitUntil(lambda: monitor.idle_seconds() == 0.0, timeout=5000)
        assert resumed == [pytest.approx(300 + NOTIFY_AFTER_MS / 1000)]
    finally:
        monitor.close()


def test_a_reading_sees_an_event_already_on_the_socket(compositor: FakeCompositor, qapp: object,
                                                       clock: StepClock) -> None:
    # An engine step right after the event, before the event loop ran the
    # notifier: the reading itself drains the socket.
    monitor = monitor_on(compositor, clock)
    try:
        compositor.send_idle()  # on the socket when this returns
        assert monitor.idle_seconds() == pytest.approx(NOTIFY_AFTER_MS / 1000)
    finally:
        monitor.close()


def test_version_1_uses_the_plain_notification(tmp_path: Path, qapp: object,
                                               clock: StepClock) -> None:
    with FakeCompositor(tmp_path, ext_version=1) as fake:
        monitor = monitor_on(fake, clock)
        try:
            assert monitor.name == "wayland-ext-idle"
            assert [r[1] for r in fake.notifications()] == ["get_idle_notification"]
        finally:
            monitor.close()


def test_kde_idle_serves_where_ext_idle_is_missing(tmp_path: Path, qtbot: QtBot,
                                                   clock: StepClock) -> None:
    # sway 1.7 and older KWin.
    with FakeCompositor(tmp_path, ext_version=0, kde_idle=True) as fake:
        monitor = monitor_on(fake, clock)
        try:
            assert monitor.name == "wayland-kde-idle"
            [(interface, request, (timeout, _seat))] = fake.notifications()
            assert (interface, request, timeout) == ("org_kde_kwin_idle", "get_idle_timeout",
                                                     NOTIFY_AFTER_MS)
            fake.send_idle()
            qtbot.waitUntil(lambda: monitor.idle_seconds() != 0.0, timeout=5000)
            clock.now += 60
            assert monitor.idle_seconds() == pytest.approx(60 + NOTIFY_AFTER_MS / 1000)
        finally:
            monitor.close()


def test_a_compositor_with_neither_protocol_is_refused_clearly(tmp_path: Path,
                                                               qapp: object) -> None:
    with FakeCompositor(tmp_path, ext_version=0, kde_idle=False) as fake, \
            pytest.raises(WaylandIdleUnavailable, match="neither"):
        WaylandIdleMonitor(str(fake.path))


def test_a_compositor_without_a_seat_is_refused(tmp_path: Path, qapp: object) -> None:
    with FakeCompositor(tmp_path, seat=False) as fake, \
            pytest.raises(WaylandIdleUnavailable, match="no seat"):
        WaylandIdleMonitor(str(fake.path))


def test_no_compositor_is_refused(tmp_path: Path, qapp: object) -> None:
    with pytest.raises(WaylandIdleUnavailable, match="cannot connect"):
        WaylandIdleMonitor(str(tmp_path / "nobody-here"))


def test_the_compositor_closing_the_connection_makes_the_idle_time_unknown(
        compositor: FakeCompositor, qtbot: QtBot, clock: StepClock,
        caplog: pytest.LogCaptureFixture) -> None:
    monitor = monitor_on(compositor, clock)
    compositor.close_clients()
    qtbot.waitUntil(lambda: monitor.idle_seconds() is None, timeout=5000)
    assert "closed the idle connection" in caplog.text
    monitor.close()  # still safe
    monitor.close()


def test_close_releases_the_notification_and_is_safe_twice(
        compositor: FakeCompositor, qtbot: QtBot, clock: StepClock) -> None:
    monitor = monitor_on(compositor, clock)
    monitor.close()
    monitor.close()
    assert monitor.idle_seconds() is None
    qtbot.waitUntil(lambda: ("ext_idle_notification_v1", "destroy", ()) in compositor.requests,
                    timeout=5000)


def test_the_chooser_takes_the_wayland_protocols_in_a_wayland_session(
        compositor: FakeCompositor, qapp: object) -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": str(compositor.path),
           "XDG_CURRENT_DESKTOP": "KDE", "DISPLAY": ":99"}
    labels = [label for label, _ in default_idle_candidates(env)]
    # No session bus here; X11 and KDE's screensaver never under Wayland.
    assert labels == ["wayland-idle"]
    monitor = choose_idle_monitor(default_idle_candidates(env))
    try:
        assert monitor.name == "wayland-ext-idle-input"
    finally:
        monitor.close()


PROBE = """
import sys
from psoas_desk.adapters.idle import default_idle_candidates
default_idle_candidates({"DISPLAY": ":5", "XDG_SESSION_TYPE": "x11"})
print(sorted(m for m in sys.modules if m.startswith(("pywayland", "psoas_desk.adapters.idle.w",
                                                     "psoas_desk.adapters.idle.p"))))
"""


def test_an_x11_session_never_loads_pywayland() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                         text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_the_committed_bindings_match_the_shipped_xml() -> None:
    out = subprocess.run([sys.executable, "scripts/gen_wayland_protocols.py", "--check"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
