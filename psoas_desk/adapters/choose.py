"""Choosing backends: one loop for every capability.

Each capability (idle time, full-screen windows, do-not-disturb, notifications,
start at login, session events, presence signs) offers an ordered list of
candidates, ``(label, factory)``, best first, and hands it to :func:`working`,
which builds them in order and keeps the first that works (or, for the
capabilities that combine sources, every one that works). The log says which
won and why each other did not, so "why is my idle time wrong?" is answered by
the log alone. The pattern is qutebrowser's ``_get_adapter_candidates``
(``qutebrowser/browser/webengine/notification.py``): one function fed a list.

A candidate works when its factory returns and, if the capability gives a
probe, the probe accepts the new backend (usually by taking a first reading).
A backend the probe rejects is closed. What to fall back on when nothing works
(the ``Null*`` backend) stays with the capability.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

Candidate = tuple[str, Callable[[], T]]
"""A label for the log and a factory that builds the backend or raises."""

Probe = Callable[[T], str]
"""Checks a built backend: returns a note for the log (e.g. "3 s idle at start")
or "" and raises :class:`Rejected` (or anything else) when the backend is unfit."""


class Rejected(Exception):
    """A backend was built but is unfit; the message says why, for the log."""


def working(candidates: Sequence[Candidate[T]], *, what: str, log: logging.Logger,
            probe: Probe[T] | None = None, close: Callable[[T], None] | None = None,
            keep_all: bool = False, nothing: str = "",
            nothing_level: int = logging.WARNING) -> list[tuple[str, T]]:
    """Build ``candidates`` in order; return the first that works (or all, with ``keep_all``).

    Args:
        candidates: ``(label, factory)`` pairs, best first.
        what: the capability's word for a backend in the log ("idle backend").
        log: the capability's logger (its tests read it).
        probe: accepts or rejects a built backend; without one, building is enough.
        close: releases a rejected backend.
        keep_all: keep every backend that works, not just the first.
        nothing: what to log when none works; ``{tried}`` becomes the labels tried.
        nothing_level: the level of that line.

    Returns:
        ``(label, backend)`` for each kept backend: at most one unless ``keep_all``.
    """
    kept: list[tuple[str, T]] = []
    for label, factory in candidates:
        try:
            backend = factory()
        except Exception as exc:
            log.info("%s %s is unavailable: %s", what, label, exc)
            continue
        try:
            note = probe(backend) if probe is not None else ""
        except Rejected as exc:
            problem = str(exc)
        except Exception as exc:
            problem = f"its first reading raised {exc!r}"
        else:
            if note:
                log.info("%s: %s (%s)", what, label, note)
            else:
                log.info("%s: %s", what, label)
            kept.append((label, backend))
            if not keep_all:
                return kept
            continue
        log.info("%s %s rejected: %s", what, label, problem)
        if close is not None:
            try:
                close(backend)
            except Exception:
                log.exception("closing the rejected %s %s failed", what, label)
    if not kept and nothing:
        log.log(nothing_level, nothing.format(tried=tried(candidates)))
    return kept


def tried(candidates: Sequence[Candidate[T]]) -> str:
    """The candidates' labels for a log line ("none offered" for none)."""
    return ", ".join(label for label, _ in candidates) or "none offered"
