"""What a draft may say: the record's facts as plain values (from the store or from a file).

The composer reads only these, so every word it writes about the interview comes from here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from afterword.compose.address import (
    courtesy,
    given_of_family_first,
    senior,
    senior_by_custom,
    written_family_first,
    written_formally,
)
from afterword.dates import DEFAULT_LOCALE
from afterword.language.person_names import proper_company, proper_name

if TYPE_CHECKING:
    from afterword.model.interview_file import Parsed
    from afterword.model.record import Interview


@dataclass(frozen=True)
class Candidate:
    """The sender, from the profile."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    linkedin: str | None = None
    signature: str | None = None  # lines under the name; None: built from the above

    @property
    def first_name(self) -> str | None:
        return self.name.split()[0] if self.name else None


# Titles written before a name: a greeting keeps them with the family name.
HONORIFICS = frozenset({"dr", "dra", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir",
                        "dame", "rev", "fr", "judge", "justice", "capt", "captain", "lt", "sgt",
                        "col", "maj", "cmdr", "herr", "frau", "sr", "sra", "mme", "mlle",
                        "pastor", "rabbi", "imam", "cllr", "councillor", "councilor", "mayor",
                        "senator", "engr", "atty"})
# Titles written as words, never with a full stop ("Judge Okafor", not "Judge. Okafor").
_WORD_TITLES = frozenset({"deputy chief", "assistant chief", "battalion chief", "district chief",
                          "judge", "justice", "professor", "sir", "dame", "miss", "captain",
                          "chief", "principal",
                          "herr", "frau", "pastor", "rabbi", "imam", "councillor", "councilor",
                          "mayor", "senator"})
# Job titles that are also forms of address: "Judge" in `title` gives "Dear Judge Okafor"
# (the title's head: "Judge, Fourth Circuit" is a judge; "Assistant Principal" is not a
# principal).
ADDRESS_TITLES = {"dr": "Dr.", "dr.": "Dr.", "doctor": "Dr.", "judge": "Judge",
                  "chief judge": "Chief Judge", "justice": "Justice",
                  "professor": "Professor", "prof.": "Professor", "prof": "Professor",
                  "principal": "Principal", "dean": "Dean", "captain": "Captain",
                  "rabbi": "Rabbi", "pastor": "Pastor", "reverend": "Reverend",
                  "imam": "Imam", "councillor": "Councillor", "councilor": "Councilor",
                  # A fire service's ranks: "Dear Chief Okafor", "Dear Deputy Chief Okafor".
                  "chief": "Chief", "fire chief": "Chief", "deputy chief": "Deputy Chief",
                  "assistant chief": "Assistant Chief", "battalion chief": "Battalion Chief",
                  "district chief": "District Chief", "deputy fire chief": "Deputy Chief",
                  "cllr": "Councillor", "mayor": "Mayor", "senator": "Senator"}
# Job titles of a medical doctor, addressed as "Dr." whatever the name field says ("Attending
# Physician", "Consultant Psychiatrist"; never a physician assistant or a nurse practitioner;
# not a surgeon, whom British usage calls Mr or Ms).
_DOCTORS = frozenset({"physician", "internist", "hospitalist", "intensivist",
                      "psychiatrist", "anesthesiologist", "anaesthetist", "cardiologist",
                      "oncologist", "radiologist", "pediatrician", "paediatrician",
                      "neurologist", "dermatologist", "obstetrician", "gynecologist",
                      "gynaecologist", "pathologist", "urologist", "gp", "dentist"})
# Words before a doctor's job title that make it another profession's: a speech-language
# pathologist, a veterinary or dental technician, a pathologist's assistant is no "Dr.".
_NOT_A_DOCTOR = re.compile(r"\b(?:speech|language|slp|assistant|technician|tech"
                           r"|technologist|nurse|aide|hygienist|therapist|veterinary|vet"
                           r"|coordinator|manager|administrator|receptionist)\b")


def _is_doctor(head: str) -> bool:
    """Whether a job title's head ("consultant psychiatrist") is a medical doctor's."""
    words = head.split()
    return bool(words) and words[-1] in _DOCTORS and not _NOT_A_DOCTOR.search(head)


