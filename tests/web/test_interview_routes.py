"""New interview (form and import), editing, the interview page and its record actions."""

from __future__ import annotations

import re
from html import unescape as html_unescape
from pathlib import Path

from tests.web.conftest import ACME, FIXTURES, Web, field_error, input_value

VALID = {
    "application.company": "Northwind",
    "application.role": "Data Analyst",
    "application.status": "interviewing",
    "interview.start": "2026-03-02T10:00",
    "interview.timezone": "America/Chicago",
    "interview.topics": "dashboards\nSQL performance",
    "interviewers[1].name": "Sam Ortiz",
    "interviewers[1].email": "sam.ortiz@northwind.example",
    "interviewers[1].channel": "email",
    "interviewers[1].topics": "the churn dashboard",
    "interviewers[1].point_of_contact": "on",
}


def count(web: Web, table: str) -> int:
    return int(web.sql(f"SELECT COUNT(*) FROM {table}")[0][0])


def test_the_new_interview_form_labels_every_field(web: Web) -> None:
    html = web.get("/interviews/new").text
    ids = re.findall(r'<(?:input|select|textarea) id="([^"]+)"', html)
    assert "f-application-company" in ids and "f-interviewers-1-name" in ids
    for field_id in ids:
        assert f'<label for="{field_id}"' in html, field_id
    assert input_value(html, "interview.timezone") == "America/New_York"  # the profile's


