"""A planned step's actions as buttons, read from the plan service's own command for it.

The plan service says what to run for each step (`PlannedStep.command`: draft, export,
skip); the page offers the same thing as buttons, so which note belongs to which step is
decided in one place only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_EXPORT = re.compile(r"^afterword export (?P<id>\d+) --as (?P<fmt>\w+)$")
_DRAFT = re.compile(r"^afterword draft (?P<iv>\d+)(?: --kind (?P<kind>[\w-]+))?$")
_SKIP = re.compile(r"^afterword skip (?P<iv>\d+) (?P<step>\S+)$")


@dataclass
class Action:
    """One button: a label, where it posts (or links), and the fields it sends."""

    label: str
    url: str
    fields: dict[str, str]
    method: str = "post"
    primary: bool = False


_WRITE = {"thank-you": "Write the note", "follow-up": "Write the follow-up",
          "rejection-reply": "Write the reply", "networking": "Write the invitation"}


def actions(step: dict[str, Any]) -> list[Action]:
    """The buttons for a step (`PlannedStep.to_dict`), most likely first."""
    command = step.get("command") or ""
    iid = step["interview"]
    out: list[Action] = []
    if match := _EXPORT.match(command):
        mid = match["id"]
        out.append(Action("Open the note", f"/interviews/{iid}#draft-{mid}", {}, "get", True))
        if match["fmt"] == "eml":
            out.append(Action("Send now", f"/messages/{mid}/send", {"when": "now"}))
        out.append(Action("Mark as sent", f"/messages/{mid}/mark-sent", {}))
    elif match := _DRAFT.match(command):
        kind = match["kind"] or "thank-you"
        out.append(Action(_WRITE.get(kind, "Write the note"), f"/interviews/{iid}/draft",
                          {"kind": kind}, primary=True))
    elif match := _SKIP.match(command):
        out.append(Action("Let it rest", f"/interviews/{iid}/skip", {"step": match["step"]},
                          primary=True))
    if step["kind"] == "follow-up" and step["state"] in ("due", "overdue", "upcoming"):
        out.append(Action("Let it rest", f"/interviews/{iid}/skip", {"step": step["id"]}))
    if step["state"] == "scheduled":
        out.append(Action("See the outbox", "/outbox", {}, "get"))
    return out