# Job titles that call for a formal greeting without being a form of address: by courtesy
# title, else in full ("Dear Ms Okafor", "Dear Ruth Okafor"), never "Dear Ruth".
_FORMAL = frozenset({"headteacher", "head teacher", "headmaster", "headmistress",
                     "head of school"})
# Titles that go with the given name: "Sir Alan", "Dame Judi".
_WITH_GIVEN_NAME = frozenset({"sir", "dame"})
# Forms of address American usage gives a job title and British usage does not: "Dear
# Principal Hargreaves" (en_US); in British usage "Dear Mr Hargreaves" when the record
# gives a courtesy title, else "Dear Alan Hargreaves".
_US_ONLY = frozenset({"Principal", "Dean"})
# Courtesy titles: the one a British note may use instead of a job title.
_COURTESY = frozenset({"mr", "mrs", "ms", "mx", "miss"})
# Countries whose workplaces greet a senior reader by title and family name, not by first
# name, in a first letter (India, Nigeria, Ghana, Kenya, Pakistan, Bangladesh, Sri Lanka,
# the Philippines, Japan, Korea, China, Germany, Austria, Switzerland).
_SURNAME_COUNTRIES = frozenset({"IN", "NG", "GH", "KE", "PK", "BD", "LK", "PH", "JP", "KR",
                                "CN", "DE", "AT", "CH"})


def surnames_expected(locale: str | None) -> bool:
    """Whether `locale`'s country greets a senior reader by title and family name."""
    country = (locale or "").replace("-", "_").split("_")[1:2]
    return bool(country) and country[0].upper() in _SURNAME_COUNTRIES


# Where an abbreviated title takes a full stop ("Dr. Okafor"); elsewhere it does not ("Dr
# Okafor", British usage: the abbreviation ends on the word's last letter).
_FULL_STOP_COUNTRIES = frozenset({"US", "CA", "PH"})


# English abbreviated titles, which British usage writes without a full stop ("Dr Okafor",
# "Capt Ruiz", "Prof Brenner").
_ENGLISH_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "capt", "lt", "sgt",
                                    "col", "maj", "cmdr", "rev", "fr"})


def full_stop_titles(locale: str | None) -> bool:
    """Whether `locale` writes "Dr." (en_US, en_CA) or "Dr" (en_GB, en_AU, en_IE...);
    None: as the record writes it (the full stop)."""
    if not locale:
        return True
    country = locale.replace("-", "_").split("_")[1:2]
    return bool(country) and country[0].upper() in _FULL_STOP_COUNTRIES


def title_head(title: str | None) -> str:
    """A job title without its qualifier: "Judge, Fourth Circuit" -> "judge"."""
    head = re.split(r"\s*[,(;/]|\s+[-\u2013\u2014]\s+", (title or "").strip())[0].strip().lower()
    # "Professor of Chemistry", "Principal of Lincoln Elementary": what they are of is a
    # qualifier too; an assistant or associate professor is addressed as a professor.
    whole = (title or "").lower()
    if head == "principal" and head != whole.strip() and not re.search(
            r"\b(?:school|elementary|primary|secondary|middle|high|academy|college|"
            r"infant|junior|sixth form)\b", whole):
        # "Principal, Strategy & Operations": a consultancy's grade, not a head teacher.
        return whole.strip()
    head = re.sub(r"\s+(?:of|at)\s.*$", "", head)
    return re.sub(r"^(?:assistant|associate|full|visiting)\s+(?=professor$)", "", head)
# Family names that are also common English first names: "Kim Parker" and "Lee Anderson" are
# read first name first.
_ALSO_GIVEN = frozenset({"Kim", "Lee"})


def family_name_first(parts: list[str]) -> bool:
    """Whether a name's first word is its family name, as in Chinese, Korean and Vietnamese
    naming ("Tan Boon Huat", "Kim Min-jun", "Chen Xiaoling"): a family name of
    `lexicons/family_first.tsv` followed by two given names, by one hyphenated, or by one
    that is not itself such a family name. "Linh Nguyen", "Wei Chen" and "Kim Parker" are
    read first name first, as they usually are in English."""
    from afterword.language.lexicon import words

    family = words("family_first")
    if not parts or parts[0] not in family:
        return False
    if len(parts) == 3 or (len(parts) == 2 and "-" in parts[1]):
        return True
    return len(parts) == 2 and parts[1] not in family and parts[0] not in _ALSO_GIVEN