def test_a_valid_form_stores_the_interview_and_opens_it(web: Web) -> None:
    response = web.post("/interviews/new", VALID, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/interviews/1"
    page = web.get("/interviews/1").text
    assert "Stored: Northwind, Data Analyst (1 interviewer)" in page
    assert "Sam Ortiz" in page and "the churn dashboard" in page
    row = web.sql("SELECT name, email, point_of_contact, topics FROM interviewers")[0]
    assert row[:3] == ("Sam Ortiz", "sam.ortiz@northwind.example", 1)
    assert web.sql("SELECT timezone FROM interviews")[0][0] == "America/Chicago"


def test_interviewers_are_added_and_removed_each_with_their_own_topics(web: Web) -> None:
    data = {**VALID, "action": "add:interviewers"}
    html = web.post("/interviews/new", data).text
    assert 'data-testid="interviewer-2"' in html
    assert input_value(html, "interviewers[1].name") == "Sam Ortiz"
    data = {**VALID, "interviewers[2].name": "Lena Park", "interviewers[2].topics": "A/B tests",
            "interviewers[2].channel": "handwritten"}
    removed = web.post("/interviews/new", {**data, "action": "remove:interviewers:1"}).text
    assert 'data-testid="interviewer-2"' not in removed
    assert input_value(removed, "interviewers[1].name") == "Lena Park"
    assert count(web, "interviews") == 0  # adding and removing stores nothing
    web.post("/interviews/new", data)
    people = web.sql("SELECT name, topics, channel FROM interviewers ORDER BY position")
    assert [(p[0], p[2]) for p in people] == [("Sam Ortiz", "email"),
                                              ("Lena Park", "handwritten")]
    assert "A/B tests" in people[1][1] and "A/B tests" not in people[0][1]


def test_concerns_can_be_added_with_their_answers(web: Web) -> None:
    html = web.post("/interviews/new", {**VALID, "action": "add:concerns"}).text
    assert 'id="f-interview-concerns-1-concern"' in html
    web.post("/interviews/new", {**VALID, "interview.concerns[1].concern": "no Tableau",
                                 "interview.concerns[1].answer": "I use Power BI daily."})
    assert "no Tableau" in web.sql("SELECT concerns FROM interviews")[0][0]


def test_an_invalid_address_is_shown_next_to_its_field_and_nothing_is_stored(web: Web) -> None:
    response = web.post("/interviews/new", {**VALID, "interviewers[1].email": "sam@"})
    assert response.status_code == 400
    error = field_error(response.text, "f-interviewers-1-email")
    assert error and "is not a valid e-mail address" in error
    assert 'aria-invalid="true"' in response.text
    assert input_value(response.text, "application.company") == "Northwind"  # kept
    assert count(web, "interviews") == 0


def test_a_time_zone_that_does_not_exist_gets_a_clear_message(web: Web) -> None:
    response = web.post("/interviews/new", {**VALID, "interview.timezone": "Mars/Olympus"})
    assert response.status_code == 400
    error = field_error(response.text, "f-interview-timezone")
    assert error and "'Mars/Olympus' is not a time zone" in error
    abbreviation = web.post("/interviews/new", {**VALID, "interviewers[1].timezone": "EST"})
    assert "probably America/New_York" in field_error(abbreviation.text,
                                                      "f-interviewers-1-timezone")
    assert count(web, "interviews") == 0


def test_missing_required_fields_are_each_named(web: Web) -> None:
    data = {**VALID, "application.company": "", "interview.start": "",
            "interviewers[1].name": "", "interviewers[1].email": ""}
    data.pop("interviewers[1].topics")
    data.pop("interviewers[1].point_of_contact")
    response = web.post("/interviews/new", data)
    assert response.status_code == 400
    assert field_error(response.text, "f-application-company") == "Required: please fill it in."
    assert "Required" in field_error(response.text, "f-interview-start")
    assert '<a href="#f-interview-start">Started</a>' in response.text
    assert "Add at least one interviewer, with a name." in response.text
    assert 'data-testid="error-summary"' in response.text
    assert count(web, "interviews") == 0


def test_an_end_before_the_start_is_refused_on_the_end_field(web: Web) -> None:
    response = web.post("/interviews/new", {**VALID, "interview.end": "2026-03-02T09:00"})
    assert "Must come after interview.start" in field_error(response.text, "f-interview-end")


def test_importing_an_interview_file_fills_the_form_and_stores_nothing(web: Web) -> None:
    response = web.post("/interviews/import", files={
        "file": ("acme.toml", ACME.read_bytes(), "application/toml")})
    assert response.status_code == 200
    html = response.text
    assert input_value(html, "application.company") == "Acme Analytics"
    assert input_value(html, "interview.start") == "2026-03-02T14:00"
    assert input_value(html, "interviewers[2].name") == "Tomás Ortega"
    assert input_value(html, "interviewers[2].timezone") == "Europe/Madrid"
    assert 'data-testid="imported"' in html
    assert count(web, "interviews") == 0


def test_an_interview_file_with_mistakes_fills_the_form_with_the_errors_marked(web: Web) -> None:
    text = ACME.read_text().replace('email = "priya.raman@acme-analytics.example"',
                                    'email = "priya.raman@"')
    response = web.post("/interviews/import", files={"file": ("acme.toml", text.encode())})
    assert response.status_code == 400
    assert "not a valid e-mail address" in field_error(response.text, "f-interviewers-1-email")
    assert input_value(response.text, "application.company") == "Acme Analytics"


def test_a_misspelled_key_in_an_imported_file_is_named_not_dropped(web: Web) -> None:
    text = ACME.read_text().replace('company = "Acme Analytics"', 'compnay = "Acme Analytics"')
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("compnay"))
    response = web.post("/interviews/import", files={"file": ("acme.toml", text.encode())})
    assert response.status_code == 400
    summary = response.text.split('data-testid="error-summary"')[1].split("</div>")[0]
    assert (f"acme.toml, line {line}: \u201ccompnay\u201d is not a field of the interview file "
            "(did you mean company?), so what it holds was left out: type it in the form "
            "below.") in summary
    assert count(web, "interviews") == 0


def test_a_misspelled_table_in_an_imported_file_is_named_not_dropped(web: Web) -> None:
    text = ACME.read_text().replace("[[interviewers]]", "[[interviewer]]")
    response = web.post("/interviews/import", files={"file": ("acme.toml", text.encode())})
    assert response.status_code == 400
    assert "\u201cinterviewer\u201d is not a field of the interview file (did you mean " \
           "interviewers?)" in response.text


