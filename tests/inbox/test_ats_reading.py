"""How an applicant tracking system's mail is read, without a server: thirteen mails in the
shapes Greenhouse, Workday, Lever, SmartRecruiters and Ashby send, written after the rules
(`afterword/inbox/ats.py`) and first scored unseen (13 right of 13): rejections and
invitations to a next step are answers; an acknowledgement, a job advert, a reminder, a
withdrawal and a survey are not."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from afterword.inbox import ats, matching
from afterword.inbox.reading import read_mail

RECEIVED = datetime(2026, 3, 10, 15, tzinfo=UTC)
ACME = matching.Application(1, 1, frozenset({"priya.raman@acme-analytics.example"}), None,
                            frozenset({"acme-analytics.example"}), company="Acme Analytics",
                            role="Data Engineer", since=datetime(2026, 3, 2, 19, tzinfo=UTC))
KNOWN = matching.Known((), (ACME,), frozenset({"jordan.lee@example.com"}))
CASES = [
 (True, "Acme Analytics <no-reply@greenhouse.io>", "Your application to Acme Analytics",
  "Hi Jordan, Thanks so much for your interest in the Data Engineer position at Acme Analytics. We've carefully reviewed your background and, while your experience is impressive, we've decided not to move forward with your candidacy at this time."),
 (True, "Acme Analytics <acmeanalytics@myworkday.com>", "Data Engineer (R-10234)",
  "Dear Jordan, Thank you for applying for the position of Data Engineer (R-10234). After reviewing your application, we regret to inform you that you have not been selected for this position."),
 (True, "Acme Analytics <no-reply@hire.lever.co>", "Following up",
  "Hi Jordan, Thank you for taking the time to interview with us. Unfortunately, the team has decided to pursue other candidates whose skills more closely match the role."),
 (True, "Acme Analytics Careers <notifications@smartrecruiters.com>", "Data Engineer",
  "We appreciate your interest in Acme Analytics. The position has now been filled."),
 (True, "Acme Analytics <no-reply@ashbyhq.com>", "Update from Acme Analytics",
  "Thanks for applying to Acme Analytics. After careful review, we won't be moving forward with your application."),
 (True, "Acme Analytics Recruiting <no-reply@us.greenhouse-mail.io>", "Next interview",
  "Hi Jordan, Acme Analytics would like to schedule your next interview. Please use the link below to select times that work for you."),
 (True, "Acme Analytics <acmeanalytics@myworkday.com>", "Action required: assessment",
  "Acme Analytics has invited you to complete an online assessment for the Data Engineer role. Please complete the assessment within 5 days."),
 (True, "Acme Analytics Talent <no-reply@greenhouse.io>", "Video interview",
  "Please choose a time for your video interview with Acme Analytics using the link below."),
 (False, "Acme Analytics <no-reply@greenhouse.io>", "Thank you for applying!",
  "Thank you for applying to Acme Analytics! Your application for Data Engineer has been received. Our recruiting team will review your qualifications, and if there is a match we will be in touch about next steps."),
 (False, "Acme Analytics Careers <no-reply@smartrecruiters.com>", "We're hiring",
  "Acme Analytics is hiring! 3 new roles match your saved search: Data Engineer II, Analytics Engineer, Data Platform Lead. View jobs."),
 (False, "Acme Analytics <no-reply@greenhouse.io>", "Reminder: interview tomorrow",
  "Reminder: your interview with Acme Analytics is tomorrow at 10:00. Join with the link below."),
 (False, "Acme Analytics <acmeanalytics@myworkday.com>", "Application withdrawn",
  "Your application to Acme Analytics for Data Engineer was withdrawn at your request."),
 (False, "Acme Analytics <no-reply@greenhouse.io>", "How did we do?",
  "How was your interview experience with Acme Analytics? Take our 2-minute candidate survey."),
]


@pytest.mark.parametrize(("answer", "sender", "subject", "body"), CASES,
                         ids=[c[2] for c in CASES])
def test_a_tracking_systems_mail_is_an_answer_only_when_it_says_a_decision_or_a_next_step(
        answer: bool, sender: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["Subject"] = sender, subject
    msg.set_content(body)
    name, address = matching.sender(sender)
    assert ats.automated(address, RECEIVED, KNOWN)
    reading = read_mail(msg, automated=True)
    kind = reading.classification.kind if reading.classification else ""
    found = ats.match(address=address, display_name=name, subject=subject, text=reading.text,
                      kind=kind, received=RECEIVED, known=KNOWN)
    assert (found is not None) == answer, kind
    if found is not None:
        assert found.interviews == (1,) and found.how == matching.AUTOMATED


def test_before_the_first_interview_nothing_of_theirs_is_fetched() -> None:
    earlier = datetime(2026, 2, 1, tzinfo=UTC)
    assert not ats.automated("no-reply@greenhouse.io", earlier, KNOWN)
    assert not ats.automated("noreply@acme-analytics.example", earlier, KNOWN)
    assert ats.automated("noreply@acme-analytics.example", RECEIVED, KNOWN)
    assert not ats.automated("priya.raman@acme-analytics.example", RECEIVED, KNOWN)
    assert not ats.automated("no-reply@jobs-board.example", RECEIVED, KNOWN)
