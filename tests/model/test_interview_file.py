from __future__ import annotations

import pytest

from afterword.errors import InvalidInput
from afterword.model.interview_file import parse_interview_text
from afterword.model.lines import line_of

MINIMAL = """[application]
company = "Globex"
role = "Analyst"

[interview]
start = {start}

[[interviewers]]
name = "Sam O'Neil"
"""


def parse(text: str, zone: str = "UTC"):
    return parse_interview_text(text, source="f.toml", default_zone=zone)


def test_only_four_fields_are_required() -> None:
    parsed = parse(MINIMAL.format(start="2026-05-04T09:30:00-04:00"))
    assert parsed.data.interviewers[0].name == "Sam O'Neil"
    assert (parsed.end - parsed.start).total_seconds() == 3600
    assert any("60 minutes" in n for n in parsed.notices)


def test_an_offset_without_a_zone_keeps_the_offset() -> None:
    parsed = parse(MINIMAL.format(start="2026-05-04T09:30:00-04:00"), zone="Europe/Paris")
    assert parsed.zone == "Etc/GMT+4"
    assert parsed.start.utcoffset().total_seconds() == -4 * 3600


def test_a_local_time_is_read_in_the_zone_key_across_dst() -> None:
    text = MINIMAL.format(start="2026-03-09T10:00:00").replace(
        "[interview]\n", '[interview]\ntimezone = "America/New_York"\n')
    parsed = parse(text)
    assert parsed.start.utcoffset().total_seconds() == -4 * 3600  # EDT began on 8 March


def test_end_before_start_is_refused() -> None:
    text = MINIMAL.format(start="2026-05-04T09:30:00Z").replace(
        "[[interviewers]]", "end = 2026-05-04T08:00:00Z\n[[interviewers]]")
    with pytest.raises(InvalidInput, match="line 8: interview.end must come after"):
        parse(text)


def test_unreadable_start_is_refused_with_its_line() -> None:
    with pytest.raises(InvalidInput, match="line 6: interview.start 'next Tuesday'"):
        parse(MINIMAL.format(start='"next Tuesday"'))


def test_no_interviewer_is_refused() -> None:
    text = MINIMAL.format(start="2026-05-04T09:30:00Z").split("[[interviewers]]")[0]
    with pytest.raises(InvalidInput, match="interviewers is required"):
        parse(text)


def test_tabs_in_a_company_name_are_refused() -> None:
    with pytest.raises(InvalidInput, match="line 2: application.company line breaks, tabs"):
        parse(MINIMAL.format(start="2026-05-04T09:30:00Z").replace("Globex", "Glo\\tbex"))


def test_concerns_may_be_plain_strings() -> None:
    text = MINIMAL.format(start="2026-05-04T09:30:00Z").replace(
        "[[interviewers]]", 'concerns = ["no SQL", "relocation"]\n[[interviewers]]')
    parsed = parse(text)
    assert [c.concern for c in parsed.data.interview.concerns] == ["no SQL", "relocation"]


def test_line_of_finds_keys_in_arrays_of_tables() -> None:
    text = '[a]\nx = 1\n[[people]]\nname = "A"\n[[people]]\nname = "B"\nmail = "m"\n'
    assert line_of(text, ("people", 1, "mail")) == 7
    assert line_of(text, ("people", 0, "name")) == 4
    assert line_of(text, ("people", 1, "missing")) == 5
    assert line_of(text, "a.x") == 2


def test_toml_mistakes_are_told_in_plain_words() -> None:
    with pytest.raises(InvalidInput, match="line 2: a quoted value is not closed"):
        parse('[application]\ncompany = "Acme\n')
    with pytest.raises(InvalidInput, match="line 2: a value should be in quotes"):
        parse("[application]\ncompany = Acme\n")


def test_curly_quotes_from_a_word_processor_are_named_in_the_hint() -> None:
    with pytest.raises(InvalidInput) as error:
        parse('[application]\ncompany = \u201cAcme\u201d\n')
    assert "curly quotes" in (error.value.hint or "")
    with pytest.raises(InvalidInput) as plain:
        parse("[application]\ncompany = Acme\n")
    assert "curly" not in (plain.value.hint or "")


def test_a_misspelled_key_gets_a_suggestion() -> None:
    text = MINIMAL.format(start="2026-05-04T09:30:00Z").replace("role =", "rloe =")
    with pytest.raises(InvalidInput, match="rloe is not a field of the interview file; did you "
                                           "mean role"):
        parse(text)


def test_a_misspelled_key_is_reported_once_with_the_field_it_means() -> None:
    text = MINIMAL.format(start="2026-05-04T09:30:00-04:00").replace("company =", "compnay =")
    with pytest.raises(InvalidInput) as caught:
        parse(text)
    assert caught.value.message == ("f.toml, line 2: application.compnay is not a field of the "
                                    "interview file; did you mean company?")


def test_a_misspelled_array_of_tables_names_its_own_line() -> None:
    text = MINIMAL.format(start="2026-05-04T09:30:00-04:00").replace(
        "[[interviewers]]", "[[interviewer]]")
    with pytest.raises(InvalidInput) as caught:
        parse(text)
    assert caught.value.message == ("f.toml, line 8: interviewer is not a field of the "
                                    "interview file; did you mean interviewers?")