def test_importing_an_invitation_needs_the_company_and_role(web: Web) -> None:
    data = (FIXTURES / "google_invite.ics").read_bytes()
    response = web.post("/interviews/import", files={"file": ("invite.ics", data)})
    assert response.status_code == 400
    assert "does not say the company" in field_error(response.text, "f-application-company")
    assert "does not say the role" in field_error(response.text, "f-application-role")
    assert input_value(response.text, "interviewers[1].name") == "Jonas Becker"  # read anyway
    filled = web.post("/interviews/import", {"application.company": "Kestrel",
                                             "application.role": "Analyst"},
                      files={"file": ("invite.ics", data)})
    assert filled.status_code == 200
    assert input_value(filled.text, "application.company") == "Kestrel"
    assert input_value(filled.text, "interview.timezone") == "Europe/Berlin"
    assert input_value(filled.text, "interview.start") == "2026-04-02T16:30"
    assert input_value(filled.text, "interviewers[1].name") == "Jonas Becker"
    assert count(web, "interviews") == 0


def test_importing_an_invitation_shows_what_was_understood(web: Web) -> None:
    data = (FIXTURES / "outlook_team_organizer.ics").read_bytes()
    response = web.post("/interviews/import", {"application.company": "Northwind",
                                                     "application.role": "Analyst"},
                        files={"file": ("invite.ics", data)})
    assert response.status_code == 200
    assert input_value(response.text, "application.recruiter.name") == "Northwind Recruiting"
    assert 'data-testid="import-notes"' in response.text
    assert "Recruiter: Northwind Recruiting &lt;recruiting@northwind.example&gt;, a team mailbox" \
        in response.text
    assert count(web, "interviews") == 0


def test_a_malformed_invitation_gets_a_clear_message_and_changes_nothing(web: Web) -> None:
    data = (FIXTURES / "malformed_invite.ics").read_bytes()
    response = web.post("/interviews/import", {"application.company": "Northwind",
                                                     "application.role": "Analyst"},
                        files={"file": ("bad.ics", data)})
    assert response.status_code == 400
    error = field_error(response.text, "f-file")
    assert error and "Traceback" not in response.text
    assert count(web, "interviews") == 0


def test_an_import_without_a_file_or_with_a_binary_one_says_so(web: Web) -> None:
    empty = web.post("/interviews/import", files={"file": ("", b"")})
    assert "Choose a calendar invitation" in field_error(empty.text, "f-file")
    binary = web.post("/interviews/import", files={"file": ("x.toml", b"\xff\xfe\x00")})
    assert "not a text file" in field_error(binary.text, "f-file")


def test_editing_an_interview_round_trips_and_validates(acme: Web) -> None:
    html = acme.get("/interviews/1/edit").text
    assert input_value(html, "interview.start") == "2026-03-02T14:00"
    assert input_value(html, "interviewers[1].name") == "Priya Raman"
    posted = {k: v for k, v in re.findall(
        r'<input id="[^"]*" name="([^"]+)" type="(?:text|email|url|datetime-local)" value="([^"]*)"',
        html)}
    posted.update({k: v for k, v in re.findall(
        r'<textarea id="[^"]*" name="([^"]+)"[^>]*>([^<]*)</textarea>', html)})
    posted["application.role"] = "Senior Data Engineer"
    response = acme.post("/interviews/1/edit", posted, follow_redirects=False)
    assert response.status_code == 303
    assert acme.sql("SELECT role FROM applications")[0][0] == "Senior Data Engineer"
    assert acme.sql("SELECT COUNT(*) FROM interviewers")[0][0] == 2
    bad = acme.post("/interviews/1/edit", {**posted, "interview.timezone": "Nowhere/Land"})
    assert bad.status_code == 400
    assert acme.sql("SELECT timezone FROM interviews")[0][0] == "America/New_York"


