"""A draft and the same note reviewed later get one verdict.

`afterword draft` reviews each note against the concerns the record places in it (a card
answers none; an unattributed concern goes in one note). The note's page, `review
--interview` and the check at sending read the stored note: they must place the concerns
the same way, or a draft called ready is "not ready" a minute later (found in a newcomer's
run: 100 in `draft`, 84 on the note's page).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterword.config import Config
from afterword.store.db import Store

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "records"
RECORDS = sorted(SHARED.glob("*.toml")) if SHARED.exists() else []


@pytest.mark.skipif(not RECORDS, reason="the shared records are not beside the repository")
@pytest.mark.parametrize("record", RECORDS, ids=lambda p: p.stem)
def test_a_stored_draft_reviewed_again_gets_the_verdict_it_was_drafted_with(
        record: Path, store: Store, tmp_path: Path) -> None:
    from afterword.compose.service import draft_interview
    from afterword.deliver.gates import blocking
    from afterword.model.record import Message
    from afterword.model.service import add_interview
    from afterword.review import review
    from afterword.review.message import Message as ReviewMessage
    from afterword.review.registry import get_rule
    from afterword.review.service import context_from_store, options_from_config
    from afterword.store import queries
    from afterword.web.drafting import review_text

    config = Config(tmp_path / "config.toml")
    config.set("profile.name", "Jordan Lee")
    config.set("profile.email", "jordan.lee@example.com")
    interview_id = add_interview(store, record.read_text(encoding="utf-8"), source=str(record),
                                 default_zone="America/New_York",
                                 now=datetime(2026, 1, 1, tzinfo=UTC)).interview_id
    with store.transaction() as session:
        start = queries.interview(session, interview_id).ends_at
    composed = draft_interview(store, config, interview_id, now=start)
    assert composed
    for item in composed:
        # Timing is advice about when (the draft has no send time yet): the text's verdict.
        drafted = sorted((f.rule, f.message) for f in item.report.findings
                         if get_rule(f.rule).family != "timing")
        again = review_text(store, config, item.id, subject=item.draft.subject,
                            body=item.draft.body, now=start)
        later = sorted((f.rule, f.message) for f in again.findings
                       if get_rule(f.rule).family != "timing")
        assert later == drafted, (item.draft.to_name, item.draft.channel)
        # `afterword review FILE --interview ID --to NAME --channel CHANNEL`: the same.
        context = context_from_store(store, interview_id, item.draft.to_name,
                                     candidate="Jordan Lee", now=start, config=config,
                                     channel=item.draft.channel)
        report = review(ReviewMessage(body=item.draft.body, kind="thank-you",
                                      channel=item.draft.channel, subject=item.draft.subject,
                                      subject_known=True, context=context),
                        options_from_config(config))
        by_file = sorted((f.rule, f.message) for f in report.findings
                         if get_rule(f.rule).family != "timing")
        assert by_file == drafted, (item.draft.to_name, item.draft.channel)
        if not item.incomplete:  # ready: nothing stops it at sending either
            with store.transaction() as session:
                message = session.get(Message, item.id)
                assert blocking(session, message, config, start) == []


def test_a_thank_you_sent_as_an_invitation_is_no_follow_up_sent_too_soon() -> None:
    from afterword.review import review
    from afterword.review.message import Context, Message, Recipient

    sent = datetime(2026, 3, 3, 15, tzinfo=UTC)
    context = Context(recipient=Recipient("Tariq Haddad"), company="Acme", role="Analyst",
                      interview_end=datetime(2026, 3, 3, 14, tzinfo=UTC), sent_at=sent,
                      decision_by=datetime(2026, 3, 20, tzinfo=UTC).date(),
                      previous=())
    body = "Thank you for today's talk on demand forecasting, Tariq. I'd be glad to connect."
    kinds = {kind: {f.rule for f in review(Message(body=body, kind=kind, channel="linkedin-invite",
                                                     context=context)).findings}
             for kind in ("thank-you", "follow-up")}
    assert "follow-up-too-soon" not in kinds["thank-you"]
    assert "follow-up-too-soon" in kinds["follow-up"]  # the rule still reads a follow-up
