"""A concern about something not done lately: "no hospital exp since my residency".

Read as a subject, such a concern used to keep its time clause ("hospital experience since
my residency rotation, which I do not have yet"), which says the gap twice and wrongly: the
candidate had it once. The subject is the matter ("hospital experience"), and the gap is
said once, as a lapse: "which I have not had since my residency rotation".
"""

from __future__ import annotations

import re

# "since my residency", "since 2019", "since uni": a short time clause ending the subject.
_SINCE = re.compile(r"(?i)^(.+?)\s+since\s+((?:\S+\s+){0,5}\S+)$")


def split(subject: str) -> tuple[str, str] | None:
    """ "hospital experience since my residency rotation" -> ("hospital experience", "my
    residency rotation"); ("doing payroll", "2019") for a gerund; a thing alone is work in
    it ("ICU since 2021": "ICU work"); None without a time clause."""
    m = _SINCE.match(subject.strip())
    if not m:
        return None
    matter = m.group(1)
    words = matter.split()
    if words[-1].lower() in {"experience", "work"} or (
            words[0].lower().endswith("ing") and len(words) > 1):
        return matter, m.group(2)
    if len(words) <= 3 and not words[0].lower().endswith("ing"):
        return f"{matter} work", m.group(2)  # "ICU since 2021": "ICU work"
    return None


def gap(matter: str, since: str, *, named: bool) -> str:
    """The lapse said once: "I know I have not had hospital experience since my residency"
    (`named` False, after a sentence naming it: "I know I have not had it since ...")."""
    if matter.endswith(" work"):
        return f"I know I have not done {matter} since {since}" if named else \
            f"I know I have not done it since {since}"
    if matter.split()[0].lower().endswith("ing"):
        return f"I know I have not been {matter} since {since}" if named else \
            f"I know I have not done it since {since}"
    return f"I know I have not had {matter} since {since}" if named else \
        f"I know I have not had it since {since}"