# Words that begin a family name of two or more: "Ní Bhriain", "van Dijk", "de la Cruz", "van
# der Merwe", "Mac Giolla", "Ó Dálaigh", "da Silva", "von Trapp".
_PARTICLES = frozenset({"ní", "nic", "ó", "o'", "mac", "mc", "van", "von", "de", "del", "della",
                        "da", "di", "du", "la", "le", "dos", "das", "ter", "ten", "der", "den",
                        "zu", "dela", "bin", "ibn",
                        "al", "el", "st.", "san"})


def _family_part(names: list[str], first: bool) -> str | None:
    """The family name a courtesy title goes with: "Mbeki-Harlan", "Tan" (`first`: family
    name first), "van Dijk"; None where it cannot be told ("Ana Maria Costa Ribeiro")."""
    if first:
        return names[0]
    if len(names) == 2:
        return names[1]
    at = len(names) - 1
    while at > 1 and names[at - 1].lower() in _PARTICLES:
        at -= 1  # "van der Merwe", "de la Cruz": every particle before the last word
    if at < len(names) - 1:
        return " ".join(names[at:])
    return None


def has_patronymic(name: str) -> bool:
    """Whether a name carries a father's name after "s/o", "a/l", "bin", "binti"... ("Kumaran
    s/o Pillai", "Siti Hajar binti Rosli"): the words before it are all given names, and
    none of them is a family name to greet by."""
    return any(w.lower() in _PATRONYMIC for w in name.split()[1:])


def _titles_and_names(name: str) -> tuple[list[str], list[str]]:
    """"Prof. Dr. Hartmut Brenner" -> (["Prof.", "Dr."], ["Hartmut", "Brenner"])."""
    parts = name.split()
    n = 0
    while len(parts) - n > 1 and (parts[n].rstrip(".").lower() in HONORIFICS
                                  or parts[n].lower() in _ENGINEER_TITLES
                                  or _OTHER_TITLE.match(parts[n]) and parts[n] not in ("Ma.", "St.")):
        n += 1
    for at, part in enumerate(parts[n + 1:], n + 1):
        if part.lower() in _PATRONYMIC:
            # "Kumaran s/o Pillai": the son of Pillai, called Kumaran (Malaysia, Singapore).
            parts = parts[:at]
            break
    if len(parts) - n >= 2 and parts[n] == "Ma.":
        # "Ma. Leonora Santos": "Ma." is short for María before a Filipino given name;
        # nobody is greeted by it ("Dear Leonora", "Dear Ms. Santos"). The family name Ma
        # has no full stop.
        return parts[:n], parts[n + 1:]
    return parts[:n], parts[n:]


# Engineers' titles in Malaysia, Indonesia ("Ir.") and Singapore ("Er."), only with their full
# stop (without it they may be a name); a greeting prefers another title beside them ("Ir.
# Dr. Lim" is "Dr. Lim").
_ENGINEER_TITLES = frozenset({"ir.", "er."})
# Any other short word with a full stop before a name is a title too ("Hj.", "Ts.", "Ar."):
# never a name to greet ("Dear Hj.,"). Malaysian words of address are titles as they stand.
_OTHER_TITLE = re.compile(r"^(?:[A-Z][a-z]{0,3}\.|Datuk|Dato['\u2019]?|Datin|Puan|Encik|Haji|Hajah)$")
_PATRONYMIC = frozenset({"s/o", "d/o", "a/l", "a/p", "bin", "binti", "binte", "bte", "bt"})


def _title_form(word: str, full_stop: bool = True) -> str:
    """As a greeting writes a title: "Dr" -> "Dr." (`full_stop`) or "Dr." -> "Dr" (British
    usage); "Captain" as it is."""
    base = word.rstrip(".")
    if base.lower() == "cllr":
        return "Councillor"  # "Cllr" heads an address; a letter opens "Dear Councillor ..."
    if base.lower() in _WORD_TITLES or base.lower() in ("mme", "mlle") or (
            not word.endswith(".") and base.lower() not in _ENGLISH_ABBREVIATIONS
            and base.lower() not in HONORIFICS):  # "Datuk", "Puan": words, no full stop
        return base  # a word, or French usage: "Mme" ends on the word's last letter
    if base.lower() not in _ENGLISH_ABBREVIATIONS:
        return base + "."  # "Dra.", "Sra.": their own language's usage, whatever the locale
    return base + "." if full_stop else base


