from __future__ import annotations

import json
from pathlib import Path


def test_profile_set_and_show(run_cli) -> None:
    assert run_cli("profile", "set", "name", "Jordan Lee").exit_code == 0
    assert run_cli("profile", "set", "email", "jordan.lee@example.com").exit_code == 0
    shown = run_cli("profile", "--format", "json")
    data = json.loads(shown.stdout)
    assert data["name"] == "Jordan Lee" and data["email"] == "jordan.lee@example.com"
    assert "Jordan Lee" in run_cli("profile").stdout


def test_profile_refuses_bad_values(run_cli) -> None:
    bad_email = run_cli("profile", "set", "email", "jordan@")
    assert bad_email.exit_code == 2 and "not a valid e-mail" in bad_email.stderr
    bad_zone = run_cli("profile", "set", "timezone", "Europe/Atlantis")
    assert bad_zone.exit_code == 2 and "not a time zone" in bad_zone.stderr
    bad_field = run_cli("profile", "set", "age", "30")
    assert bad_field.exit_code == 2 and "name, email, phone" in bad_field.stderr
    crlf = run_cli("profile", "set", "name", "Jordan\r\nBcc: x@y.z")
    assert crlf.exit_code == 2 and "control characters" in crlf.stderr


def test_config_set_get_lists_and_keeps_comments(run_cli, tmp_path: Path) -> None:
    config = Path(run_cli("config", "path").stdout.strip())
    config.write_text("# my settings\n[review]\n# rules I don't want\nfail_on = \"warning\"\n")
    result = run_cli("config", "set", "review.ignore", "cliche,exclamation")
    assert result.exit_code == 0, result.output
    assert run_cli("config", "get", "review.ignore").stdout.strip() == "cliche,exclamation"
    text = config.read_text()
    assert "# my settings" in text and "# rules I don't want" in text
    assert 'ignore = ["cliche", "exclamation"]' in text
    shown = json.loads(run_cli("config", "show", "--format", "json").stdout)
    assert shown["review.fail_on"] == "warning"


def test_config_refuses_unknown_keys_and_bad_values_listing_valid_ones(run_cli) -> None:
    unknown = run_cli("config", "set", "review.colour", "blue")
    assert unknown.exit_code == 2
    assert "'review.colour' is not a setting" in unknown.stderr
    assert "review.ignore" in unknown.stderr
    bad = run_cli("config", "set", "review.fail_on", "fatal")
    assert bad.exit_code == 2 and "info, warning, error" in bad.stderr
    bad_rule = run_cli("config", "set", "review.ignore", "cliche,not-a-rule")
    assert bad_rule.exit_code == 2 and "'not-a-rule' is not a review rule" in bad_rule.stderr
    assert run_cli("config", "get", "review.ignore").stdout.strip() == ""


def test_a_broken_settings_file_names_its_line(run_cli) -> None:
    config = Path(run_cli("config", "path").stdout.strip())
    config.write_text('[profile]\nname = "Jordan\n')
    result = run_cli("profile")
    assert result.exit_code == 2 and "line 2" in result.stderr
    config.write_text('[profile]\nname = "Jordan"\nshoe_size = "42"\n')
    result = run_cli("profile")
    assert result.exit_code == 2 and "line 3" in result.stderr and "profile.shoe_size" in result.stderr


def test_config_option_overrides_the_environment(run_cli, tmp_path: Path) -> None:
    other = tmp_path / "other.toml"
    assert run_cli("--config", str(other), "profile", "set", "name", "Ana").exit_code == 0
    assert "Ana" in other.read_text()
    assert run_cli("--config", str(other), "config", "path").stdout.strip() == str(other)