def test_the_interview_page_shows_the_record_the_plan_and_a_draft_per_interviewer(
        acme: Web) -> None:
    html = acme.get("/interviews/1").text
    assert 'data-testid="interview-title"' in html and "Acme Analytics" in html
    assert "migration to Kubernetes" in html
    assert html.count('data-testid="step"') >= 3
    assert 'data-testid="draft-1"' in html and 'data-testid="draft-2"' in html
    assert 'id="body-1"' in html and 'id="review-1"' in html
    assert 'data-testid="score"' in html


def test_an_unknown_interview_is_a_page_not_a_traceback(web: Web) -> None:
    response = web.get("/interviews/99")
    assert response.status_code == 404
    assert "There is no interview 99" in response.text
    assert web.get("/nowhere").status_code == 404
    assert web.get("/interviews/abc").status_code == 404  # an address that names nothing


def test_status_reply_and_delete(acme: Web) -> None:
    acme.post("/interviews/1/reply", {"timeframe": "within a week"})
    assert acme.sql("SELECT kind FROM events")[-1][0] == "reply"
    bad = acme.post("/interviews/1/reply", {"timeframe": "soonish"})
    assert bad.status_code == 400 and "Afterword cannot read a date in the timeframe" in bad.text
    page = acme.post("/interviews/1/status", {"status": "rejected"}).text
    assert "Status: rejected." in page
    assert acme.post("/interviews/1/status", {"status": "ghosted"}).status_code == 400
    assert acme.post("/interviews/1/delete", {}).status_code == 400  # not confirmed
    assert count(acme, "interviews") == 1
    done = acme.post("/interviews/1/delete", {"confirm": "yes"})
    assert "Deleted the interview with Acme Analytics" in done.text
    assert count(acme, "interviews") == 0


def test_the_interview_list_shows_each_interview_with_its_next_step(acme: Web) -> None:
    html = acme.get("/interviews").text
    assert 'data-testid="interview-1"' in html and "Next: thank-you" in html


def test_the_interview_page_shows_the_date_the_timeframe_is_read_as(acme: Web) -> None:
    page = acme.get("/interviews/1").text
    assert "within two weeks" in page and "(by Monday 16 March)" in page
    acme.config.set("profile.locale", "en_US")
    page = acme.get("/interviews/1").text
    assert "(by Monday, March 16)" in page
    assert "Mon, Mar 2, 2026, 2:00 PM EST" in page  # the interview's time, US style


def test_a_reply_in_the_web_takes_the_same_phrases(acme: Web) -> None:
    done = acme.post("/interviews/1/reply", {"timeframe": "by Friday"})
    assert "a decision is expected by Friday 6 March" in done.text


def test_drafting_again_after_the_thank_yous_went_out_says_so_in_the_app_s_words(
        acme: Web) -> None:
    acme.sql("UPDATE messages SET state = 'sent', sent_at = '2026-03-02 23:00:00'")
    page = acme.post("/interviews/1/draft", {"kind": "thank-you"}).text
    said = " ".join(page.split())
    assert "Every interviewer already has your thank-you" in said, said
    assert "choose “Follow-up” to write the next note" in said
    assert "afterword draft" not in said  # no command line in the web app
    assert acme.sql("SELECT COUNT(*) FROM messages")[0][0] == 2


def test_an_add_button_in_place_returns_only_its_group_with_focus_in_the_new_row(
        web: Web) -> None:
    data = {**VALID, "csrf_token": web.csrf, "interview.concerns[1].concern": "no Tableau"}
    html = web.htmx("/interviews/new", {**data, "action": "add:concerns"}).text
    assert html.lstrip().startswith('<div id="rows-concerns"')  # the group, not the page
    assert "<h1" not in html and 'name="application.company"' not in html
    assert input_value(html, "interview.concerns[1].concern") == "no Tableau"  # kept
    assert re.search(r'name="interview\.concerns\[2\]\.concern"[^>]*autofocus', html)
    removed = web.htmx("/interviews/new", {**data, "action": "remove:concerns:1"}).text
    assert 'data-testid="concern-1"' not in removed
    assert re.search(r'data-testid="add-concern" autofocus', removed)
    person = web.htmx("/interviews/new",
                      {**data, "action": "add:interviewers"}).text
    assert re.search(r'name="interviewers\[2\]\.name"[^>]*autofocus', person)
    assert count(web, "interviews") == 0