@dataclass(frozen=True)
class Person:
    """An interviewer and what was discussed with that person."""

    name: str
    id: int | None = None
    position: int = 0
    title: str | None = None
    email: str | None = None
    linkedin: str | None = None
    channel: str = "email"
    timezone: str | None = None
    point_of_contact: bool = False
    topics: tuple[str, ...] = ()
    rapport: str | None = None
    # The record's evidence that the name is written family name first (`address.
    # written_family_first`): True adds to what `family_name_first` reads from the name.
    family_first: bool = False
    # "Mr", "Mrs" or "Ms" when the record's jottings speak of them so ("mr tan", "sandeep
    # sir"): the candidate addresses them formally, and so does the note.
    formal: str | None = None
    # "formal" when the record's words of respect or what it says of them ("very strict",
    # "old school") call for a title and family name; "casual" when it is on first-name
    # terms with them ("v relaxed, said call me siobhan"): see `compose.formality`.
    register: str = ""
    # The words of their name the record calls them by after a title or before an honorific
    # ("Rao" from "Dr Rao" for Dr. Srinivas Rao Kandula, "Owino" from "Mr. Owino"): see
    # `address.called_by`. A greeting uses them where the name cannot say its family name.
    called: str | None = None

    def _family_first(self, names: list[str]) -> bool:
        return family_name_first(names) or (self.family_first and len(names) >= 2)

    def _family(self, names: list[str]) -> str | None:
        """The name a title goes with: the family name where the name tells it, else the
        words the record calls them by, else None (a name of a father after "s/o" or
        "binti" leaves only given names: the record's usage, or nothing)."""
        if has_patronymic(self.name):
            return self.called
        if len(names) < 2:
            return None
        return _family_part(names, self._family_first(names)) or self.called

    @property
    def first_name(self) -> str:
        """How to greet them, with titles as the record writes them: see `greeting_name`."""
        return self.greeting_name(None)

    def greeting_name(self, locale: str | None) -> str:
        """How to greet them in `locale`'s usage: "Priya"; with a title, the title and
        family name ("Dr. Okafor" in en_US, "Dr Okafor" in en_GB, "Prof. Brenner", "Dr.
        Chen" for Dr Chen Xiaoling), from the name or from a job title that is a form of
        address (`title = "Judge"`; "Principal" only in American usage: British usage
        greets a principal by courtesy title, else by full name); a name whose family name
        comes first, untitled, in full ("Tan Boon Huat")."""
        stop = full_stop_titles(locale)
        titles, names = _titles_and_names(self.name)
        head = title_head(self.title)
        address = ADDRESS_TITLES.get(head) or ("Dr." if _is_doctor(head) else None)
        formal = head in _FORMAL or (address in _US_ONLY and bool(locale) and not stop)
        if formal and len(names) > 1:
            polite = [t for t in titles if t.rstrip(".").lower() in _COURTESY]
            if not polite and not titles:
                family = self._family(names)
                if self.formal in ("Mr", "Mrs", "Ms") and family:
                    # "Mrs Dlamini said ...": the courtesy title the record calls them by.
                    return f"{_title_form(self.formal, stop)} {family}"
                return " ".join(names)  # "Dear Alan Hargreaves": no job title as address
            titles = polite or titles
            address = None
        if titles and titles[0].rstrip(".").lower() in _WITH_GIVEN_NAME:
            return f"{titles[0]} {names[0]}"  # "Sir Alan", never "Sir Hargreaves"
        if titles:
            # One title in an English note: "Prof. Dr. Hartmut Brenner" is "Prof. Brenner".
            known = [t for t in titles if t.rstrip(".").lower() in HONORIFICS
                     or t.lower() in _ENGINEER_TITLES or not t.endswith(".")] or titles
            title = _title_form(next((t for t in known if t.lower() not in _ENGINEER_TITLES),
                                     known[0]), stop)
            # "Dr. Marcus Okafor", "Dr Chen Xiaoling", "Dr. Tan Boon Huat", "Prof. Siobhán Ní
            # Bhriain"; "Dr Rao" for Dr. Srinivas Rao Kandula when the record calls him so.
            # One name, or more where which is the family name cannot be known ("Dr. Minh
            # Châu Nguyễn"): the title and every name.
            family = self._family(names)
            return f"{title} {family or ' '.join(names)}"
        if address and len(names) > 1:
            address = _title_form(address, stop) if address.endswith(".") else address
            family = self._family(names) or (names[0] if self._family_first(names) else names[-1])
            return f"{address} {family}"
        family = self._family(names)
        if self.formal and family:
            return f"{_title_form(self.formal, stop)} {family}"  # "Dear Mr. Tan", "Dear Engr. Bello"
        if len(names) > 1 and (self.register == "formal" or self.register != "casual" and (
                senior_by_custom(self.title) and surnames_expected(locale))):
            # Words of respect or a strict, traditional reader; or a senior reader where
            # custom greets seniors by family name: "Dear Mr Subramanian", else in full.
            polite_title = courtesy((*self.topics, self.rapport or ""), stop)
            return f"{polite_title} {family}" if polite_title and family else " ".join(names)
        if self.channel == "handwritten" and senior(self.title) and len(names) > 1 \
                and self.register != "casual":
            # A card to the head of an organisation: "Dear Mr. Mbeki-Harlan" when the record
            # says "he", else the full name; never a first name the reader did not offer.
            polite_title = courtesy((*self.topics, self.rapport or ""), stop)
            return f"{polite_title} {family}" if polite_title and family else " ".join(names)
        if self._family_first(names):
            return given_of_family_first(names)  # "Dear Boon Huat,": never "Dear Tan,"
        return self._given(names)

    def _given(self, names: list[str]) -> str:
        """The given name, of two words where the reader's own address writes them as one:
        "Mei Ling Tan" with "meiling-tan" in her LinkedIn address is "Mei Ling", not "Mei"."""
        if len(names) >= 3:
            from afterword.language.jotted import fold

            joined = fold(names[0] + names[1])
            slugs = re.split(r"[^a-z0-9]+", fold(
                f"{(self.email or '').split('@')[0]} {(self.linkedin or '').rstrip('/').split('/')[-1]}"))
            if joined in slugs:
                return f"{names[0]} {names[1]}"
        return names[0]

    def addressed_formally(self, locale: str | None) -> bool:
        """Whether a note greets them by a title and family name ("Mr Subramanian", "Engr.
        Bello", "Dr. Okafor"), not by a given name or a name written in full."""
        name = self.greeting_name(locale)
        return name != self.given_name and name.split()[0].rstrip(".") not in self.name.split()

    @property
    def given_name(self) -> str:
        """The first name alone, for the user's own lists ("what you discussed with Gail");
        a name whose family name comes first, whole."""
        _, names = _titles_and_names(self.name)
        return given_of_family_first(names) if self._family_first(names) else self._given(names)

    @property
    def reachable(self) -> bool:
        """Whether Afterword knows how to reach them (a card needs no address)."""
        return bool(self.email or self.linkedin or self.channel == "handwritten")


