"""Telling the app that input came back after an idle period (the idle monitors' one event).

A monitor that can see a return as it happens (an X11 IDLETIME alarm, Mutter's
user-active watch, the Wayland idle protocols' "resumed") calls the handler the
app set with ``set_resume_handler``, from the Qt event loop. A handler that
fails is logged here: it must never break the monitor's event dispatch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

__all__ = ["ResumeHandler", "tell_resume"]

log = logging.getLogger(__name__)

ResumeHandler = Callable[[float], None]
"""Called with how long (seconds) there had been no input."""


def tell_resume(handler: ResumeHandler | None, since: float | None, now: float) -> None:
    """Tell ``handler`` that input came back at ``now`` after none since ``since``.

    Nothing happens without a handler or without a known start of the idle time.
    """
    if handler is None or since is None:
        return
    try:
        handler(max(0.0, now - since))
    except Exception:
        log.exception("the resume handler failed")
