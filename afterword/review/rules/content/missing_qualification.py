"""The `missing-qualification` rule: the note says nothing about what the candidate brings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.content._keywords import placeholder_labels

_NUM = (
    r"(?:\d+(?:[.,]\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|several|many|a\s+few|a\s+dozen|a\s+decade|nearly\s+\w+"
    r"|almost\s+\w+|over\s+\w+|more\s+than\s+\w+)"
)
# Verbs of work done, in the past or the perfect: "I led", "I have run", "I've trained".
_DONE = (
    r"(?:led|lead|built|build|managed|manage|ran|run|created|designed|developed|launched|grew"
    r"|cut|reduced|increased|improved|raised|lifted|saved|doubled|tripled|halved|trained"
    r"|taught|teach|coached|mentored|supervised|coordinated|implemented|delivered|shipped"
    r"|wrote|written|write|maintained|handled|processed|prepared|closed|scaled|rebuilt"
    r"|redesigned|restructured|moved|migrated|set\s+up|started|founded|co-founded|organi[sz]ed"
    r"|planned|negotiated|sold|served|worked|work|spent|completed|finished|earned|hold|held"
    r"|passed|won|achieved|introduced|automated|mapped|cleared|inspected|installed|serviced"
    r"|treated|cared|edited|published|brokered|scheduled|supported|tested|coded|kept|framed"
    r"|cooked|baked|prepped|precepted|enrolled|screened|volunteered|assisted|oversaw|overseen"
    r"|directed|headed|owned|drove|driven|streamlined|standardi[sz]ed|digitized|digitised"
    r"|reconciled|audited|analy[sz]ed|modeled|modelled|forecast|budgeted|recruited|hired"
    r"|onboarded|presented|researched|studied|graduated|certified|licensed|authored"
    r"|co-authored|contributed|collaborated|partnered|resolved|fixed|debugged|deployed"
    r"|ported|refactored|optimi[sz]ed|streamed|designed|drafted|translated|interpreted"
    r"|operated|repaired|welded|wired|nursed|counseled|counselled|advised|consulted|pitched"
    r"|secured|generated|produced|directed|curated|catalogued|cataloged|conducted|ran"
    r"|performed|exceeded|topped|ranked|earned|gained|learned\s+to|picked\s+up|taught\s+myself"
    r"|been\s+(?:a|an|the|working|leading|running|managing|teaching|doing|using))"
)

# A skill, experience or achievement of the candidate.
_QUALIFICATION = re.compile(
    # "I led", "I have run", "I've trained", "as a charge nurse I cut", "I also hold"
    rf"\bI\s*(?:'ve|\s+have|'d|\s+had|\s+was\s+able\s+to)?\s+(?:(?:also|since|recently|already"
    rf"|personally|successfully|previously|once|just|even|have|then|twice|often|regularly"
    rf"|currently|now|still|proudly)\s+)*"
    rf"{_DONE}\b"
    # "my five years", "five years of", "six years as", "four years on a busy grill station"
    rf"|\b(?:my|after|with|in\s+my|for|over|across)\s+(?:the\s+(?:past|last)\s+)?{_NUM}"
    rf"(?:[\s-]+(?:plus|full))?[\s-]+(?:years?|seasons?|summers?|decades?)\b"
    rf"|\bmy\s+{_NUM}[\s-]+months?\b"
    rf"|\b{_NUM}[\s-]+(?:years?|months?|seasons?|summers?|decades?)\s+(?:of|as|in|on|at|with"
    rf"|leading|running|managing|teaching|working|building|shipping|doing|spent|taught|coding"
    rf"|selling|serving|supporting|designing|writing|in\s+a\s+row)\b"
    # "my experience with", "my background in", "my skills in", "my training as"
    rf"|\bmy\s+(?:\w+[\s-]){{0,3}}(?:experience|background|expertise|skills?|training|track\s+record"
    rf"|certifications?|credentials?|licen[cs]e|degree|qualifications?|strengths?|work\s+(?:at"
    rf"|on|with|in)|time\s+(?:at|as|in|on)|portfolio|results|record|role\s+as|years)\b"
    # "At my last company", "In my current role", "At Dunmore Supply I ..."
    rf"|\b(?:at|in|with|for)\s+my\s+(?:current|last|previous|former|old|first|most\s+recent)\s+\w+"
    # "I am a certified ...", "I'm a registered nurse", "I hold a license", "I speak Spanish"
    rf"|\bI\s*(?:'m|\s+am)\s+(?:a|an)\s+(?:certified|licensed|registered|trained|qualified"
    rf"|board-certified|published|bilingual|experienced|former|senior|lead|seasoned|veteran)\b"
    rf"|\bI\s*(?:'m|\s+am)\s+(?:certified|licensed|fluent|proficient|bilingual|trained|skilled"
    rf"|experienced|qualified|comfortable\s+(?:with|using|in)|familiar\s+with|well\s+versed)\b"
    rf"|\bI\s+(?:also\s+)?(?:speak|know\s+how\s+to|have\s+(?:a|an|my|the)\s+(?:\w+[\s-]){{0,3}}"
    rf"(?:certificat|licen[cs]|degree|credential|diploma|background|record|portfolio))"
    # "Twelve years as a Navy officer taught me", "That experience ... would let me"
    rf"|\b(?:that|this)\s+experience\b"
    # "having led a similar migration", "I was responsible for", "I specialize in"
    rf"|\bhaving\s+(?:\w+\s+)?(?:led|built|managed|run|worked|spent|designed|developed|taught"
    rf"|trained|launched|shipped|supervised|coordinated|completed|earned|served)\b"
    rf"|\bI\s+(?:was|am)\s+responsible\s+for\b|\bI\s+(?:oversee|speciali[sz]e|focus\s+on)\b"
    rf"|\bmy\s+(?:MBA|PhD|Ph\.D\.|master's|masters|bachelor's|BSN|RN|CPA|PMP|license|licence)\b"
    # numbers about the candidate's work: "my TikTok account with 40,000 followers"
    rf"|\bmy\s+(?:[\w'-]+\s+){{0,4}}(?:with|of|at|reached|has|had|grew\s+to)\s+(?:over\s+|more\s+than"
    rf"\s+|nearly\s+|almost\s+|about\s+)?\d[\d,.]*\s*(?:%|percent|k\b|followers|subscribers|users"
    rf"|clients|customers|accounts|students|patients|employees|people|members|readers|views"
    rf"|downloads|stars|sales|projects|cases|reports|visits|calls|tickets)"
    rf"|\b(?:certification|certificate|credential|license|licence|degree|diploma)\s+(?:in|as|from)\b",
    re.IGNORECASE,
)
# "as a charge nurse" is the candidate's past role, unless it names the role applied for
# ("I would love to join Acme as a Data Engineer").
_AS_A = re.compile(
    r"\bas\s+(?:a|an)\s+(?:\w+[\s-]){0,3}(?:lead|manager|nurse|engineer|teacher|analyst"
    r"|developer|designer|officer|technician|assistant|coordinator|specialist|director"
    r"|supervisor|consultant|accountant|editor|writer|chef|cook|server|agent|representative"
    r"|rep|associate|intern|volunteer|student|apprentice|owner|founder|archivist|librarian"
    r"|scientist|researcher|planner|buyer|broker|adjuster|electrician|plumber|mechanic"
    r"|driver|operator|therapist|physician|pharmacist|hygienist|paralegal|attorney|lawyer"
    r"|administrator|coach|trainer|instructor|professor|tutor|clerk|cashier|receptionist"
    r"|auditor|controller|producer|architect|artist|photographer|marketer|strategist|head"
    r"|captain|foreman|superintendent|estimator|inspector|dispatcher|principal|counselor)\b",
    re.IGNORECASE,
)
# The same matches, sought only where they can start (see `language/wordscan.py`).
_QUALIFICATION_AT_WORDS = WordScan(_QUALIFICATION)
_AS_A_AT_WORDS = WordScan(_AS_A)
_TARGET_ROLE = re.compile(
    r"\b(?:join(?:ing)?|be|become|hired|work(?:ing)?\s+(?:for|at|with))\b[^.!?]*$", re.IGNORECASE
)
_SLOT_QUAL = re.compile(
    r"\b(?:experience|skill|achievement|accomplishment|qualification|strength|result|background"
    r"|years|metric|number|percent|example)",
    re.IGNORECASE,
)


def reinforces_qualification(note: Note) -> bool:
    """Whether the note mentions a skill, experience or achievement of the candidate."""
    text = note.body.replace("’", "'")
    if _QUALIFICATION_AT_WORDS.search(text, note.word_starts):
        return True
    for m in _AS_A_AT_WORDS.finditer(text, note.word_starts):
        if not _TARGET_ROLE.search(text[max(0, m.start() - 80) : m.start()]):
            return True
    return any(_SLOT_QUAL.search(label) for _, label in placeholder_labels(note))


@rule(
    "missing-qualification",
    severity=Severity.WARNING,
    kinds=("thank-you",),
    invite=False,
    fires=[
        Example(
            "Dear Richard,\n\nThank you for meeting with me this morning. I enjoyed hearing about "
            "your experience building the rider stories series.\n\nI am very excited about the "
            "chance to help tell those stories.\n\nBest,\nSophie",
            note="'your experience' is the interviewer's: nothing about what the candidate brings.",
        ),
        Example(
            "Dear Mr. Ames,\n\nThank you for the tour and for explaining the new lab safety "
            "program.\n\nI would be thrilled to join your science department.\n\nSincerely,\n"
            "Imani",
            channel="handwritten",
        ),
    ],
    passes=[
        Example(
            "Dear Mr. DeLuca,\n\nThank you for the time this morning. I have serviced residential "
            "boilers for four years and hold a universal EPA certification.\n\nSincerely,\nLiam",
        ),
        Example(
            "Hi Priya,\n\nThank you for your time. At my last company I cut our nightly batch "
            "window from six hours to ninety minutes.\n\nBest,\nMateo",
        ),
    ],
)
def missing_qualification(note: Note) -> Iterator[Hit]:
    """Flag a thank-you note that says nothing about what the candidate brings.

    ## What it flags
    A thank-you note with no skill, experience or achievement of the candidate: no "I led",
    "my five years of", "at my last company I cut", "I hold a certification".

    ## Why it matters
    The note is a last chance to connect what you offer to what they need. One concrete
    line ("I rebuilt a similar schedule for a six-door dock") makes the thanks memorable.

    ## Known limits
    Reads first-person phrasing ("I led", "my experience"); a qualification told without
    "I" or "my" may be missed.
    """
    if reinforces_qualification(note):
        return
    yield Hit(
        None,
        "The note does not remind the reader of a skill or an achievement of yours",
        suggestion="Add one concrete line about what you bring, such as a result you achieved.",
    )
