"""The settings declaration and codec (pure, no files)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoas_desk.core.settings import Settings, get_option, option_spec, option_specs
from psoas_desk.core.settings_codec import (
    OptionError,
    decode,
    encode,
    migrate,
    validate_value,
    with_option,
)


def test_every_option_is_fully_declared() -> None:
    keys = [s.key for s in option_specs()]
    assert len(keys) == len(set(keys))
    for spec in option_specs():
        assert spec.info.label and spec.info.help, spec.key
        assert validate_value(spec, spec.default) == spec.default, spec.key
        if spec.type is timedelta:
            assert spec.info.minimum is not None and spec.info.maximum is not None, spec.key


@pytest.mark.parametrize(("key", "low", "high"), [
    ("micro.interval", timedelta(minutes=1), timedelta(hours=4)),
    ("stretch.interval", timedelta(minutes=1), timedelta(hours=4)),
    ("micro.duration", timedelta(seconds=10), timedelta(minutes=30)),
    ("stretch.duration", timedelta(seconds=10), timedelta(minutes=30)),
    ("presence.away_threshold", timedelta(seconds=10), timedelta(minutes=30)),
])
def test_bounds_permit_what_the_issue_promises(key: str, low: timedelta, high: timedelta) -> None:
    spec = option_spec(key)
    assert validate_value(spec, int(low.total_seconds())) == low
    assert validate_value(spec, int(high.total_seconds())) == high
    with pytest.raises(OptionError):
        validate_value(spec, int(low.total_seconds()) - 1)
    with pytest.raises(OptionError):
        validate_value(spec, int(high.total_seconds()) + 1)


def test_defaults_match_the_design() -> None:
    s = Settings()
    assert s.micro.interval == timedelta(minutes=30) and s.micro.duration == timedelta(minutes=1)
    assert s.stretch.interval == timedelta(minutes=90)
    assert s.stretch.duration == timedelta(minutes=4)
    assert s.breaks.warning == timedelta(seconds=30)
    assert s.presence.away_threshold == timedelta(minutes=5)
    assert s.presence.natural_break == timedelta(minutes=2)


def test_with_option_validates() -> None:
    s = with_option(Settings(), "micro.interval", "20m")
    assert s.micro.interval == timedelta(minutes=20)
    with pytest.raises(OptionError, match="at most"):
        with_option(s, "micro.interval", "5h")
    with pytest.raises(KeyError):
        with_option(s, "micro.nonsense", 1)


def _valid_value(spec: Any) -> st.SearchStrategy[Any]:
    info = spec.info
    if spec.type is bool:
        return st.booleans()
    if spec.type is int:
        return st.integers(info.minimum, info.maximum)
    if spec.type is timedelta:
        lo, hi = int(info.minimum.total_seconds()), int(info.maximum.total_seconds())
        return st.integers(lo, hi).map(lambda n: timedelta(seconds=n))
    return st.just(spec.default)


@st.composite
def random_settings(draw: st.DrawFn) -> Settings:
    s = Settings()
    for spec in option_specs():
        if draw(st.booleans()):
            s = with_option(s, spec.key, draw(_valid_value(spec)))
    return s


@settings(max_examples=60)
@given(random_settings())
def test_encode_then_decode_round_trips(s: Settings) -> None:
    decoded = decode(encode(s))
    # Only the cross-field rule may adjust a value (min_duration above duration).
    for spec in option_specs():
        if spec.name != "min_duration":
            assert get_option(decoded.settings, spec.key) == get_option(s, spec.key), spec.key


def test_encode_writes_only_what_differs_from_the_defaults() -> None:
    doc = encode(with_option(Settings(), "micro.interval", 1200))
    assert doc == {"schema_version": 1, "micro": {"interval": "20m"}}


def test_se120_st1719_migrations_run_in_order_from_the_file_version() -> None:
    def v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
        doc["micro"] = {"interval": doc.pop("micro_interval_min") * 60}
        return doc

    def v2_to_v3(doc: dict[str, Any]) -> dict[str, Any]:
        doc["renamed"] = True
        return doc

    out, read_as, notes = migrate({"schema_version": 1, "micro_interval_min": 20},
                                  steps=(v1_to_v2, v2_to_v3), current=3)
    assert read_as == 1 and not notes
    assert out == {"schema_version": 3, "micro": {"interval": 1200}, "renamed": True}
    out, read_as, _ = migrate({"schema_version": 2, "x": 1}, steps=(v1_to_v2, v2_to_v3),
                              current=3)
    assert out == {"schema_version": 3, "x": 1, "renamed": True}


def test_a_nonsense_schema_version_is_reported_and_read_as_current() -> None:
    decoded = decode({"schema_version": "two", "micro": {"interval": 1200}})
    assert decoded.settings.micro.interval == timedelta(minutes=20)
    assert [p.key for p in decoded.problems] == ["schema_version"]
