"""Today (the home page): the agenda with each step's action, and the calendar download."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from afterword.web.deps import ConfigDep, StoreDep, home_zone, now, page
from afterword.web.steps import actions

router = APIRouter()

SECTIONS = (("overdue", "Overdue"), ("today", "Due today"), ("week", "This week"))


@router.get("/")
def today(request: Request, store: StoreDep, config: ConfigDep) -> Response:
    from afterword.inbox.settings import is_configured
    from afterword.model.service import list_interviews
    from afterword.plan.service import agenda
    from afterword.web.routes.replies import KIND_WORDS, for_today

    at = now()
    home = home_zone(config)
    sections = agenda(store, config, at)
    shown = [(key, title, [(step, actions(step))
                           for step in (p.to_dict(home) for p in sections[key])])
             for key, title in SECTIONS]
    return page(request, "today.html", {
        "sections": shown, "now": at, "has_interviews": bool(list_interviews(store)),
        "profile_missing": not (config.get("profile.name") and config.get("profile.email")),
        "replies": for_today(store, config, at), "inbox_on": is_configured(config),
        "kind_words": KIND_WORDS,
    })


@router.get("/calendar.ics")
def calendar(store: StoreDep, config: ConfigDep) -> Response:
    from afterword.plan.service import calendar as plan_calendar

    data = plan_calendar(store, config, now()).data
    return Response(data, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="afterword.ics"'})
