"""Builders for plan tests: a situation in a line, times in a zone at a glance."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterword.model.enums import StepState
from afterword.plan.schedule import Step
from afterword.plan.situation import Recipient, Round, Situation

NEW_YORK = "America/New_York"
BERLIN = "Europe/Berlin"
LONDON = "Europe/London"

ANNA = Recipient("interviewer:34", "Anna Weber", timezone=BERLIN)
PRIYA = Recipient("interviewer:35", "Priya Shah", point_of_contact=True)
MARCUS = Recipient("interviewer:36", "Marcus Lee")
RECRUITER = Recipient("recruiter", "Dana Cole")


def at(text: str, zone: str = NEW_YORK) -> datetime:
    """ "2026-03-10 17:30" on the clock of `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def one_round(
    end: datetime,
    *people: Recipient,
    days: int | None = None,
    zone: str = NEW_YORK,
    interview_id: int = 12,
    said: str | None = None,
) -> Round:
    return Round(interview_id, end, zone, tuple(people) or (PRIYA,), timeframe_days=days,
                 timeframe=said)


def situation(*rounds: Round, **changes: object) -> Situation:
    return Situation(7, tuple(rounds), label="Northwind, Data Analyst", **changes)  # type: ignore[arg-type]


def by_id(steps: list[Step]) -> dict[str, Step]:
    return {s.id: s for s in steps}


def local(moment: datetime, zone: str) -> str:
    """A moment as "Wed 2026-03-11 08:00" on the clock of `zone`."""
    return moment.astimezone(ZoneInfo(zone)).strftime("%a %Y-%m-%d %H:%M")


def states(steps: list[Step]) -> dict[str, StepState]:
    return {s.id: s.state for s in steps}
