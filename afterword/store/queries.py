"""Reads shared by the services; they never commit."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from afterword.errors import NotFound
from afterword.model.record import Application, Interview


def interview(session: Session, interview_id: int) -> Interview:
    """The interview with this id, with its application and interviewers; raises NotFound."""
    found = session.scalars(
        select(Interview)
        .where(Interview.id == interview_id)
        .options(selectinload(Interview.interviewers), selectinload(Interview.application))
    ).one_or_none()
    if found is None:
        raise NotFound(
            f"there is no interview {interview_id}",
            hint="`afterword list` shows the interview ids.",
        )
    return found


def interviews(session: Session) -> list[Interview]:
    """Every interview, newest first, with its application and interviewers."""
    return list(
        session.scalars(
            select(Interview)
            .options(selectinload(Interview.interviewers), selectinload(Interview.application))
            .order_by(Interview.starts_at.desc(), Interview.id.desc())
        )
    )


def open_application(session: Session, company: str, role: str) -> Application | None:
    """The application for this company and role (case-insensitive), if one is stored."""
    return session.scalars(
        select(Application)
        .where(func.lower(Application.company) == company.lower())
        .where(func.lower(Application.role) == role.lower())
        .order_by(Application.id)
    ).first()


def is_empty(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(Application)) == 0