def test_a_required_field_with_no_near_miss_is_still_missing() -> None:
    text = MINIMAL.format(start="2026-05-04T09:30:00-04:00").replace(
        'company = "Globex"\n', 'employer = "Globex"\n')
    with pytest.raises(InvalidInput) as caught:
        parse(text)
    assert "application.company is required but missing" in caught.value.message
    assert "application.employer is not a field of the interview file" in caught.value.message


def test_a_date_that_does_not_exist_is_named_as_such() -> None:
    text = MINIMAL.format(start="2026-03-32T14:00:00")
    with pytest.raises(InvalidInput, match="2026-03-32 is not a date that exists") as error:
        parse(text)
    assert "line " in str(error.value) and "TOML" not in str(error.value)


@pytest.mark.parametrize(("start", "fixed"), [
    ("2026-12-04 15:30", "2026-12-04 15:30"), ("2026-12-04T15:30", "2026-12-04 15:30"),
    ("2026-12-04 3pm", "2026-12-04 15:00"), ("2026-12-04 9:05 am", "2026-12-04 09:05"),
])
def test_a_date_and_time_written_without_quotes_says_to_add_them(start: str, fixed: str) -> None:
    # As `afterword new` and the docs write times: TOML's own dates need seconds, and its
    # message ("Expected newline ... after a statement") means nothing to a candidate.
    with pytest.raises(InvalidInput) as caught:
        parse(MINIMAL.format(start=start))
    assert caught.value.message.startswith("f.toml, line ")
    assert f"the date and time {start} needs quotes" in caught.value.message
    assert f'start = "{fixed}"' in (caught.value.hint or "")
    assert "TOML" not in caught.value.message
    # And written as the hint says, it is read.
    assert parse(MINIMAL.format(start=f'"{fixed}"')).start.hour == int(fixed[11:13])


def test_the_quotes_hint_names_the_key_at_fault() -> None:
    text = MINIMAL.format(start='"2026-12-04 15:30"\nend = 2026-12-04 16:15')
    with pytest.raises(InvalidInput) as caught:
        parse(text)
    assert 'end = "2026-12-04 16:15"' in (caught.value.hint or ""), caught.value.hint


def test_an_unclosed_list_is_reported_on_the_line_it_opens() -> None:
    text = '[application]\ncompany = "Globex"\ntopics = ["pricing", "churn"\nrole = "Analyst"\n'
    with pytest.raises(InvalidInput, match="line 3: a \\[list\\] opened on this line is not closed"):
        parse(text)


_ONE_BRACKET = """[application]
company = "Harbourline Ferries"
role = "Deck Officer"

[interview]
start = 2026-03-02T10:00:00

[interviewers]
name = "Niamh Byrne"
"""


def test_a_list_of_people_written_with_one_bracket_says_to_write_two() -> None:
    from afterword.errors import InvalidInput
    from afterword.model.interview_file import parse_interview_text

    for text, line in ((_ONE_BRACKET, 8),
                       (_ONE_BRACKET + '\n[interviewers]\nname = "Ola Berg"\n', 8)):
        with pytest.raises(InvalidInput) as exc:
            parse_interview_text(text, source="f.toml", default_zone="UTC")
        said = f"{exc.value} {exc.value.hint or ''}"
        assert f"line {line}" in said and "[[interviewers]]" in said and "two brackets" in said


def test_a_start_with_a_date_but_no_time_is_taken_as_nine_and_said() -> None:
    for start in ("2026-05-04", '"2026-05-04"'):
        parsed = parse(MINIMAL.format(start=start), zone="America/Denver")
        assert (parsed.start.hour, parsed.start.minute) == (9, 0), start
        assert any("has no time: taken as 09:00" in n for n in parsed.notices), start


def test_a_start_with_a_time_draws_no_notice_about_the_time() -> None:
    for start in ("2026-05-04T14:30:00-04:00", '"2026-05-04 14:30"', '"2026-05-04 1430"'):
        parsed = parse(MINIMAL.format(start=start), zone="America/Denver")
        assert (parsed.start.hour, parsed.start.minute) == (14, 30), start
        assert not any("has no time:" in n for n in parsed.notices), start


@pytest.mark.parametrize(("start", "said"), [
    ("2026-04-12T10:00:00", "did you mean 2026-12-04 (day and month swapped)"),  # day first
    ("2027-12-04T10:00:00", "did you mean 2026-12-04 (last year)"),  # the new year's number
])
def test_a_start_that_reads_as_a_slip_is_pointed_out(monkeypatch, start: str, said: str) -> None:
    monkeypatch.setenv("AFTERWORD_NOW", "2026-12-07T12:00:00+00:00")
    parsed = parse(MINIMAL.format(start=start))
    assert any(said in n for n in parsed.notices), parsed.notices


@pytest.mark.parametrize("start", [
    "2026-12-01T10:00:00",  # last week
    "2026-12-29T10:00:00",  # an interview weeks ahead (an invitation)
    "2026-03-02T10:00:00",  # an old record, edited or added late: no swap or year reads near
])
def test_a_start_far_away_but_no_slip_draws_no_notice(monkeypatch, start: str) -> None:
    monkeypatch.setenv("AFTERWORD_NOW", "2026-12-07T12:00:00+00:00")
    parsed = parse(MINIMAL.format(start=start))
    assert not any("did you mean" in n for n in parsed.notices), parsed.notices
