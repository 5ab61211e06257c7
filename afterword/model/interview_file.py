"""The interview file: a human-writable TOML record of one interview, validated at the door.

Errors name the key and the line at fault; nothing is stored until the whole file is valid.
The format is documented field by field in `docs/interview-file.md`.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from afterword.errors import InvalidInput
from afterword.model import limits
from afterword.model.checks import check_email, control_reason
from afterword.model.enums import ApplicationStatus, Channel, InterviewFormat
from afterword.model.lines import line_of

# An interview with no end given is taken to last this long; most rounds are 45-60 minutes.
DEFAULT_DURATION = timedelta(minutes=60)


def _fits(value: str, limit: int) -> str:
    reason = limits.too_long(value, limit)
    if reason:
        raise ValueError(reason)
    return value


def _line(value: str) -> str:
    reason = control_reason(value)
    if reason:
        raise ValueError(reason)
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    return _fits(value, limits.LINE)


def _email(value: str) -> str:
    try:
        return check_email(value, field="e-mail")
    except InvalidInput as exc:
        raise ValueError(exc.message.removeprefix("e-mail: ")) from None


def _url(value: str) -> str:
    value = value.strip()
    # "linkedin.com/in/dana" as copied from an address bar: the scheme is understood.
    if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", value, re.IGNORECASE):
        value = f"https://{value}"
    if not re.match(r"https?://\S+$", value):
        raise ValueError("must be a web address starting with https://")
    return _fits(value.strip(), limits.URL)


def profile_address(value: str) -> str:
    """A web address as the file keeps it (`linkedin = ...`), or ValueError with the reason."""
    return _url(value)


def _country(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", value.strip()):
        raise ValueError("must be a two-letter country code such as US, GB or DE")
    return value.strip().upper()


def _zone(value: str) -> str:
    from afterword.timezones import zone

    try:
        zone(value)
    except InvalidInput as exc:
        reason = exc.message.removeprefix("timezone: ")
        raise ValueError(f"{reason}. {exc.hint}" if exc.hint else reason) from None
    return value


def _text(value: str) -> str:
    # Free text may span lines, but not hold other control characters.
    if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", value):
        raise ValueError("control characters are not allowed")
    return _fits(value.strip(), limits.TEXT)


def _one_or_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


def _not_a_number(value: Any) -> Any:
    # pydantic would read a bare number as seconds since 1970: no one means that here.
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("must be a date and time, like 2026-03-02T14:00:00")
    return value


Line = Annotated[str, AfterValidator(_line)]
Email = Annotated[str, AfterValidator(_email)]
Url = Annotated[str, AfterValidator(_url)]
Zone = Annotated[str, AfterValidator(_zone)]
Text = Annotated[str, AfterValidator(_text)]
Lines = Annotated[list[Line], BeforeValidator(_one_or_list)]
When = Annotated[datetime | date | str, BeforeValidator(_not_a_number)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Recruiter(_Model):
    name: Line | None = None
    email: Email | None = None


class ApplicationIn(_Model):
    company: Line
    role: Line
    posting_url: Url | None = None
    status: ApplicationStatus = ApplicationStatus.INTERVIEWING
    values: Text | None = None
    recruiter: Recruiter | None = None

    @field_validator("values", mode="before")
    @classmethod
    def _join(cls, value: Any) -> Any:
        return "\n".join(value) if isinstance(value, list) else value


class Concern(_Model):
    concern: Line
    answer: Text | None = None
    raised_by: Line | None = None  # an interviewer's name; resolved to the full name


class Improvement(_Model):
    answer: Text
    addition: Text | None = None
    raised_by: Line | None = None


class InterviewIn(_Model):
    start: When
    end: When | None = None
    duration_minutes: Annotated[int, Field(gt=0, le=24 * 60)] | None = None
    timezone: Zone | None = None
    format: InterviewFormat | None = None
    timeframe: Line | None = None
    topics: Lines = []
    concerns: list[Concern] = []
    improve: list[Improvement] = []
    qualifications: Lines = []
    notes: Text | None = None

    @field_validator("concerns", mode="before")
    @classmethod
    def _concerns(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"concern": v} if isinstance(v, str) else v for v in value]
        return value


class InterviewerIn(_Model):
    name: Line
    title: Line | None = None
    email: Email | None = None
    linkedin: Url | None = None
    channel: Channel = Channel.EMAIL
    timezone: Zone | None = None
    country: Annotated[str, AfterValidator(_country)] | None = None
    point_of_contact: bool = False
    topics: Lines = []
    rapport: Text | None = None


class InterviewFile(_Model):
    """The whole file: `[application]`, `[interview]` and one `[[interviewers]]` per person."""

    application: ApplicationIn
    interview: InterviewIn
    interviewers: Annotated[list[InterviewerIn], Field(min_length=1)]


class Parsed:
    """A valid interview file with its times resolved, and notices for the user."""

    def __init__(self, data: InterviewFile, start: datetime, end: datetime, zone: str) -> None:
        self.data = data
        self.start = start
        self.end = end
        self.zone = zone
        self.notices: list[str] = []
        # Each `raised_by` as the file wrote it ("Mr. Owino", "Srinivas sir") before it was
        # resolved to a full name: how the candidate refers to the person, which a greeting
        # follows when the name alone cannot say which word is the family name.
        self.raised_by_said: tuple[str, ...] = ()


def parse_interview_text(text: str, *, source: str, default_zone: str) -> Parsed:
    """Validate an interview file's text; raises InvalidInput naming the key and line at fault."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        said, hint = plain_toml_error(str(exc), text)
        # "acme.toml, line 6: ..." as every other message about a line of the file says it.
        where = f"{source}, " if said.startswith("line ") else f"{source}: "
        raise InvalidInput(f"{where}{said}", hint=hint or _TOML_HINT) from None
    try:
        data = InterviewFile.model_validate(raw)
    except ValidationError as exc:
        raise InvalidInput(
            _describe(exc, text, source),
            hint="See docs/interview-file.md for every field.",
        ) from None
    items: list[Concern | Improvement] = [*data.interview.concerns, *data.interview.improve]
    written = tuple(str(item.raised_by) for item in items if item.raised_by)
    resolve_raised_by(data, text, source)
    parsed = _resolve_times(data, text, source, default_zone)
    parsed.raised_by_said = written
    return parsed