@dataclass(frozen=True)
class Concern:
    concern: str
    answer: str | None = None
    raised_by: str | None = None  # an interviewer's full name, when the record says who asked


@dataclass(frozen=True)
class Improvement:
    answer: str
    addition: str | None = None
    raised_by: str | None = None


@dataclass(frozen=True)
class Facts:
    """One interview, as the composer sees it."""

    company: str
    role: str
    start: datetime
    end: datetime
    timezone: str
    people: tuple[Person, ...]
    candidate: Candidate = field(default_factory=Candidate)
    format: str | None = None  # "phone", "video", "onsite", "panel": a call is not a meeting
    interview_id: int | None = None
    values: str | None = None
    recruiter_name: str | None = None
    recruiter_email: str | None = None
    timeframe: str | None = None
    timeframe_days: int | None = None
    # The stated timeframe as the plan reads it: a follow-up names this date, never the words.
    decision_by: date | None = None
    # How approximate that date is (`model.timeframe.APPROXIMATE`; None: firm): a follow-up
    # names a date only for a firm one ("by Friday"), never for "a few weeks".
    decision_approx: str | None = None
    locale: str = DEFAULT_LOCALE  # how dates are written (`profile.locale`)
    follow_ups_sent: int = 0  # follow-ups already sent since the interview or the last reply
    drafted_on: date | None = None  # the day the notes are written, when known
    topics: tuple[str, ...] = ()
    concerns: tuple[Concern, ...] = ()
    improvements: tuple[Improvement, ...] = ()
    qualifications: tuple[str, ...] = ()
    other_companies: tuple[str, ...] = ()
    other_roles: tuple[str, ...] = ()
    # The candidate's own notes: never quoted, read only for what a note must stay out of
    # ("they disagree on automation, stay out of it").
    notes: str | None = None

    @property
    def point_of_contact(self) -> Person | None:
        marked = [p for p in self.people if p.point_of_contact]
        return marked[0] if marked else None