def test_an_add_button_without_scripts_reloads_the_form_with_the_new_field_focused(
        web: Web) -> None:
    html = web.post("/interviews/new", {**VALID, "action": "add:improve"}).text
    assert re.search(r'name="interview\.improve\[1\]\.answer"[^>]*autofocus', html)
    assert input_value(html, "application.company") == "Northwind"


# What the new form posts before anything is typed: its defaults.
NEW_FORM_DEFAULTS = {"interview.timezone": "America/New_York", "application.status":
                     "interviewing", "interviewers[1].channel": "email", "action": "save"}


def test_choosing_a_file_and_pressing_save_stores_what_the_file_says(web: Web) -> None:
    response = web.post("/interviews/new", NEW_FORM_DEFAULTS, files={
        "file": ("acme.toml", ACME.read_bytes(), "application/toml")}, follow_redirects=False)
    assert response.status_code == 303, response.text
    assert web.sql("SELECT company, role FROM applications")[0] == ("Acme Analytics",
                                                                    "Data Engineer")
    assert count(web, "interviewers") == 2
    assert "Stored from acme.toml: Acme Analytics" in web.get(response.headers["location"]).text


def test_saving_an_invitation_uses_the_company_and_role_typed_in_the_form(web: Web) -> None:
    data = (FIXTURES / "google_invite.ics").read_bytes()
    missing = web.post("/interviews/new", NEW_FORM_DEFAULTS,
                       files={"file": ("invite.ics", data)})
    assert missing.status_code == 400
    assert field_error(missing.text, "f-application-company") == \
        "An invitation does not say the company: type it here."
    assert "Required" not in missing.text
    assert input_value(missing.text, "interviewers[1].name") == "Jonas Becker"  # nothing lost
    assert 'data-testid="imported"' in missing.text
    assert count(web, "interviews") == 0
    typed = {**NEW_FORM_DEFAULTS, "application.company": "Kestrel",
             "application.role": "Analyst", "interview.topics": "the churn dashboard"}
    saved = web.post("/interviews/new", typed, files={"file": ("invite.ics", data)},
                     follow_redirects=False)
    assert saved.status_code == 303, saved.text
    assert web.sql("SELECT company, role FROM applications")[0] == ("Kestrel", "Analyst")
    assert "the churn dashboard" in web.sql("SELECT topics FROM interviews")[0][0]
    assert web.sql("SELECT name FROM interviewers")[0][0] == "Jonas Becker"


def test_reading_a_file_in_the_form_keeps_what_was_typed_where_the_file_says_nothing(
        web: Web) -> None:
    data = (FIXTURES / "google_invite.ics").read_bytes()
    typed = {**NEW_FORM_DEFAULTS, "action": "import", "application.company": "Kestrel",
             "application.role": "Analyst", "interview.concerns[1].concern": "no Tableau"}
    html = web.post("/interviews/new", typed, files={"file": ("invite.ics", data)}).text
    assert input_value(html, "application.company") == "Kestrel"
    assert input_value(html, "interview.concerns[1].concern") == "no Tableau"
    assert input_value(html, "interview.start") == "2026-04-02T16:30"  # the file's
    assert re.search(r'data-testid="imported"[^>]*autofocus', html)
    assert count(web, "interviews") == 0
    nothing = web.post("/interviews/new", {**NEW_FORM_DEFAULTS, "action": "import"})
    assert "Choose a calendar invitation" in field_error(nothing.text, "f-file")


