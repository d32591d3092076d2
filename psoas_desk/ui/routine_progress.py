"""Where a guided routine is: which step, how far into it, paused or not.

Pure logic for the routine player (no Qt, no clock of its own): every
method takes the monotonic time ``now`` from the caller, so tests move a fake
clock and the player reads the real one. Time that passes while paused does
not count. A jump of the clock over several steps lands in the right step
with the overshoot carried over.

A step counts as *followed* when its time ran out, or when at least
``FOLLOWED_SHARE`` of it was spent on it before Next: the summary and the
break's outcome count those, not the steps passed over with Next.
"""

from __future__ import annotations

from collections.abc import Sequence

FOLLOWED_SHARE = 0.5
"""Share of a step's time spent on it that makes it followed (Next pressed near its end)."""


class RoutineProgress:
    """The state of a routine being played.

    Args:
        durations: the seconds of each step, in order.
    """

    def __init__(self, durations: Sequence[float]) -> None:
        self._durations = tuple(max(0.0, float(d)) for d in durations)
        self._index = 0
        self._offset = 0.0
        """Seconds counted in the current step before ``_since``."""
        self._since: float | None = None
        """When the current run started; None while paused or not started."""
        self._started = False
        self._paused = False
        self._completed: set[int] = set()
        self._spent = [0.0] * len(self._durations)
        """Seconds spent on each step, over every visit, capped at its length."""
        self._active_before = 0.0
        """Seconds spent on steps already left (capped at each step's length)."""

    @property
    def step_count(self) -> int:
        """How many steps the routine has."""
        return len(self._durations)

    @property
    def index(self) -> int:
        """The current step (0-based); ``step_count`` once finished."""
        return self._index

    @property
    def finished(self) -> bool:
        """Whether the last step is over."""
        return self._index >= len(self._durations)

    @property
    def paused(self) -> bool:
        """Whether the user paused the routine."""
        return self._paused

    @property
    def started(self) -> bool:
        """Whether ``start`` was called."""
        return self._started

    @property
    def steps_completed(self) -> int:
        """Steps whose time ran out (not those passed over with Next)."""
        return len(self._completed)

    def followed(self, index: int) -> bool:
        """Whether step ``index`` was followed (its time ran out, or most of it was spent)."""
        if index in self._completed:
            return True
        return self._spent[index] >= FOLLOWED_SHARE * self._durations[index] - 1e-9

    @property
    def steps_followed(self) -> int:
        """How many steps were followed (see the module docstring)."""
        return sum(1 for index in range(len(self._durations)) if self.followed(index))

    @property
    def all_followed(self) -> bool:
        """Whether every step was followed: the routine was really done."""
        return self.steps_followed == len(self._durations)

    def first_unfollowed(self) -> int | None:
        """The first step not followed, or None."""
        for index in range(len(self._durations)):
            if not self.followed(index):
                return index
        return None

    def start(self, now: float) -> None:
        """Start the clock of the first step (once; later calls do nothing)."""
        if self._started:
            return
        self._started = True
        if not self.finished and not self._paused:
            self._since = now

    def elapsed_in_step(self, now: float) -> float:
        """Seconds into the current step (0 once finished)."""
        if self.finished:
            return 0.0
        running = now - self._since if self._since is not None else 0.0
        return self._offset + max(0.0, running)

    def remaining_in_step(self, now: float) -> float:
        """Seconds left in the current step."""
        if self.finished:
            return 0.0
        return max(0.0, self._durations[self._index] - self.elapsed_in_step(now))

    def duration(self, index: int) -> float:
        """Seconds of step ``index``."""
        return self._durations[index]

    def active_s(self, now: float) -> float:
        """Seconds spent following the steps (pauses not counted)."""
        current = 0.0
        if not self.finished:
            current = min(self.elapsed_in_step(now), self._durations[self._index])
        return self._active_before + current

    def sync(self, now: float) -> None:
        """Move on past every step whose time has run out by ``now``."""
        if self._since is None:
            return
        elapsed = self.elapsed_in_step(now)
        while not self.finished and elapsed >= self._durations[self._index]:
            length = self._durations[self._index]
            self._completed.add(self._index)
            self._spent[self._index] = length
            self._active_before += length
            elapsed -= length
            self._index += 1
        self._offset, self._since = elapsed, now
        if self.finished:
            self._offset, self._since = 0.0, None

    def pause(self, now: float) -> None:
        """Stop the clock until ``resume``."""
        self.sync(now)
        if self._paused or self.finished:
            return
        self._offset = self.elapsed_in_step(now)
        self._since = None
        self._paused = True

    def resume(self, now: float) -> None:
        """Run the clock again after ``pause``."""
        if not self._paused:
            return
        self._paused = False
        if self._started and not self.finished:
            self._since = now

    def next(self, now: float) -> None:
        """Leave the current step for the next (or the end)."""
        self._go(now, self._index + 1)

    def previous(self, now: float) -> None:
        """Go back to the start of the previous step (or of the first)."""
        self._go(now, max(0, self._index - 1))

    def go_to(self, now: float, index: int) -> None:
        """Jump to the start of step ``index`` (also back from the end, to finish it)."""
        self.sync(now)
        if self.finished:
            self._index = max(0, min(index, len(self._durations) - 1))
            self._offset = 0.0
            self._since = now if self._started and not self._paused else None
            return
        self._go(now, index)

    def _go(self, now: float, index: int) -> None:
        self.sync(now)
        if self.finished:
            return
        here = min(self.elapsed_in_step(now), self._durations[self._index])
        self._active_before += here
        self._spent[self._index] = min(self._durations[self._index],
                                       self._spent[self._index] + here)
        self._index = min(index, len(self._durations))
        self._offset = 0.0
        running = self._started and not self._paused and not self.finished
        self._since = now if running else None