# Titles people write before a name, in their notes as in the record ("Judge Eleanor
# Whitfield-Amos", "Mr. Tan"): matched without them.
_HONORIFIC = re.compile(
    r"^(?:(?:dr|dra|mr|mrs|ms|mx|miss|sr|sra|srta|mme|mlle|herr|frau|prof|professor|sir|dame"
    r"|rev|reverend|fr|father|judge|justice|hon|honorable|honourable|the\s+honou?rable"
    r"|principal|capt|captain|lt|lieutenant|sgt|sergeant|maj|major|col"
    r"|colonel|cmdr|commander|cllr|councillor|councilor|mayor|senator"
    r"|engr|atty|arch|pastor|alhaji|alhaja)\.?(?:\s+|$)"
    # "Ir." and "Er.", engineers' titles in Malaysia, Indonesia and Singapore, only with their
    # full stop: without it they may be a name.
    r"|(?:ir|er)\.\s*)+", re.I)
# Words of respect said with either name, before or after it, as many people say them
# ("Ma'am Leo", "VS sir", "Subramanian sir", "Sharma ji", "Chef Laurent" in a kitchen): they
# are not part of the name
# and, unlike "Dr." or "Mr.", say nothing about which name follows.
_RESPECT = re.compile(r"^\s*(?:ma['\u2019]?am|mam|madam|madame|sir|chef)\.?\s+"
                      r"|\s+(?:ma['\u2019]?am|mam|madam|sir|ji|garu|sahab|saheb)\.?\s*$", re.I)
# "Ma." before a given name is short for María in the Philippines ("Ma. Leonora Santos" is
# Leonora to her colleagues); the full stop tells it from the family name Ma.
_MARIA = re.compile(r"^\s*Ma\.\s*(?=\w+\s+\w)")
# The same title written in full or short, as a match of a title alone needs ("captain"
# for Captain Ruth Kanahele, "capt." too).
_TITLE_WORDS = {"doctor": "dr", "dra": "dr", "professor": "prof", "captain": "capt",
                "lieutenant": "lt", "sergeant": "sgt", "major": "maj", "colonel": "col",
                "commander": "cmdr", "reverend": "rev", "father": "fr", "councillor": "cllr",
                "councilor": "cllr"}