def test_a_date_the_browser_could_not_read_says_what_is_wrong_and_stores_nothing(
        web: Web) -> None:
    # The browser sends an unreadable date as empty; app.js names it in "unreadable".
    start = web.post("/interviews/new", {**VALID, "interview.start": "",
                                         "unreadable": "interview.start"})
    assert start.status_code == 400
    error = field_error(start.text, "f-interview-start")
    assert error and "incomplete or does not exist" in error and "Required" not in error
    # An optional end would otherwise be dropped silently (an hour after the start).
    end = web.post("/interviews/new", {**VALID, "interview.end": "",
                                       "unreadable": "interview.end"})
    assert end.status_code == 400
    assert "incomplete or does not exist" in field_error(end.text, "f-interview-end")
    assert count(web, "interviews") == 0


def test_a_date_typed_as_text_says_how_to_write_it(web: Web) -> None:
    response = web.post("/interviews/new", {**VALID, "interview.start": "03/02/2026 2pm"})
    error = field_error(response.text, "f-interview-start")
    assert error == ("'03/02/2026 2pm' is not a date and time: write it as 2026-03-02 14:00, "
                     "or pick it from the calendar.")


# --- How the notes will read each free-text field (issue 13 item 6, issue 15) ---------------

def reading_of(html: str, field_id: str) -> str:
    from html import unescape

    match = re.search(rf'<div class="reading" id="reading-{re.escape(field_id)}"[^>]*>(.*?)</div>',
                      html, re.S)
    assert match, field_id
    return unescape(re.sub(r"<[^>]+>", " ", match.group(1)))


def test_the_form_reads_each_free_text_field_as_a_note_will_while_it_is_typed(
        web: Web) -> None:
    # Nothing required is filled in yet: the reading does not wait for it.
    html = web.htmx("/interviews/reading", {
        "interview.topics": "food cost - theyre at 33%, want 29\nbrunch launch in june",
        "interview.concerns[1].concern": "only 2 yrs as a sous",
        "interviewers[1].topics": "whole animal program",
        "interviewers[1].rapport": "both ran the chicago marathon"}).text
    topics = " ".join(reading_of(html, "f-interview-topics").split())
    assert "our conversation about the food cost" in topics
    assert "Left out: they're at 33% (a detail: a note names one idea per topic)" in topics
    assert "our conversation about the brunch launch in June" in topics
    concern = reading_of(html, "f-interview-concerns-1-answer")
    # Left out with compose's reason and its ask (their wording is compose's to choose).
    assert "Left out: only 2 yrs as a sous (" in concern
    assert "To use it: " in concern
    assert "Chicago marathon" in reading_of(html, "f-interviewers-1-rapport")
    assert 'hx-swap-oob="true"' in html
    assert reading_of(html, "f-application-values") == ""  # an empty slot, cleared


def test_a_field_that_fails_validation_does_not_stop_the_reading(web: Web) -> None:
    html = web.htmx("/interviews/reading", {
        "interview.topics": "the churn dashboard", "interviewers[1].email": "sam@",
        "interview.start": "yesterday"}).text
    assert "our conversation about the churn dashboard" in reading_of(html, "f-interview-topics")


def test_the_edit_form_shows_the_same_reading_as_the_command_line(acme: Web,
                                                                  tmp_path: Path) -> None:
    from afterword.compose.service import record_reading

    reading = record_reading(acme.store, acme.settings, 1)
    html = acme.get("/interviews/1/edit").text
    from html import unescape

    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
    shown = [f for f in reading["fields"] if f["becomes"]]
    assert shown
    for entry in shown:
        assert entry["becomes"] in text, entry
    values = reading_of(html, "f-application-values")
    assert "In your notes:" in values and "\u201cmake reliable data boring" in values
    # Values without the company's own words quoted: the form says how to make them usable.
    unquoted = tmp_path / "unquoted.toml"
    unquoted.write_text(ACME.read_text(encoding="utf-8").replace(
        '"Acme\'s mission: \\"make reliable data boring, so teams can trust their numbers\\""',
        '"Acme\'s mission is to make reliable data boring"').replace(
        "2026-03-02T", "2026-03-09T"), encoding="utf-8")  # a later round, not the same one
    second = acme.add(unquoted)
    values = reading_of(acme.get(f"/interviews/{second}/edit").text, "f-application-values")
    assert "To use it: put the company's own words in quotation marks" in values


