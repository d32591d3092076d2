from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoas_desk.core.durations import DurationError, format_duration, parse_duration


@pytest.mark.parametrize(("text", "seconds"), [
    (90, 90), ("90", 90), ("45s", 45), ("25m", 1500), ("1h30m", 5400),
    ("1h 30m", 5400), (" 2h ", 7200), ("1h5s", 3605), ("10 min", 600), ("2 hours", 7200),
])
def test_accepts_seconds_and_unit_strings(text: object, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("bad", ["", "abc", -5, True, 1.5, "5x", "h", None, [], "1h-3m"])
def test_rejects_nonsense_with_a_readable_message(bad: object) -> None:
    with pytest.raises(DurationError) as info:
        parse_duration(bad)
    assert "duration" in str(info.value) or "negative" in str(info.value)


def test_command_line_mode_refuses_bare_numbers() -> None:
    with pytest.raises(DurationError, match="no unit"):
        parse_duration("30", bare_numbers=False)
    assert parse_duration("30m", bare_numbers=False) == timedelta(minutes=30)


@given(st.integers(min_value=0, max_value=200 * 3600))
def test_format_round_trips(seconds: int) -> None:
    assert parse_duration(format_duration(timedelta(seconds=seconds))) == timedelta(seconds=seconds)