def from_interview(
    interview: Interview, candidate: Candidate, *, others: Sequence[tuple[str, str]] = ()
) -> Facts:
    """Facts from a stored interview; `others` are (company, role) of the other applications."""
    app = interview.application
    return _addressed(Facts(
        interview_id=interview.id,
        company=proper_company(app.company) or app.company,
        role=app.role,
        start=interview.starts_at,
        end=interview.ends_at,
        timezone=interview.timezone,
        format=interview.format,
        candidate=_signed(candidate),
        values=app.values,
        recruiter_name=proper_name(app.recruiter_name),
        recruiter_email=app.recruiter_email,
        timeframe=interview.timeframe,
        timeframe_days=interview.timeframe_days,
        topics=tuple(interview.topics),
        concerns=tuple(Concern(c["concern"], c.get("answer"), c.get("raised_by"))
                       for c in interview.concerns),
        improvements=tuple(
            Improvement(i["answer"], i.get("addition"), i.get("raised_by"))
            for i in interview.improvements
        ),
        qualifications=tuple(interview.qualifications),
        notes=interview.notes,
        people=_ordered(tuple(_person(p, p.position, p.id) for p in interview.interviewers)),
        other_companies=_unique_other([c for c, _ in others], app.company),
        other_roles=_unique_other([r for _, r in others], app.role),
    ))


def _contact_country(parsed: Parsed) -> str | None:
    """Whose holidays count for the decision date, as `plan.situation.contact` picks them in a
    stored record: the point of contact (unless they have no address and there is a recruiter),
    else the recruiter, else the first interviewer; their country, else their time zone's, else
    the interview's (the recruiter's: the interview's)."""
    from afterword.timezones import country_for_zone

    people = parsed.data.interviewers
    recruiter = parsed.data.application.recruiter
    marked = [p for p in people if p.point_of_contact]
    # A point of contact without an address gives way to the recruiter, as in the plan.
    if marked and (marked[0].email or recruiter is None):
        person = marked[0]
    elif recruiter is None and people:
        person = people[0]
    else:
        person = None
    if person is not None:
        return person.country or country_for_zone(person.timezone or parsed.zone)
    return country_for_zone(parsed.zone)


def from_file(parsed: Parsed, candidate: Candidate) -> Facts:
    """Facts from an interview file that is not stored (`afterword draft FILE`)."""
    from afterword.model.timeframe import resolve_timeframe
    from afterword.plan.public_holidays import is_working_day, named_days
    from afterword.timezones import zone

    a, iv = parsed.data.application, parsed.data.interview
    # Read as the plan reads it once stored: the point of contact's working days and holidays.
    country = _contact_country(parsed)
    said = resolve_timeframe(iv.timeframe, parsed.end.astimezone(zone(parsed.zone)).date(),
                             working_day=lambda day: is_working_day(day, country),
                             named_day=named_days(country))
    return _addressed(Facts(
        company=proper_company(a.company) or a.company,
        role=a.role,
        start=parsed.start,
        end=parsed.end,
        timezone=parsed.zone,
        format=str(iv.format) if iv.format else None,
        candidate=_signed(candidate),
        values=a.values,
        recruiter_name=proper_name(a.recruiter.name) if a.recruiter else None,
        recruiter_email=a.recruiter.email if a.recruiter else None,
        timeframe=iv.timeframe,
        timeframe_days=said.days if said else None,
        decision_by=said.by if said else None,
        decision_approx=said.approximate if said else None,
        topics=tuple(iv.topics),
        concerns=tuple(Concern(c.concern, c.answer, c.raised_by) for c in iv.concerns),
        improvements=tuple(Improvement(i.answer, i.addition, i.raised_by) for i in iv.improve),
        qualifications=tuple(iv.qualifications),
        notes=iv.notes,
        people=_ordered(tuple(_person(p, n) for n, p in enumerate(parsed.data.interviewers))),
    ), getattr(parsed, "raised_by_said", ()))


