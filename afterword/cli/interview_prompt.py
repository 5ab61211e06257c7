"""The questions `afterword new` asks, turned into an interview file (the same format as `add`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import typer

from afterword.model.enums import Channel, InterviewFormat, values


def _ask(text: str, default: str | None = None, *, required: bool = False) -> str:
    while True:
        answer = typer.prompt(text, default=default or "", show_default=bool(default))
        answer = answer.strip()
        if answer or not required:
            return answer
        typer.echo("  This one is needed.")


def _choice(text: str, options: list[str], default: str) -> str:
    while True:
        answer = _ask(f"{text} ({'/'.join(options)})", default)
        if answer in options:
            return answer
        typer.echo(f"  Please answer one of: {', '.join(options)}.")


def _items(text: str) -> list[str]:
    answer = _ask(f"{text} (separate with ;)")
    return [part.strip() for part in answer.split(";") if part.strip()]


def ask(*, default_zone: str, out: Path | None) -> tuple[str, Path]:
    """Ask for the interview's fields; returns the file's text and where it was written."""
    import tomlkit

    typer.echo("A few questions about your interview. Press Enter to skip what you don't know.")
    doc: dict[str, Any] = {}
    app: dict[str, Any] = {
        "company": _ask("Company", required=True),
        "role": _ask("Role", required=True),
    }
    values_text = _ask("The company's values or mission, in your words")
    if values_text:
        app["values"] = values_text
    recruiter_email = _ask("Recruiter's e-mail")
    if recruiter_email:
        app["recruiter"] = {"email": recruiter_email}
    doc["application"] = app
    interview: dict[str, Any] = {
        "start": _ask("When did it start? (e.g. 2026-03-02 14:00)", required=True),
        "timezone": _ask("Time zone", default_zone),
    }
    minutes = _ask("How many minutes did it last?", "60")
    if minutes.isdigit():
        interview["duration_minutes"] = int(minutes)
    interview["format"] = _choice("Format", values(InterviewFormat), "video")
    for key, question in (
        ("timeframe", "When did they say they would decide? (e.g. within two weeks)"),
    ):
        answer = _ask(question)
        if answer:
            interview[key] = answer
    interview["topics"] = _items("Topics you discussed")
    interview["qualifications"] = _items("Qualifications to reinforce, with numbers")
    concerns = []
    for concern in _items("Concerns they raised"):
        answer = _ask(f"  Your answer to '{concern}'")
        concerns.append({"concern": concern, **({"answer": answer} if answer else {})})
    if concerns:
        interview["concerns"] = concerns
    doc["interview"] = {k: v for k, v in interview.items() if v not in ("", [])}
    people: list[dict[str, Any]] = []
    while True:
        number = len(people) + 1
        name = _ask(f"Interviewer {number}'s name" + (" (Enter to finish)" if people else ""),
                    required=not people)
        if not name:
            break
        person: dict[str, Any] = {"name": name}
        for key, question in (("title", "  Title"), ("email", "  E-mail")):
            answer = _ask(question)
            if answer:
                person[key] = answer
        person["channel"] = _choice("  Preferred channel", values(Channel), "email")
        topics = _items(f"  What you discussed with {name}")
        if topics:
            person["topics"] = topics
        people.append(person)
    doc["interviewers"] = people
    if people and len(people) > 1:
        doc["interviewers"][0]["point_of_contact"] = True
    text = "# Written by `afterword new`; docs/interview-file.md describes every field.\n"
    text += tomlkit.dumps(doc)
    path = out or _default_path(app["company"], interview["start"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text, path


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
