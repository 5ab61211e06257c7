"""Dates in the user's convention (Babel) and the settings that choose it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from afterword.config import Config
from afterword.dates import date_order, day_month, long_day, system_locale, user_locale
from afterword.errors import ConfigError

THURSDAY = date(2026, 4, 30)


@pytest.mark.parametrize(("locale", "long", "short", "order"), [
    ("en_US", "Thursday, April 30", "April 30", "MDY"),
    ("en_GB", "Thursday 30 April", "30 April", "DMY"),
    ("de_DE", "Donnerstag, 30. April", "30. April", "DMY"),
])
def test_dates_are_written_as_the_locale_writes_them(locale: str, long: str, short: str,
                                                     order: str) -> None:
    assert long_day(THURSDAY, locale) == long
    assert day_month(THURSDAY, locale) == short
    assert date_order(locale) == order


@pytest.mark.parametrize(("env", "expected"), [
    ({"LC_ALL": "en_US.UTF-8"}, "en_US"), ({"LANG": "en_CA.UTF-8"}, "en_CA"),
    ({"LANG": "C.UTF-8"}, "en_GB"), ({"LANG": "xx_YY"}, "en_GB"),
])
def test_the_default_locale_comes_from_the_system(monkeypatch: pytest.MonkeyPatch,
                                                  env: dict[str, str], expected: str) -> None:
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert system_locale() == expected


def _system(monkeypatch: pytest.MonkeyPatch, lang: str | None) -> None:
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    if lang is not None:
        monkeypatch.setenv("LANG", lang)


@pytest.mark.parametrize("lang", ["C", "C.UTF-8", "POSIX", None])
@pytest.mark.parametrize(("profile_zone", "interview_zone", "expected"), [
    ("America/Chicago", None, "en_US"),
    (None, "America/Indiana/Indianapolis", "en_US"),  # no profile zone: the interview's
    ("Australia/Sydney", "America/New_York", "en_AU"),  # the profile's first
    ("UTC", "Europe/Dublin", "en_IE"),  # a zone with no country gives way
    ("US/Pacific", None, "en_US"),  # an old name, read as its current one
    ("UTC", "Etc/GMT+5", "en_GB"),  # no country anywhere: en_GB
])
def test_a_locale_that_names_no_country_takes_the_time_zone_s(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str | None,
        profile_zone: str | None, interview_zone: str | None, expected: str) -> None:
    _system(monkeypatch, lang)
    monkeypatch.setenv("TZ", "UTC")  # this computer's zone names no country either
    config = Config(tmp_path / "config.toml")
    if profile_zone:
        config.set("profile.timezone", profile_zone)
    assert user_locale(config, interview_zone) == expected
    # A US candidate's note says "Tuesday, February 3", never "Tuesday 3 February".
    if expected == "en_US":
        assert long_day(date(2026, 2, 3), user_locale(config, interview_zone)) == \
            "Tuesday, February 3"


def test_the_computer_s_own_country_and_the_setting_come_before_any_zone(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = Config(tmp_path / "config.toml")
    config.set("profile.timezone", "America/Chicago")
    _system(monkeypatch, "en_GB.UTF-8")
    assert user_locale(config, "America/Chicago") == "en_GB"
    _system(monkeypatch, "C")
    config.set("profile.locale", "en_NZ")
    assert user_locale(config, "America/Chicago") == "en_NZ"


def test_a_language_without_a_country_keeps_its_language(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    _system(monkeypatch, "de")
    config = Config(tmp_path / "config.toml")
    config.set("profile.timezone", "Europe/Vienna")
    assert user_locale(config) == "de_AT"


def test_profile_locale_is_checked_and_normalised(tmp_path: Path) -> None:
    config = Config(tmp_path / "config.toml")
    assert config.set("profile.locale", "en-us") == "en_US"
    with pytest.raises(ConfigError, match="'klingon' is not a locale"):
        config.set("profile.locale", "klingon")


def test_reply_pause_days_is_a_number_of_days(tmp_path: Path) -> None:
    config = Config(tmp_path / "config.toml")
    assert config.get("plan.reply_pause_days") == 21
    assert config.set("plan.reply_pause_days", "14") == 14
    with pytest.raises(ConfigError, match="not a number of days"):
        config.set("plan.reply_pause_days", "0")
    (tmp_path / "bad.toml").write_text('[plan]\nreply_pause_days = "soon"\n')
    with pytest.raises(ConfigError, match="line 2"):
        Config(tmp_path / "bad.toml").get("plan.reply_pause_days")
