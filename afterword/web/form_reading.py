"""How the notes will read the interview form: per free-text field, the phrase it becomes.

The same reading `afterword add`, `new`, `edit` and `show` print (compose's `reading_of`),
placed beside the field it comes from, and shown while the form is still being filled in:
a form without a company, a start or an interviewer's name yet is read with stand-ins for
them (they are not free text, so they change no phrase), and a field that would not pass
validation is read as empty until it is fixed. Nothing here stores anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from afterword.compose.asks import covers
from afterword.config import Config
from afterword.errors import InvalidInput
from afterword.web import interview_form as forms

# Stand-ins for required fields not filled in yet: the reading of free text needs none of
# them, but the record cannot be read without them.
_STAND_INS = {"application.company": "the company", "application.role": "the role",
              "interview.start": "2026-01-05T10:00"}
_RETRIES = 6  # each pass clears the fields one validation names; a form has few at once
# Which field of a block shows what the block becomes: the answer carries a concern's phrase.
_SHOWN_ON = {"concerns": "answer", "improve": "addition"}


@dataclass
class FormReading:
    """Entries ({source, becomes, left_out, ask}) by form key, and the record's to-finish list."""

    by_key: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    to_finish: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # every free-text field on the form

    def add(self, key: str, entry: dict[str, Any]) -> None:
        self.by_key.setdefault(key, []).append(entry)


def free_text_keys(form: forms.InterviewForm) -> list[str]:
    """The form's free-text fields that a note may use, each with a reading slot."""
    keys = ["application.values", "interview.topics", "interview.qualifications"]
    for n in range(1, form.counts["concerns"] + 1):
        keys.append(form.key("concerns", n, "answer"))
    for n in range(1, form.counts["improve"] + 1):
        keys.append(form.key("improve", n, "addition"))
    for n in range(1, form.counts["interviewers"] + 1):
        keys += [form.key("interviewers", n, "topics"), form.key("interviewers", n, "rapport")]
    return keys


def read_form(form: forms.InterviewForm, config: Config, zone: str) -> FormReading:
    """The reading of what is typed so far; empty when nothing free-text is typed."""
    result = FormReading(keys=free_text_keys(form))
    if not any(form.get(k).strip() for k in result.keys) and not any(
            form.get(form.key("concerns", n, "concern")).strip()
            for n in range(1, form.counts["concerns"] + 1)):
        return result
    probe, numbers = _readable(form)
    parsed = _parse(probe, zone)
    if parsed is None:
        return result
    from dataclasses import replace

    from afterword.compose.facts import from_file
    from afterword.compose.service import candidate_from, reading_of
    from afterword.dates import user_locale

    facts = from_file(parsed, candidate_from(config))
    facts = replace(facts, locale=user_locale(config, facts.timezone))
    reading = reading_of(facts)
    people = [p.name for p in parsed.data.interviewers]
    seen = {"concerns": 0, "improve": 0}
    person = 0
    for entry in reading["fields"]:
        name = entry["field"]
        if name == "values":
            key = "application.values"
        elif name in ("topics", "qualifications"):
            key = f"interview.{name}"
        elif name in seen:
            seen[name] += 1
            if seen[name] > len(numbers[name]):
                continue
            key = form.key(name, numbers[name][seen[name] - 1], _SHOWN_ON[name])
        else:
            while person < len(people) and not name.startswith(people[person] + ": "):
                person += 1
            if person >= len(people) or person >= len(numbers["interviewers"]):
                continue
            key = form.key("interviewers", numbers["interviewers"][person],
                           name.rsplit(": ", 1)[-1])
        result.add(key, entry)
    asks = [e["ask"] for entries in result.by_key.values() for e in entries if e["ask"]]
    result.to_finish = [_in_form_words(item) for item in reading["to_finish"]
                        if not any(covers(ask, item) for ask in asks)]
    for entries in result.by_key.values():
        for entry in entries:
            if entry["ask"]:  # beside its own field, "in `values`" is "here"
                entry["ask"] = _in_form_words(re.sub(r" in `\w+`", " here", entry["ask"]))
    return result


# The reading speaks of the interview file's keys; the form has labelled fields instead.
_RAISED_BY = re.compile(r'add raised_by = "Their Name" to it')
_KEY = re.compile(r"`(\w+)`")


def _in_form_words(text: str) -> str:
    text = _RAISED_BY.sub("fill in its \u201cWho asked\u201d with their name", text)
    return _KEY.sub(lambda m: f"\u201c{forms.LABELS.get(m[1], m[1])}\u201d", text)


def _readable(form: forms.InterviewForm) -> tuple[forms.InterviewForm, dict[str, list[int]]]:
    """A copy of the form that can be read as a record: blocks without their required text
    left out, stand-ins for required fields; and, per group, which form block each kept one is."""
    probe = forms.InterviewForm(counts={g: 0 for g in forms.GROUPS})
    for key, value in form.values.items():
        if forms.block_of(key) is None:
            probe.values[key] = value
    for key, stand_in in _STAND_INS.items():
        if not probe.get(key).strip():
            probe.values[key] = stand_in
    # No free-text field reads the timeframe, and resolving it loads a date parser (seconds
    # on the first call): the reading leaves it out.
    probe.values["interview.timeframe"] = ""
    required = {"concerns": "concern", "improve": "answer", "interviewers": None}
    numbers: dict[str, list[int]] = {g: [] for g in forms.GROUPS}
    for group, needed in required.items():
        for n in range(1, form.counts[group] + 1):
            if needed and not form.get(form.key(group, n, needed)).strip():
                continue
            if not needed and not forms.block_typed(form, group, n):
                continue
            forms.add_block(probe, group)
            m = probe.counts[group]
            for name in forms.GROUPS[group][1]:
                probe.values[probe.key(group, m, name)] = form.get(form.key(group, n, name))
            numbers[group].append(n)
    for m in range(1, probe.counts["interviewers"] + 1):
        key = probe.key("interviewers", m, "name")
        if not probe.get(key).strip():
            probe.values[key] = f"Interviewer {m}"
    if not probe.counts["interviewers"]:
        forms.add_block(probe, "interviewers")
        probe.values[probe.key("interviewers", 1, "name")] = "Your interviewer"
    return probe, numbers


def _parse(probe: forms.InterviewForm, zone: str) -> Any:
    """The probe read as an interview file, clearing each field validation refuses; None
    when it still cannot be read."""
    from afterword.model.interview_file import parse_interview_text

    for _ in range(_RETRIES):
        try:
            return parse_interview_text(forms.to_file_text(probe), source=forms.SOURCE,
                                        default_zone=zone)
        except InvalidInput as exc:
            scratch = forms.InterviewForm(values=probe.values, counts=probe.counts)
            forms.attach_errors(scratch, exc)
            cleared = False
            for key in scratch.errors:
                if key in probe.values and probe.values[key]:
                    probe.values[key] = _STAND_INS.get(key, "")
                    cleared = cleared or key not in _STAND_INS
                if key in ("interview.start", "interview.end"):
                    probe.values["interview.end"] = ""
                    probe.values["interview.start"] = _STAND_INS["interview.start"]
                    cleared = True
            if not cleared:
                return None
    return None