def test_the_edit_form_refuses_a_date_the_browser_could_not_read(acme: Web) -> None:
    html = acme.get("/interviews/1/edit").text
    posted = {k: v for k, v in re.findall(
        r'<input id="[^"]*" name="([^"]+)" type="(?:text|email|url|datetime-local)" value="([^"]*)"',
        html)}
    posted.update({"interview.end": "", "unreadable": "interview.end",
                   "application.role": "Senior Data Engineer"})
    response = acme.post("/interviews/1/edit", posted)
    assert response.status_code == 400
    assert "incomplete or does not exist" in field_error(response.text, "f-interview-end")
    assert acme.sql("SELECT role FROM applications")[0][0] == "Data Engineer"  # unchanged


def test_the_private_notes_field_says_no_note_uses_it(web: Web) -> None:
    html = web.get("/interviews/new").text
    assert 'id="f-interview-notes-hint">For you alone: no note uses them.' in html


def test_what_the_notes_still_need_is_said_in_the_form_s_words(web: Web) -> None:
    html = web.htmx("/interviews/reading", {
        "interviewers[1].name": "Anton Varga", "interviewers[1].channel": "handwritten",
        "interviewers[1].topics": "the whole animal program",
        # A second card: no note has room, and someone else may have raised it.
        "interviewers[2].name": "Priya Natarajan", "interviewers[2].channel": "handwritten",
        "interviewers[2].topics": "the new pastry menu",
        "interview.concerns[1].concern": "pastry is my weak spot",
        "interview.concerns[1].answer": "I am taking a six-week viennoiserie course in June."}).text
    from html import unescape

    match = re.search(r'<div id="reading-to-finish"[^>]*>(.*?)</div>', html, re.S)
    assert match
    finish = " ".join(unescape(re.sub(r"<[^>]+>", " ", match.group(1))).split())
    assert "Before your notes are complete" in finish
    assert "Anton's note is a card" in finish
    assert "fill in “Who asked” for it" in finish
    assert "raised_by" not in finish


def test_the_angle_of_a_note_is_said_in_words_not_as_its_id(web: Web) -> None:
    assert web.add(ACME) == 1
    web.draft(1)
    html = web.get("/interviews/1").text
    assert '<label for="angle">What the notes lead with</label>' in html
    assert '<option value="concern-answering">Leads with your answer to their concern</option>' \
        in html
    # Priya's draft leads with her concern (docs/compose.md's example): said in words.
    assert "E-mail · leads with your answer to their concern" in html
    assert ">concern-answering<" not in html and "· concern-answering" not in html


def test_each_draft_lists_what_it_waits_for_and_the_page_what_no_note_waits_for(
        web: Web) -> None:
    data = {**VALID,
            "interview.qualifications": "cut dashboard load time from 40 s to 6 s\n"
                                        "built the churn model the CFO uses every quarter",
            "interviewers[2].name": "Lena Park", "interviewers[2].email": "lena@northwind.example",
            "interviewers[2].channel": "email", "interviewers[2].topics": "A/B tests",
            "interview.concerns[1].concern": "no tableau exp",
            # An answer the composer cannot phrase ("2 wks w/ it at work" now goes out as a
            # sentence), so the note that should carry it waits for it.
            "interview.concerns[1].answer": "ya its fine, similar-ish to looker tbh",
            "interview.concerns[2].concern": "no dbt experience"}
    web.post("/interviews/new", data)
    html = web.post("/interviews/1/draft", {"kind": "thank-you"}).text
    sam = re.search(r'data-testid="draft-1".*?data-testid="draft-2"', html, re.S)
    assert sam and "no tableau exp" in sam.group(0)  # the point of contact's note answers it
    assert "This note waits for these before it is ready" in sam.group(0)
    assert 'data-testid="missing-2"' not in html  # Lena's note waits for nothing
    record = re.search(r'data-testid="record-to-finish".*?</section>', html, re.S)
    assert record and "no dbt experience" in record.group(0)  # no answer: no note waits
    assert "no tableau exp" not in record.group(0)


