"""Presence signs: idle inhibitors over D-Bus, camera and microphone from fake procfs trees.

The inhibitor sources ask fakes of GNOME's session manager, KDE's PowerDevil
(on a private session bus) and logind (on a private "system" bus), each a
child process answering with the real wire types (logind's ``a(ssssuu)``).
The device readers get directory trees shaped like procfs and sysfs.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from psoas_desk.adapters.dbus_call import DBusCallFailed
from psoas_desk.adapters.presence import (
    CameraReader,
    GnomeIdleInhibitors,
    KdeScreenInhibitors,
    LogindIdleInhibitors,
    MicrophoneReader,
    PresenceSigns,
    PresenceSwitches,
    default_devices,
    default_inhibitor_candidates,
    open_presence_signs,
)
from psoas_desk.adapters.presence.inhibitors import (
    GNOME_SESSION_MANAGER,
    KDE_POLICY_AGENT,
    LOGIND_MANAGER,
)
from psoas_desk.core import events as ev
from psoas_desk.core.engine import Engine
from psoas_desk.core.model import AwayReason, EngineState, Observation
from tests.helpers.fake_dbus_process import FakeService, private_bus
from tests.helpers.fakes import FakeClock
from tests.helpers.sim import settings_with

GNOME, KDE, LOGIND = GNOME_SESSION_MANAGER, KDE_POLICY_AGENT, LOGIND_MANAGER
ME, OTHER_USER = os.getuid(), os.getuid() + 1
MY_PID = os.getpid()


def _connect(address: str) -> tuple[QDBusConnection, str]:
    name = f"presence-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(address, name)
    assert connection.isConnected()
    return connection, name


@pytest.fixture
def session_address(tmp_path: Path) -> Iterator[str]:
    with private_bus(tmp_path / "session") as address:
        yield address


@pytest.fixture
def system_address(tmp_path: Path) -> Iterator[str]:
    with private_bus(tmp_path / "system", kind="system") as address:
        yield address


@pytest.fixture
def session_bus(session_address: str, qapp: object) -> Iterator[QDBusConnection]:
    connection, name = _connect(session_address)
    yield connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def system_bus(system_address: str, qapp: object) -> Iterator[QDBusConnection]:
    connection, name = _connect(system_address)
    yield connection
    QDBusConnection.disconnectFromBus(name)


def _inhibitors(*rows: tuple[str, str, str, str, int, int]) -> list[list[object]]:
    return [list(row) for row in rows]


# -- GNOME and KDE -----------------------------------------------------------------


def test_gnome_is_asked_for_the_idle_flag_as_a_uint32(session_bus: QDBusConnection,
                                                      session_address: str) -> None:
    with FakeService(session_address, [GNOME.service]) as gnome:
        gnome.returns(GNOME.path, GNOME.interface, "IsInhibited", "b", True)
        source = GnomeIdleInhibitors(session_bus)
        assert source.inhibited() is True
        gnome.returns(GNOME.path, GNOME.interface, "IsInhibited", "b", False)
        assert source.inhibited() is False
        asked = gnome.calls("IsInhibited")
        # GDBus services reject "i" where "u" is declared; 8 is GNOME's idle flag.
        assert {(c.signature, tuple(c.args)) for c in asked} == {("u", (8,))}


def test_kde_is_asked_for_screen_inhibitions(session_bus: QDBusConnection,
                                             session_address: str) -> None:
    with FakeService(session_address, [KDE.service]) as kde:
        kde.returns(KDE.path, KDE.interface, "HasInhibition", "b", True)
        assert KdeScreenInhibitors(session_bus).inhibited() is True
        assert {(c.signature, tuple(c.args)) for c in kde.calls("HasInhibition")} == {
            ("u", (4,))}


def test_absent_services_are_a_clear_error(session_bus: QDBusConnection) -> None:
    with pytest.raises(DBusCallFailed, match="ServiceUnknown"):
        GnomeIdleInhibitors(session_bus)
    with pytest.raises(DBusCallFailed, match="ServiceUnknown"):
        KdeScreenInhibitors(session_bus)


# -- logind ---------------------------------------------------------------------------


def test_logind_counts_only_this_users_idle_blocks_held_by_others(
        system_bus: QDBusConnection, system_address: str) -> None:
    with FakeService(system_address, [LOGIND.service]) as logind:
        logind.returns(LOGIND.path, LOGIND.interface, "ListInhibitors", "a(ssssuu)",
                       _inhibitors(
                           ("sleep", "NetworkManager", "sleep hooks", "delay", 0, 800),
                           ("handle-lid-switch", "gsd-power", "lid", "block", ME, 900),
                           ("idle", "psoas-desk", "ours", "block", ME, MY_PID),
                           ("idle", "Other user's player", "video", "block", OTHER_USER, 1),
                           ("idle", "Screen saver", "fade", "delay", ME, 950),
                       ))
        source = LogindIdleInhibitors(system_bus, uid=ME, pid=MY_PID)
        assert source.inhibited() is False
        assert not source.holders
        logind.returns(LOGIND.path, LOGIND.interface, "ListInhibitors", "a(ssssuu)",
                       _inhibitors(("sleep:idle", "Firefox", "video playing", "block", ME,
                                    4242)))
        assert source.inhibited() is True
        assert source.holders == ("Firefox (video playing)",)
        logind.returns(LOGIND.path, LOGIND.interface, "ListInhibitors", "a(ssssuu)", [])
        assert source.inhibited() is False


def test_logind_answering_nonsense_is_unknown(system_bus: QDBusConnection,
                                              system_address: str) -> None:
    with FakeService(system_address, [LOGIND.service]) as logind:
        logind.returns(LOGIND.path, LOGIND.interface, "ListInhibitors", "a(ssssuu)", [])
        source = LogindIdleInhibitors(system_bus, uid=ME, pid=MY_PID)
        logind.returns(LOGIND.path, LOGIND.interface, "ListInhibitors", "as", ["idle"])
        assert source.inhibited() is None


# -- choosing and reading -----------------------------------------------------------------


def test_only_answering_sources_are_kept(session_bus: QDBusConnection,
                                         system_bus: QDBusConnection, session_address: str,
                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.presence")
    with FakeService(session_address, [GNOME.service]) as gnome:
        gnome.returns(GNOME.path, GNOME.interface, "IsInhibited", "b", False)
        signs = open_presence_signs(default_inhibitor_candidates(
            session_bus=session_bus, system_bus=system_bus, platform="linux"))
        assert signs.names == ("gnome-session",)
        assert "kde-powerdevil is unavailable" in caplog.text
        assert "inhibitor source logind is unavailable" in caplog.text
        assert not signs.read().present
        gnome.returns(GNOME.path, GNOME.interface, "IsInhibited", "b", True)
        assert signs.read().signs == ("gnome-session",)
        assert signs.present_sign()
        assert "presence signs: gnome-session" in caplog.text
        signs.close()


def test_a_source_whose_first_answer_is_not_a_bool_is_rejected(
        session_bus: QDBusConnection, session_address: str) -> None:
    with FakeService(session_address, [GNOME.service]) as gnome:
        gnome.returns(GNOME.path, GNOME.interface, "IsInhibited", "s", "yes")
        signs = open_presence_signs([("gnome-session", lambda: GnomeIdleInhibitors(
            session_bus))])
        assert signs.names == ()


def test_a_hung_session_manager_is_no_sign_and_no_freeze(
        session_bus: QDBusConnection, session_address: str) -> None:
    with FakeService(session_address, [GNOME.service]) as gnome:
        gnome.returns(GNOME.path, GNOME.interface, "IsInhibited", "b", True)
        signs = PresenceSigns([GnomeIdleInhibitors(session_bus, timeout_ms=100)])
        gnome.hang()
        assert signs.read().signs == ()
        asked = len(gnome.calls("IsInhibited"))
        assert signs.read().signs == ()  # backing off: not asked again
        assert len(gnome.calls("IsInhibited")) == asked


def test_no_inhibitor_sources_on_windows_or_macos(session_bus: QDBusConnection) -> None:
    for platform in ("win32", "darwin"):
        assert default_inhibitor_candidates(session_bus=session_bus, platform=platform) == []
        assert default_devices(platform) == (None, None)
    camera, microphone = default_devices("linux")
    assert isinstance(camera, CameraReader) and isinstance(microphone, MicrophoneReader)


class FlagSource:
    """An inhibitor source that answers what the test says and counts questions."""

    def __init__(self, name: str, answer: bool | None = False) -> None:
        self.name = name
        self.answer = answer
        self.asked = 0

    def inhibited(self) -> bool | None:
        self.asked += 1
        return self.answer

    def close(self) -> None:
        self.answer = None


class FlagDevice:
    def __init__(self, name: str, used: bool = False) -> None:
        self.name = name
        self.used = used
        self.asked = 0

    def in_use(self) -> bool:
        self.asked += 1
        return self.used


def test_each_source_can_be_switched_off() -> None:
    inhibitor = FlagSource("logind", True)
    camera, microphone = FlagDevice("camera", True), FlagDevice("microphone", True)
    signs = PresenceSigns([inhibitor], camera=camera, microphone=microphone)
    assert signs.read().signs == ("logind", "microphone", "camera")
    signs.switches = PresenceSwitches(inhibitors=False)
    assert signs.read().signs == ("microphone", "camera")
    signs.switches = PresenceSwitches(inhibitors=False, microphone=False)
    assert signs.read().signs == ("camera",)
    signs.switches = PresenceSwitches(False, False, False)
    asked = (inhibitor.asked, camera.asked, microphone.asked)
    reading = signs.read()
    assert not reading.present and not reading.camera_in_use
    assert (inhibitor.asked, camera.asked, microphone.asked) == asked  # nothing read at all


def test_the_camera_is_read_for_do_not_disturb_even_when_it_is_no_presence_sign() -> None:
    camera = FlagDevice("camera", True)
    signs = PresenceSigns(camera=camera, switches=PresenceSwitches(camera=False))
    reading = signs.read(camera=True)
    assert reading.camera_in_use and not reading.present
    assert signs.camera_in_use()
    camera.used = False
    assert not signs.camera_in_use()


def test_a_failing_source_is_no_sign() -> None:
    class Broken(FlagSource):
        def inhibited(self) -> bool | None:
            raise RuntimeError("bug")

    signs = PresenceSigns([Broken("broken"), FlagSource("gnome-session", True)])
    assert signs.read().signs == ("gnome-session",)


def test_a_sign_alone_keeps_you_present_only_up_to_the_limit_after_your_last_input() -> None:
    # The documented policy, end to end through the engine as the app feeds it:
    # a video left playing (an inhibitor held) in an empty room.
    clock = FakeClock()
    engine = Engine(settings_with(micro__enabled=False, stretch__enabled=False,
                                  presence__presence_sign_limit="30m"), clock)
    signs = PresenceSigns([FlagSource("logind", True)])
    last_input = clock.monotonic()
    started = clock.now()
    events: list[ev.Event] = []
    for minute in range(1, 61):  # an hour without input, a step a minute
        clock.advance(minutes=1)
        obs = Observation(idle_s=clock.monotonic() - last_input,
                          presence_sign=signs.present_sign())
        events += engine.tick(obs)
        if minute < 30:
            assert engine.snapshot().state is EngineState.SITTING, minute
    assert engine.snapshot().state is EngineState.AWAY
    (away,) = [e for e in events if isinstance(e, ev.AwayStarted)]
    assert away.reason is AwayReason.IDLE
    # Away from the limit on; the half hour up to it counted as sitting.
    assert away.since == started + timedelta(minutes=30)
    assert engine.snapshot().today.sitting_s == pytest.approx(30 * 60, abs=61)
    # Input brings the user back.
    clock.advance(seconds=5)
    events += engine.tick(Observation(idle_s=0.0, presence_sign=True))
    assert engine.snapshot().state is EngineState.SITTING


# -- the camera ---------------------------------------------------------------------------


def _proc_tree(root: Path, holdings: dict[int, list[str]]) -> Path:
    """A /proc-like tree: for each pid, fd links pointing at the given targets."""
    proc = root / "proc"
    for pid, targets in holdings.items():
        fd = proc / str(pid) / "fd"
        fd.mkdir(parents=True)
        for number, target in enumerate(targets):
            (fd / str(number)).symlink_to(target)
    (proc / "self").mkdir(parents=True, exist_ok=True)  # not a pid: skipped
    (proc / "meminfo").write_text("MemTotal: 1 kB\n")
    return proc


def _video_class(root: Path, *devices: str) -> Path:
    cls = root / "video4linux"
    cls.mkdir(parents=True, exist_ok=True)
    for device in devices:
        (cls / device).mkdir()
    return cls


def test_a_process_holding_a_video_device_is_a_camera_in_use(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    proc = _proc_tree(tmp_path, {
        100: ["/dev/null", "socket:[1234]", f"{dev}/dri/card0"],
        200: [f"{dev}/snd/pcmC0D0c"],
        300: ["pipe:[1]", f"{dev}/video2"],  # PipeWire streaming for a call
    })
    reader = CameraReader(proc, dev, _video_class(tmp_path, "video0", "video2"), own_pid=1)
    assert reader.in_use()
    assert reader.holder == "300"


def test_no_holder_or_only_ourselves_is_no_camera(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    proc = _proc_tree(tmp_path, {100: ["/dev/null"], 555: [f"{dev}/video0"]})
    video = _video_class(tmp_path, "video0")
    assert not CameraReader(proc, dev, video, own_pid=555).in_use()
    assert CameraReader(proc, dev, video, own_pid=1).in_use()


def test_without_video_devices_nothing_is_scanned(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    proc = _proc_tree(tmp_path, {300: [f"{dev}/video0"]})  # a stale link, no device
    assert not CameraReader(proc, dev, tmp_path / "no-video4linux", own_pid=1).in_use()
    assert not CameraReader(proc, dev, _video_class(tmp_path), own_pid=1).in_use()


def test_processes_that_vanish_or_cannot_be_read_are_skipped(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    proc = _proc_tree(tmp_path, {400: [f"{dev}/video0"]})
    (proc / "150").mkdir()  # exited between listing and reading: no fd directory
    (proc / "160").mkdir()
    (proc / "160" / "fd").write_text("")  # not a directory
    reader = CameraReader(proc, dev, _video_class(tmp_path, "video0"), own_pid=1)
    assert reader.in_use()
    assert not CameraReader(tmp_path / "no-proc", dev, _video_class(tmp_path),
                            own_pid=1).in_use()


# -- the microphone ---------------------------------------------------------------------


def _asound(root: Path, statuses: dict[str, str]) -> Path:
    asound = root / "asound"
    for relative, state in statuses.items():
        status = asound / relative / "status"
        status.parent.mkdir(parents=True, exist_ok=True)
        status.write_text(state)
    (asound / "cards").write_text(" 0 [PCH ]: HDA-Intel\n")
    return asound


RUNNING = "state: RUNNING\nowner_pid   : 1234\ntrigger_time: 1.0\n"


def test_a_running_capture_substream_is_a_microphone_in_use(tmp_path: Path) -> None:
    asound = _asound(tmp_path, {"card0/pcm0p/sub0": RUNNING,  # playback: not a microphone
                                "card0/pcm0c/sub0": "closed\n",
                                "card1/pcm0c/sub0": "closed\n"})
    (asound / "PCH").symlink_to(asound / "card0")  # the alias ALSA adds: not a second card
    reader = MicrophoneReader(asound)
    assert not reader.in_use()
    (asound / "card1/pcm0c/sub0/status").write_text(RUNNING)
    assert reader.in_use()


def test_a_prepared_or_missing_capture_device_is_no_microphone(tmp_path: Path) -> None:
    asound = _asound(tmp_path, {"card0/pcm0c/sub0": "state: PREPARED\n"})
    assert not MicrophoneReader(asound).in_use()
    assert not MicrophoneReader(tmp_path / "no-asound").in_use()