def _title_of(name: str) -> str | None:
    """The title a name starts with, in its short form ("Captain Ruth Kanahele" -> "capt")."""
    titles = _titles_of(name)
    return titles[0] if titles else None


def _titles_of(name: str) -> list[str]:
    """Every title a name starts with, in order ("Ir. Dr. Lim Wei Ming" -> ["ir", "dr"])."""
    match = _HONORIFIC.match(name.strip())
    if match is None:
        return []
    words = re.findall(r"[^\s.]+", match.group().casefold())
    return [_TITLE_WORDS.get(w, w) for w in words if w != "the"]


def _name_words(name: str) -> list[str]:
    """A name's words, casefolded, without a leading title or accents ("Dr. Zoë Ång" ->
    ["zoe", "ang"])."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", _MARIA.sub("", _HONORIFIC.sub("", name.strip())))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    # "s/o" and "d/o" (son, daughter of) join a given name to a father's in Malaysia and
    # Singapore: not a name of its own.
    plain = re.sub(r"\b[sd]/o\b|\ba/[lp]\b", " ", plain)
    return re.findall(r"[\w'-]+", plain)


def _unhyphened(words: list[str]) -> list[str]:
    return [part for word in words for part in word.split("-") if part]


def who_is(said: str, people: list[str]) -> list[str]:
    """The interviewers `said` can only mean, as people write a name in their notes: the
    full name, with or without a title ("Dr. Okafor", "Chidinma Okafor", "Eleanor" for Judge
    Eleanor Whitfield-Amos), a first name, a surname ("Mr. Pham", "Pham", "Whitfield"), a
    given name of two words or a family name written first ("Jun Wei", "Mr. Tan" for Lim Jun
    Wei and Tan Boon Huat), or the start of a first name ("Jen" for Jennifer). The first test
    that names anyone decides; more than one name back means "ambiguous"."""
    said = re.sub(r"^\s*the\s+", "", said, flags=re.I)  # "the judge", "the captain"
    exact = [p for p in people if _name_words(p) == _name_words(said)]
    if len(exact) == 1:
        return exact  # "Wang Ji" is Wang Ji, though "ji" is also a word of respect
    while (plain := _RESPECT.sub("", said)) != said and plain.strip():
        said = plain
    said = re.sub(r"^\s*Ma\.\s*(?=\w)", "", said)  # "Ma. Leonora", as her name is written
    words = _name_words(said)
    if not words:
        # A title alone ("captain", "the judge"): the one person who has it.
        title = _title_of(said)
        found = [p for p in people if title is not None and _title_of(p) == title]
        return found
    if len(words) == 1 and "-" in words[0]:
        parts = words[0].split("-")
        if all(len(x) == 1 for x in parts):
            words = ["".join(parts)]  # "J-F" for Jean-François
    elif len(words) > 1 and all(len(x) == 1 for x in words):
        words = ["".join(words)]  # "J. F."
    named = [(p, _name_words(p)) for p in people]
    titled = _HONORIFIC.match(said.strip()) is not None
    n = len(words)
    tests = [
        lambda w: w == words,
        lambda w: n > 1 and w[:1] == words[:1] and w[-1:] == words[-1:],
        # Part of the name in order: a given name of two words ("Jun Wei" for Lim Jun Wei,
        # whose family name comes first) or a family name of two ("Montoya Reyes").
        lambda w: 1 < n < len(w) and words in (w[:n], w[-n:]),
        lambda w: n == 1 and not titled and w[:1] == words,
        lambda w: n == 1 and w[-1:] == words,
        # A part of a double-barrelled family name ("Whitfield" for Whitfield-Amos).
        lambda w: n == 1 and bool(w) and len(words[0]) >= 3 and words[0] in w[-1].split("-"),
        # A title with the first word: a family name written first ("Mr. Tan" for Tan Boon
        # Huat).
        lambda w: n == 1 and titled and len(w) > 2 and w[:1] == words,
        lambda w: n == 1 and not titled and len(words[0]) >= 3
        and bool(w) and w[0].startswith(words[0]),
        # A title with the first of two words ("Dr Chen" for Dr Chen Xiaoling, "Ms. Priya").
        lambda w: n == 1 and titled and len(w) == 2 and w[:1] == words,
        # Initials: of the given names ("JP" for João Pedro Nakamura), or one letter after a
        # title for the first or family name ("dr k" for Katharina, "Dr. D" for Deshmukh).
        lambda w: n == 1 and not titled and 2 <= len(words[0]) < len(w)
        and words[0] == "".join(x[0] for x in w[:len(words[0])]),
        # Or of the whole name ("KR" for Kavya Ramaswamy, "JFB" for Jean-François Bélanger).
        lambda w: n == 1 and not titled and 2 <= len(words[0]) == len(w)
        and words[0] == "".join(x[0] for x in w),
        lambda w: n == 1 and titled and len(words[0]) == 1 and bool(w)
        and words[0] in (w[0][0], w[-1][0]),
        # A name with the other one as an initial ("Kavya R", "K. Ramaswamy").
        lambda w: n == 2 and len(w) >= 2 and len(words[1]) == 1 and w[0] == words[0]
        and w[-1].startswith(words[1]),
        lambda w: n == 2 and len(w) >= 2 and len(words[0]) == 1 and w[-1] == words[1]
        and w[0].startswith(words[0]),
        # Last: a middle name, which many people go by ("Ochieng" for Jared Ochieng Owino,
        # "Dr Rao" for Dr. Srinivas Rao Kandula).
        lambda w: n == 1 and len(words[0]) >= 3 and words[0] in w[1:-1],
    ]
    # A title said is a title kept: "dr k" is not Captain Kanahele (Mr., Ms. and the like are
    # left out of most records, so they rule nobody out).
    said_title = _title_of(said)
    groups = [named]
    if said_title not in (None, "mr", "ms", "mrs", "miss", "mx"):
        # Whoever holds the title said is meant first ("Dr. Lee" is Dr. Wen Lee, not Lee
        # Anderson); then the untitled, whose record may just have left the title out.
        groups = [[(p, w) for p, w in named if said_title in _titles_of(p)],
                  [(p, w) for p, w in named if _title_of(p) is None]]
    for group in groups:
        for test in tests:
            # A hyphenated given name is also its two names ("JF", "marie eve" for
            # Jean-François, Marie-Ève).
            found = [p for p, w in group if w and (test(w) or test(_unhyphened(w)))]
            if found:
                return found
    return []


def _by_title(said: str, people: list[InterviewerIn]) -> list[str]:
    """Who is meant by their job title alone ("Judge", "the principal", "hiring manager"),
    when it is in their `title` rather than their name: the whole title, or its first words
    up to a comma ("Judge" for "Judge, Fourth Circuit")."""
    def plain(text: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())

    wanted = plain(re.sub(r"^\s*the\s+", "", said, flags=re.IGNORECASE))
    if not wanted:
        return []
    found = []
    for person in people:
        title = plain(person.title or "")
        head = plain((person.title or "").split(",")[0])
        if wanted in (title, head) or (title.split()[:1] == [wanted] and len(wanted) > 2):
            found.append(person.name)
    if not found and len(wanted.split()) == 1 and len(wanted) > 3:
        # The word a title ends with, as people are called in some trades ("Chef" for the
        # Executive Pastry Chef): only when one person's title ends with it.
        found = [p.name for p in people if plain(p.title or "").split()[-1:] == [wanted]]
    return found


def resolve_raised_by(data: InterviewFile, text: str, source: str) -> None:
    """Each `raised_by` as an interviewer's full name (`who_is` says which names are
    understood); a name that matches nobody, or more than one person, is an error naming its
    line."""
    people = [p.name for p in data.interviewers]
    groups: tuple[tuple[str, list[Concern | Improvement]], ...] = (
        ("concerns", list(data.interview.concerns)), ("improve", list(data.interview.improve)))
    for group, items in groups:
        for n, item in enumerate(items):
            if item.raised_by is None:
                continue
            found = who_is(item.raised_by, people) or _by_title(item.raised_by, data.interviewers)
            if len(found) == 1:
                item.raised_by = found[0]
                continue
            first = found
            line = line_of(text, ("interview", group, n, "raised_by"))
            why = ("could be " + " or ".join(first) + ": write the full name"
                   if len(first) > 1 else "matches no interviewer")
            raise InvalidInput(
                f"{source}, line {line}: interview.{group}[{n + 1}].raised_by "
                f"{item.raised_by!r} {why}",
                hint="Use the name of someone under [[interviewers]]: " + ", ".join(people)
                + ".",
            )


# tomllib's messages, in words a non-programmer can act on.
_TOML_WORDS = (
    (re.compile(r"Illegal character '\\n'"), "a quoted value is not closed with a \" before "
     "the end of the line"),
    (re.compile(r"Expected '=' after a key"), "a line should read key = value"),
    (re.compile(r"Invalid value"), "a value should be in quotes (\"like this\"), a number, "
     "true/false, a date, or a [list]"),
    (re.compile(r"Unclosed array"), "a [list] is not closed with ]"),
    (re.compile(r"Cannot overwrite a value|Cannot declare .* twice"), "a key or section appears "
     "twice"),
)


_SINGLE_LIST = re.compile(r"^\s*\[\s*(interviewers|interview\.concerns|interview\.improve)\s*\]\s*$")

_TOML_HINT = "Check quotes, brackets and '=' signs on that line (docs/interview-file.md)."
_CURLY_HINT = ("That line's value is in curly quotes (\u201c \u201d), as a word processor types "
               "them: use straight quotes (\") instead, or save the file from a plain-text editor.")


def plain_toml_error(message: str, text: str = "") -> tuple[str, str | None]:
    """tomllib's message, in words: "Illegal character '\\n' (at line 2, column 11)" ->
    ("line 2: a quoted value is not closed ...", a hint or None). With the file's `text`, the
    line at fault is read for a likely cause: a date that does not exist (tomllib says only
    "Expected newline"), curly quotes from a word processor, or the line where an unclosed
    [list] opened (tomllib names the line after it). Unknown messages are kept as they are."""
    where = re.search(r"\(at line (\d+), column (\d+)\)", message)
    number = int(where.group(1)) if where else 0
    lines = text.splitlines()
    line = lines[number - 1] if 0 < number <= len(lines) else ""
    prefix = f"line {number}: " if where else ""
    date = re.search(r"=\s*((\d{4})-(\d{2})-(\d{2}))", line)
    if date:
        from datetime import date as day

        try:
            day(*map(int, date.groups()[1:]))
        except ValueError:
            return (f"{prefix}{date.group(1)} is not a date that exists",
                    "Check the day and the month (YYYY-MM-DD, then THH:MM:SS for a time).")
    when = re.search(r"^\s*([\w.]+)\s*=\s*(\d{4}-\d{2}-\d{2})[T ]\s*(\d{1,2})(?::(\d{2}))?"
                     r"\s*([ap]\.?m\.?)?\s*(?:#.*)?$", line, re.I)
    if when and "Expected newline" in message and int(when.group(3)) < 24:
        # "start = 2026-12-04 15:30", "... 3pm": TOML's own dates need seconds; a quoted
        # 24-hour time is read as people write it.
        key, ymd, hour, minute, half = when.groups()
        hour24 = int(hour) % 12 + (12 if half and half[0].lower() == "p" else 0) if half \
            else int(hour)
        value = f"{ymd} {hour24:02d}:{minute or '00'}"
        written = line.split("=", 1)[1].split("#")[0].strip()
        return (f"{prefix}the date and time {written} needs quotes around it",
                f'Write it as {key} = "{value}" (or {ymd}T{hour24:02d}:{minute or "00"}:00, '
                "with seconds).")
    hint = _CURLY_HINT if re.search(r"=\s*[\u201c\u201d\u2018\u2019]", line) else None
    single = next((n for n, text_line in enumerate(lines, 1) if _SINGLE_LIST.match(text_line)),
                  None)
    if single is not None and re.search(r"twice|overwrite", message):
        # "[interviewers]" for the second person: TOML reads one table declared twice.
        table = _SINGLE_LIST.match(lines[single - 1]).group(1)  # type: ignore[union-attr]
        return (f"line {single}: [{table}] holds a list, so each entry starts with "
                f"[[{table}]] (two brackets)", f"Write [[{table}]] before each one.")
    if "Unclosed array" in message:
        opened = next((n for n in range(min(number, len(lines)), 0, -1)
                       if re.search(r"=\s*\[", lines[n - 1])
                       and lines[n - 1].count("[") > lines[n - 1].count("]")), None)
        if opened is not None:
            return f"line {opened}: a [list] opened on this line is not closed with ]", hint
    for pattern, words in _TOML_WORDS:
        if pattern.search(message):
            return f"{prefix}{words}", hint
    return f"{prefix}not valid TOML ({re.sub(r' [(]at line.*', '', message)})", hint


_FIELDS = (
    "application company role posting_url status values recruiter name email interview start "
    "end duration_minutes timezone format timeframe topics concerns concern answer improve "
    "addition qualifications notes interviewers title linkedin channel country "
    "point_of_contact rapport raised_by"
).split()


def _close_field(key: str) -> str | None:
    import difflib

    close = difflib.get_close_matches(key, _FIELDS, n=1, cutoff=0.75)
    return close[0] if close else None


def _did_you_mean(key: str) -> str:
    close = _close_field(key)
    return f"; did you mean {close}?" if close else ""


def _describe(exc: ValidationError, text: str, source: str) -> str:
    lines: list[str] = []
    seen: set[str] = set()
    errors = exc.errors()
    # "compnay" makes `company` missing too; the typo's own line says "did you mean
    # company?", so a second line calling company missing only sends the reader looking.
    meant = {(*err["loc"][:-1], close) for err in errors
             if err["type"] == "extra_forbidden" and err["loc"]
             and (close := _close_field(str(err["loc"][-1])))}
    for err in errors:
        if err["type"] == "missing" and tuple(err["loc"]) in meant:
            continue
        loc = tuple(err["loc"])
        # Drop pydantic's union branch names ("datetime", "str") from the location.
        loc = tuple(p for p in loc if not (isinstance(p, str) and p in _UNION_TAGS))
        key = ".".join(str(p) if isinstance(p, str) else f"[{p + 1}]" for p in loc)
        key = key.replace(".[", "[")
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "missing":
            msg = "is required but missing"
        elif err["type"] == "extra_forbidden":
            last = loc[-1] if loc else ""
            msg = "is not a field of the interview file" + _did_you_mean(str(last))
        elif err["type"] == "enum":
            msg = f"{_shown(err.get('input'))} is not allowed; " + msg[0].lower() + msg[1:]
        else:
            msg = _plain(err, key) or msg
        line = f"{source}, line {line_of(text, loc)}: {key} {msg}"
        if key in seen:  # a union (start: date or text) reports each branch; one is enough
            continue
        seen.add(key)
        lines.append(line)
        if len(lines) == 10:
            break
    return "\n".join(lines)


# pydantic's error types, in words a job seeker can act on ("must be text", not "Input
# should be a valid string"). Types not listed keep pydantic's message.
_PLAIN = {
    "string_type": "must be text in quotes, like \"this\"",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "list_type": "must be a list, like [\"first\", \"second\"]",
    "datetime_type": "must be a date and time, like 2026-03-02T14:00:00",
    "datetime_parsing": "must be a date and time, like 2026-03-02T14:00:00",
    "date_type": "must be a date and time, like 2026-03-02T14:00:00",
}
_SECTION = {"dict_type", "model_type", "model_attributes_type"}


def _plain(err: Any, key: str) -> str | None:
    """pydantic's message for `err` in plain words; None to keep pydantic's."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    unit = " minutes" if key.endswith("_minutes") else ""
    if kind == "list_type" and isinstance(err.get("input"), dict):
        # "[interviewers]" with one bracket: a table where a list of tables belongs.
        return f"is a list: start each entry with a [[{key}]] line (two brackets)"
    if kind in _PLAIN:
        return _PLAIN[kind]
    if kind in _SECTION:  # `recruiter = "Bob"` where a [application.recruiter] belongs
        table = re.sub(r"\[\d+\]$", "", key)
        header = f"[[{table}]]" if table != key else f"[{key}]"
        return f"must be a section: a {header} line, then key = value lines under it"
    if kind == "less_than_equal":
        return f"must be at most {ctx.get('le')}{unit}"
    if kind == "greater_than":
        return f"must be more than {ctx.get('gt')}{unit}"
    if kind == "too_short" and key == "interviewers":
        return "needs at least one person: add a [[interviewers]] section with a name"
    return None