def _posted_form(html: str) -> dict[str, str]:
    fields = re.findall(r'<input id="[^"]*" name="([^"]+)" type="(?:text|email|url|datetime-local)"'
                        r' value="([^"]*)"', html)
    fields += re.findall(r'<textarea id="[^"]*" name="([^"]+)"[^>]*>([^<]*)</textarea>', html)
    return {k: html_unescape(v) for k, v in fields}


def test_saving_a_form_opened_before_a_change_made_elsewhere_keeps_that_change(
        acme: Web) -> None:
    # Two tabs on one interview: the first saves a new role; the second, opened before it,
    # saves a new company name, and must not silently put the old role back.
    first = acme.get("/interviews/1/edit").text
    second = acme.get("/interviews/1/edit").text
    assert input_value(second, "base") and "Acme Analytics" in (input_value(second, "base") or "")
    posted = {**_posted_form(first), "base": input_value(first, "base") or "",
              "application.role": "Senior Data Engineer"}
    assert acme.post("/interviews/1/edit", posted, follow_redirects=False).status_code == 303
    # As a browser sends it: line breaks in a form's values as CRLF.
    stale = {**_posted_form(second), "base": (input_value(second, "base") or "").replace(
        "\n", "\r\n"), "application.company": "Acme Analytics Ltd"}
    saved = acme.post("/interviews/1/edit", stale)
    assert saved.status_code == 200
    assert "changed somewhere else" in saved.text
    assert acme.sql("SELECT company, role FROM applications")[0] == ("Acme Analytics Ltd",
                                                                     "Senior Data Engineer")
    # The same field changed in both: the edit saved last is the person's own choice.
    third = {**stale, "application.role": "Lead Data Engineer"}
    acme.post("/interviews/1/edit", third)
    assert acme.sql("SELECT role FROM applications")[0][0] == "Lead Data Engineer"
    # A form opened on the current record says nothing of other changes.
    fresh = acme.get("/interviews/1/edit").text
    again = acme.post("/interviews/1/edit", {**_posted_form(fresh), "base": input_value(
        fresh, "base") or "", "application.role": "Staff Data Engineer"})
    assert "changed somewhere else" not in again.text


def test_adding_a_row_without_scripts_keeps_the_version_the_edit_started_from(acme: Web) -> None:
    html = acme.get("/interviews/1/edit").text
    base = input_value(html, "base")
    posted = {**_posted_form(html), "base": base or "", "action": "add:concerns"}
    page = acme.post("/interviews/1/edit", posted)
    assert page.status_code == 200
    assert input_value(page.text, "base") == base


def test_an_imported_file_with_curly_quotes_or_an_impossible_date_says_which(web: Web) -> None:
    # The same reading of a TOML mistake as the command line's (plain_toml_error).
    curly = ACME.read_text().replace('company = "Acme Analytics"',
                                     'company = \u201cAcme Analytics\u201d')
    response = web.post("/interviews/import", files={"file": ("acme.toml", curly.encode())})
    assert response.status_code == 400 and "curly quotes" in html_unescape(response.text)
    dated = re.sub(r"start = 2026-03-02", "start = 2026-03-32", ACME.read_text())
    response = web.post("/interviews/import", files={"file": ("acme.toml", dated.encode())})
    assert response.status_code == 400
    assert "2026-03-32 is not a date that exists" in html_unescape(response.text)
