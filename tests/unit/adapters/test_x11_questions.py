"""The one-question X11 readers (stacking order, compositing) without an X server."""

from __future__ import annotations

import ctypes

import pytest

from psoas_desk.adapters.x11_compositing import compositing_active
from psoas_desk.adapters.x11_stacking import stacking_order


def no_libx11(name: str) -> ctypes.CDLL:
    raise OSError(f"lib{name}.so.6: cannot open shared object file")


def test_without_libx11_neither_question_has_an_answer(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO")
    assert stacking_order(":0", loader=no_libx11) is None
    assert compositing_active(":0", loader=no_libx11) is None
    said = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("cannot read the window stacking: libX11") for m in said), said
    assert any(m.startswith("cannot tell whether windows are blended: libX11") for m in said)


def test_a_display_that_cannot_be_opened_gives_no_answer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert stacking_order(":9876") is None  # no X server there
    assert compositing_active(":9876") is None
