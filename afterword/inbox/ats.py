"""An applicant tracking system's answer: a rejection or a next round sent by a system. Pure.

Many companies answer an application through their applicant tracking system (Greenhouse,
Workday, SmartRecruiters, Lever...), from an address that takes no replies: "Thank you for
your interest in the Analyst role at Acme... we have decided to move forward with other
candidates". Such a mail is bulk by the general rule (no person wrote it) yet it is the
answer a candidate most often gets. It counts here on stricter terms than a person's mail:

- it comes from a known tracking system's domain (ats.txt), or from a no-reply address at the
  company's own domain;
- it names the company of an active application (in the sender's name, the subject or the
  text; the company's own domain names it too), and came after that application's first
  interview began (an old mail from an earlier application is not an answer);
- it reads as a rejection or a next round, and not as "we received your application" (whose
  "if your profile matches we will reach out to schedule an interview" is no invitation); a
  next round names a step of the hiring (an interview, an assessment, a call), so that "book
  a slot" for the company's webinar is none;
- it is always a proposal for the user to confirm, never applied at once.

Job alerts and newsletters from the same systems carry list headers (bulk, as before) or
read as neither kind, so they never match.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from importlib import resources

from afterword.inbox import matching
from afterword.inbox.cues import lexicon

# The kinds an automated mail may be: what such systems send that answers an application.
KINDS = ("rejection", "scheduling")

# Legal forms left off a company's name: "Acme Analytics, Inc." is named by "Acme Analytics".
_LEGAL = frozenset({"inc", "incorporated", "llc", "llp", "ltd", "limited", "corp",
                    "corporation", "co", "company", "plc", "gmbh", "ag", "sa", "sas", "bv",
                    "nv", "pty", "srl", "spa", "oy", "ab", "as", "aps", "kg", "se"})
# Between two words of a name: punctuation or spaces, and "&" or "and" ("Harbor & Finch").
_JOIN = r"(?:[\W_]+(?:and[\W_]+)?)"
# A system's invitation is to a step of the hiring: "book a slot" for a webinar or an open
# day, sent from the same no-reply address, is not a next round.
_HIRING_STEP = re.compile(r"\b(?:interviews?|assessments?|rounds?|stages?|screens?|screening"
                          r"|(?:phone|video|intro|introductory|recruiter) call)\b", re.I)


@cache
def domains() -> frozenset[str]:
    text = resources.files("afterword.inbox").joinpath("ats.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def from_tracking_system(address: str) -> bool:
    """True for an address at a known applicant tracking system's domain or a subdomain."""
    domain = matching.domain_of(address) or ""
    labels = domain.split(".")
    return any(".".join(labels[i:]) in domains() for i in range(len(labels) - 1))


def automated(address: str, received: datetime, known: matching.Known) -> bool:
    """True when a mail from `address` (lower case) received then may be a system's answer,
    read on the terms above: a tracking system's address, or a no-reply one at an active
    application's own domain, after that application's first interview began. Decided from
    the header alone, before anything else of the mail is fetched: every new mail's From is
    looked at, and an old mailbox holds years of such mail."""
    started = [app for app in known.applications
               if app.since is not None and app.since <= received]
    if not started:
        return False
    if from_tracking_system(address):
        return True
    if not matching.no_reply(address):
        return False
    domain = matching.company_domain(address)
    return domain is not None and any(domain in app.domains for app in started)


@cache
def _acknowledgements() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r"(?<!\w)(?:" + p.replace(" ", r"\s+") + r")(?!\w)", re.IGNORECASE)
                 for p in lexicon("acknowledgement"))


def acknowledgement(text: str) -> str | None:
    """The words that say an application was received or is under review, if any."""
    for pattern in _acknowledgements():
        found = pattern.search(text)
        if found:
            return " ".join(found.group().split())
    return None


@cache
def _name_pattern(company: str) -> re.Pattern[str] | None:
    words = re.findall(r"[^\W_]+", company)
    while words and words[-1].casefold() in _LEGAL and len(words) > 1:
        words.pop()
    if not words:
        return None
    return re.compile(r"(?<!\w)" + _JOIN.join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)


def names(company: str, *texts: str) -> bool:
    """True when one of `texts` names `company` as a whole ("Acme Analytics" in "at Acme
    Analytics," or "ACME ANALYTICS Careers"; not in "Acme Analyticsware")."""
    pattern = _name_pattern(company)
    return pattern is not None and any(pattern.search(t) for t in texts if t)


def match(*, address: str, display_name: str, subject: str, text: str, kind: str,
          received: datetime, known: matching.Known) -> matching.Match | None:
    """The application(s) an automated mail answers, or None. `kind` is what the mail reads
    as (afterword/inbox/kinds.py); `text` its own words."""
    if kind not in KINDS:
        return None
    if kind == "scheduling" and (acknowledgement(text)
                                 or not _HIRING_STEP.search(subject + "\n" + text)):
        return None
    own = matching.company_domain(address)
    fitting = [app for app in known.applications
               if app.since is not None and app.since <= received
               and ((own is not None and own in app.domains)
                    or names(app.company, display_name, subject, text))]
    # Two applications at one company: the role named decides, when it names one.
    by_role = [app for app in fitting if names(app.role, subject, text)]
    if len(fitting) > 1 and len(by_role) == 1:
        fitting = by_role
    if not fitting:
        return None
    notes = [n for n in known.notes if n.application_id == fitting[0].id]
    note = max(notes, key=lambda n: n.sent_at) if len(fitting) == 1 and notes else None
    return matching.Match(matching.AUTOMATED, note, tuple(a.interview_id for a in fitting))