def _person(p: Any, position: int, person_id: int | None = None) -> Person:
    """A Person from a stored interviewer or a file's `[[interviewers]]` entry (same fields)."""
    return Person(
        id=person_id, position=position, name=proper_name(p.name) or p.name, title=p.title,
        email=p.email,
        linkedin=p.linkedin, channel=str(p.channel), timezone=p.timezone,
        point_of_contact=p.point_of_contact, topics=tuple(p.topics), rapport=p.rapport,
    )


def _ordered(people: tuple[Person, ...]) -> tuple[Person, ...]:
    """The panel with the company's addresses read for names written family name first."""
    from dataclasses import replace

    first = written_family_first([(p.name, p.email) for p in people])
    return tuple(replace(p, family_first=True) if n in first else p
                 for n, p in enumerate(people))


def jotted_texts(facts: Facts) -> list[str]:
    """The fields the candidate jots (not the private `notes`): what the composer reads."""
    texts = [facts.values or "", *facts.topics, *facts.qualifications]
    texts += [t for p in facts.people for t in (*p.topics, p.rapport or "")]
    texts += [t or "" for c in facts.concerns for t in (c.concern, c.answer)]
    texts += [t or "" for i in facts.improvements for t in (i.answer, i.addition)]
    return texts


def _addressed(facts: Facts, raised: Sequence[str] = ()) -> Facts:
    """The facts with the formal address the candidate's jottings, private notes included,
    use for each reader ("mr tan", "sandeep sir"); `raised`: each `raised_by` as the file wrote
    it ("Mr. Owino"), which is how the candidate refers to that person too."""
    from dataclasses import replace

    from afterword.compose.address import called_by

    jotted = "\n".join([facts.notes or "", *jotted_texts(facts), *raised])
    named = [(p, *_titles_and_names(p.name)) for p in facts.people]
    # The words of each name the record calls them by ("Dr Rao"), for a name that cannot
    # say its own family name.
    named = [(replace(p, called=called_by(names, jotted, [o for q, _, o in named if q is not p])),
              titles, names) for p, titles, names in named]
    families = [p._family(names) for p, _, names in named]
    people = []
    for (p, titles, names), family in zip(named, families, strict=True):
        shared = [f for f in families if f and family and
                  (f.casefold() == family.casefold() or f[:1].casefold() == family[:1].casefold())]
        if titles or len(names) < 2 or len(shared) > 1:
            # A title in the name field already says how to greet them; a family name (or
            # initial) two readers share cannot tell whom "mr tan" means.
            people.append(p)
            continue
        title = written_formally(names, family, jotted)
        # "mr tan" about someone else (her husband, the CEO): the record's own pronouns for
        # this reader must not say otherwise.
        said = courtesy((*p.topics, p.rapport or ""), False)
        if title and said and said != ("Mr" if title == "Mr" else "Ms"):
            title = None
        people.append(replace(p, formal=title) if title else p)
    from afterword.compose.formality import registered

    # What people are like is read where the candidate says it (the private notes, rapport,
    # concerns), not in what was discussed ("a more formal handover process").
    remarks = "\n".join([facts.notes or "", *(p.rapport or "" for p in facts.people),
                         *(t or "" for c in facts.concerns for t in (c.concern, c.answer)),
                         *(t or "" for i in facts.improvements for t in (i.answer, i.addition))])
    return registered(replace(facts, people=tuple(people)), jotted, remarks)


def _unique_other(values: list[str], own: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        if value.casefold() != own.casefold():
            seen.setdefault(value.casefold(), value)
    return tuple(seen.values())


def _signed(candidate: Candidate) -> Candidate:
    """The candidate with their name capitalised when the profile has it in lower case."""
    from dataclasses import replace

    name = proper_name(candidate.name)
    return candidate if name == candidate.name else replace(candidate, name=name)
