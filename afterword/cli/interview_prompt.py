"""The questions `afterword new` asks, turned into an interview file (the same format as `add`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from afterword.errors import AfterwordError
from afterword.model.enums import Channel, InterviewFormat, values


def _ask(text: str, default: str | None = None, *, required: bool = False,
         check: Callable[[str], str] | None = None) -> str:
    """One answer; `check` turns it into the value kept, or raises with the reason, and the
    question is asked again with that reason (an empty answer is never checked)."""
    while True:
        answer = typer.prompt(text, default=default or "", show_default=bool(default))
        answer = answer.strip()
        if not answer:
            if not required:
                return answer
            typer.echo("  This one is needed (Ctrl+C stops without storing anything).")
            continue
        if check is None:
            return answer
        try:
            return check(answer)
        except (AfterwordError, ValueError) as exc:
            typer.echo(f"  {_reason(exc)}")


def _reason(exc: Exception) -> str:
    if isinstance(exc, AfterwordError):
        message = exc.message.split(": ", 1)[-1] if exc.message.startswith(
            ("e-mail: ", "timezone: ", "name: ")) else exc.message
        reason = message[:1].upper() + message[1:] + "."
        return f"{reason} {exc.hint}" if exc.hint else reason
    return str(exc)


def _start(answer: str) -> str:
    """A start time as the interview file writes it; refuses a date alone or a non-time."""
    from datetime import datetime

    try:
        value = datetime.fromisoformat(answer.replace("/", "-"))
    except ValueError:
        raise ValueError(f"'{answer}' is not a date and time. Write it like 2026-03-02 14:00 "
                         "(year-month-day, then the 24-hour time).") from None
    if len(answer) <= 10:
        raise ValueError("Add the time it started, like 2026-03-02 14:00.")
    return value.isoformat(sep=" ", timespec="minutes")


def _said_start(start: str) -> str:
    """The start as the user's locale writes it, so a swapped day and month shows at once."""
    from datetime import datetime

    from afterword.cli.common import profile_locale
    from afterword.dates import clock, long_date

    value = datetime.fromisoformat(start)
    return f"{long_date(value, profile_locale())}, {clock(value, profile_locale())}"


def _said_timeframe(said: str, start: str) -> str:
    """What the plan will make of a stated timeframe (weekends skipped; the recipient's
    holidays are counted once the interview is added)."""
    from datetime import datetime

    from afterword.cli.common import profile_locale
    from afterword.dates import date_order, long_day
    from afterword.model.timeframe import resolve_timeframe
    from afterword.plan.public_holidays import named_days

    locale = profile_locale()
    # Holidays named in the words ("before Thanksgiving") are the profile's country's here.
    country = locale.partition("_")[2][:2] or None
    deadline = resolve_timeframe(said, datetime.fromisoformat(start).date(),
                                 date_order=date_order(locale), named_day=named_days(country))
    if deadline is None or deadline.by is None:
        return ("Afterword can't read a date in that, so the first follow-up will be planned a "
                "week after your thank-you notes. Write it like \u201cby Friday\u201d, "
                "\u201cwithin two weeks\u201d or \u201cbefore Thanksgiving\u201d to plan from their date.")
    return f"Read as a decision expected by {long_day(deadline.by, locale)}."


def _zone(answer: str) -> str:
    from afterword.timezones import zone

    zone(answer)
    return answer


def _email(answer: str) -> str:
    from afterword.model.checks import check_email

    return check_email(answer, field="e-mail")


def _linkedin(answer: str) -> str:
    from afterword.model.interview_file import profile_address

    try:
        return profile_address(answer)
    except ValueError:
        raise ValueError("That is not a web address. Copy it from their profile page, "
                         "like linkedin.com/in/their-name.") from None


def _line(answer: str) -> str:
    from afterword.model.checks import check_line

    return check_line(answer, field="name")


def _minutes(answer: str) -> str:
    if not answer.isdigit() or not 0 < int(answer) <= 24 * 60:
        raise ValueError("Give the length in minutes, a whole number from 1 to 1440.")
    return answer


def _choice(text: str, options: list[str], default: str) -> str:
    while True:
        answer = _ask(f"{text} ({'/'.join(options)})", default)
        if answer in options:
            return answer
        typer.echo(f"  Please answer one of: {', '.join(options)}.")


def _items(text: str) -> list[str]:
    answer = _ask(f"{text} (separate with ;)")
    return [part.strip() for part in answer.split(";") if part.strip()]


def _point_of_contact(people: list[dict[str, Any]]) -> int:
    """Which interviewer the follow-ups go to: a number or a name; the first by default."""
    names = ", ".join(f"{n} {p['name']}" for n, p in enumerate(people, 1))
    while True:
        answer = _ask(f"Who is your point of contact, for follow-ups? ({names})", "1")
        if answer.isdigit() and 1 <= int(answer) <= len(people):
            return int(answer) - 1
        matches = [n for n, p in enumerate(people) if answer.lower() in p["name"].lower()]
        if len(matches) == 1:
            return matches[0]
        typer.echo(f"  Please answer with a number from 1 to {len(people)}, or a name.")


