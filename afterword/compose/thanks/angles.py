"""The angle each note of a panel takes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afterword.compose.thanks.panel import Panel


# Quoted words that are a name (each word capitalised or a number): "Lakemont 2045".
_A_NAME = re.compile(r"^(?:(?:[A-Z][\w'&.-]*|\d[\w.-]*)(?:\s+|$))+$")


def angles_for(panel: Panel, channels: dict[int, str], *, assume: bool = False) -> list[str]:
    """One angle per interviewer: each angle the record supports goes to someone it suits
    (concern-answering to a note that answers a concern, elaboration to a note with room),
    the rest take the conversation itself. `assume`: as if the record's values and
    improve entries were usable (which note would have quoted or elaborated them)."""
    people = panel.facts.people
    out: list[str] = []
    supported = ["specific-topic"]
    owner = panel.values_owner
    if (panel.reading.values.ok or (assume and panel.facts.values)) and (owner is None or (
            channels.get(owner, "email") == "email" and not panel.concerns.get(owner))):
        supported.append("shared-values")
    if panel.addition is not None or (assume and panel.facts.improvements):
        supported.append("elaboration")
    used: set[str] = set()
    asker = panel.addition_to
    if asker is not None:
        # Only whoever asked the question gets the addition: another panellist would not
        # know what it adds to. A note that answers a concern or has no room goes without.
        used.add("elaboration")
        if panel.concerns.get(asker) or channels.get(asker, "email") != "email":
            asker = None
    for n, _ in enumerate(people):
        channel = channels.get(n, "email")
        if n == asker or (n in panel.more_additions and channel == "email"
                          and not panel.concerns.get(n)):
            out.append("elaboration")
            continue
        if panel.concerns.get(n):
            out.append("concern-answering")
            continue
        choice = "specific-topic"
        mine = ["shared-values"] if n == owner and "shared-values" in supported else []
        for angle in [*mine, *supported]:
            if angle in used:
                continue
            if angle == "shared-values" and owner is not None and n != owner:
                continue  # one interviewer's words go back to that interviewer only
            if angle == "elaboration" and channel != "email":
                continue
            choice = angle
            break
        used.add(choice)
        out.append(choice)
    carried = any(a == "elaboration" and n not in panel.more_additions for n, a in enumerate(out))
    room = [n for n, a in enumerate(out) if a in {"specific-topic", "shared-values"}
            and channels.get(n, "email") == "email"]
    if "elaboration" in supported and not carried and panel.addition_to is None:
        # Nobody asked by name, and every note took another angle: the last e-mail note that
        # answers no concern carries the addition rather than losing it.
        if room:
            out[room[-1]] = "elaboration"
    elif panel.spare_addition is not None and room:
        # The first addition went to its asker; one nobody is named as asking goes to the
        # last note with room.
        out[room[-1]] = "elaboration"
        panel.more_additions[room[-1]] = panel.spare_addition
    return out