_UNION_TAGS = {"datetime", "date", "str", "function-after[_line(), str]", "int", "list[...]"}


def _shown(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def _resolve_times(data: InterviewFile, text: str, source: str, default_zone: str) -> Parsed:
    from afterword.timezones import zone

    iv = data.interview
    zone_name = iv.timezone
    notices: list[str] = []
    start = _to_datetime(iv.start, text, source, "start")
    if not isinstance(iv.start, datetime) and not _has_time(iv.start):
        # The thank-you's timing and the late-note check count from the start: say the guess.
        notices.append(
            f"The interview's start ({iv.start}) has no time: taken as 09:00. Write the time "
            '(for example start = "2026-03-02 14:00") if it was another.'
        )
    if start.tzinfo is None:
        if zone_name is None:
            zone_name = default_zone
            notices.append(
                f"The interview's start has no time zone: read in {zone_name} (your profile's)."
            )
        start = start.replace(tzinfo=zone(zone_name))
    elif zone_name is None:
        zone_name = _zone_name_for_offset(start, default_zone)
    if iv.end is not None:
        end = _to_datetime(iv.end, text, source, "end")
        if end.tzinfo is None:
            end = end.replace(tzinfo=zone(zone_name))
    else:
        end = start + (
            timedelta(minutes=iv.duration_minutes) if iv.duration_minutes else DEFAULT_DURATION
        )
        if not iv.duration_minutes:
            notices.append("No end time given: the interview is taken to last 60 minutes.")
    if end <= start:
        raise InvalidInput(
            f"{source}, line {line_of(text, ('interview', 'end'))}: interview.end "
            "must come after interview.start"
        )
    slip = _likely_slip(start.date())
    if slip:
        notices.append(f"The interview's start is {start.date().isoformat()}, {slip}: check it "
                       "(YYYY-MM-DD: 2026-04-12 is 12 April).")
    parsed = Parsed(data, start, end, zone_name)
    parsed.notices = notices
    return parsed


def _likely_slip(day: date) -> str | None:
    """What the start was probably meant to be, when it reads as a slip: far from today
    while the same date with its day and month swapped ("2026-04-12" for 4 December), or a
    year earlier (the new year's number typed in January), is within the last weeks. A
    date merely far away (an old record, an interview weeks ahead) is no slip."""
    from afterword.clock import now

    today = now().date()

    def recent(d: date) -> bool:
        return -45 <= (d - today).days <= 7

    if recent(day) or abs((day - today).days) < 45:
        return None
    meant = []
    if day.day <= 12 and day.day != day.month:
        try:
            swapped = day.replace(month=day.day, day=day.month)
        except ValueError:
            swapped = None
        if swapped is not None and recent(swapped):
            meant.append(f"did you mean {swapped.isoformat()} (day and month swapped)?")
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        earlier = None
    if earlier is not None and recent(earlier):
        meant.append(f"did you mean {earlier.isoformat()} (last year)?")
    return " or ".join(meant) or None


def _has_time(value: Any) -> bool:
    """Whether a start written as text names a time of day: "2026-03-02 14:00", "2026-03-02
    1400" do; "2026-03-02" (a day alone) does not."""
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value.strip())
    except ValueError:
        return True
    return False


def _to_datetime(value: Any, text: str, source: str, key: str) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(9, 0))
    try:
        parsed = datetime.fromisoformat(str(value).strip())
    except ValueError:
        pass
    else:
        # "2026-03-02" as text means the day, as a TOML date does: 09:00, not midnight.
        return parsed if _has_time(value) else datetime.combine(parsed.date(), time(9, 0))
    raise InvalidInput(
        f"{source}, line {line_of(text, ('interview', key))}: interview.{key} "
        f"{value!r} is not a date and time",
        hint="Write it like 2026-03-02T14:00:00-05:00, or 2026-03-02 14:00 with a "
        "timezone key.",
    )


def _zone_name_for_offset(start: datetime, default_zone: str) -> str:
    # An offset alone names no zone: keep the profile's zone when it agrees, else the
    # fixed-offset zone (Etc/GMT+5 is UTC-05:00: POSIX signs are inverted).
    from afterword.timezones import zone

    offset = start.utcoffset()
    if offset == start.astimezone(zone(default_zone)).utcoffset():
        return default_zone
    hours, rest = divmod(int(offset.total_seconds()) if offset else 0, 3600)
    if rest or not hours:
        return "UTC"
    return f"Etc/GMT{-hours:+d}"
