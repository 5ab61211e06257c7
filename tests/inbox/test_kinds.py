"""Classifying a reply, precision first: the issue's examples and the hard cases around them."""

from __future__ import annotations

import pytest

from afterword.inbox.reading import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We are still deciding and hope to let you know soon.", "reply"),
        ("We have decided to move forward with other candidates.", "rejection"),
        ("Could you do a call on Thursday?", "scheduling"),
        ("We are pleased to offer you the role of Data Engineer.", "offer"),
        # a rejection outranks an offer and scheduling
        ("We are not able to offer you the position, but let's schedule a call for feedback.", "rejection"),
        # an offer outranks scheduling
        ("We would like to make you an offer. Could you do a call tomorrow to go through it?", "offer"),
        # words of the trade that are no decision
        ("Unfortunately I'm out on Friday; we'll talk next week.", "reply"),
        ("We offer four remote days a week; salary is shared at the offer stage.", "reply"),
        ("Moving forward, please contact Sarah, who takes over the search.", "reply"),
        ("It was great to meet you, and the team enjoyed the chat.", "reply"),
    ],
)
def test_the_kind_of_a_reply(text, kind):
    assert classify(text).kind == kind


def test_an_invitation_makes_a_plain_reply_scheduling_but_not_a_rejection():
    assert classify("See attached.", invitation=True).kind == "scheduling"
    assert classify("We have selected another candidate.", invitation=True).kind == "rejection"


def test_our_own_subject_in_a_reply_is_not_read():
    assert classify("Thanks!", "Re: Second interview follow-up").kind == "reply"
    assert classify("Thanks!", "Interview invitation - QA Specialist").kind == "scheduling"


def test_cues_say_where_the_words_are():
    text = "Hi Jordan, we have decided to move forward with other candidates."
    found = classify(text)
    cue = found.cues[0]
    assert cue.kind == "rejection"
    assert text[cue.start:cue.end] == cue.words


def test_no_timeframe_without_a_promise():
    assert classify("I was on holiday next week.").timeframe is None


def test_cues_and_timeframes_span_hard_wrapped_lines():
    text = "Hi Jordan,\n\nwe have decided to move forward with\nother candidates. We will get back\nto you next week about feedback."
    found = classify(text)
    assert found.kind == "rejection"
    assert text[found.cues[0].start:found.cues[0].end] == "decided to move forward with\nother candidates"
    assert found.timeframe == "get back to you next week"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "been selected" is good news unless "not" says otherwise
        ("You have been selected for the next round: a panel interview on Thursday.", "scheduling"),
        ("You have not been selected for the next round.", "rejection"),
        ("Your application hasn't been successful on this occasion.", "rejection"),
        # the company's own interviews with other people are no invitation to you
        ("We're running the second interviews with the other shortlisted people this week.", "reply"),
        ("We'd like to invite you to a second interview on Monday.", "scheduling"),
        # "join" a call is scheduling; joining the team is the offer
        ("Dr Rowe would like you to join us as receptionist from February.", "offer"),
        ("We'd like to meet you before the panel decides.", "scheduling"),
        ("We've hired somebody else for the receptionist job.", "rejection"),
    ],
)
def test_the_words_around_a_cue_decide_it(text, kind):
    assert classify(text).kind == kind


def test_a_timeframe_wrapped_over_two_lines_is_read():
    assert classify("we expect we'll have an answer for you in a\ncouple of weeks.").timeframe == "answer for you in a couple of weeks"


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("We will get back to you by Friday 13 March.", "get back to you by Friday 13 March"),
        ("We will get back to you by Friday, 13 March, at the latest.", "get back to you by Friday, 13 March"),
        ("We will let you know by the end of next week.", "let you know by the end of next week"),
    ],
)
def test_the_timeframe_runs_to_the_end_of_its_date(text, frame):
    assert classify(text).timeframe == frame