def ask(*, default_zone: str, out: Path | None) -> tuple[str, Path]:
    """Ask for the interview's fields; returns the file's text and where it was written."""
    import tomlkit

    typer.echo("A few questions about your interview. Press Enter to skip what you don't know;"
               " Ctrl+C stops, and nothing is stored.")
    doc: dict[str, Any] = {}
    app: dict[str, Any] = {
        "company": _ask("Company", required=True, check=_line),
        "role": _ask("Role", required=True, check=_line),
    }
    values_text = _ask("The company's values or mission, in your words")
    if values_text:
        app["values"] = values_text
    recruiter = {key: answer for key, answer in (
        ("name", _ask("Recruiter's name (if a recruiter arranged it)", check=_line)),
        ("email", _ask("Recruiter's e-mail", check=_email)),
    ) if answer}
    if recruiter:
        app["recruiter"] = recruiter
    doc["application"] = app
    start = _ask("When did it start? (e.g. 2026-03-02 14:00)", required=True, check=_start)
    typer.echo(f"  Read as {_said_start(start)}.")
    interview: dict[str, Any] = {"start": start,
                                 "timezone": _ask("Time zone", default_zone, check=_zone)}
    interview["duration_minutes"] = int(_ask("How many minutes did it last?", "60",
                                             required=True, check=_minutes))
    interview["format"] = _choice("Format", values(InterviewFormat), "video")
    for key, question in (
        ("timeframe", "When did they say they would decide? (e.g. within two weeks)"),
    ):
        answer = _ask(question)
        if answer:
            interview[key] = answer
            typer.echo(f"  {_said_timeframe(answer, interview['start'])}")
    interview["topics"] = _items("Topics you discussed")
    interview["qualifications"] = _items("Qualifications to reinforce, with numbers")
    concerns: list[dict[str, str]] = []
    for concern in _items("Concerns they raised"):
        answer = _ask(f"  Your answer to '{concern}'")
        concerns.append({"concern": concern, **({"answer": answer} if answer else {})})
    improve: list[dict[str, str]] = []
    for said in _items("Any answer you wish you had given better"):
        addition = _ask(f"  What you would add to '{said}' now")
        improve.append({"answer": said, **({"addition": addition} if addition else {})})
    private = _ask("Private notes: pay, your impressions, anything no note should say")
    if private:
        interview["notes"] = private
    doc["interview"] = {k: v for k, v in interview.items() if v not in ("", [])}
    people: list[dict[str, Any]] = []
    while True:
        number = len(people) + 1
        name = _ask(f"Interviewer {number}'s name" + (" (Enter to finish)" if people else ""),
                    required=not people, check=_line)
        if not name:
            break
        person: dict[str, Any] = {"name": name}
        for key, question, check in (("title", "  Title", _line), ("email", "  E-mail", _email)):
            answer = _ask(question, check=check)
            if answer:
                person[key] = answer
        person["channel"] = _choice("  Preferred channel", values(Channel), "email")
        if person["channel"].startswith("linkedin"):
            # A LinkedIn note can only be sent, or its invitation opened, with their profile.
            answer = _ask("  Their LinkedIn profile address", check=_linkedin)
            if answer:
                person["linkedin"] = answer
        topics = _items(f"  What you discussed with {name}")
        if topics:
            person["topics"] = topics
        rapport = _ask(f"  Something you found in common with {name}, if anything")
        if rapport:
            person["rapport"] = rapport
        people.append(person)
    if len(people) > 1:
        people[_point_of_contact(people)]["point_of_contact"] = True
    doc["interviewers"] = people
    for item in concerns:
        # Who asked decides which note answers it ("You asked about ..." only to them).
        who = _who_asked(item["concern"], [p["name"] for p in people])
        if who:
            item["raised_by"] = who
    for entry in improve:
        # The note of whoever asked carries what you would add.
        who = _who_asked(entry["answer"], [p["name"] for p in people], "Who asked what led to")
        if who:
            entry["raised_by"] = who
    if concerns:
        doc["interview"]["concerns"] = concerns
    if improve:
        doc["interview"]["improve"] = improve
    text = "# Written by `afterword new`; docs/interview-file.md describes every field.\n"
    text += tomlkit.dumps(doc)
    path = out or _default_path(app["company"], interview["start"])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        # Nothing typed is lost: the answers go to the terminal, to paste into a file.
        typer.echo(text)
        raise AfterwordError(
            f"{path}: cannot be written ({exc.strerror}); your answers are shown above",
            hint="Save them in a .toml file, then run `afterword add FILE`.",
        ) from None
    return text, path


def _who_asked(concern: str, names: list[str], question: str = "Who raised") -> str | None:
    """The interviewer who raised a concern (or asked the question an improve entry is
    about), asked only when there is a choice."""
    if len(names) < 2:
        return None
    while True:
        answer = _ask(f"{question} '{concern}'? (a name, or Enter if you are not sure)")
        if not answer:
            return None
        from afterword.model.interview_file import who_is

        # As `raised_by` in a file: a first name, a surname, initials, with or without a title.
        found = who_is(answer, names)
        if len(found) == 1:
            return found[0]
        said = (f"could be {' or '.join(found)}" if found else
                f"matches none of: {', '.join(names)}")
        typer.echo(f"  '{answer}' {said}. Try again, or press Enter.")


def _default_path(company: str, start: str) -> Path:
    import platformdirs

    slug = re.sub(r"[^a-z0-9]+", "-", company.lower()).strip("-") or "interview"
    day = re.sub(r"[^0-9-]", "", start.split(" ")[0].split("T")[0]) or "undated"
    folder = Path(platformdirs.user_data_dir("afterword")) / "interviews"
    path = folder / f"{slug}-{day}.toml"
    n = 2
    while path.exists():
        path = folder / f"{slug}-{day}-{n}.toml"
        n += 1
    return path
